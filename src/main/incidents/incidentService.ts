import { randomUUID } from "node:crypto";
import type { Database } from "better-sqlite3-multiple-ciphers";
import {
  INCIDENT_STATUS_LABELS,
  RESPONSE_PHASE_LABELS,
  type IncidentAssetChoices,
  type IncidentDetail,
  type IncidentInput,
  type IncidentStatus,
  type IncidentSummary,
  type ResponseStepInput,
} from "../../shared/model/incident";
import type { AssetKind } from "../../shared/risk/assetKinds";
import { appendAudit, type Actor } from "../audit/auditLog";
import { AppFailure } from "../core/appFailure";
import { changedFields } from "../services/recordChanges";
import { nowIso, practiceToday, userIdOf } from "../risk/riskRecords";
import { addReviewTrigger } from "../risk/reviewService";
import { assertOpen, findAssessment, incidentName, noticesOf, requireIncident, type IncidentRow, type StepRow } from "./incidentRecords";
import { closeBlockers, deadlinesOf, incidentDetail, incidentSummaries, incidentView } from "./incidentViews";

/**
 * The incident log of 45 CFR 164.308(a)(6)(ii): identify and respond to suspected or known security
 * incidents, mitigate their harmful effects as far as practicable, and document them and their outcome.
 */

export function listIncidents(db: Database): IncidentSummary[] {
  return incidentSummaries(db);
}

export function getIncident(db: Database, id: string): IncidentDetail {
  return incidentDetail(db, id);
}

/** The systems to choose from: the active assets of the latest year's risk analysis. */
export function assetChoices(db: Database): IncidentAssetChoices {
  const analysis = db.prepare("SELECT id, year FROM risk_analyses ORDER BY year DESC LIMIT 1").get() as { id: string; year: number } | undefined;
  if (!analysis) return { analysisYear: null, assets: [] };
  const assets = db
    .prepare("SELECT id, name, kind FROM risk_assets WHERE analysis_id = ? AND retired_at IS NULL ORDER BY name COLLATE NOCASE")
    .all(analysis.id) as { id: string; name: string; kind: AssetKind }[];
  return { analysisYear: analysis.year, assets };
}

/** Dates can't lie in the future of the practice's calendar; the assets must exist in the inventory. */
function checkFacts(db: Database, incident: IncidentInput, unchangedAssetIds: ReadonlySet<string> = new Set()): void {
  const today = practiceToday(db);
  const fields: Record<string, string> = {};
  if (incident.discoveredOn > today) fields["incident.discoveredOn"] = "The discovery date can't be in the future.";
  if (incident.occurredOn && incident.occurredOn > today) fields["incident.occurredOn"] = "The date it happened can't be in the future.";
  const exists = db.prepare("SELECT 1 FROM risk_assets WHERE id = ?").pluck();
  const current = new Set(assetChoices(db).assets.map((asset) => asset.id));
  if (incident.assetIds.some((id) => !exists.get(id) || (!current.has(id) && !unchangedAssetIds.has(id)))) {
    fields["incident.assetIds"] = "Choose the systems from the current risk analysis's list of assets.";
  }
  const first = Object.values(fields)[0];
  if (first) throw new AppFailure("VALIDATION", first, fields);
}

function columns(incident: IncidentInput) {
  return {
    title: incident.title,
    occurred_on: incident.occurredOn,
    occurred_time: incident.occurredOn ? incident.occurredTime : null,
    discovered_on: incident.discoveredOn,
    discovered_time: incident.discoveredTime,
    reported_by: incident.reportedBy,
    description: incident.description,
    category: incident.category,
    other_systems: incident.otherSystems,
    locations: JSON.stringify(incident.locations),
    phi: incident.phi,
    information_types: JSON.stringify(incident.informationTypes),
    other_information: incident.otherInformation,
    individuals_affected: incident.individualsAffected,
    residents_by_state: JSON.stringify(Object.fromEntries(incident.residents.map((row) => [row.state, row.count]))),
    business_associate: incident.businessAssociate ? 1 : 0,
    covered_entity_name: incident.businessAssociate ? incident.coveredEntityName : "",
  };
}

function writeAssets(db: Database, incidentId: string, assetIds: readonly string[]): void {
  db.prepare("DELETE FROM incident_assets WHERE incident_id = ?").run(incidentId);
  const insert = db.prepare("INSERT INTO incident_assets (incident_id, asset_id) VALUES (?, ?)");
  for (const assetId of assetIds) insert.run(incidentId, assetId);
}

export function createIncident(db: Database, actor: Actor, input: { incident: IncidentInput }): IncidentDetail {
  const id = db.transaction(() => {
    checkFacts(db, input.incident);
    const id = randomUUID();
    const number = (db.prepare("SELECT coalesce(max(number), 0) + 1 FROM incidents").pluck().get() as number) ?? 1;
    const now = nowIso();
    const who = userIdOf(actor);
    db.prepare(
      `INSERT INTO incidents (id, number, title, occurred_on, occurred_time, discovered_on, discovered_time, reported_by, description, category, other_systems,
         locations, phi, information_types, other_information, individuals_affected, residents_by_state, business_associate, covered_entity_name,
         created_by, created_at, updated_by, updated_at)
       VALUES (@id, @number, @title, @occurred_on, @occurred_time, @discovered_on, @discovered_time, @reported_by, @description, @category, @other_systems,
         @locations, @phi, @information_types, @other_information, @individuals_affected, @residents_by_state, @business_associate, @covered_entity_name,
         @who, @now, @who, @now)`,
    ).run({ id, number, ...columns(input.incident), who, now });
    writeAssets(db, id, input.incident.assetIds);
    appendAudit(db, actor, {
      action: "incident.recorded",
      recordType: "incident",
      recordId: id,
      summary: `Recorded incident ${number}: “${input.incident.title}”, discovered ${input.incident.discoveredOn}`,
      changes: { ...input.incident },
    });
    return id;
  })();
  return incidentDetail(db, id);
}

function inputOf(db: Database, row: IncidentRow): IncidentInput {
  const view = incidentView(db, row);
  return {
    title: view.title,
    occurredOn: view.occurredOn,
    occurredTime: view.occurredTime,
    discoveredOn: view.discoveredOn,
    discoveredTime: view.discoveredTime,
    reportedBy: view.reportedBy,
    description: view.description,
    category: view.category,
    assetIds: view.assets.map((asset) => asset.id),
    otherSystems: view.otherSystems,
    locations: view.locations,
    phi: view.phi,
    informationTypes: view.informationTypes,
    otherInformation: view.otherInformation,
    individualsAffected: view.individualsAffected,
    residents: view.residents,
    businessAssociate: view.businessAssociate,
    coveredEntityName: view.coveredEntityName,
  };
}

export function updateIncident(db: Database, actor: Actor, input: { id: string; incident: IncidentInput }): IncidentDetail {
  db.transaction(() => {
    const row = requireIncident(db, input.id);
    assertOpen(row);
    const before = inputOf(db, row);
    checkFacts(db, input.incident, new Set(before.assetIds));
    const after = { ...input.incident, occurredTime: input.incident.occurredOn ? input.incident.occurredTime : null, coveredEntityName: input.incident.businessAssociate ? input.incident.coveredEntityName : "" };
    const changes = changedFields(before, after);
    if (Object.keys(changes).length === 0) return;
    db.prepare(
      `UPDATE incidents SET title = @title, occurred_on = @occurred_on, occurred_time = @occurred_time, discovered_on = @discovered_on, discovered_time = @discovered_time,
         reported_by = @reported_by, description = @description, category = @category, other_systems = @other_systems, locations = @locations, phi = @phi,
         information_types = @information_types, other_information = @other_information, individuals_affected = @individuals_affected,
         residents_by_state = @residents_by_state, business_associate = @business_associate, covered_entity_name = @covered_entity_name,
         updated_by = @who, updated_at = @now WHERE id = @id`,
    ).run({ id: row.id, ...columns(input.incident), who: userIdOf(actor), now: nowIso() });
    writeAssets(db, row.id, input.incident.assetIds);
    appendAudit(db, actor, { action: "incident.updated", recordType: "incident", recordId: row.id, summary: `Changed ${incidentName({ ...row, title: input.incident.title })}`, changes });
  })();
  return incidentDetail(db, input.id);
}

/**
 * Moves an incident along open → contained → recovered → closed (any order, since incidents don't
 * always follow the plan). Closing needs the breach question settled and the notices owed logged;
 * a closed incident can be reopened.
 */
export function setIncidentStatus(db: Database, actor: Actor, input: { id: string; status: IncidentStatus; note: string }): IncidentDetail {
  db.transaction(() => {
    const row = requireIncident(db, input.id);
    if (row.status === input.status) return;
    const now = nowIso();
    const who = userIdOf(actor);
    if (input.status === "closed") {
      const assessment = findAssessment(db, row.id);
      const blockers = closeBlockers(row, assessment, deadlinesOf(row, assessment, noticesOf(db, row.id), practiceToday(db)));
      if (blockers.length > 0) throw new AppFailure("CONFLICT", `Incident ${row.number} can't be closed yet. ${blockers.join(" ")}`);
      db.prepare("UPDATE incidents SET status = 'closed', closed_by = ?, closed_at = ?, closing_note = ?, updated_by = ?, updated_at = ? WHERE id = ?").run(
        who,
        now,
        input.note,
        who,
        now,
        row.id,
      );
    } else {
      db.prepare("UPDATE incidents SET status = ?, closed_by = NULL, closed_at = NULL, closing_note = '', updated_by = ?, updated_at = ? WHERE id = ?").run(
        input.status,
        who,
        now,
        row.id,
      );
    }
    const verb = input.status === "closed" ? "Closed" : row.status === "closed" ? "Reopened" : "Marked";
    appendAudit(db, actor, {
      action: input.status === "closed" ? "incident.closed" : row.status === "closed" ? "incident.reopened" : "incident.status-changed",
      recordType: "incident",
      recordId: row.id,
      summary: `${verb} ${incidentName(row)}${input.status === "closed" ? "" : ` as “${INCIDENT_STATUS_LABELS[input.status]}”`}`,
      changes: { status: { from: row.status, to: input.status }, ...(input.note ? { note: input.note } : {}) },
    });
  })();
  return incidentDetail(db, input.id);
}

function checkStepDate(db: Database, step: ResponseStepInput): void {
  if (step.doneOn > practiceToday(db)) throw new AppFailure("VALIDATION", "The date can't be in the future.", { "step.doneOn": "The date can't be in the future." });
}

export function addResponseStep(db: Database, actor: Actor, input: { incidentId: string; step: ResponseStepInput }): IncidentDetail {
  db.transaction(() => {
    const row = requireIncident(db, input.incidentId);
    assertOpen(row);
    checkStepDate(db, input.step);
    const id = randomUUID();
    const now = nowIso();
    const who = userIdOf(actor);
    const { phase, action, doneBy, doneOn, doneTime } = input.step;
    db.prepare(
      `INSERT INTO incident_steps (id, incident_id, phase, action, done_by, done_on, done_time, recorded_by, recorded_at, updated_by, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, row.id, phase, action, doneBy, doneOn, doneTime, who, now, who, now);
    appendAudit(db, actor, {
      action: "incident.step-added",
      recordType: "incident-step",
      recordId: id,
      summary: `Recorded a ${phase} step for ${incidentName(row)}: ${action.slice(0, 120)}`,
      changes: { incidentId: row.id, ...input.step },
    });
  })();
  return incidentDetail(db, input.incidentId);
}

export function updateResponseStep(db: Database, actor: Actor, input: { id: string; step: ResponseStepInput }): IncidentDetail {
  const incidentId = db.transaction(() => {
    const step = db.prepare("SELECT * FROM incident_steps WHERE id = ?").get(input.id) as StepRow | undefined;
    if (!step) throw new AppFailure("NOT_FOUND", "That response step does not exist.");
    const row = requireIncident(db, step.incident_id);
    assertOpen(row);
    checkStepDate(db, input.step);
    const before = { phase: step.phase, action: step.action, doneBy: step.done_by, doneOn: step.done_on, doneTime: step.done_time };
    const changes = changedFields(before, input.step);
    if (Object.keys(changes).length === 0) return row.id;
    const { phase, action, doneBy, doneOn, doneTime } = input.step;
    db.prepare("UPDATE incident_steps SET phase = ?, action = ?, done_by = ?, done_on = ?, done_time = ?, updated_by = ?, updated_at = ? WHERE id = ?").run(
      phase,
      action,
      doneBy,
      doneOn,
      doneTime,
      userIdOf(actor),
      nowIso(),
      step.id,
    );
    appendAudit(db, actor, {
      action: "incident.step-updated",
      recordType: "incident-step",
      recordId: step.id,
      summary: `Changed a step (${RESPONSE_PHASE_LABELS[phase].split(":")[0]!.toLowerCase()}) of ${incidentName(row)}`,
      changes,
    });
    return row.id;
  })();
  return incidentDetail(db, incidentId);
}

/**
 * An incident is one of the events that call for reviewing the risk analysis before its date
 * (164.308(a)(1)(ii)(A) and (B); OCR's guidance on periodic review). It becomes a review task of the
 * risk analysis (src/main/risk/reviewService.ts) until the next analysis is finalized.
 */
export function openRiskReview(db: Database, actor: Actor, input: { id: string }): IncidentDetail {
  db.transaction(() => {
    const row = requireIncident(db, input.id);
    if (row.risk_review_trigger_id) throw new AppFailure("CONFLICT", `Incident ${row.number} has already asked for a review of the risk analysis.`);
    addReviewTrigger(db, actor, { kind: "incident", note: `Incident ${row.number}: ${row.title}`, occurredOn: row.discovered_on });
    // Inside this transaction on the vault's one connection, the newest trigger is the one just added.
    const triggerId = db.prepare("SELECT id FROM risk_review_triggers ORDER BY rowid DESC LIMIT 1").pluck().get() as string;
    db.prepare("UPDATE incidents SET risk_review_trigger_id = ?, updated_by = ?, updated_at = ? WHERE id = ?").run(triggerId, userIdOf(actor), nowIso(), row.id);
    appendAudit(db, actor, {
      action: "incident.risk-review-requested",
      recordType: "incident",
      recordId: row.id,
      summary: `${incidentName(row)} asked for a review of the risk analysis`,
      changes: { triggerId },
    });
  })();
  return incidentDetail(db, input.id);
}
