import type { Database } from "better-sqlite3-multiple-ciphers";
import type { HeatMap, RegisterPage, RegisterQuery, YearOverYear } from "../../shared/model/risk";
import { heatMap } from "../../shared/risk/heatMap";
import type { RiskLevel } from "../../shared/risk/riskMatrix";
import type { Rating } from "../../shared/risk/riskScale";
import { queryRegister } from "../../shared/risk/riskRegister";
import { compareYears, type ComparedAnalysis } from "../../shared/risk/yearOverYear";
import { AppFailure } from "../core/appFailure";
import { placeholders, requireAnalysisByYear, requireAnalysisById, type AnalysisRow } from "./riskRecords";
import { riskStepsFor } from "./riskSteps";
import { assetsOf, pairsOf } from "./riskViews";

/** Read-only views over an analysis: the register, the heat map and the comparison with an earlier year. */

function pairsInScope(db: Database, analysis: AnalysisRow) {
  return pairsOf(db, analysis, assetsOf(db, analysis.id));
}

export function riskRegister(db: Database, query: RegisterQuery): RegisterPage {
  const pairs = pairsInScope(db, requireAnalysisByYear(db, query.year));
  return queryRegister(pairs, query.filter, query.sort, query.direction, query.offset, query.limit);
}

/**
 * Counts per matrix cell, inherent and residual; risks on retired assets are left out. Counted in
 * SQL, one row per distinct rating, rather than by building every risk's view.
 */
export function riskHeatMap(db: Database, year: number): HeatMap {
  const rows = db
    .prepare(
      `SELECT p.inherent_likelihood AS il, p.inherent_impact AS ii, p.inherent_level AS iv,
              p.residual_likelihood AS rl, p.residual_impact AS ri, p.residual_level AS rv, count(*) AS n
         FROM risk_pairs p JOIN risk_assets a ON a.id = p.asset_id AND a.analysis_id = p.analysis_id
        WHERE p.analysis_id = ? AND a.retired_at IS NULL
        GROUP BY il, ii, iv, rl, ri, rv`,
    )
    .all(requireAnalysisByYear(db, year).id) as { il: Rating | null; ii: Rating | null; iv: RiskLevel | null; rl: Rating | null; ri: Rating | null; rv: RiskLevel | null; n: number }[];
  return heatMap(
    rows.flatMap((row) => {
      const pair = { inherent: { likelihood: row.il, impact: row.ii, level: row.iv }, residual: { likelihood: row.rl, impact: row.ri, level: row.rv } };
      return Array.from({ length: row.n }, () => pair);
    }),
  );
}

function compared(db: Database, analysis: AnalysisRow): ComparedAnalysis {
  const assets = assetsOf(db, analysis.id);
  return {
    year: analysis.year,
    startedAt: analysis.started_at,
    finalizedAt: analysis.finalized_at,
    assets: assets.map((asset) => ({ id: asset.id, name: asset.name, kind: asset.kind, retired: asset.retired !== null, predecessorId: asset.predecessorId })),
    pairs: pairsOf(db, analysis, assets),
  };
}

/**
 * Compares with `previousYear`, or by default with the analysis this one was started from, or else
 * the latest earlier one.
 */
export function compareAnalyses(db: Database, input: { year: number; previousYear?: number | undefined }): YearOverYear {
  const current = requireAnalysisByYear(db, input.year);
  const previous =
    input.previousYear !== undefined
      ? requireAnalysisByYear(db, input.previousYear)
      : current.carried_from
        ? requireAnalysisById(db, current.carried_from)
        : (db.prepare("SELECT * FROM risk_analyses WHERE year < ? ORDER BY year DESC LIMIT 1").get(input.year) as AnalysisRow | undefined);
  if (!previous) throw new AppFailure("NOT_FOUND", `There is no risk analysis before ${input.year} to compare with.`);
  // Records of the years in between link this year's records to the earlier year's.
  const between = db.prepare("SELECT id FROM risk_analyses WHERE year > ? AND year < ?").pluck().all(previous.year, current.year) as string[];
  const links = new Map<string, string | null>();
  if (between.length > 0) {
    for (const table of ["risk_assets", "risk_pairs"]) {
      const rows = db.prepare(`SELECT id, predecessor_id FROM ${table} WHERE analysis_id IN (${placeholders(between.length)})`).all(...between) as { id: string; predecessor_id: string | null }[];
      for (const row of rows) links.set(row.id, row.predecessor_id);
    }
  }
  const before = compared(db, previous);
  const after = compared(db, current);
  const pairIds = [...before.pairs, ...after.pairs].map((pair) => pair.id).concat([...links.keys()]);
  return compareYears(before, after, riskStepsFor(db, pairIds), links);
}
