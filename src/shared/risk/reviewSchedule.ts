import type { ReviewTask, ReviewTriggerView } from "../model/risk";
import { REVIEW_TRIGGER_LABELS } from "../model/risk";
import { isCalendarDate } from "../rules/calendarDates";

/**
 * OCR's last element, "periodic review and updates": the analysis is reviewed on a schedule (a year
 * after finalizing unless the practice chooses sooner) and earlier when something changes: a new
 * system, a move, an incident, a new vendor.
 */
export const DEFAULT_REVIEW_INTERVAL_MONTHS = 12;

export const REVIEW_RULE =
  "Review the risk analysis 12 months after finalizing it (or sooner, if you choose), and earlier whenever you add a system, move, have a security incident or take on a new vendor.";

/** The same day `months` later; a day the month lacks becomes its last day (Feb 29 + 12 months is Feb 28). */
export function addMonths(date: string, months: number): string {
  if (!isCalendarDate(date)) throw new Error(`Not a calendar date: ${date}`);
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const monthIndex = month - 1 + months;
  const targetYear = year + Math.floor(monthIndex / 12);
  const targetMonth = ((monthIndex % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return new Date(Date.UTC(targetYear, targetMonth, Math.min(day, lastDay))).toISOString().slice(0, 10);
}

export function nextReviewDate(finalizedOn: string, intervalMonths = DEFAULT_REVIEW_INTERVAL_MONTHS): string {
  return addMonths(finalizedOn, intervalMonths);
}

export interface ReviewFacts {
  /** Today in the practice's time zone. */
  today: string;
  /** The latest finalized analysis, if any. */
  latest: { year: number; nextReviewDate: string } | null;
  /** Events recorded since the latest analysis was finalized. */
  openTriggers: readonly ReviewTriggerView[];
}

/** The review work to show on the dashboard: the scheduled review, then each event, oldest first. */
export function reviewTasks(facts: ReviewFacts): ReviewTask[] {
  const tasks: ReviewTask[] = [];
  if (facts.latest) {
    const { year, nextReviewDate: due } = facts.latest;
    tasks.push({ kind: "periodic-review", title: `Review the ${year} risk analysis`, dueDate: due, overdue: facts.today > due, analysisYear: year });
  } else {
    tasks.push({ kind: "no-analysis", title: "Finish and finalize a risk analysis: the Security Rule requires one", dueDate: null, overdue: true, analysisYear: null });
  }
  const triggers = [...facts.openTriggers].sort((a, b) => a.occurredOn.localeCompare(b.occurredOn) || a.recordedAt.localeCompare(b.recordedAt));
  for (const trigger of triggers) {
    tasks.push({
      kind: "trigger",
      title: `Update the risk analysis: ${REVIEW_TRIGGER_LABELS[trigger.kind].toLowerCase()} (${trigger.occurredOn})`,
      dueDate: null,
      overdue: false,
      analysisYear: facts.latest?.year ?? null,
      trigger,
    });
  }
  return tasks;
}
