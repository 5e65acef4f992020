import { DUE_ITEM_SOURCE_LABELS, type TaskEntry } from "../../../../shared/model/task";
import { formatDay } from "../../../../shared/time/zonedTime";
import { AREAS } from "../../frame/areas";

const days = (n: number) => `${n} ${n === 1 ? "day" : "days"}`;

/** "Overdue by 3 days", "Due today", "Due in 12 days": how urgent an entry is, in words. */
export function dueText(entry: TaskEntry): string {
  if (entry.status === "done") return "Done";
  if (entry.dueDate === null || entry.daysUntilDue === null) return "As soon as you can";
  const n = entry.daysUntilDue;
  if (n < 0) return `Overdue by ${days(-n)}`;
  if (n === 0) return "Due today";
  if (n === 1) return "Due tomorrow";
  return `Due in ${days(n)}`;
}

export function dueDateText(date: string | null): string {
  return date ? formatDay(date) : "No date";
}

/** "45 CFR 164.308(a)(8)", or "" when the entry names no paragraph. */
export function citationText(cfr: string): string {
  return cfr ? `45 CFR ${cfr}` : "";
}

/** Where a merged item comes from, and the area that changes it. */
export function originText(entry: TaskEntry): string | null {
  return entry.origin === "task" ? null : DUE_ITEM_SOURCE_LABELS[entry.origin];
}

/** The area an item lives in, if it is one of the app's areas. */
export function areaLink(area: string | null): { href: string; label: string } | null {
  const found = AREAS.find((candidate) => candidate.id === area);
  return found ? { href: `#/${found.id}`, label: found.label } : null;
}
