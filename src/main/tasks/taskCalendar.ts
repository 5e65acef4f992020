import type { Database } from "better-sqlite3-multiple-ciphers";
import { DUE_ITEM_SOURCE_LABELS, type TaskCalendarFile, type TaskEntry } from "../../shared/model/task";
import { RECURRENCE_LABELS } from "../../shared/rules/recurrence";
import { appendAudit, type Actor } from "../audit/auditLog";
import { readPractice } from "../services/practiceService";
import { icsCalendar, rruleFor, type CalendarEvent } from "./icsCalendar";
import { allTaskEntries } from "./taskList";
import { practiceToday } from "./taskRecords";

/**
 * The task list as a calendar file (.ics) that Outlook or Google Calendar imports: every open task and
 * every dated item of the other records, as an all-day event on its due date, repeating tasks with
 * their rule. Importing a newer file updates the same events (their UIDs do not change).
 */
export const CALENDAR_PRODID = "-//Safeguard Desk//Security Rule tasks//EN";

function uidOf(entry: TaskEntry): string {
  return `${entry.key.replace(/[^A-Za-z0-9-]/g, "-")}@safeguard-desk`;
}

function descriptionOf(entry: TaskEntry): string {
  const lines: string[] = [];
  if (entry.detail) lines.push(entry.detail, "");
  if (entry.cfr) lines.push(`Rule: 45 CFR ${entry.cfr}`);
  if (entry.owner) lines.push(`Responsible: ${entry.owner}`);
  if (entry.task) {
    lines.push(`Repeats: ${RECURRENCE_LABELS[entry.recurrence]}`);
    lines.push("Record the work in Safeguard Desk (Tasks) when it is done.");
  } else if (entry.origin !== "task") {
    lines.push(`From: ${DUE_ITEM_SOURCE_LABELS[entry.origin]} in Safeguard Desk`);
  }
  return lines.join("\n");
}

function eventOf(entry: TaskEntry & { dueDate: string }): CalendarEvent {
  const task = entry.task;
  return {
    uid: uidOf(entry),
    date: entry.dueDate,
    summary: entry.title,
    description: descriptionOf(entry),
    rrule: task ? rruleFor(task.recurrence, task.dueDate, task.scheduleDay) : null,
    sequence: task?.revision ?? 0,
    categories: ["HIPAA security", entry.origin === "task" ? "Task" : DUE_ITEM_SOURCE_LABELS[entry.origin]],
  };
}

export function taskCalendar(db: Database, today: string, stamp: Date = new Date()): TaskCalendarFile & { entries: TaskEntry[] } {
  const open = allTaskEntries(db, today).filter((entry) => entry.status !== "done");
  const dated = open.filter((entry): entry is TaskEntry & { dueDate: string } => entry.dueDate !== null);
  const practice = readPractice(db);
  const ics = icsCalendar({ prodId: CALENDAR_PRODID, name: `${practice.name}: security tasks`, events: dated.map(eventOf), stamp });
  return { fileName: `safeguard-desk-tasks-${today}.ics`, ics, events: dated.length, undated: open.length - dated.length, entries: dated };
}

/** The export is logged like every copy that leaves the vault. */
export function exportTaskCalendar(db: Database, actor: Actor): TaskCalendarFile {
  return db.transaction(() => {
    const { fileName, ics, events, undated } = taskCalendar(db, practiceToday(db));
    appendAudit(db, actor, {
      action: "tasks.calendar-exported",
      recordType: "task",
      summary: `${actor.name} downloaded the task calendar (${events} ${events === 1 ? "event" : "events"})`,
      changes: { fileName, events, undated },
    });
    return { fileName, ics, events, undated };
  })();
}
