import type { Database } from "better-sqlite3-multiple-ciphers";
import type { ResolvedPeriod } from "../../../shared/model/reportPeriod";
import { emptySection, paragraph, sectionHeading, type DocumentBody } from "../pdfDocument";

/** A yearly document asked for a year that has no records: what the document says instead. */
export interface MissingYear {
  missing: string;
}

export function isMissingYear(data: unknown): data is MissingYear {
  return typeof data === "object" && data !== null && "missing" in data;
}

/**
 * The year a yearly document (risk analysis, assessment) is about: the period's calendar year when
 * one was chosen, otherwise the latest year on record in `table`; or why there is none.
 */
export function yearOfRecord(db: Database, period: ResolvedPeriod, table: "risk_analyses" | "assessments", what: string): number | MissingYear {
  if (/^\d{4}$/.test(period.key)) {
    const year = Number(period.key);
    const found = db.prepare(`SELECT 1 FROM ${table} WHERE year = ?`).get(year);
    return found ? year : { missing: `There is no ${what} for ${year}. Start one first, or choose another year.` };
  }
  const latest = db.prepare(`SELECT max(year) FROM ${table}`).pluck().get() as number | null;
  return latest ?? { missing: `There is no ${what} yet. Start one first; the report is made from it.` };
}

/**
 * Whether a period runs longer than one calendar year: everything on record, an open start, or a
 * range whose last day is 366 days or more after its first (an open end counts up to `today`). A
 * Compliance Binder of such a period counts what piles up year after year (training records,
 * completed remediation items, closed incidents) instead of listing it; each year's binder lists it.
 */
export function spansSeveralYears(period: Pick<ResolvedPeriod, "firstDay" | "lastDay">, today: string): boolean {
  if (!period.firstDay) return true;
  const days = (Date.parse(period.lastDay ?? today) - Date.parse(period.firstDay)) / 86_400_000;
  return days >= 366;
}

/** The whole document when its year has no records: a cover that says so, and why the body is empty. */
export function missingYearBody(missing: MissingYear, about: string): DocumentBody {
  return {
    coverFacts: [],
    coverNotice: { tone: "problem", title: "Nothing to report yet", text: missing.missing },
    sections: [sectionHeading("About this report"), paragraph(about), emptySection(`${missing.missing.charAt(0).toLowerCase()}${missing.missing.slice(1)}`)],
  };
}
