import type { TrainingStanding, WorkforceMember } from "../../../../shared/model/workforce";
import type { DueKind } from "../../../../shared/rules/trainingDue";
import { formatDay } from "../../../../shared/time/zonedTime";

export const STANDING_LABELS: Record<TrainingStanding, string> = {
  overdue: "Overdue",
  "due-soon": "Due soon",
  current: "Up to date",
  "not-required": "Not needed (has left)",
};

export const DUE_KIND_LABELS: Record<DueKind, string> = {
  initial: "First training after hire",
  refresher: "Refresher",
};

/** "Current", "Leaving on March 31, 2026" or "Left on March 31, 2026". */
export function employmentStatus(member: Pick<WorkforceMember, "terminationDate">, today: string): string {
  if (member.terminationDate === null) return "Current";
  return member.terminationDate > today ? `Leaving on ${formatDay(member.terminationDate)}` : `Left on ${formatDay(member.terminationDate)}`;
}

/** "3 days late", "due today", "in 12 days". */
export function dueDistance(daysLeft: number): string {
  if (daysLeft === 0) return "due today";
  if (daysLeft < 0) return `${-daysLeft} ${daysLeft === -1 ? "day" : "days"} late`;
  return `in ${daysLeft} ${daysLeft === 1 ? "day" : "days"}`;
}
