import { randomUUID } from "node:crypto";
import type { Database } from "better-sqlite3-multiple-ciphers";
import { CATALOG_VERSION, findQuestion, findRequirement, SAFEGUARD_LABELS } from "../../shared/catalog";
import type { AssessmentDetail, AssessmentResults, AssessmentSummary } from "../../shared/model/assessment";
import { assessmentCompleteness, type Completeness } from "../../shared/rules/assessmentCompleteness";
import { GAP_RANKING_METHOD, rankGaps, scoreAssessment, SCORING_METHOD } from "../../shared/rules/assessmentScoring";
import { appendAudit, type Actor } from "../audit/auditLog";
import { AppFailure } from "../core/appFailure";
import { actionItemsForGaps } from "./actionItemService";
import { applicabilityProfileOf, assertEditable, peopleLookup, readAllSnapshotRecords, readSnapshot, requireAssessment, toSnapshot, userIdOf, type AnswerRow, type AssessmentRow, type RequirementStateRow } from "./assessmentRecords";
import { detailOf, summaryOf } from "./assessmentView";

/** Starting, reading, scoring and finalizing a year's assessment. Answering lives in assessmentAnswerService. */

export function listAssessments(db: Database): AssessmentSummary[] {
  const rows = db.prepare("SELECT * FROM assessments ORDER BY year DESC").all() as AssessmentRow[];
  const people = peopleLookup(db);
  const records = readAllSnapshotRecords(db);
  const years = new Map(rows.map((row) => [row.id, row.year]));
  return rows.map((row) => summaryOf(db, row, toSnapshot(applicabilityProfileOf(db, row), records(row.id)), people, (id) => years.get(id)));
}

export function getAssessment(db: Database, id: string): AssessmentDetail {
  return detailOf(db, requireAssessment(db, id));
}

export function startAssessment(db: Database, actor: Actor, input: { year: number; carryFromAssessmentId?: string | undefined }): AssessmentDetail {
  const id = randomUUID();
  db.transaction(() => {
    const taken = db.prepare("SELECT 1 FROM assessments WHERE year = ?").get(input.year);
    if (taken) {
      const message = `There is already an assessment for ${input.year}. Open it from the list to continue.`;
      throw new AppFailure("CONFLICT", message, { year: message });
    }
    const source = input.carryFromAssessmentId ? requireAssessment(db, input.carryFromAssessmentId) : null;
    if (source && source.year >= input.year) {
      const message = `Answers can be carried forward only from an earlier year; the ${source.year} assessment is not earlier than ${input.year}.`;
      throw new AppFailure("VALIDATION", message, { carryFromAssessmentId: message });
    }
    const now = new Date().toISOString();
    db.prepare(
      "INSERT INTO assessments (id, year, catalog_version, started_by, started_at, carried_from) VALUES (?, ?, ?, ?, ?, ?)",
    ).run(id, input.year, CATALOG_VERSION, userIdOf(actor), now, source?.id ?? null);
    const carried = source ? carryForward(db, source.id, id, userIdOf(actor), now) : { answers: 0, requirements: 0 };
    appendAudit(db, actor, {
      action: "assessment.started",
      recordType: "assessment",
      recordId: id,
      summary: source
        ? `Started the ${input.year} assessment, carrying forward ${carried.answers} answers and ${carried.requirements} decisions from ${source.year} for review`
        : `Started the ${input.year} assessment`,
      changes: { year: input.year, catalogVersion: CATALOG_VERSION, carriedFromYear: source?.year ?? null, carriedAnswers: carried.answers, carriedRequirementStates: carried.requirements },
    });
  })();
  return getAssessment(db, id);
}

/**
 * Copies an earlier year's answers, notes, not-applicable marks and addressable decisions, each marked
 * carried over until someone confirms or changes it. They keep who gave them and when. Evidence files
 * stay with their own year, and action items stay in the one remediation plan.
 */
function carryForward(db: Database, fromId: string, toId: string, actorId: string, now: string): { answers: number; requirements: number } {
  const insertAnswer = db.prepare(
    `INSERT INTO assessment_answers (assessment_id, question_id, value, notes, answered_by, answered_at, carried_over, updated_by, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)`,
  );
  let answers = 0;
  for (const row of db.prepare("SELECT * FROM assessment_answers WHERE assessment_id = ?").all(fromId) as AnswerRow[]) {
    const question = findQuestion(row.question_id);
    if (!question) continue;
    // An option the catalog no longer offers is not carried; its notes are.
    const stillOffered = row.value !== null && question.options.some((option) => option.value === row.value);
    if (!stillOffered && row.notes === "") continue;
    insertAnswer.run(toId, row.question_id, stillOffered ? row.value : null, row.notes, stillOffered ? row.answered_by : null, stillOffered ? row.answered_at : null, actorId, now);
    answers += 1;
  }
  const insertState = db.prepare(
    `INSERT INTO assessment_requirement_states (assessment_id, requirement_id, not_applicable_reason, not_applicable_by, not_applicable_at,
       decision, decision_description, decision_rationale, decided_by, decided_at, carried_over)
     VALUES (@to, @requirement_id, @not_applicable_reason, @not_applicable_by, @not_applicable_at,
       @decision, @decision_description, @decision_rationale, @decided_by, @decided_at, 1)`,
  );
  let requirements = 0;
  for (const row of db.prepare("SELECT * FROM assessment_requirement_states WHERE assessment_id = ?").all(fromId) as RequirementStateRow[]) {
    if (!findRequirement(row.requirement_id)) continue;
    insertState.run({ ...row, to: toId });
    requirements += 1;
  }
  return { answers, requirements };
}

export function assessmentResults(db: Database, id: string): AssessmentResults {
  const row = requireAssessment(db, id);
  const snapshot = readSnapshot(db, row);
  const scores = scoreAssessment(snapshot);
  const gaps = rankGaps(snapshot);
  const actionItems = actionItemsForGaps(db, row.id, gaps.map((gap) => gap.questionId));
  return {
    assessment: summaryOf(db, row, snapshot),
    scoringMethod: SCORING_METHOD,
    gapRanking: GAP_RANKING_METHOD,
    overall: scores.overall,
    sections: scores.sections.map((section) => ({ ...section, label: SAFEGUARD_LABELS[section.safeguard] })),
    gaps: gaps.map((gap) => ({ ...gap, actionItem: actionItems.get(gap.questionId) ?? null })),
    notAnsweredYet: scores.overall.notAnsweredYet,
    completeness: assessmentCompleteness(snapshot),
  };
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * Why the assessment cannot be finalized, for the user: the message names every addressable
 * specification without a decision by citation and name, and counts the rest; `fields` is keyed by
 * the requirement id, question id or section that needs attention, so a screen can mark each one.
 */
export function incompleteRefusal(year: number, completeness: Completeness): AppFailure {
  const parts: string[] = [];
  const fields: Record<string, string> = {};
  const decisions = completeness.missingDecisions;
  if (decisions.length > 0) {
    parts.push(`${plural(decisions.length, "addressable specification needs", "addressable specifications need")} a documented decision: ${decisions.map((ref) => `${ref.cfr} ${ref.name}`).join("; ")}.`);
    for (const ref of decisions) fields[ref.requirementId] = `${ref.name}: record whether it is implemented, replaced by an equivalent alternative, or not reasonable and appropriate.`;
  }
  const withoutReason = completeness.notApplicableWithoutReason;
  if (withoutReason.length > 0) {
    parts.push(`${plural(withoutReason.length, "requirement is", "requirements are")} marked not applicable without a reason: ${withoutReason.map((ref) => `${ref.cfr} ${ref.name}`).join("; ")}.`);
    for (const ref of withoutReason) fields[ref.requirementId] ??= "Say why this does not apply to the practice.";
  }
  if (completeness.unansweredQuestions.length > 0) {
    parts.push(`${plural(completeness.unansweredQuestions.length, "question is", "questions are")} not answered yet.`);
    for (const ref of completeness.unansweredQuestions) fields[ref.questionId] = "Not answered yet.";
  }
  const carried = completeness.carriedAnswersToConfirm.length + completeness.carriedRequirementsToConfirm.length;
  if (carried > 0) {
    parts.push(`${plural(carried, "item carried over from last year needs", "items carried over from last year need")} to be confirmed or changed.`);
    for (const ref of completeness.carriedAnswersToConfirm) fields[ref.questionId] = "Carried over from last year: confirm or change it.";
    for (const ref of completeness.carriedRequirementsToConfirm) fields[ref.requirementId] ??= "Carried over from last year: confirm or change it.";
  }
  if (completeness.sectionsNotReviewed.length > 0) {
    parts.push(`${plural(completeness.sectionsNotReviewed.length, "section needs", "sections need")} a reviewer's sign-off: ${completeness.sectionsNotReviewed.map((safeguard) => SAFEGUARD_LABELS[safeguard]).join(", ")}.`);
    for (const safeguard of completeness.sectionsNotReviewed) fields[safeguard] = "Needs a reviewer's sign-off.";
  }
  return new AppFailure("CONFLICT", `The ${year} assessment can't be finalized yet. ${parts.join(" ")}`, fields);
}

/** Locks the year's assessment as the practice's record (Administrator only, checked by the contract). */
export function finalizeAssessment(db: Database, actor: Actor, id: string): AssessmentDetail {
  db.transaction(() => {
    const row = requireAssessment(db, id);
    assertEditable(db, row);
    const snapshot = readSnapshot(db, row);
    const completeness = assessmentCompleteness(snapshot);
    if (!completeness.complete) throw incompleteRefusal(row.year, completeness);
    const scores = scoreAssessment(snapshot);
    db.prepare("UPDATE assessments SET status = 'finalized', finalized_by = ?, finalized_at = ?, finalized_profile = ? WHERE id = ?").run(
      userIdOf(actor),
      new Date().toISOString(),
      JSON.stringify(applicabilityProfileOf(db, row)),
      row.id,
    );
    appendAudit(db, actor, {
      action: "assessment.finalized",
      recordType: "assessment",
      recordId: row.id,
      summary: `Finalized the ${row.year} assessment; it can no longer be changed`,
      changes: { status: { from: "in-progress", to: "finalized" }, overallScore: scores.overall.percent, gaps: rankGaps(snapshot).length },
    });
  })();
  return getAssessment(db, id);
}
