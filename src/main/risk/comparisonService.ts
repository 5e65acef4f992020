import type { Database } from "better-sqlite3-multiple-ciphers";
import type { HeatMap, RegisterPage, RegisterQuery, YearOverYear } from "../../shared/model/risk";
import { heatMap } from "../../shared/risk/heatMap";
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

/** Counts per matrix cell, inherent and residual; risks on retired assets are left out. */
export function riskHeatMap(db: Database, year: number): HeatMap {
  return heatMap(pairsInScope(db, requireAnalysisByYear(db, year)).filter((pair) => !pair.assetRetired));
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
