import type { ResolvedPeriod } from "../../../shared/model/reportPeriod";
import { dayInZone, formatTableMoment } from "../../../shared/time/zonedTime";

/** What a document's layout needs to know about its period: plain data, posted to the report worker. */
export interface PeriodFacts {
  label: string;
  firstDay: string | null;
  lastDay: string | null;
  /** No limits at all: "Everything on record". */
  all: boolean;
}

export function periodFacts(period: ResolvedPeriod): PeriodFacts {
  return { label: period.label, firstDay: period.firstDay, lastDay: period.lastDay, all: period.key === "all" };
}

/** "in the period (Calendar year 2025)", or "on record" when the report covers everything. */
export function duringPeriod(period: PeriodFacts): string {
  return period.all ? "on record" : `in the period (${period.label})`;
}

export const plural = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;

/** "2026-03-02 14:05": a moment on the practice's clock, written like the calendar dates beside it in a table. */
export function shortMoment(instant: string, timeZone: string): string {
  return `${dayInZone(instant, timeZone)} ${formatTableMoment(instant, timeZone).slice(11, 16)}`;
}
