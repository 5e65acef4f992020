import type { Database } from "better-sqlite3-multiple-ciphers";
import type { PersonRef } from "../../shared/model/assessment";
import type { Task, TaskCompletion, TaskKind } from "../../shared/model/task";
import { calendarDateInZone } from "../../shared/rules/calendarDates";
import type { Recurrence } from "../../shared/rules/recurrence";
import type { Actor } from "../audit/auditLog";
import { AppFailure } from "../core/appFailure";
import { readPractice } from "../services/practiceService";

/** The rows of the task tables as stored, and their views. */
export interface TaskRow {
  id: string;
  kind: TaskKind;
  title: string;
  cfr: string;
  owner_user_id: string;
  due_date: string;
  recurrence: Recurrence;
  schedule_day: number;
  notes: string;
  status: "open" | "done";
  revision: number;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
}

export interface CompletionRow {
  id: string;
  task_id: string;
  due_date: string;
  completed_on: string;
  completed_by: string;
  recorded_at: string;
  notes: string;
  next_due_date: string | null;
  evidence_file_name: string | null;
  evidence_mime_type: string | null;
  evidence_size: number | null;
  evidence_sha256: string | null;
}

/** Every completion column but the file's content, which only a download reads. */
export const COMPLETION_COLUMNS =
  "id, task_id, due_date, completed_on, completed_by, recorded_at, notes, next_due_date, evidence_file_name, evidence_mime_type, evidence_size, evidence_sha256";

export const nowIso = () => new Date().toISOString();

/** Today where the practice is: due dates and "overdue" count the practice's calendar days. */
export function practiceToday(db: Database, at: Date = new Date()): string {
  return calendarDateInZone(at, readPractice(db).timeZone);
}

export function userIdOf(actor: Actor): string {
  if (!actor.id) throw new AppFailure("LOCKED", "The vault is locked. Sign in to continue.");
  return actor.id;
}

interface People {
  ref(id: string): PersonRef;
  active(id: string): boolean;
}

export function peopleOf(db: Database): People {
  const rows = db.prepare("SELECT id, full_name, removed_at FROM users").all() as { id: string; full_name: string; removed_at: string | null }[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return {
    ref: (id) => ({ id, name: byId.get(id)?.full_name ?? "Unknown user" }),
    active: (id) => byId.get(id)?.removed_at === null,
  };
}

export function toCompletion(row: CompletionRow, people: People): TaskCompletion {
  return {
    id: row.id,
    taskId: row.task_id,
    dueDate: row.due_date,
    completedOn: row.completed_on,
    completedBy: people.ref(row.completed_by),
    recordedAt: row.recorded_at,
    notes: row.notes,
    evidence:
      row.evidence_file_name !== null
        ? { fileName: row.evidence_file_name, mimeType: row.evidence_mime_type ?? "", sizeBytes: row.evidence_size ?? 0, sha256: row.evidence_sha256 ?? "" }
        : null,
    nextDueDate: row.next_due_date,
  };
}

/** Every task with its latest completion and how many there are, read in three queries. */
export function readTasks(db: Database, where = "", params: unknown[] = []): Task[] {
  const rows = db.prepare(`SELECT * FROM tasks ${where}`).all(...params) as TaskRow[];
  if (rows.length === 0) return [];
  const people = peopleOf(db);
  const latest = new Map(
    (
      db
        .prepare(
          `SELECT ${COMPLETION_COLUMNS} FROM task_completions c
           WHERE c.rowid = (SELECT c2.rowid FROM task_completions c2 WHERE c2.task_id = c.task_id ORDER BY c2.recorded_at DESC, c2.rowid DESC LIMIT 1)`,
        )
        .all() as CompletionRow[]
    ).map((row) => [row.task_id, row]),
  );
  const counts = new Map(
    (db.prepare("SELECT task_id, count(*) AS n FROM task_completions GROUP BY task_id").all() as { task_id: string; n: number }[]).map((row) => [row.task_id, row.n]),
  );
  return rows.map((row) => {
    const last = latest.get(row.id);
    return {
      id: row.id,
      kind: row.kind,
      title: row.title,
      cfr: row.cfr,
      owner: { userId: row.owner_user_id, name: people.ref(row.owner_user_id).name, active: people.active(row.owner_user_id) },
      dueDate: row.due_date,
      recurrence: row.recurrence,
      scheduleDay: row.schedule_day,
      notes: row.notes,
      status: row.status,
      revision: row.revision,
      lastCompletion: last ? toCompletion(last, people) : null,
      completionCount: counts.get(row.id) ?? 0,
      createdBy: people.ref(row.created_by),
      createdAt: row.created_at,
      updatedBy: people.ref(row.updated_by),
      updatedAt: row.updated_at,
    };
  });
}

export function requireTaskRow(db: Database, id: string): TaskRow {
  const row = db.prepare("SELECT * FROM tasks WHERE id = ?").get(id) as TaskRow | undefined;
  if (!row) throw new AppFailure("NOT_FOUND", "That task does not exist. Refresh the task list.");
  return row;
}

export function readTask(db: Database, id: string): Task {
  const [task] = readTasks(db, "WHERE id = ?", [id]);
  if (!task) throw new AppFailure("NOT_FOUND", "That task does not exist. Refresh the task list.");
  return task;
}

/** The owner must be someone who can still sign in. */
export function assertActiveOwner(db: Database, userId: string): void {
  const active = db.prepare("SELECT 1 FROM users WHERE id = ? AND removed_at IS NULL").get(userId);
  if (!active) {
    const message = "That person no longer has an account. Choose someone else.";
    throw new AppFailure("VALIDATION", message, { ownerUserId: message });
  }
}
