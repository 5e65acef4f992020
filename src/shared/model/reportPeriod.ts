import { z } from "zod";
import { formatDay, isCalendarDate, nextDay, startOfDayInZone } from "../time/zonedTime";

const calendarDate = z.string().refine(isCalendarDate, "Use a real date like 2026-01-31.");

/** What period a report covers: a calendar year, a date range (either end may be open), or everything. */
export const reportPeriodSchema = z
  .object({
    year: z.number({ message: "Enter a year like 2025." }).int("Enter a year like 2025.").min(2000, "Choose a year from 2000 on.").max(2100, "Choose a year before 2100.").optional(),
    from: calendarDate.optional(),
    to: calendarDate.optional(),
  })
  .strict()
  .refine((p) => p.year === undefined || (p.from === undefined && p.to === undefined), {
    message: "Choose either a year or a date range, not both.",
    path: ["year"],
  })
  .refine((p) => !p.from || !p.to || p.from <= p.to, { message: "The start date must be on or before the end date.", path: ["to"] });
export type ReportPeriod = z.infer<typeof reportPeriodSchema>;

/** A period made concrete in the practice's time zone. */
export interface ResolvedPeriod {
  /** Stable name of the period, used to number versions of the same report: "2025", "2025-01-01..2025-03-31", "all". */
  key: string;
  /** For people: "Calendar year 2025", "January 1, 2025 to March 31, 2025". */
  label: string;
  /** First day included (YYYY-MM-DD), or null for "from the beginning". */
  firstDay: string | null;
  /** Last day included (YYYY-MM-DD), or null for "up to now". */
  lastDay: string | null;
  /** UTC instant where the period starts (inclusive), or null. */
  startsAt: string | null;
  /** UTC instant where the period ends (exclusive), or null. */
  endsBefore: string | null;
}

export function resolvePeriod(period: ReportPeriod, timeZone: string): ResolvedPeriod {
  const firstDay = period.year !== undefined ? `${period.year}-01-01` : (period.from ?? null);
  const lastDay = period.year !== undefined ? `${period.year}-12-31` : (period.to ?? null);
  const startsAt = firstDay ? startOfDayInZone(firstDay, timeZone) : null;
  const endsBefore = lastDay ? startOfDayInZone(nextDay(lastDay), timeZone) : null;
  let key: string;
  let label: string;
  if (period.year !== undefined) {
    key = String(period.year);
    label = `Calendar year ${period.year}`;
  } else if (firstDay && lastDay) {
    key = `${firstDay}..${lastDay}`;
    label = `${formatDay(firstDay)} to ${formatDay(lastDay)}`;
  } else if (firstDay) {
    key = `${firstDay}..`;
    label = `From ${formatDay(firstDay)} onward`;
  } else if (lastDay) {
    key = `..${lastDay}`;
    label = `Everything up to ${formatDay(lastDay)}`;
  } else {
    key = "all";
    label = "Everything on record";
  }
  return { key, label, firstDay, lastDay, startsAt, endsBefore };
}

/** Whether a moment (ISO string) falls in the period. */
export function inPeriod(at: string, period: ResolvedPeriod): boolean {
  const time = Date.parse(at);
  if (period.startsAt && time < Date.parse(period.startsAt)) return false;
  if (period.endsBefore && time >= Date.parse(period.endsBefore)) return false;
  return true;
}

/**
 * Whether a calendar day (YYYY-MM-DD, already the practice's own day, such as a training date or the
 * day an incident was discovered) falls in the period. Days compare as text; no time zone is involved.
 */
export function dayInPeriod(day: string, period: Pick<ResolvedPeriod, "firstDay" | "lastDay">): boolean {
  if (period.firstDay && day < period.firstDay) return false;
  if (period.lastDay && day > period.lastDay) return false;
  return true;
}
