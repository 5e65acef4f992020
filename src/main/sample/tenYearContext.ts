import type { Database } from "better-sqlite3-multiple-ciphers";
import { addCalendarDays, daysBetween } from "../../shared/rules/calendarDates";
import type { Actor } from "../audit/auditLog";
import type { TenYearAttachments } from "./tenYearFiles";
import type { AuditHistory } from "./tenYearAudit";
import type { TenYearPlan } from "./tenYearPlan";
import type { SeededRandom } from "./tenYearRandom";

/** A person who signs in to the app over some span of the history (an account, current or removed). */
export interface HistoryAccount {
  id: string;
  username: string;
  fullName: string;
  /** First and last day the account was used, YYYY-MM-DD. */
  from: string;
  to: string;
}

/**
 * What every part of the growth shares: the open vault, the plan, the calendar of the history, the
 * Administrator who kept the records, and the audit entries and files being gathered.
 */
export interface GrowthContext {
  db: Database;
  plan: TenYearPlan;
  random: SeededRandom;
  /** The practice's today, YYYY-MM-DD. */
  today: string;
  thisYear: number;
  /** The first year of the history; the sample practice holds the last two (last year and this year). */
  firstYear: number;
  /** The last year the growth adds a yearly assessment and risk analysis for. */
  lastHistoryYear: number;
  /** The Administrator (the sample's Security Official), who records most things. */
  admin: Actor & { id: string; fullName: string };
  /** Accounts that sign in over the years, the Administrator's included; more are added as people are hired. */
  accounts: HistoryAccount[];
  audit: AuditHistory;
  files: TenYearAttachments;
}

/** Practice hours in the practice's zone (America/Chicago) written in UTC: about six hours later. */
const UTC_OFFSET_HOURS = 6;

/** An instant on `day` at `minutes` after local midnight (08:00 = 480; fractions are seconds), as the app stores instants. */
export function instantOn(day: string, minutes: number): string {
  const seconds = Math.max(0, Math.min(17 * 3600 + 59 * 60 + 59, Math.floor(minutes * 60)));
  const two = (value: number) => String(value).padStart(2, "0");
  return `${day}T${two(Math.floor(seconds / 3600) + UTC_OFFSET_HOURS)}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}.000Z`;
}

/** A random instant in office hours (07:30 to 17:30) on `day`. */
export function officeInstant(random: SeededRandom, day: string): string {
  return instantOn(day, random.int(450, 1050));
}

/** A random day from `from` to `to`, both included. */
export function dayBetween(random: SeededRandom, from: string, to: string): string {
  const span = daysBetween(from, to);
  return span <= 0 ? from : addCalendarDays(from, random.int(0, span));
}

export function earlier(a: string, b: string): string {
  return a < b ? a : b;
}

export function later(a: string, b: string): string {
  return a > b ? a : b;
}

/** The day before today, the last day the history may use: today's records are the sample's. */
export function lastHistoryDay(context: GrowthContext): string {
  return addCalendarDays(context.today, -1);
}
