import type { Database } from "better-sqlite3-multiple-ciphers";
import { applicabilityFor, findQuestion, findRequirement, SAFEGUARD_LABELS, type ApplicabilityProfile, type Question, type Requirement, type Safeguard } from "../../shared/catalog";
import type { PersonRef } from "../../shared/model/assessment";
import type { AddressableDecisionKind, AssessmentSnapshot } from "../../shared/rules/assessmentSnapshot";
import { calendarDateInZone } from "../../shared/rules/calendarDates";
import { appendAudit, type Actor } from "../audit/auditLog";
import { AppFailure } from "../core/appFailure";
import { readPractice } from "./practiceService";

/** The stored rows of an assessment, and the checks every assessment service shares. */

export interface AssessmentRow {
  id: string;
  year: number;
  status: "in-progress" | "finalized";
  catalog_version: string;
  started_by: string;
  started_at: string;
  carried_from: string | null;
  finalized_by: string | null;
  finalized_at: string | null;
  finalized_profile: string | null;
}

export interface AnswerRow {
  question_id: string;
  value: string | null;
  notes: string;
  answered_by: string | null;
  answered_at: string | null;
  carried_over: 0 | 1;
  updated_by: string;
  updated_at: string;
}

export interface RequirementStateRow {
  requirement_id: string;
  not_applicable_reason: string | null;
  not_applicable_by: string | null;
  not_applicable_at: string | null;
  decision: AddressableDecisionKind | null;
  decision_description: string;
  decision_rationale: string;
  decided_by: string | null;
  decided_at: string | null;
  carried_over: 0 | 1;
}

export interface SectionReviewRow {
  safeguard: Safeguard;
  reviewed_by: string;
  reviewed_at: string;
  note: string;
}

export interface AssessmentRecords {
  answers: AnswerRow[];
  states: RequirementStateRow[];
  reviews: SectionReviewRow[];
}

export function findAssessment(db: Database, id: string): AssessmentRow | undefined {
  return db.prepare("SELECT * FROM assessments WHERE id = ?").get(id) as AssessmentRow | undefined;
}

export function requireAssessment(db: Database, id: string): AssessmentRow {
  const row = findAssessment(db, id);
  if (!row) throw new AppFailure("NOT_FOUND", "That assessment does not exist. Go back to the list of assessments.");
  return row;
}

/** The signed-in user's id, stored as who answered, decided or reviewed. */
export function userIdOf(actor: Actor): string {
  if (!actor.id) throw new AppFailure("LOCKED", "The vault is locked. Sign in to continue.");
  return actor.id;
}

/** A person's full name for display; the row of a removed user stays, so old entries keep their name. */
export function peopleLookup(db: Database): (id: string) => PersonRef {
  const names = new Map((db.prepare("SELECT id, full_name FROM users").all() as { id: string; full_name: string }[]).map((row) => [row.id, row.full_name]));
  return (id) => ({ id, name: names.get(id) ?? "Unknown user" });
}

/** A finalized assessment is the practice's record for that year: nothing in it may change again. */
export function assertEditable(db: Database, assessment: AssessmentRow): void {
  if (assessment.status !== "finalized" || !assessment.finalized_by || !assessment.finalized_at) return;
  const by = peopleLookup(db)(assessment.finalized_by).name;
  const on = calendarDateInZone(new Date(assessment.finalized_at), readPractice(db).timeZone);
  throw new AppFailure(
    "CONFLICT",
    `The ${assessment.year} assessment was finalized by ${by} on ${on} and can no longer be changed. Start a new year's assessment to record what has changed since.`,
  );
}

/** The assessment, checked to exist and to be still in progress. */
export function editableAssessment(db: Database, id: string): AssessmentRow {
  const assessment = requireAssessment(db, id);
  assertEditable(db, assessment);
  return assessment;
}

export function readRecords(db: Database, assessmentId: string): AssessmentRecords {
  return {
    answers: db.prepare("SELECT * FROM assessment_answers WHERE assessment_id = ?").all(assessmentId) as AnswerRow[],
    states: db.prepare("SELECT * FROM assessment_requirement_states WHERE assessment_id = ?").all(assessmentId) as RequirementStateRow[],
    reviews: db.prepare("SELECT * FROM assessment_section_reviews WHERE assessment_id = ?").all(assessmentId) as SectionReviewRow[],
  };
}

/** The columns a snapshot is made of (toSnapshot): what scoring and progress need. */
export interface SnapshotRecords {
  answers: Pick<AnswerRow, "question_id" | "value" | "carried_over">[];
  states: Pick<RequirementStateRow, "requirement_id" | "not_applicable_reason" | "decision" | "decision_description" | "decision_rationale" | "carried_over">[];
  reviews: Pick<SectionReviewRow, "safeguard">[];
}

type Keyed = { assessment_id: string };

/**
 * Every assessment's rows, only the columns a snapshot reads, in three queries for the list of all
 * years (not three per year).
 */
export function readAllSnapshotRecords(db: Database): (assessmentId: string) => SnapshotRecords {
  const byAssessment = new Map<string, SnapshotRecords>();
  const recordsOf = (assessmentId: string) => {
    let records = byAssessment.get(assessmentId);
    if (!records) {
      records = { answers: [], states: [], reviews: [] };
      byAssessment.set(assessmentId, records);
    }
    return records;
  };
  // Ordered as the per-assessment queries return them: by each table's primary key.
  const answers = db.prepare("SELECT assessment_id, question_id, value, carried_over FROM assessment_answers ORDER BY assessment_id, question_id").all() as (SnapshotRecords["answers"][number] & Keyed)[];
  for (const row of answers) recordsOf(row.assessment_id).answers.push(row);
  const states = db
    .prepare(
      `SELECT assessment_id, requirement_id, not_applicable_reason, decision, decision_description, decision_rationale, carried_over
       FROM assessment_requirement_states ORDER BY assessment_id, requirement_id`,
    )
    .all() as (SnapshotRecords["states"][number] & Keyed)[];
  for (const row of states) recordsOf(row.assessment_id).states.push(row);
  const reviews = db.prepare("SELECT assessment_id, safeguard FROM assessment_section_reviews ORDER BY assessment_id, safeguard").all() as (SnapshotRecords["reviews"][number] & Keyed)[];
  for (const row of reviews) recordsOf(row.assessment_id).reviews.push(row);
  return recordsOf;
}

/** The practice facts that decide applicability: frozen at finalizing, current while in progress. */
export function applicabilityProfileOf(db: Database, assessment: AssessmentRow): ApplicabilityProfile {
  if (assessment.finalized_profile) return JSON.parse(assessment.finalized_profile) as ApplicabilityProfile;
  const practice = readPractice(db);
  return { sponsorsGroupHealthPlan: practice.sponsorsGroupHealthPlan, isPartOfClearinghouse: practice.isPartOfClearinghouse };
}

export function toSnapshot(profile: ApplicabilityProfile, records: SnapshotRecords): AssessmentSnapshot {
  return {
    profile,
    answers: Object.fromEntries(records.answers.map((row) => [row.question_id, { value: row.value, carriedOver: row.carried_over === 1 }])),
    requirementStates: Object.fromEntries(
      records.states.map((row) => [
        row.requirement_id,
        {
          notApplicableReason: row.not_applicable_reason,
          decision: row.decision ? { kind: row.decision, description: row.decision_description, rationale: row.decision_rationale } : null,
          carriedOver: row.carried_over === 1,
        },
      ]),
    ),
    reviewedSections: records.reviews.map((row) => row.safeguard),
  };
}

export function readSnapshot(db: Database, assessment: AssessmentRow): AssessmentSnapshot {
  return toSnapshot(applicabilityProfileOf(db, assessment), readRecords(db, assessment.id));
}

/** "164.310(a)(1) Facility access controls": how audit entries and messages name a requirement. */
export function citation(requirement: Pick<Requirement, "cfr" | "specification" | "standard">): string {
  return `${requirement.cfr} ${requirement.specification ?? requirement.standard}`;
}

export function requireKnownQuestion(id: string, field = "questionId"): { question: Question; requirement: Requirement } {
  const question = findQuestion(id);
  const requirement = question ? findRequirement(question.cfr) : undefined;
  if (!question || !requirement) throw new AppFailure("VALIDATION", "That question is not part of the assessment.", { [field]: "Not a question of the Security Rule catalog." });
  return { question, requirement };
}

export function requireKnownRequirement(id: string, field = "requirementId"): Requirement {
  const requirement = findRequirement(id);
  if (!requirement) throw new AppFailure("VALIDATION", "That requirement is not part of the assessment.", { [field]: "Not a requirement of the Security Rule catalog." });
  return requirement;
}

/**
 * A section's sign-off covers the answers as they were when it was given; any later change to an
 * answer, a note, a not-applicable mark or a decision in that section withdraws it, so the section
 * must be reviewed again before the assessment can be finalized.
 */
export function findStateRow(db: Database, assessmentId: string, requirementId: string): RequirementStateRow | undefined {
  return db.prepare("SELECT * FROM assessment_requirement_states WHERE assessment_id = ? AND requirement_id = ?").get(assessmentId, requirementId) as
    | RequirementStateRow
    | undefined;
}

/**
 * Answers can be given only where the requirement applies: the practice profile decides first
 * (applicabilityFor), then a user's "not applicable" mark.
 */
export function assertApplies(db: Database, assessment: AssessmentRow, requirement: Requirement): void {
  const byProfile = applicabilityFor(requirement, applicabilityProfileOf(db, assessment));
  if (!byProfile.applies) {
    throw new AppFailure("CONFLICT", `${citation(requirement)} does not apply to the practice: ${byProfile.reason} If that is wrong, correct the practice profile.`);
  }
  if (findStateRow(db, assessment.id, requirement.id)?.not_applicable_reason) {
    throw new AppFailure("CONFLICT", `${citation(requirement)} is marked not applicable in this assessment. Mark it applicable again first.`);
  }
}

export function withdrawSectionReview(db: Database, actor: Actor, assessment: AssessmentRow, safeguard: Safeguard): void {
  const removed = db.prepare("DELETE FROM assessment_section_reviews WHERE assessment_id = ? AND safeguard = ?").run(assessment.id, safeguard);
  if (removed.changes === 0) return;
  appendAudit(db, actor, {
    action: "assessment.section-review-withdrawn",
    recordType: "assessment",
    recordId: assessment.id,
    summary: `The sign-off of ${SAFEGUARD_LABELS[safeguard]} in the ${assessment.year} assessment was withdrawn because something in it changed`,
    changes: { safeguard },
  });
}
