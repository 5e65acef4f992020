import { randomUUID } from "node:crypto";
import type { Database } from "better-sqlite3-multiple-ciphers";
import type { FinalizeReadiness, RiskAnalysisDetail, RiskAnalysisList } from "../../shared/model/risk";
import { describeBlockers } from "../../shared/risk/finalizeReadiness";
import { nextReviewDate } from "../../shared/risk/reviewSchedule";
import { appendAudit, type Actor } from "../audit/auditLog";
import { AppFailure } from "../core/appFailure";
import { changedFields } from "../services/recordChanges";
import {
  assertEditable,
  findAnalysisByYear,
  nowIso,
  peopleLookup,
  practiceToday,
  requireAnalysisByYear,
  userIdOf,
  type AnalysisRow,
  type AssetRow,
  type FlowRow,
  type PairRow,
} from "./riskRecords";
import { countsOfAll, detailOf, readinessOf, summaryOf } from "./riskViews";
import { openReviewTasks } from "./reviewService";

/** Starting, reading, describing and finalizing a year's risk analysis (45 CFR 164.308(a)(1)(ii)(A)). */

export function listAnalyses(db: Database): RiskAnalysisList {
  const rows = db.prepare("SELECT * FROM risk_analyses ORDER BY year DESC").all() as AnalysisRow[];
  const people = peopleLookup(db);
  const counts = countsOfAll(db);
  const byId = new Map(rows.map((row) => [row.id, { id: row.id, year: row.year }]));
  return { analyses: rows.map((row) => summaryOf(db, row, people, counts(row.id), (id) => byId.get(id))), reviewTasks: openReviewTasks(db) };
}

export function getAnalysis(db: Database, year: number): RiskAnalysisDetail {
  return detailOf(db, requireAnalysisByYear(db, year));
}

/** What stands before finalizing the year's analysis (getAnalysis(...).readiness), read alone. */
export function analysisReadiness(db: Database, year: number): FinalizeReadiness {
  return readinessOf(db, requireAnalysisByYear(db, year));
}

export function startAnalysis(db: Database, actor: Actor, input: { year: number; copyFromYear?: number | undefined }): RiskAnalysisDetail {
  const id = randomUUID();
  db.transaction(() => {
    if (findAnalysisByYear(db, input.year)) {
      const message = `There is already a risk analysis for ${input.year}. Open it from the list to continue.`;
      throw new AppFailure("CONFLICT", message, { year: message });
    }
    const source = input.copyFromYear === undefined ? null : requireAnalysisByYear(db, input.copyFromYear);
    const now = nowIso();
    const actorId = userIdOf(actor);
    db.prepare(
      "INSERT INTO risk_analyses (id, year, scope, data_collection, started_by, started_at, carried_from) VALUES (?, ?, ?, ?, ?, ?, ?)",
    ).run(id, input.year, source?.scope ?? "", source?.data_collection ?? "", actorId, now, source?.id ?? null);
    const copied = source ? carryForward(db, source.id, id, actorId, now) : { assets: 0, pairs: 0 };
    appendAudit(db, actor, {
      action: "risk.started",
      recordType: "risk-analysis",
      recordId: id,
      summary: source
        ? `Started the ${input.year} risk analysis from ${source.year}'s, copying ${copied.assets} assets and ${copied.pairs} risks`
        : `Started the ${input.year} risk analysis`,
      changes: { year: input.year, copiedFromYear: source?.year ?? null, copiedAssets: copied.assets, copiedRisks: copied.pairs },
    });
  })();
  return getAnalysis(db, input.year);
}

/**
 * Copies last year's active assets (with their data flows) and their risks (with ratings, safeguards,
 * control links and treatments), each linked to the record it came from. An Administrator's approval
 * to accept a high risk is not copied: it was given for last year, and this year's is asked again.
 * Retired assets stay behind; mitigation steps stay in the one remediation plan, still shown on the
 * copied risk while open.
 */
function carryForward(db: Database, fromId: string, toId: string, actorId: string, now: string): { assets: number; pairs: number } {
  const assetIds = new Map<string, string>();
  const insertAsset = db.prepare(
    `INSERT INTO risk_assets (id, analysis_id, template_id, name, kind, owner, location, vendor_name, ephi_kinds, approx_record_count, notes,
       predecessor_id, created_by, created_at, updated_by, updated_at)
     VALUES (@id, @analysis_id, @template_id, @name, @kind, @owner, @location, @vendor_name, @ephi_kinds, @approx_record_count, @notes,
       @predecessor_id, @actor, @now, @actor, @now)`,
  );
  for (const asset of db.prepare("SELECT * FROM risk_assets WHERE analysis_id = ? AND retired_at IS NULL ORDER BY rowid").all(fromId) as AssetRow[]) {
    const id = randomUUID();
    assetIds.set(asset.id, id);
    insertAsset.run({ ...asset, id, analysis_id: toId, predecessor_id: asset.id, actor: actorId, now });
  }
  const insertFlow = db.prepare(
    "INSERT INTO risk_asset_flows (id, analysis_id, from_asset_id, to_asset_id, vendor_name, description, position) VALUES (?, ?, ?, ?, ?, ?, ?)",
  );
  for (const flow of db.prepare("SELECT * FROM risk_asset_flows WHERE analysis_id = ? ORDER BY rowid").all(fromId) as FlowRow[]) {
    const from = assetIds.get(flow.from_asset_id);
    const to = flow.to_asset_id === null ? null : assetIds.get(flow.to_asset_id);
    if (!from || to === undefined) continue; // a flow to or from a retired asset stays behind with it
    insertFlow.run(randomUUID(), toId, from, to, flow.vendor_name, flow.description, flow.position);
  }
  const insertPair = db.prepare(
    `INSERT INTO risk_pairs (id, analysis_id, asset_id, threat_id, custom_threat, vulnerability, controls,
       inherent_likelihood, inherent_impact, inherent_level, residual_likelihood, residual_impact, residual_level, rating_note,
       treatment, treatment_note, predecessor_id, created_by, created_at, updated_by, updated_at)
     VALUES (@id, @analysis_id, @asset_id, @threat_id, @custom_threat, @vulnerability, @controls,
       @inherent_likelihood, @inherent_impact, @inherent_level, @residual_likelihood, @residual_impact, @residual_level, @rating_note,
       @treatment, @treatment_note, @predecessor_id, @actor, @now, @actor, @now)`,
  );
  const copyControls = db.prepare("INSERT INTO risk_pair_controls (pair_id, question_id) SELECT ?, question_id FROM risk_pair_controls WHERE pair_id = ?");
  let pairs = 0;
  for (const pair of db.prepare("SELECT * FROM risk_pairs WHERE analysis_id = ? ORDER BY rowid").all(fromId) as PairRow[]) {
    const assetId = assetIds.get(pair.asset_id);
    if (!assetId) continue;
    const id = randomUUID();
    insertPair.run({ ...pair, id, analysis_id: toId, asset_id: assetId, predecessor_id: pair.id, actor: actorId, now });
    copyControls.run(id, pair.id);
    pairs += 1;
  }
  return { assets: assetIds.size, pairs };
}

/** The scope and data collection in words (OCR's first two elements), for the report. */
export function describeAnalysis(db: Database, actor: Actor, input: { year: number; scope: string; dataCollection: string }): RiskAnalysisDetail {
  db.transaction(() => {
    const analysis = requireAnalysisByYear(db, input.year);
    assertEditable(db, analysis);
    const changes = changedFields({ scope: analysis.scope, dataCollection: analysis.data_collection }, { scope: input.scope, dataCollection: input.dataCollection });
    if (Object.keys(changes).length === 0) return;
    db.prepare("UPDATE risk_analyses SET scope = ?, data_collection = ? WHERE id = ?").run(input.scope, input.dataCollection, analysis.id);
    appendAudit(db, actor, {
      action: "risk.described",
      recordType: "risk-analysis",
      recordId: analysis.id,
      summary: `Changed the scope or method of the ${input.year} risk analysis`,
      changes,
    });
  })();
  return getAnalysis(db, input.year);
}

/**
 * Locks the analysis with who and when (OCR's element "finalize documentation") and sets the next
 * periodic review. Refuses, naming what is missing, while any blocker of finalizeReadiness remains.
 * Review triggers that happened by today are resolved by this analysis.
 */
export function finalizeAnalysis(db: Database, actor: Actor, input: { year: number; reviewIntervalMonths: number }): RiskAnalysisDetail {
  db.transaction(() => {
    const analysis = requireAnalysisByYear(db, input.year);
    assertEditable(db, analysis);
    const detail = detailOf(db, analysis);
    if (!detail.readiness.ready) {
      const fields = Object.fromEntries(detail.readiness.blockers.map((blocker) => [blocker.kind, blocker.message]));
      throw new AppFailure("CONFLICT", `The ${input.year} risk analysis can't be finalized yet. ${describeBlockers(detail.readiness)}`, fields);
    }
    const now = new Date();
    const finalizedOn = practiceToday(db, now);
    const nextReview = nextReviewDate(finalizedOn, input.reviewIntervalMonths);
    db.prepare(
      "UPDATE risk_analyses SET status = 'finalized', finalized_by = ?, finalized_at = ?, review_interval_months = ?, next_review_date = ? WHERE id = ?",
    ).run(userIdOf(actor), now.toISOString(), input.reviewIntervalMonths, nextReview, analysis.id);
    const resolved = db
      .prepare("UPDATE risk_review_triggers SET resolved_by_analysis_id = ? WHERE resolved_by_analysis_id IS NULL AND occurred_on <= ?")
      .run(analysis.id, finalizedOn).changes;
    const { counts } = detail.analysis;
    appendAudit(db, actor, {
      action: "risk.finalized",
      recordType: "risk-analysis",
      recordId: analysis.id,
      summary: `Finalized the ${input.year} risk analysis: ${counts.assets} assets, ${counts.pairs} risks; next review by ${nextReview}`,
      changes: { assets: counts.assets, risks: counts.pairs, residual: counts.residual, nextReviewDate: nextReview, reviewIntervalMonths: input.reviewIntervalMonths, resolvedTriggers: resolved },
    });
  })();
  return getAnalysis(db, input.year);
}
