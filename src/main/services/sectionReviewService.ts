import type { Database } from "better-sqlite3-multiple-ciphers";
import { SAFEGUARD_LABELS, type Safeguard } from "../../shared/catalog";
import type { AssessmentDetail } from "../../shared/model/assessment";
import { assessmentCompleteness, type Completeness } from "../../shared/rules/assessmentCompleteness";
import { appendAudit, type Actor } from "../audit/auditLog";
import { AppFailure } from "../core/appFailure";
import { editableAssessment, readSnapshot, userIdOf } from "./assessmentRecords";
import { detailOf } from "./assessmentView";

/** What still keeps one section from being signed off, in words. */
function missingInWords(completeness: Completeness, safeguard: Safeguard): string[] {
  const inSection = <T extends { safeguard: Safeguard }>(refs: T[]) => refs.filter((ref) => ref.safeguard === safeguard);
  const count = (n: number, one: string, many: string) => (n === 0 ? [] : [`${n} ${n === 1 ? one : many}`]);
  const decisions = inSection(completeness.missingDecisions);
  return [
    ...count(inSection(completeness.unansweredQuestions).length, "question is not answered yet", "questions are not answered yet"),
    ...(decisions.length === 0
      ? []
      : [`a documented decision is missing for ${decisions.map((ref) => `${ref.cfr} ${ref.name}`).join("; ")}`]),
    ...count(inSection(completeness.notApplicableWithoutReason).length, "not-applicable mark has no reason", "not-applicable marks have no reason"),
    ...count(
      inSection(completeness.carriedAnswersToConfirm).length + inSection(completeness.carriedRequirementsToConfirm).length,
      "item carried over from last year is not confirmed",
      "items carried over from last year are not confirmed",
    ),
  ];
}

/**
 * The "reviewed by" sign-off of one section (safeguard category). Only a complete section can be
 * signed off, and a later change in it withdraws the sign-off (withdrawSectionReview).
 */
export function reviewSection(db: Database, actor: Actor, input: { assessmentId: string; safeguard: Safeguard; note: string }): AssessmentDetail {
  const assessment = db.transaction(() => {
    const assessment = editableAssessment(db, input.assessmentId);
    const missing = missingInWords(assessmentCompleteness(readSnapshot(db, assessment)), input.safeguard);
    const label = SAFEGUARD_LABELS[input.safeguard];
    if (missing.length > 0) {
      throw new AppFailure("CONFLICT", `${label} can't be signed off yet: ${missing.join(", and ")}.`, { safeguard: "Finish this section first." });
    }
    db.prepare(
      `INSERT INTO assessment_section_reviews (assessment_id, safeguard, reviewed_by, reviewed_at, note) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (assessment_id, safeguard) DO UPDATE SET reviewed_by = excluded.reviewed_by, reviewed_at = excluded.reviewed_at, note = excluded.note`,
    ).run(assessment.id, input.safeguard, userIdOf(actor), new Date().toISOString(), input.note);
    appendAudit(db, actor, {
      action: "assessment.section-reviewed",
      recordType: "assessment",
      recordId: assessment.id,
      summary: `Signed off ${label} in the ${assessment.year} assessment as reviewed`,
      changes: { safeguard: input.safeguard, note: input.note },
    });
    return assessment;
  })();
  return detailOf(db, assessment);
}
