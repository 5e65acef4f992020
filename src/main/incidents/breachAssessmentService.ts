import type { Database } from "better-sqlite3-multiple-ciphers";
import type { BreachAssessmentInput, IncidentDetail } from "../../shared/model/incident";
import { breachOutcome, outcomeLabel } from "../../shared/rules/breachAssessment";
import { appendAudit, type Actor } from "../audit/auditLog";
import { AppFailure } from "../core/appFailure";
import { changedFields } from "../services/recordChanges";
import { nowIso, peopleLookup, userIdOf } from "../risk/riskRecords";
import { missingForSignOff } from "./assessmentChecks";
import { assertOpen, findAssessment, incidentName, requireIncident, type IncidentRow } from "./incidentRecords";
import { assessmentInputOf, incidentDetail } from "./incidentViews";

/**
 * The breach risk assessment of 45 CFR 164.402, saved step by step as the practice answers, then
 * signed off by an Administrator. The conclusion is the rule's (breachOutcome), stored beside the
 * answers so deadlines and the annual log can be found by query.
 */

function requireAssessable(db: Database, incidentId: string): IncidentRow {
  const row = requireIncident(db, incidentId);
  if (row.phi === "none") {
    throw new AppFailure("CONFLICT", `Incident ${row.number} is recorded as involving no patient information, so no breach assessment is needed. Change the incident if that is not right.`);
  }
  return row;
}

function storedConclusion(input: BreachAssessmentInput): { conclusion: "breach" | "not-a-breach" | null; basis: string | null } {
  const outcome = breachOutcome({ exception: input.exception, safeHarbor: input.safeHarbor, factorAnswers: input.factorAnswers });
  if (outcome.kind === "incomplete") return { conclusion: null, basis: null };
  if (outcome.kind === "breach") return { conclusion: "breach", basis: "factors" };
  return { conclusion: "not-a-breach", basis: outcome.basis };
}

export function saveBreachAssessment(db: Database, actor: Actor, input: { incidentId: string; assessment: BreachAssessmentInput }): IncidentDetail {
  db.transaction(() => {
    const row = requireAssessable(db, input.incidentId);
    assertOpen(row);
    const existing = findAssessment(db, row.id);
    if (existing?.signed_by) {
      const signer = peopleLookup(db)(existing.signed_by).name;
      throw new AppFailure("CONFLICT", `This breach assessment was signed off by ${signer}. An Administrator must withdraw the sign-off before it can change.`);
    }
    const before = assessmentInputOf(existing);
    const changes = changedFields(before, input.assessment);
    if (existing && Object.keys(changes).length === 0) return;
    const a = input.assessment;
    const { conclusion, basis } = storedConclusion(a);
    db.prepare(
      `INSERT INTO breach_assessments (incident_id, exception, exception_notes, safe_harbor, safe_harbor_notes, factor_answers, factor_notes, summary, conclusion, basis, updated_by, updated_at)
       VALUES (@incidentId, @exception, @exceptionNotes, @safeHarbor, @safeHarborNotes, @factorAnswers, @factorNotes, @summary, @conclusion, @basis, @who, @now)
       ON CONFLICT (incident_id) DO UPDATE SET exception = excluded.exception, exception_notes = excluded.exception_notes, safe_harbor = excluded.safe_harbor,
         safe_harbor_notes = excluded.safe_harbor_notes, factor_answers = excluded.factor_answers, factor_notes = excluded.factor_notes, summary = excluded.summary,
         conclusion = excluded.conclusion, basis = excluded.basis, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
    ).run({
      incidentId: row.id,
      exception: a.exception,
      exceptionNotes: a.exceptionNotes,
      safeHarbor: a.safeHarbor,
      safeHarborNotes: a.safeHarborNotes,
      factorAnswers: JSON.stringify(a.factorAnswers),
      factorNotes: JSON.stringify(a.factorNotes),
      summary: a.summary,
      conclusion,
      basis,
      who: userIdOf(actor),
      now: nowIso(),
    });
    appendAudit(db, actor, {
      action: "incident.breach-assessment-saved",
      recordType: "incident",
      recordId: row.id,
      summary: `Saved the breach assessment of ${incidentName(row)}: ${outcomeLabel(breachOutcome({ exception: a.exception, safeHarbor: a.safeHarbor, factorAnswers: a.factorAnswers })).toLowerCase()}`,
      changes,
    });
  })();
  return incidentDetail(db, input.incidentId);
}

/** The Administrator's sign-off: the conclusion and its reasoning become the practice's record. */
export function signOffBreachAssessment(db: Database, actor: Actor, input: { incidentId: string }): IncidentDetail {
  db.transaction(() => {
    const row = requireAssessable(db, input.incidentId);
    assertOpen(row);
    const existing = findAssessment(db, row.id);
    if (!existing) throw new AppFailure("CONFLICT", "Answer the breach assessment before signing it off.");
    if (existing.signed_by) throw new AppFailure("CONFLICT", "This breach assessment is already signed off.");
    const answers = assessmentInputOf(existing);
    const outcome = breachOutcome({ exception: answers.exception, safeHarbor: answers.safeHarbor, factorAnswers: answers.factorAnswers });
    const missing = missingForSignOff(answers, outcome);
    if (missing.length > 0) throw new AppFailure("VALIDATION", `The assessment can't be signed off yet. ${missing.join(" ")}`);
    const now = nowIso();
    db.prepare("UPDATE breach_assessments SET signed_by = ?, signed_at = ? WHERE incident_id = ?").run(userIdOf(actor), now, row.id);
    appendAudit(db, actor, {
      action: "incident.breach-assessment-signed",
      recordType: "incident",
      recordId: row.id,
      summary: `Signed off the breach assessment of ${incidentName(row)}: ${outcomeLabel(outcome)}`,
      changes: { conclusion: existing.conclusion, basis: existing.basis, reasoning: answers.summary },
    });
  })();
  return incidentDetail(db, input.incidentId);
}

/** Reopens a signed assessment for changes, with the reason on record. */
export function withdrawSignOff(db: Database, actor: Actor, input: { incidentId: string; reason: string }): IncidentDetail {
  db.transaction(() => {
    const row = requireAssessable(db, input.incidentId);
    assertOpen(row);
    const existing = findAssessment(db, row.id);
    if (!existing?.signed_by) throw new AppFailure("CONFLICT", "This breach assessment is not signed off.");
    const signer = peopleLookup(db)(existing.signed_by).name;
    db.prepare("UPDATE breach_assessments SET signed_by = NULL, signed_at = NULL, updated_by = ?, updated_at = ? WHERE incident_id = ?").run(userIdOf(actor), nowIso(), row.id);
    appendAudit(db, actor, {
      action: "incident.breach-assessment-reopened",
      recordType: "incident",
      recordId: row.id,
      summary: `Withdrew the sign-off of the breach assessment of ${incidentName(row)} (signed by ${signer})`,
      changes: { reason: input.reason, signedBy: signer, signedAt: existing.signed_at },
    });
  })();
  return incidentDetail(db, input.incidentId);
}
