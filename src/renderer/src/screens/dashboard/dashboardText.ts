import { formatDay } from "../../../../shared/time/zonedTime";

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "Overdue by 3 days", "Due today", "Due tomorrow", "Due in 12 days", or "As soon as you can" without a date. */
export function dueText(daysUntilDue: number | null): string {
  if (daysUntilDue === null) return "As soon as you can";
  if (daysUntilDue < 0) return `Overdue by ${plural(-daysUntilDue, "day", "days")}`;
  if (daysUntilDue === 0) return "Due today";
  if (daysUntilDue === 1) return "Due tomorrow";
  return `Due in ${plural(daysUntilDue, "day", "days")}`;
}

/** A breach deadline counting down: "60 days left", "Last day today", "Overdue by 3 days". */
export function daysLeftText(daysLeft: number): string {
  if (daysLeft < 0) return `Overdue by ${plural(-daysLeft, "day", "days")}`;
  if (daysLeft === 0) return "Last day today";
  return `${plural(daysLeft, "day", "days")} left`;
}

export function dayText(date: string | null): string {
  return date ? formatDay(date) : "No date";
}
