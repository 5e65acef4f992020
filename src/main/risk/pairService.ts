import { randomUUID } from "node:crypto";
import type { Database } from "better-sqlite3-multiple-ciphers";
import type { ActionItemOwnerInput } from "../../shared/model/actionItem";
import type { PairInput, RiskPairSuggestion, RiskPairView } from "../../shared/model/risk";
import { riskLevelOrNull } from "../../shared/risk/riskMatrix";
import { suggestPairs } from "../../shared/risk/suggestedPairs";
import { appendAudit, type Actor } from "../audit/auditLog";
import { AppFailure } from "../core/appFailure";
import { changedFields } from "../services/recordChanges";
import { assertEditable, nowIso, requireAsset, requirePair, userIdOf, type AnalysisRow, type AssetRow, type PairRow } from "./riskRecords";
import { countRiskSteps, insertRiskStep, priorityFor } from "./riskSteps";
import { assetsOf, pairsOf } from "./riskViews";

/**
 * Threat-vulnerability pairs: identified (OCR element 3), with current safeguards (4), rated for
 * likelihood (5) and impact (6) into a level (7), and treated (risk management, 164.308(a)(1)(ii)(B)).
 */

function pairViews(db: Database, analysis: AnalysisRow, ids: readonly string[]): RiskPairView[] {
  const byId = new Map(pairsOf(db, analysis, assetsOf(db, analysis.id)).map((pair) => [pair.id, pair]));
  return ids.map((id) => byId.get(id)!);
}

function assertAssetActive(asset: AssetRow): void {
  if (asset.retired_at !== null) throw new AppFailure("CONFLICT", `"${asset.name}" was retired from this analysis; its risks can no longer change.`);
}

/** The stored columns of a pair, levels worked out from the matrix. */
function columns(pair: PairInput) {
  return {
    threat_id: pair.threatId,
    custom_threat: pair.threatId === null ? pair.customThreat : null,
    vulnerability: pair.vulnerability,
    controls: pair.controls,
    inherent_likelihood: pair.inherentLikelihood,
    inherent_impact: pair.inherentImpact,
    inherent_level: riskLevelOrNull(pair.inherentLikelihood, pair.inherentImpact),
    residual_likelihood: pair.residualLikelihood,
    residual_impact: pair.residualImpact,
    residual_level: riskLevelOrNull(pair.residualLikelihood, pair.residualImpact),
    rating_note: pair.ratingNote,
    treatment: pair.treatment,
    treatment_note: pair.treatmentNote,
  };
}

function writeControls(db: Database, pairId: string, questionIds: readonly string[]): void {
  db.prepare("DELETE FROM risk_pair_controls WHERE pair_id = ?").run(pairId);
  const insert = db.prepare("INSERT INTO risk_pair_controls (pair_id, question_id) VALUES (?, ?)");
  for (const questionId of questionIds) insert.run(pairId, questionId);
}

/** The catalog's suggestions for the asset's kind, marking those the asset already has. */
export function suggestForAsset(db: Database, assetId: string): RiskPairSuggestion[] {
  const { asset } = requireAsset(db, assetId);
  const existing = new Set(
    (db.prepare("SELECT threat_id, vulnerability FROM risk_pairs WHERE asset_id = ? AND threat_id IS NOT NULL").all(assetId) as { threat_id: string; vulnerability: string }[]).map(
      (row) => `${row.threat_id}\n${row.vulnerability}`,
    ),
  );
  return suggestPairs(asset.kind).map((suggestion) => ({ ...suggestion, alreadyAdded: existing.has(`${suggestion.threatId}\n${suggestion.vulnerability}`) }));
}

export function addPairs(db: Database, actor: Actor, input: { assetId: string; pairs: PairInput[] }): RiskPairView[] {
  const { analysis, ids } = db.transaction(() => {
    const { asset, analysis } = requireAsset(db, input.assetId);
    assertEditable(db, analysis);
    assertAssetActive(asset);
    const now = nowIso();
    const actorId = userIdOf(actor);
    const insert = db.prepare(
      `INSERT INTO risk_pairs (id, analysis_id, asset_id, threat_id, custom_threat, vulnerability, controls,
         inherent_likelihood, inherent_impact, inherent_level, residual_likelihood, residual_impact, residual_level, rating_note,
         treatment, treatment_note, created_by, created_at, updated_by, updated_at)
       VALUES (@id, @analysis_id, @asset_id, @threat_id, @custom_threat, @vulnerability, @controls,
         @inherent_likelihood, @inherent_impact, @inherent_level, @residual_likelihood, @residual_impact, @residual_level, @rating_note,
         @treatment, @treatment_note, @actor, @now, @actor, @now)`,
    );
    const ids = input.pairs.map((pair) => {
      const id = randomUUID();
      insert.run({ id, analysis_id: analysis.id, asset_id: asset.id, ...columns(pair), actor: actorId, now });
      writeControls(db, id, pair.controlQuestionIds);
      return id;
    });
    appendAudit(db, actor, {
      action: "risk.pairs-added",
      recordType: "risk-asset",
      recordId: asset.id,
      summary: `Added ${ids.length} risk${ids.length === 1 ? "" : "s"} to "${asset.name}" in the ${analysis.year} risk analysis`,
      changes: { pairs: input.pairs.map((pair, index) => ({ id: ids[index], ...pair })) },
    });
    return { analysis, ids };
  })();
  return pairViews(db, analysis, ids);
}

/** What an approval to accept a risk was given for; if any of it changes, the approval is withdrawn. */
const APPROVED_FACTS = ["threat_id", "custom_threat", "vulnerability", "residual_likelihood", "residual_impact", "treatment"] as const;

export function updatePair(db: Database, actor: Actor, input: { id: string; pair: PairInput }): RiskPairView {
  const analysis = db.transaction(() => {
    const { pair, analysis, asset } = requirePair(db, input.id);
    assertEditable(db, analysis);
    assertAssetActive(asset);
    const next = columns(input.pair);
    const withdrawn = pair.acceptance_approved_by !== null && APPROVED_FACTS.some((key) => pair[key] !== next[key]);
    const keepApproval = pair.acceptance_approved_by !== null && !withdrawn;
    db.prepare(
      `UPDATE risk_pairs SET threat_id = @threat_id, custom_threat = @custom_threat, vulnerability = @vulnerability, controls = @controls,
         inherent_likelihood = @inherent_likelihood, inherent_impact = @inherent_impact, inherent_level = @inherent_level,
         residual_likelihood = @residual_likelihood, residual_impact = @residual_impact, residual_level = @residual_level, rating_note = @rating_note,
         treatment = @treatment, treatment_note = @treatment_note,
         acceptance_approved_by = @approved_by, acceptance_approved_at = @approved_at, acceptance_rationale = @rationale,
         updated_by = @actor, updated_at = @now
       WHERE id = @id`,
    ).run({
      ...next,
      approved_by: keepApproval ? pair.acceptance_approved_by : null,
      approved_at: keepApproval ? pair.acceptance_approved_at : null,
      rationale: keepApproval ? pair.acceptance_rationale : null,
      actor: userIdOf(actor),
      now: nowIso(),
      id: pair.id,
    });
    const beforeControls = db.prepare("SELECT question_id FROM risk_pair_controls WHERE pair_id = ? ORDER BY question_id").pluck().all(pair.id) as string[];
    writeControls(db, pair.id, input.pair.controlQuestionIds);
    const changes: Record<string, unknown> = changedFields(storedColumns(pair), next);
    if (JSON.stringify(beforeControls) !== JSON.stringify([...input.pair.controlQuestionIds].sort())) {
      changes.controlQuestionIds = { from: beforeControls, to: input.pair.controlQuestionIds };
    }
    if (withdrawn) changes.acceptanceApproval = { from: "approved", to: "withdrawn: what was approved has changed" };
    if (Object.keys(changes).length > 0) {
      appendAudit(db, actor, { action: "risk.pair-updated", recordType: "risk-pair", recordId: pair.id, summary: `Changed a risk of "${asset.name}"`, changes });
    }
    return analysis;
  })();
  return pairViews(db, analysis, [input.id])[0]!;
}

function storedColumns(pair: PairRow): ReturnType<typeof columns> {
  const { threat_id, custom_threat, vulnerability, controls, inherent_likelihood, inherent_impact, inherent_level } = pair;
  const { residual_likelihood, residual_impact, residual_level, rating_note, treatment, treatment_note } = pair;
  return { threat_id, custom_threat, vulnerability, controls, inherent_likelihood, inherent_impact, inherent_level, residual_likelihood, residual_impact, residual_level, rating_note, treatment, treatment_note };
}

export function removePair(db: Database, actor: Actor, input: { id: string }): null {
  db.transaction(() => {
    const { pair, analysis, asset } = requirePair(db, input.id);
    assertEditable(db, analysis);
    const steps = countRiskSteps(db, pair.id);
    if (steps > 0) {
      throw new AppFailure("CONFLICT", `This risk has ${steps} step${steps === 1 ? "" : "s"} in the remediation plan, so it can't be removed. Mark the steps done, or change the risk instead.`);
    }
    if (db.prepare("SELECT 1 FROM risk_pairs WHERE predecessor_id = ?").get(pair.id)) {
      throw new AppFailure("CONFLICT", "This risk was copied into a later year's analysis, so it can't be removed here.");
    }
    db.prepare("DELETE FROM risk_pairs WHERE id = ?").run(pair.id);
    appendAudit(db, actor, {
      action: "risk.pair-removed",
      recordType: "risk-pair",
      recordId: pair.id,
      summary: `Removed a risk from "${asset.name}" in the ${analysis.year} risk analysis`,
      changes: { removed: storedColumns(pair) },
    });
  })();
  return null;
}

/**
 * An Administrator's approval to accept a risk, with the reason; required before finalizing when the
 * residual level is high or critical. Approving a lower accepted risk is allowed and simply recorded.
 */
export function approveAcceptance(db: Database, actor: Actor, input: { id: string; rationale: string }): RiskPairView {
  const analysis = db.transaction(() => {
    const { pair, analysis, asset } = requirePair(db, input.id);
    assertEditable(db, analysis);
    assertAssetActive(asset);
    if (pair.treatment !== "accept") throw new AppFailure("CONFLICT", "Only a risk the practice has decided to accept can be approved. Choose \"Accept it\" first.");
    if (pair.residual_level === null) throw new AppFailure("CONFLICT", "Rate the risk's residual likelihood and impact before approving its acceptance.");
    const now = nowIso();
    db.prepare("UPDATE risk_pairs SET acceptance_approved_by = ?, acceptance_approved_at = ?, acceptance_rationale = ?, updated_by = ?, updated_at = ? WHERE id = ?").run(
      userIdOf(actor),
      now,
      input.rationale,
      userIdOf(actor),
      now,
      pair.id,
    );
    appendAudit(db, actor, {
      action: "risk.acceptance-approved",
      recordType: "risk-pair",
      recordId: pair.id,
      summary: `Approved accepting a ${pair.residual_level} risk of "${asset.name}"`,
      changes: { residualLevel: pair.residual_level, rationale: input.rationale },
    });
    return analysis;
  })();
  return pairViews(db, analysis, [input.id])[0]!;
}

/**
 * A mitigation step goes into the shared remediation plan as an action item whose source is the risk.
 * The plan outlives the analysis, so a step can be added after the analysis is finalized.
 */
export function addMitigation(
  db: Database,
  actor: Actor,
  input: { pairId: string; title: string; owner: ActionItemOwnerInput; dueDate: string | null; notes: string },
): RiskPairView {
  const analysis = db.transaction(() => {
    const { pair, analysis, asset } = requirePair(db, input.pairId);
    assertAssetActive(asset);
    const priority = priorityFor(pair.residual_level ?? pair.inherent_level);
    const id = insertRiskStep(db, userIdOf(actor), { pairId: pair.id, title: input.title, priority, owner: input.owner, dueDate: input.dueDate, notes: input.notes }, nowIso());
    appendAudit(db, actor, {
      action: "risk.mitigation-added",
      recordType: "action-item",
      recordId: id,
      summary: `Planned a step to reduce a risk of "${asset.name}": ${input.title}`,
      changes: { pairId: pair.id, title: input.title, priority, owner: input.owner, dueDate: input.dueDate, notes: input.notes },
    });
    return analysis;
  })();
  return pairViews(db, analysis, [input.pairId])[0]!;
}
