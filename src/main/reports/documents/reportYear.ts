import type { Database } from "better-sqlite3-multiple-ciphers";
import type { ResolvedPeriod } from "../../../shared/model/reportPeriod";
import { AppFailure } from "../../core/appFailure";

/**
 * The year a yearly document (risk analysis, assessment) is about: the period's calendar year when
 * one was chosen, otherwise the latest year on record in `table`.
 */
export function yearOfRecord(db: Database, period: ResolvedPeriod, table: "risk_analyses" | "assessments", what: string): number {
  if (/^\d{4}$/.test(period.key)) {
    const year = Number(period.key);
    const found = db.prepare(`SELECT 1 FROM ${table} WHERE year = ?`).get(year);
    if (!found) throw new AppFailure("NOT_FOUND", `There is no ${what} for ${year}. Start one first, or choose another year.`);
    return year;
  }
  const latest = db.prepare(`SELECT max(year) FROM ${table}`).pluck().get() as number | null;
  if (latest === null) throw new AppFailure("NOT_FOUND", `There is no ${what} yet. Start one first; the report is made from it.`);
  return latest;
}
