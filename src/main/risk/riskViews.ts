import type { Database } from "better-sqlite3-multiple-ciphers";
import type { PersonRef } from "../../shared/model/assessment";
import type { AssetFlowView, FinalizeReadiness, RiskAnalysisDetail, RiskAnalysisSummary, RiskAsset, RiskMitigation, RiskPairView } from "../../shared/model/risk";
import type { EphiKind } from "../../shared/risk/assetKinds";
import { finalizeReadiness } from "../../shared/risk/finalizeReadiness";
import { RISK_LEVELS, type RiskLevel } from "../../shared/risk/riskMatrix";
import { ratingWarnings } from "../../shared/risk/residualRule";
import { findThreat } from "../../shared/risk/threatCatalog";
import { treatmentStatus } from "../../shared/risk/treatment";
import { peopleLookup, type AnalysisRow, type AssetRow, type FlowRow, type PairRow } from "./riskRecords";
import { riskStepsFor } from "./riskSteps";

/** Turns stored rows into the views the channels answer with. */

type People = (userId: string) => PersonRef;

export function assetsOf(db: Database, analysisId: string, people: People = peopleLookup(db)): RiskAsset[] {
  const rows = db.prepare("SELECT * FROM risk_assets WHERE analysis_id = ? ORDER BY retired_at IS NOT NULL, kind, name COLLATE NOCASE").all(analysisId) as AssetRow[];
  const flows = db.prepare("SELECT * FROM risk_asset_flows WHERE analysis_id = ? ORDER BY from_asset_id, position").all(analysisId) as FlowRow[];
  const pairCounts = new Map(
    (db.prepare("SELECT asset_id, count(*) AS n FROM risk_pairs WHERE analysis_id = ? GROUP BY asset_id").all(analysisId) as { asset_id: string; n: number }[]).map((row) => [
      row.asset_id,
      row.n,
    ]),
  );
  const names = new Map(rows.map((row) => [row.id, row.name]));
  const flowsByAsset = new Map<string, AssetFlowView[]>();
  for (const flow of flows) {
    const list = flowsByAsset.get(flow.from_asset_id) ?? [];
    list.push({
      id: flow.id,
      toAssetId: flow.to_asset_id,
      toAssetName: flow.to_asset_id === null ? null : (names.get(flow.to_asset_id) ?? null),
      vendorName: flow.vendor_name ?? "",
      description: flow.description,
    });
    flowsByAsset.set(flow.from_asset_id, list);
  }
  return rows.map((row) => ({
    id: row.id,
    analysisId: row.analysis_id,
    templateId: row.template_id,
    name: row.name,
    kind: row.kind,
    owner: row.owner,
    location: row.location,
    vendorName: row.vendor_name,
    ephiKinds: JSON.parse(row.ephi_kinds) as EphiKind[],
    approxRecordCount: row.approx_record_count,
    notes: row.notes,
    flows: flowsByAsset.get(row.id) ?? [],
    retired: row.retired_at && row.retired_by && row.retired_reason ? { by: people(row.retired_by), at: row.retired_at, reason: row.retired_reason } : null,
    predecessorId: row.predecessor_id,
    pairCount: pairCounts.get(row.id) ?? 0,
  }));
}

/**
 * A pair's steps are its own, plus its predecessors' that were still open when this year's analysis
 * started (or were finished after): a fix planned last year and not yet done stays in view.
 */
function mitigationsByPair(db: Database, analysis: AnalysisRow): Map<string, RiskMitigation[]> {
  const chain = db
    .prepare(
      `WITH RECURSIVE chain (pair_id, ancestor_id) AS (
         SELECT id, predecessor_id FROM risk_pairs WHERE analysis_id = ? AND predecessor_id IS NOT NULL
         UNION SELECT chain.pair_id, p.predecessor_id FROM chain JOIN risk_pairs p ON p.id = chain.ancestor_id WHERE p.predecessor_id IS NOT NULL
       )
       SELECT pair_id, ancestor_id FROM chain`,
    )
    .all(analysis.id) as { pair_id: string; ancestor_id: string }[];
  const ownIds = db.prepare("SELECT id FROM risk_pairs WHERE analysis_id = ?").pluck().all(analysis.id) as string[];
  const steps = riskStepsFor(db, [...ownIds, ...new Set(chain.map((link) => link.ancestor_id))]);
  const stepsOf = new Map<string, RiskMitigation[]>();
  for (const step of steps) stepsOf.set(step.pairId, [...(stepsOf.get(step.pairId) ?? []), step]);
  const result = new Map(ownIds.map((id) => [id, [...(stepsOf.get(id) ?? [])]]));
  for (const link of chain) {
    const carried = (stepsOf.get(link.ancestor_id) ?? []).filter((step) => step.completedAt === null || step.completedAt > analysis.started_at);
    result.get(link.pair_id)?.unshift(...carried);
  }
  return result;
}

/** `withControls: false` leaves each risk's linked assessment questions out, for a caller that only judges readiness. */
export function pairsOf(db: Database, analysis: AnalysisRow, assets: readonly RiskAsset[], people: People = peopleLookup(db), { withControls = true } = {}): RiskPairView[] {
  const rows = db.prepare("SELECT * FROM risk_pairs WHERE analysis_id = ? ORDER BY rowid").all(analysis.id) as PairRow[];
  const controls = new Map<string, string[]>();
  const controlRows = withControls
    ? (db
        .prepare("SELECT c.pair_id, c.question_id FROM risk_pair_controls c JOIN risk_pairs p ON p.id = c.pair_id WHERE p.analysis_id = ? ORDER BY c.question_id")
        .all(analysis.id) as { pair_id: string; question_id: string }[])
    : [];
  for (const row of controlRows) controls.set(row.pair_id, [...(controls.get(row.pair_id) ?? []), row.question_id]);
  const assetById = new Map(assets.map((asset) => [asset.id, asset]));
  const mitigations = mitigationsByPair(db, analysis);
  return rows.map((row) => pairView(row, assetById.get(row.asset_id), controls.get(row.id) ?? [], mitigations.get(row.id) ?? [], people));
}

function pairView(row: PairRow, asset: RiskAsset | undefined, controlQuestionIds: string[], mitigations: RiskMitigation[], people: People): RiskPairView {
  const threat = row.threat_id === null ? undefined : findThreat(row.threat_id);
  const approved = row.acceptance_approved_by !== null && row.acceptance_approved_at !== null && row.acceptance_rationale !== null;
  return {
    id: row.id,
    analysisId: row.analysis_id,
    assetId: row.asset_id,
    assetName: asset?.name ?? "",
    assetRetired: asset?.retired !== null,
    threatId: row.threat_id,
    customThreat: row.custom_threat ?? "",
    // A threat id the catalog no longer knows still shows, as its id, rather than vanishing.
    threatName: threat?.name ?? row.custom_threat ?? row.threat_id ?? "",
    threatGroup: threat?.group ?? null,
    vulnerability: row.vulnerability,
    controls: row.controls,
    controlQuestionIds,
    inherent: { likelihood: row.inherent_likelihood, impact: row.inherent_impact, level: row.inherent_level },
    residual: { likelihood: row.residual_likelihood, impact: row.residual_impact, level: row.residual_level },
    ratingNote: row.rating_note,
    warnings: ratingWarnings({
      inherentLikelihood: row.inherent_likelihood,
      inherentImpact: row.inherent_impact,
      residualLikelihood: row.residual_likelihood,
      residualImpact: row.residual_impact,
      ratingNote: row.rating_note,
    }),
    treatment: row.treatment,
    treatmentNote: row.treatment_note,
    acceptance: approved ? { approvedBy: people(row.acceptance_approved_by!), approvedAt: row.acceptance_approved_at!, rationale: row.acceptance_rationale! } : null,
    treatmentStatus: treatmentStatus({
      treatment: row.treatment,
      residualLevel: row.residual_level,
      acceptanceApproved: approved,
      stepStatuses: mitigations.map((step) => step.status),
    }),
    mitigations,
    predecessorId: row.predecessor_id,
    updatedBy: people(row.updated_by),
    updatedAt: row.updated_at,
  };
}

/** What a summary counts of one analysis: its assets, and its risks on assets still in use by residual level. */
export interface AnalysisCounts {
  active: number | null;
  retired: number | null;
  levels: { level: RiskLevel | null; n: number }[];
}

function countsOf(db: Database, analysisId: string): AnalysisCounts {
  const assetCounts = db
    .prepare("SELECT sum(retired_at IS NULL) AS active, sum(retired_at IS NOT NULL) AS retired FROM risk_assets WHERE analysis_id = ?")
    .get(analysisId) as { active: number | null; retired: number | null };
  const levels = db
    .prepare(
      `SELECT p.residual_level AS level, count(*) AS n FROM risk_pairs p JOIN risk_assets a ON a.id = p.asset_id
       WHERE p.analysis_id = ? AND a.retired_at IS NULL GROUP BY p.residual_level`,
    )
    .all(analysisId) as { level: RiskLevel | null; n: number }[];
  return { ...assetCounts, levels };
}

/** Every analysis's counts in two queries, for the list of all years (the same counts as countsOf). */
export function countsOfAll(db: Database): (analysisId: string) => AnalysisCounts {
  const counts = new Map<string, AnalysisCounts>();
  const countsFor = (analysisId: string) => {
    let entry = counts.get(analysisId);
    if (!entry) {
      entry = { active: null, retired: null, levels: [] };
      counts.set(analysisId, entry);
    }
    return entry;
  };
  const assets = db
    .prepare("SELECT analysis_id, sum(retired_at IS NULL) AS active, sum(retired_at IS NOT NULL) AS retired FROM risk_assets GROUP BY analysis_id")
    .all() as { analysis_id: string; active: number; retired: number }[];
  for (const row of assets) Object.assign(countsFor(row.analysis_id), { active: row.active, retired: row.retired });
  const levels = db
    .prepare(
      `SELECT p.analysis_id, p.residual_level AS level, count(*) AS n FROM risk_pairs p JOIN risk_assets a ON a.id = p.asset_id
       WHERE a.retired_at IS NULL GROUP BY p.analysis_id, p.residual_level`,
    )
    .all() as { analysis_id: string; level: RiskLevel | null; n: number }[];
  for (const { analysis_id, level, n } of levels) countsFor(analysis_id).levels.push({ level, n });
  return countsFor;
}

export function summaryOf(
  db: Database,
  row: AnalysisRow,
  people: People = peopleLookup(db),
  counts: AnalysisCounts = countsOf(db, row.id),
  analysisById: (id: string) => { id: string; year: number } | undefined = (id) => db.prepare("SELECT id, year FROM risk_analyses WHERE id = ?").get(id) as { id: string; year: number },
): RiskAnalysisSummary {
  const { levels } = counts;
  const residual = Object.fromEntries(RISK_LEVELS.map((level) => [level, 0])) as Record<RiskLevel, number>;
  let unrated = 0;
  for (const { level, n } of levels) {
    if (level === null) unrated += n;
    else residual[level] += n;
  }
  const carriedFrom = row.carried_from ? (analysisById(row.carried_from) ?? null) : null;
  return {
    id: row.id,
    year: row.year,
    status: row.status,
    scope: row.scope,
    dataCollection: row.data_collection,
    startedBy: people(row.started_by),
    startedAt: row.started_at,
    carriedFrom,
    finalizedBy: row.finalized_by ? people(row.finalized_by) : null,
    finalizedAt: row.finalized_at,
    reviewIntervalMonths: row.review_interval_months,
    nextReviewDate: row.next_review_date,
    counts: {
      assets: counts.active ?? 0,
      retiredAssets: counts.retired ?? 0,
      pairs: levels.reduce((sum, entry) => sum + entry.n, 0),
      unrated,
      residual,
    },
  };
}

/** The same readiness as detailOf's, without the summary and the controls it does not look at: for the dashboard. */
export function readinessOf(db: Database, row: AnalysisRow): FinalizeReadiness {
  const people = peopleLookup(db);
  const assets = assetsOf(db, row.id, people);
  return finalizeReadiness(assets, pairsOf(db, row, assets, people, { withControls: false }));
}

export function detailOf(db: Database, row: AnalysisRow): RiskAnalysisDetail {
  const people = peopleLookup(db);
  const assets = assetsOf(db, row.id, people);
  const pairs = pairsOf(db, row, assets, people);
  return { analysis: summaryOf(db, row, people), readOnly: row.status === "finalized", assets, pairs, readiness: finalizeReadiness(assets, pairs) };
}
