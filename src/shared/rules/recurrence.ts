import { isCalendarDate } from "./calendarDates";

/**
 * How a task repeats, and the date it is next due once it is done. Dates are calendar dates
 * ("YYYY-MM-DD") in the practice's time zone; the arithmetic is on dates alone, so no day is 23 or
 * 25 hours long.
 */
export const RECURRENCES = ["none", "monthly", "quarterly", "semiannual", "annual"] as const;
export type Recurrence = (typeof RECURRENCES)[number];

export const RECURRENCE_LABELS: Record<Recurrence, string> = {
  none: "Once",
  monthly: "Every month",
  quarterly: "Every 3 months",
  semiannual: "Every 6 months",
  annual: "Every year",
};

/** Months between two due dates of a repeating task. */
export const RECURRENCE_MONTHS: Record<Exclude<Recurrence, "none">, number> = { monthly: 1, quarterly: 3, semiannual: 6, annual: 12 };

/** A schedule day of 31 means "the last day of the month", whatever the month's length. */
export const MONTH_END = 31;

function parts(date: string): [number, number, number] {
  if (!isCalendarDate(date)) throw new Error(`Not a calendar date: ${date}`);
  return date.split("-").map(Number) as [number, number, number];
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function format(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function isLastDayOfMonth(date: string): boolean {
  const [year, month, day] = parts(date);
  return day === daysInMonth(year, month);
}

/**
 * The day of the month a repeating task keeps to, from the due date someone chose. A due date on the
 * last day of its month follows the month ends (June 30, then September 30, then December 31), as
 * "due at the end of the quarter" means; any other date keeps its day (the 15th stays the 15th).
 */
export function scheduleDayOf(dueDate: string): number {
  return isLastDayOfMonth(dueDate) ? MONTH_END : parts(dueDate)[2];
}

/**
 * The date `months` after `date`'s month, on `scheduleDay`; a day the month lacks becomes its last
 * day (the 31st in April is April 30, the 29th of February in 2027 is February 28).
 */
export function shiftMonths(date: string, months: number, scheduleDay: number = scheduleDayOf(date)): string {
  const [year, month] = parts(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return format(targetYear, targetMonth, Math.min(Math.max(1, scheduleDay), daysInMonth(targetYear, targetMonth)));
}

export interface CompletedOccurrence {
  /** The due date of the occurrence that was completed. */
  dueDate: string;
  recurrence: Recurrence;
  /** The calendar day the work was done. */
  completedOn: string;
  /** The day of the month the series keeps to; defaults to the due date's (see scheduleDayOf). */
  scheduleDay?: number;
}

/**
 * The next due date after an occurrence is completed, or null for a task done once. The series stays
 * on its schedule (a quarterly review due March 31 and done April 3 is next due June 30), and the next
 * date is always after the day the work was done: done early, the next quarter's date; done so late
 * that dates were missed, the first date still ahead rather than one already past.
 */
export function nextDueDate(occurrence: CompletedOccurrence): string | null {
  const { dueDate, recurrence, completedOn } = occurrence;
  if (!isCalendarDate(completedOn)) throw new Error(`Not a calendar date: ${completedOn}`);
  if (recurrence === "none") return null;
  const step = RECURRENCE_MONTHS[recurrence];
  const day = occurrence.scheduleDay ?? scheduleDayOf(dueDate);
  // Each date is counted from the first due date, not from the previous one, so a month end clamped to
  // February 28 goes back to March 31 rather than staying on the 28th.
  for (let count = 1; ; count++) {
    const candidate = shiftMonths(dueDate, step * count, day);
    if (candidate > completedOn) return candidate;
  }
}

/** The first `count` due dates of a series starting on `dueDate` (for previews and tests). */
export function upcomingDueDates(dueDate: string, recurrence: Recurrence, count: number, scheduleDay: number = scheduleDayOf(dueDate)): string[] {
  if (recurrence === "none") return [dueDate].slice(0, count);
  const step = RECURRENCE_MONTHS[recurrence];
  return Array.from({ length: count }, (_, index) => (index === 0 ? dueDate : shiftMonths(dueDate, step * index, scheduleDay)));
}
