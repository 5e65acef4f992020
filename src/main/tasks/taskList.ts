import type { Database } from "better-sqlite3-multiple-ciphers";
import { DUE_SOON_DAYS, type DueItem, type DueTasks, type Task, type TaskEntry, type TaskFilter, type TaskList, type TaskStatus } from "../../shared/model/task";
import { daysBetween } from "../../shared/rules/calendarDates";
import { collectDueItems, dueItemSources, type DueItemSourceFn } from "./dueItemSources";
import { readTasks } from "./taskRecords";

/**
 * The one list of everything due: the practice's own tasks and, merged in read-only, what other
 * records say is due. Ordered as it should be read: overdue first (oldest first), then what falls due
 * in the next 30 days, then what has no date ("as soon as you can"), then later, then done.
 */

function statusOf(dueDate: string | null, today: string, done = false): TaskStatus {
  if (done) return "done";
  if (dueDate === null) return "undated";
  if (dueDate < today) return "overdue";
  return daysBetween(today, dueDate) <= DUE_SOON_DAYS ? "due-soon" : "later";
}

function taskEntry(task: Task, today: string): TaskEntry {
  const status = statusOf(task.dueDate, today, task.status === "done");
  return {
    key: `task:${task.id}`,
    origin: "task",
    title: task.title,
    cfr: task.cfr,
    dueDate: task.dueDate,
    status,
    daysUntilDue: status === "done" ? null : daysBetween(today, task.dueDate),
    owner: task.owner.name,
    recurrence: task.recurrence,
    detail: task.notes,
    area: null,
    task,
  };
}

function dueItemEntry(item: DueItem, today: string): TaskEntry {
  return {
    key: item.id,
    origin: item.source,
    title: item.title,
    cfr: item.cfr,
    dueDate: item.dueDate,
    status: statusOf(item.dueDate, today),
    daysUntilDue: item.dueDate === null ? null : daysBetween(today, item.dueDate),
    owner: item.owner,
    recurrence: "none",
    detail: item.detail,
    area: item.area,
    task: null,
  };
}

const STATUS_ORDER: Record<TaskStatus, number> = { overdue: 0, "due-soon": 1, undated: 2, later: 3, done: 4 };

function byReadingOrder(a: TaskEntry, b: TaskEntry): number {
  return (
    STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
    (a.status === "done" ? (b.dueDate ?? "").localeCompare(a.dueDate ?? "") : (a.dueDate ?? "").localeCompare(b.dueDate ?? "")) ||
    a.title.localeCompare(b.title) ||
    a.key.localeCompare(b.key)
  );
}

/** Every entry, stored and merged, in reading order. */
export function allTaskEntries(db: Database, today: string, sources: readonly DueItemSourceFn[] = dueItemSources): TaskEntry[] {
  const tasks = readTasks(db).map((task) => taskEntry(task, today));
  const merged = collectDueItems(db, today, sources).map((item) => dueItemEntry(item, today));
  return [...tasks, ...merged].sort(byReadingOrder);
}

function matches(entry: TaskEntry, filter: TaskFilter): boolean {
  if (filter === "overdue") return entry.status === "overdue";
  if (filter === "due-soon") return entry.status === "due-soon";
  return true;
}

export function listTasks(db: Database, filter: TaskFilter, today: string): TaskList {
  const all = allTaskEntries(db, today);
  return {
    today,
    filter,
    entries: all.filter((entry) => matches(entry, filter)),
    counts: { overdue: all.filter((entry) => matches(entry, "overdue")).length, "due-soon": all.filter((entry) => matches(entry, "due-soon")).length, all: all.length },
  };
}

/**
 * For the dashboard: what is overdue, what falls due in the next 30 days, and what is due with no
 * date yet, stored and merged alike. Reads only; the standing tasks appear once someone has opened
 * the task list (or the caller has run ensureStandingTasks).
 */
export function listDueTasks(db: Database, today: string, sources: readonly DueItemSourceFn[] = dueItemSources): DueTasks {
  const all = allTaskEntries(db, today, sources);
  return {
    today,
    overdue: all.filter((entry) => entry.status === "overdue"),
    upcoming: all.filter((entry) => entry.status === "due-soon"),
    undated: all.filter((entry) => entry.status === "undated"),
  };
}
