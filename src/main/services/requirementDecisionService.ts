import type { Database } from "better-sqlite3-multiple-ciphers";
import { applicabilityFor, type Requirement } from "../../shared/catalog";
import type { AssessmentDetail } from "../../shared/model/assessment";
import { ADDRESSABLE_DECISION_LABELS, type AddressableDecisionKind } from "../../shared/rules/assessmentSnapshot";
import { appendAudit, type Actor } from "../audit/auditLog";
import { AppFailure } from "../core/appFailure";
import {
  applicabilityProfileOf,
  assertApplies,
  citation,
  editableAssessment,
  findStateRow,
  requireKnownRequirement,
  userIdOf,
  withdrawSectionReview,
  type AssessmentRow,
} from "./assessmentRecords";
import { detailOf } from "./assessmentView";
import { changedFields } from "./recordChanges";

/** A user's "not applicable" marks and the documented decisions on addressable specifications. */

export type NotApplicableInput =
  | { assessmentId: string; requirementId: string; notApplicable: true; reason: string }
  | { assessmentId: string; requirementId: string; notApplicable: false };

export interface DecisionInput {
  assessmentId: string;
  requirementId: string;
  decision: AddressableDecisionKind | null;
  description: string;
  rationale: string;
}

/** The practice profile's own "not applicable" cannot be overridden here; it is changed in the profile. */
function assertNotDecidedByProfile(db: Database, assessment: AssessmentRow, requirement: Requirement): void {
  const byProfile = applicabilityFor(requirement, applicabilityProfileOf(db, assessment));
  if (byProfile.applies) return;
  throw new AppFailure(
    "CONFLICT",
    `${citation(requirement)} already does not apply to the practice: ${byProfile.reason} This follows from the practice profile; correct the profile if it is wrong.`,
  );
}

/**
 * Clears one half of a state row (the not-applicable mark or the decision); the row goes when
 * nothing is left in it, since the table's CHECK allows no empty row.
 */
function clearState(db: Database, assessmentId: string, requirementId: string, keepsOtherHalf: boolean, clearSql: string): void {
  if (keepsOtherHalf) db.prepare(`UPDATE assessment_requirement_states SET ${clearSql}, carried_over = 0 WHERE assessment_id = ? AND requirement_id = ?`).run(assessmentId, requirementId);
  else db.prepare("DELETE FROM assessment_requirement_states WHERE assessment_id = ? AND requirement_id = ?").run(assessmentId, requirementId);
}

/**
 * Marks a requirement not applicable with the user's reason (at least a few words, checked by the
 * contract), or applicable again. Its answers are kept but left out of the score while it is marked.
 */
export function setNotApplicable(db: Database, actor: Actor, input: NotApplicableInput): AssessmentDetail {
  const assessment = db.transaction(() => {
    const assessment = editableAssessment(db, input.assessmentId);
    const requirement = requireKnownRequirement(input.requirementId);
    assertNotDecidedByProfile(db, assessment, requirement);
    const before = findStateRow(db, assessment.id, requirement.id);
    const reasonBefore = before?.not_applicable_reason ?? null;
    const reason = input.notApplicable ? input.reason : null;
    if (reason === reasonBefore && before?.carried_over !== 1) return assessment;
    if (reason === null) {
      clearState(db, assessment.id, requirement.id, Boolean(before?.decision), "not_applicable_reason = NULL, not_applicable_by = NULL, not_applicable_at = NULL");
    } else {
      db.prepare(
        `INSERT INTO assessment_requirement_states (assessment_id, requirement_id, not_applicable_reason, not_applicable_by, not_applicable_at)
         VALUES (@assessmentId, @requirementId, @reason, @by, @now)
         ON CONFLICT (assessment_id, requirement_id) DO UPDATE SET not_applicable_reason = excluded.not_applicable_reason,
           not_applicable_by = excluded.not_applicable_by, not_applicable_at = excluded.not_applicable_at, carried_over = 0`,
      ).run({ assessmentId: assessment.id, requirementId: requirement.id, reason, by: userIdOf(actor), now: new Date().toISOString() });
    }
    appendAudit(db, actor, {
      action: reason === null ? "assessment.not-applicable-cleared" : "assessment.not-applicable-marked",
      recordType: "assessment",
      recordId: assessment.id,
      summary:
        reason === null
          ? `Marked ${citation(requirement)} applicable again in the ${assessment.year} assessment`
          : `Marked ${citation(requirement)} not applicable in the ${assessment.year} assessment`,
      changes: { requirementId: requirement.id, reason: { from: reasonBefore, to: reason } },
    });
    if (reason !== reasonBefore) withdrawSectionReview(db, actor, assessment, requirement.safeguard);
    return assessment;
  })();
  return detailOf(db, assessment);
}

/**
 * Records the decision 45 CFR 164.306(d)(3)(ii) requires on an addressable specification: implemented;
 * an equivalent alternative measure (described); or not reasonable and appropriate (why, and what is
 * done instead). The contract checks the wording; this checks the specification is addressable and applies.
 */
export function decideAddressable(db: Database, actor: Actor, input: DecisionInput): AssessmentDetail {
  const assessment = db.transaction(() => {
    const assessment = editableAssessment(db, input.assessmentId);
    const requirement = requireKnownRequirement(input.requirementId);
    if (requirement.status !== "addressable") {
      const kind = requirement.status === "required" ? "a required specification" : "a standard";
      const message = `${citation(requirement)} is ${kind}, so it has no addressable decision; it must be met as written.`;
      throw new AppFailure("VALIDATION", message, { decision: message });
    }
    assertApplies(db, assessment, requirement);
    const before = findStateRow(db, assessment.id, requirement.id);
    const stored = (decision: AddressableDecisionKind | null, description: string, rationale: string) => ({
      decision,
      description: decision === null ? "" : description,
      rationale: decision === "not-reasonable" ? rationale : "",
    });
    const from = stored(before?.decision ?? null, before?.decision_description ?? "", before?.decision_rationale ?? "");
    const to = stored(input.decision, input.description, input.rationale);
    const changes = changedFields(from, to);
    if (Object.keys(changes).length === 0 && before?.carried_over !== 1) return assessment;
    if (to.decision === null) {
      clearState(
        db,
        assessment.id,
        requirement.id,
        Boolean(before?.not_applicable_reason),
        "decision = NULL, decision_description = '', decision_rationale = '', decided_by = NULL, decided_at = NULL",
      );
    } else {
      db.prepare(
        `INSERT INTO assessment_requirement_states (assessment_id, requirement_id, decision, decision_description, decision_rationale, decided_by, decided_at)
         VALUES (@assessmentId, @requirementId, @decision, @description, @rationale, @by, @now)
         ON CONFLICT (assessment_id, requirement_id) DO UPDATE SET decision = excluded.decision, decision_description = excluded.decision_description,
           decision_rationale = excluded.decision_rationale, decided_by = excluded.decided_by, decided_at = excluded.decided_at, carried_over = 0`,
      ).run({ assessmentId: assessment.id, requirementId: requirement.id, ...to, by: userIdOf(actor), now: new Date().toISOString() });
    }
    appendAudit(db, actor, {
      action: to.decision === null ? "assessment.addressable-decision-withdrawn" : "assessment.addressable-decided",
      recordType: "assessment",
      recordId: assessment.id,
      summary:
        to.decision === null
          ? `Withdrew the decision on ${citation(requirement)} in the ${assessment.year} assessment`
          : `Decided on ${citation(requirement)} in the ${assessment.year} assessment: ${ADDRESSABLE_DECISION_LABELS[to.decision]}`,
      changes: { requirementId: requirement.id, ...(Object.keys(changes).length > 0 ? changes : { carriedOver: { from: true, to: false } }) },
    });
    if (Object.keys(changes).length > 0) withdrawSectionReview(db, actor, assessment, requirement.safeguard);
    return assessment;
  })();
  return detailOf(db, assessment);
}
