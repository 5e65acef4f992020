import type { Database } from "better-sqlite3-multiple-ciphers";
import type { AssessmentDetail } from "../../shared/model/assessment";
import { appendAudit, type Actor } from "../audit/auditLog";
import { AppFailure } from "../core/appFailure";
import {
  assertApplies,
  citation,
  editableAssessment,
  requireKnownQuestion,
  requireKnownRequirement,
  userIdOf,
  withdrawSectionReview,
  type AnswerRow,
} from "./assessmentRecords";
import { detailOf } from "./assessmentView";
import { changedFields } from "./recordChanges";

/** Answering questions (saved one at a time, at once) and confirming answers carried over from last year. */

export interface AnswerInput {
  assessmentId: string;
  questionId: string;
  /** Left out: keep the answer; null: clear it. */
  value?: string | null | undefined;
  /** Left out: keep the notes. */
  notes?: string | undefined;
}

function findAnswerRow(db: Database, assessmentId: string, questionId: string): AnswerRow | undefined {
  return db.prepare("SELECT * FROM assessment_answers WHERE assessment_id = ? AND question_id = ?").get(assessmentId, questionId) as AnswerRow | undefined;
}

function answerSummary(changes: Record<string, unknown>, label: string | null, what: string): string {
  if ("value" in changes) return label === null ? `Cleared the answer to ${what}` : `Answered "${label}" to ${what}`;
  if ("notes" in changes) return `Changed the notes on ${what}`;
  return `Confirmed the carried-over answer to ${what}`;
}

/**
 * Saves one question's answer and/or notes. Choosing an answer (even the same one) confirms a
 * carried-over answer and records the chooser as who answered; editing only the notes does not.
 */
export function answerQuestion(db: Database, actor: Actor, input: AnswerInput): AssessmentDetail {
  const assessment = db.transaction(() => {
    const assessment = editableAssessment(db, input.assessmentId);
    const { question, requirement } = requireKnownQuestion(input.questionId);
    assertApplies(db, assessment, requirement);
    const option = typeof input.value === "string" ? question.options.find((candidate) => candidate.value === input.value) : undefined;
    if (typeof input.value === "string" && !option) {
      throw new AppFailure("VALIDATION", "That is not one of the answers to this question. Choose one of the answers shown.", { value: "Not one of this question's answers." });
    }
    const before = findAnswerRow(db, assessment.id, question.id);
    const value = input.value === undefined ? (before?.value ?? null) : input.value;
    const notes = input.notes ?? before?.notes ?? "";
    const changes = changedFields({ value: before?.value ?? null, notes: before?.notes ?? "" }, { value, notes });
    const confirmsCarried = input.value !== undefined && before?.carried_over === 1;
    if (Object.keys(changes).length === 0 && !confirmsCarried) return assessment;

    const now = new Date().toISOString();
    const by = userIdOf(actor);
    if (value === null && notes === "") {
      db.prepare("DELETE FROM assessment_answers WHERE assessment_id = ? AND question_id = ?").run(assessment.id, question.id);
    } else {
      const newlyAnswered = value !== null && ("value" in changes || confirmsCarried);
      db.prepare(
        `INSERT INTO assessment_answers (assessment_id, question_id, value, notes, answered_by, answered_at, carried_over, updated_by, updated_at)
         VALUES (@assessmentId, @questionId, @value, @notes, @answeredBy, @answeredAt, @carriedOver, @by, @now)
         ON CONFLICT (assessment_id, question_id) DO UPDATE SET value = excluded.value, notes = excluded.notes, answered_by = excluded.answered_by,
           answered_at = excluded.answered_at, carried_over = excluded.carried_over, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
      ).run({
        assessmentId: assessment.id,
        questionId: question.id,
        value,
        notes,
        answeredBy: value === null ? null : newlyAnswered ? by : (before?.answered_by ?? by),
        answeredAt: value === null ? null : newlyAnswered ? now : (before?.answered_at ?? now),
        carriedOver: input.value === undefined ? (before?.carried_over ?? 0) : 0,
        by,
        now,
      });
    }
    const number = requirement.questions.findIndex((candidate) => candidate.id === question.id) + 1;
    const what = `question ${number} of ${citation(requirement)} in the ${assessment.year} assessment`;
    appendAudit(db, actor, {
      action: "assessment.answered",
      recordType: "assessment",
      recordId: assessment.id,
      summary: answerSummary(changes, option?.label ?? value, what),
      changes: { questionId: question.id, ...changes, ...(confirmsCarried ? { carriedOver: { from: true, to: false } } : {}) },
    });
    if (Object.keys(changes).length > 0) withdrawSectionReview(db, actor, assessment, requirement.safeguard);
    return assessment;
  })();
  return detailOf(db, assessment);
}

/**
 * Confirms carried-over answers, not-applicable marks and decisions as still true this year: the
 * confirming user becomes who gave them, now. Items that are not (or no longer) carried are skipped.
 */
export function confirmCarried(db: Database, actor: Actor, input: { assessmentId: string; questionIds: string[]; requirementIds: string[] }): AssessmentDetail {
  const assessment = db.transaction(() => {
    const assessment = editableAssessment(db, input.assessmentId);
    const questions = input.questionIds.map((id) => requireKnownQuestion(id, "questionIds").question);
    const requirements = input.requirementIds.map((id) => requireKnownRequirement(id, "requirementIds"));
    const params = { assessmentId: assessment.id, by: userIdOf(actor), now: new Date().toISOString() };
    const confirmAnswer = db.prepare(
      `UPDATE assessment_answers SET carried_over = 0, updated_by = @by, updated_at = @now,
         answered_by = CASE WHEN value IS NULL THEN NULL ELSE @by END, answered_at = CASE WHEN value IS NULL THEN NULL ELSE @now END
       WHERE assessment_id = @assessmentId AND question_id = @questionId AND carried_over = 1`,
    );
    const confirmRequirement = db.prepare(
      `UPDATE assessment_requirement_states SET carried_over = 0,
         not_applicable_by = CASE WHEN not_applicable_reason IS NULL THEN NULL ELSE @by END,
         not_applicable_at = CASE WHEN not_applicable_reason IS NULL THEN NULL ELSE @now END,
         decided_by = CASE WHEN decision IS NULL THEN NULL ELSE @by END, decided_at = CASE WHEN decision IS NULL THEN NULL ELSE @now END
       WHERE assessment_id = @assessmentId AND requirement_id = @requirementId AND carried_over = 1`,
    );
    const questionIds = questions.filter((question) => confirmAnswer.run({ ...params, questionId: question.id }).changes > 0).map((question) => question.id);
    const requirementIds = requirements
      .filter((requirement) => confirmRequirement.run({ ...params, requirementId: requirement.id }).changes > 0)
      .map((requirement) => requirement.id);
    if (questionIds.length + requirementIds.length > 0) {
      appendAudit(db, actor, {
        action: "assessment.carried-confirmed",
        recordType: "assessment",
        recordId: assessment.id,
        summary: `Confirmed ${questionIds.length} carried-over answers and ${requirementIds.length} carried-over decisions in the ${assessment.year} assessment`,
        changes: { questionIds, requirementIds },
      });
    }
    return assessment;
  })();
  return detailOf(db, assessment);
}
