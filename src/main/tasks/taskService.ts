import { randomUUID } from "node:crypto";
import type { Database } from "better-sqlite3-multiple-ciphers";
import type { EvidenceDownload } from "../../shared/model/evidence";
import type { Task, TaskCompleted, TaskCompletion } from "../../shared/model/task";
import { nextDueDate, RECURRENCE_LABELS, scheduleDayOf, type Recurrence } from "../../shared/rules/recurrence";
import { checkAttachedFile, EVIDENCE_FILE_RULES, fileDownload, type CheckedFile, type FileFields } from "../attachments/attachedFile";
import { appendAudit, type Actor } from "../audit/auditLog";
import { AppFailure } from "../core/appFailure";
import { changedFields } from "../services/recordChanges";
import {
  assertActiveOwner,
  COMPLETION_COLUMNS,
  nowIso,
  peopleOf,
  practiceToday,
  readTask,
  requireTaskRow,
  toCompletion,
  userIdOf,
  type CompletionRow,
  type TaskRow,
} from "./taskRecords";

/**
 * The practice's own tasks: added, edited and completed by Staff or an Administrator. Completing a
 * repeating task records the completion and moves the task to its next due date; completing a task
 * done once closes it. Every change is in the audit log, in the same transaction.
 */

export interface CreateTaskInput {
  title: string;
  ownerUserId: string;
  dueDate: string;
  recurrence: Recurrence;
  cfr: string;
  notes: string;
}

export function createTask(db: Database, actor: Actor, input: CreateTaskInput): Task {
  const id = randomUUID();
  db.transaction(() => {
    assertActiveOwner(db, input.ownerUserId);
    const by = userIdOf(actor);
    const now = nowIso();
    db.prepare(
      `INSERT INTO tasks (id, kind, title, cfr, owner_user_id, due_date, recurrence, schedule_day, notes, created_by, created_at, updated_by, updated_at)
       VALUES (@id, 'custom', @title, @cfr, @ownerUserId, @dueDate, @recurrence, @scheduleDay, @notes, @by, @now, @by, @now)`,
    ).run({ ...input, id, scheduleDay: scheduleDayOf(input.dueDate), by, now });
    appendAudit(db, actor, {
      action: "task.created",
      recordType: "task",
      recordId: id,
      summary: `Added the task "${input.title}", due ${input.dueDate} (${RECURRENCE_LABELS[input.recurrence].toLowerCase()})`,
      changes: { title: input.title, owner: input.ownerUserId, dueDate: input.dueDate, recurrence: input.recurrence, cfr: input.cfr, notes: input.notes },
    });
  })();
  return readTask(db, id);
}

export interface UpdateTaskInput {
  id: string;
  title?: string | undefined;
  ownerUserId?: string | undefined;
  dueDate?: string | undefined;
  recurrence?: Recurrence | undefined;
  cfr?: string | undefined;
  notes?: string | undefined;
}

const editable = (row: TaskRow) => ({ title: row.title, owner: row.owner_user_id, dueDate: row.due_date, recurrence: row.recurrence, cfr: row.cfr, notes: row.notes });

export function updateTask(db: Database, actor: Actor, input: UpdateTaskInput): Task {
  db.transaction(() => {
    const before = requireTaskRow(db, input.id);
    if (before.status === "done") {
      throw new AppFailure("CONFLICT", `"${before.title}" is done and closed, so it can no longer change. Add a new task for the next time.`);
    }
    if (input.ownerUserId !== undefined && input.ownerUserId !== before.owner_user_id) assertActiveOwner(db, input.ownerUserId);
    const after = {
      title: input.title ?? before.title,
      owner: input.ownerUserId ?? before.owner_user_id,
      dueDate: input.dueDate ?? before.due_date,
      recurrence: input.recurrence ?? before.recurrence,
      cfr: input.cfr ?? before.cfr,
      notes: input.notes ?? before.notes,
    };
    const changes = changedFields(editable(before), after);
    if (Object.keys(changes).length === 0) return;
    // A new due date sets the day of the month the series keeps to; otherwise the series keeps its own.
    const scheduleDay = "dueDate" in changes ? scheduleDayOf(after.dueDate) : before.schedule_day;
    db.prepare(
      `UPDATE tasks SET title = @title, owner_user_id = @owner, due_date = @dueDate, recurrence = @recurrence, schedule_day = @scheduleDay, cfr = @cfr,
         notes = @notes, revision = revision + 1, updated_by = @by, updated_at = @now WHERE id = @id`,
    ).run({ ...after, scheduleDay, by: userIdOf(actor), now: nowIso(), id: before.id });
    appendAudit(db, actor, {
      action: "task.updated",
      recordType: "task",
      recordId: before.id,
      summary: `Changed the task "${after.title}"`,
      changes,
    });
  })();
  return readTask(db, input.id);
}

/**
 * The file that shows a task was done (a signed evaluation, a restore test's screenshot) is checked by
 * the same rules as the assessment's evidence and kept in the completion's own row, as a BLOB inside the
 * encrypted database. The completion form shows every problem with it under its one file field.
 */
const COMPLETION_FILE_FIELDS: FileFields = { name: "evidence", content: "evidence" };

export interface CompleteTaskInput {
  id: string;
  completedOn: string;
  notes: string;
  evidence: { fileName: string; mimeType: string; contentBase64: string } | null;
}

export function completeTask(db: Database, actor: Actor, input: CompleteTaskInput): TaskCompleted {
  const completionId = randomUUID();
  db.transaction(() => {
    const task = requireTaskRow(db, input.id);
    if (task.status === "done") throw new AppFailure("CONFLICT", `"${task.title}" is already done. Refresh the task list.`);
    const today = practiceToday(db);
    if (input.completedOn > today) {
      const message = `The day the work was done cannot be after today (${today}).`;
      throw new AppFailure("VALIDATION", message, { completedOn: message });
    }
    const file: CheckedFile | null = input.evidence ? checkAttachedFile(input.evidence, EVIDENCE_FILE_RULES, COMPLETION_FILE_FIELDS) : null;
    const next = nextDueDate({ dueDate: task.due_date, recurrence: task.recurrence, completedOn: input.completedOn, scheduleDay: task.schedule_day });
    const by = userIdOf(actor);
    const now = nowIso();
    db.prepare(
      `INSERT INTO task_completions (id, task_id, due_date, completed_on, completed_by, recorded_at, notes, next_due_date,
         evidence_file_name, evidence_mime_type, evidence_size, evidence_sha256, evidence_content)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      completionId,
      task.id,
      task.due_date,
      input.completedOn,
      by,
      now,
      input.notes,
      next,
      file?.fileName ?? null,
      file?.mimeType ?? null,
      file?.content.length ?? null,
      file?.sha256 ?? null,
      file?.content ?? null,
    );
    db.prepare("UPDATE tasks SET due_date = ?, status = ?, revision = revision + 1, updated_by = ?, updated_at = ? WHERE id = ?").run(
      next ?? task.due_date,
      next ? "open" : "done",
      by,
      now,
      task.id,
    );
    appendAudit(db, actor, {
      action: "task.completed",
      recordType: "task",
      recordId: task.id,
      summary: next
        ? `Completed "${task.title}" (due ${task.due_date}) on ${input.completedOn}; next due ${next}`
        : `Completed "${task.title}" (due ${task.due_date}) on ${input.completedOn}; the task is closed`,
      changes: {
        completionId,
        dueDate: task.due_date,
        completedOn: input.completedOn,
        notes: input.notes,
        nextDueDate: next,
        ...(file ? { evidence: { fileName: file.fileName, sizeBytes: file.content.length, sha256: file.sha256 } } : {}),
      },
    });
  })();
  const completion = db.prepare(`SELECT ${COMPLETION_COLUMNS} FROM task_completions WHERE id = ?`).get(completionId) as CompletionRow;
  return { task: readTask(db, input.id), completion: toCompletion(completion, peopleOf(db)) };
}

/** Every time the task was done, latest first. */
export function taskHistory(db: Database, taskId: string): TaskCompletion[] {
  requireTaskRow(db, taskId);
  const rows = db.prepare(`SELECT ${COMPLETION_COLUMNS} FROM task_completions WHERE task_id = ? ORDER BY completed_on DESC, recorded_at DESC, rowid DESC`).all(taskId) as CompletionRow[];
  const people = peopleOf(db);
  return rows.map((row) => toCompletion(row, people));
}

/** A copy of the file leaves the vault, so the download is logged like an export. */
export function downloadCompletionEvidence(db: Database, actor: Actor, completionId: string): EvidenceDownload {
  const row = db
    .prepare("SELECT c.evidence_file_name, c.evidence_mime_type, c.evidence_size, c.evidence_sha256, c.evidence_content, t.title FROM task_completions c JOIN tasks t ON t.id = c.task_id WHERE c.id = ?")
    .get(completionId) as
    | { evidence_file_name: string | null; evidence_mime_type: string | null; evidence_size: number | null; evidence_sha256: string | null; evidence_content: Buffer | null; title: string }
    | undefined;
  if (!row) throw new AppFailure("NOT_FOUND", "That completion record does not exist. Refresh the task list.");
  const fileName = row.evidence_file_name;
  if (!row.evidence_content || !fileName) throw new AppFailure("NOT_FOUND", "No file was attached when this task was completed.");
  db.transaction(() => {
    appendAudit(db, actor, {
      action: "task.evidence-downloaded",
      recordType: "task-completion",
      recordId: completionId,
      summary: `Opened a copy of "${fileName}", attached when "${row.title}" was completed`,
      changes: { fileName, sha256: row.evidence_sha256 },
    });
  })();
  return fileDownload({
    fileName,
    mimeType: row.evidence_mime_type ?? "application/octet-stream",
    content: row.evidence_content,
    sizeBytes: row.evidence_size ?? row.evidence_content.length,
    sha256: row.evidence_sha256 ?? "",
  });
}
