import { isCalendarDate } from "./calendarDates";

/**
 * Dates of a policy version's life. Documentation is kept "for 6 years from the date of its creation
 * or the date when it last was in effect, whichever is later" (45 CFR 164.316(b)(2)(i)), and the app
 * asks for a review every 12 months (164.316(b)(2)(iii) asks for periodic review).
 */
export const RETENTION_YEARS = 6;
export const REVIEW_INTERVAL_MONTHS = 12;

function parts(date: string): [number, number, number] {
  if (!isCalendarDate(date)) throw new Error(`Not a calendar date: ${date}`);
  return date.split("-").map(Number) as [number, number, number];
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Adds whole years. February 29 plus years that end in a common year becomes March 1: for a retention
 * date the later day is the safe one, so nothing is released a day early.
 */
export function addYearsKeepingLonger(date: string, years: number): string {
  const [year, month, day] = parts(date);
  const target = year + years;
  if (month === 2 && day === 29 && daysInMonth(target, 2) === 28) return `${pad(target, 4)}-03-01`;
  return `${pad(target, 4)}-${pad(month)}-${pad(day)}`;
}

/**
 * Adds whole months, moving a day the target month lacks back to its last day (January 31 plus one
 * month is February 28 or 29): a review date that moves, moves earlier, never late.
 */
export function addMonthsClamped(date: string, months: number): string {
  const [year, month, day] = parts(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return `${pad(targetYear, 4)}-${pad(targetMonth)}-${pad(Math.min(day, daysInMonth(targetYear, targetMonth)))}`;
}

const later = (a: string, b: string) => (a >= b ? a : b);

/**
 * The last day a version must be kept: six years after the later of the day it was created and the
 * last day it was in effect. A version still in effect has no such date yet (null): it is kept while
 * in effect, then six years.
 */
export function retentionDate(createdOn: string, lastInEffectOn: string | null, stillInEffect = false): string | null {
  if (stillInEffect) return null;
  return addYearsKeepingLonger(lastInEffectOn ? later(createdOn, lastInEffectOn) : createdOn, RETENTION_YEARS);
}

/** The next annual review after an approval or a review on this date. */
export function nextReviewDate(from: string): string {
  return addMonthsClamped(from, REVIEW_INTERVAL_MONTHS);
}

export function isReviewDue(nextReview: string | null, today: string): boolean {
  return nextReview !== null && nextReview <= today;
}
