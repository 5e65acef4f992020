import type { BreachState } from "../../../../shared/model/incident";
import { formatDay } from "../../../../shared/time/zonedTime";

export const BREACH_STATE_LABELS: Record<BreachState, string> = {
  "not-applicable": "No patient information",
  "to-assess": "Breach assessment not started",
  assessing: "Breach assessment in progress",
  "not-a-breach": "Not a breach (signed off)",
  breach: "Breach: notices owed",
};

/** "in 12 days", "due today", "3 days overdue". */
export function daysLeftText(daysLeft: number): string {
  if (daysLeft === 0) return "due today";
  if (daysLeft === 1) return "due tomorrow";
  if (daysLeft > 0) return `in ${daysLeft} days`;
  return daysLeft === -1 ? "1 day overdue" : `${-daysLeft} days overdue`;
}

/** "March 3, 2025 at 08:15", or the date alone. */
export function dayAndTime(date: string, time: string | null): string {
  return time ? `${formatDay(date)} at ${time}` : formatDay(date);
}
