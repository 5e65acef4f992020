import { z } from "zod";
import { isCalendarDate } from "../rules/calendarDates";
import { EVIDENCE_TOO_LARGE_MESSAGE, MAX_EVIDENCE_BASE64_LENGTH } from "../rules/evidenceFiles";
import { RECURRENCES, type Recurrence } from "../rules/recurrence";
import type { PersonRef } from "./assessment";
import { recordIdSchema } from "./recordId";

/**
 * Ongoing monitoring: one list of everything that recurs or is due. The practice's own tasks are
 * stored here (seeded with the standing tasks of the Security Rule the first time the list is
 * opened); the list also shows, read-only, what other records say is due (the remediation plan, the
 * risk analysis's review date, and later training, vendors, policies and incidents).
 */
export const TASK_KINDS = [
  "risk-analysis",
  "policy-review",
  "access-review",
  "audit-log-review",
  "contingency-test",
  "evaluation",
  "training-refresher",
  "baa-review",
  "custom",
] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

/** How far ahead "due soon" looks, in calendar days. */
export const DUE_SOON_DAYS = 30;

export const TASK_FILTERS = ["overdue", "due-soon", "all"] as const;
export type TaskFilter = (typeof TASK_FILTERS)[number];

export const TASK_FILTER_LABELS: Record<TaskFilter, string> = {
  overdue: "Overdue",
  "due-soon": `Due in the next ${DUE_SOON_DAYS} days`,
  all: "All",
};

const calendarDate = (message: string) =>
  z
    .string()
    .refine(isCalendarDate, message)
    .refine((date) => date >= "2000-01-01" && date <= "2100-12-31", "Use a date between the years 2000 and 2100.");

export const taskTitleSchema = z.string().trim().min(1, "Give the task a short title.").max(200, "A title can be at most 200 characters.");
const notesSchema = z.string().trim().max(10_000, "Notes can be at most 10,000 characters.");
const cfrSchema = z.string().trim().max(100, "A rule reference can be at most 100 characters.");
const ownerSchema = z.string({ message: "Choose who is responsible." }).uuid("Choose who is responsible.");
const dueDateSchema = calendarDate("Enter the due date as a real date, like 2026-03-31.");
const recurrenceSchema = z.enum(RECURRENCES, { message: "Choose how often the task repeats." });

export const createTaskSchema = z.object({
  title: taskTitleSchema,
  ownerUserId: ownerSchema,
  dueDate: dueDateSchema,
  recurrence: recurrenceSchema,
  /** The paragraph of 45 CFR Part 164 the task serves, e.g. "164.308(a)(5)"; may be empty. */
  cfr: cfrSchema.default(""),
  notes: notesSchema.default(""),
});

/** Changes only the fields given. */
export const updateTaskSchema = z
  .object({
    id: recordIdSchema("task"),
    title: taskTitleSchema.optional(),
    ownerUserId: ownerSchema.optional(),
    dueDate: dueDateSchema.optional(),
    recurrence: recurrenceSchema.optional(),
    cfr: cfrSchema.optional(),
    notes: notesSchema.optional(),
  })
  .refine((input) => Object.keys(input).some((key) => key !== "id"), { message: "Nothing to change.", path: ["form"] });

/** A file attached to a completion, read by the renderer into plain base64 (see evidence.ts). */
export const completionEvidenceSchema = z.object({
  fileName: z.string().trim().min(1, "The file needs a name.").max(1_000, "That file name is too long."),
  mimeType: z.string().max(200).default(""),
  contentBase64: z
    .string()
    .max(MAX_EVIDENCE_BASE64_LENGTH, EVIDENCE_TOO_LARGE_MESSAGE)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, "The file could not be read. Try attaching it again."),
});

export const completeTaskSchema = z.object({
  id: recordIdSchema("task"),
  /** The day the work was done, in the practice's time zone; not in the future. */
  completedOn: calendarDate("Enter the day the work was done as a real date, like 2026-03-31."),
  notes: notesSchema.default(""),
  evidence: completionEvidenceSchema.nullable().default(null),
});

export const listTasksSchema = z.object({ filter: z.enum(TASK_FILTERS, { message: "Choose which tasks to show." }).default("all") });
export const byTaskSchema = z.object({ id: recordIdSchema("task") });
export const byCompletionSchema = z.object({ completionId: recordIdSchema("completion") });

export interface TaskOwner {
  userId: string;
  name: string;
  /** False once the person's account is removed: the task needs a new owner. */
  active: boolean;
}

export interface CompletionEvidence {
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  /** SHA-256 of the content, hex. */
  sha256: string;
}

/** One time a task was done: who, when, what they noted, the file that shows it, and what came next. */
export interface TaskCompletion {
  id: string;
  taskId: string;
  /** The due date this completion satisfied. */
  dueDate: string;
  completedOn: string;
  completedBy: PersonRef;
  recordedAt: string;
  notes: string;
  evidence: CompletionEvidence | null;
  /** The due date it scheduled, or null when the task was done once and is closed. */
  nextDueDate: string | null;
}

export interface Task {
  id: string;
  kind: TaskKind;
  title: string;
  cfr: string;
  owner: TaskOwner;
  /** The next (or, once done, the last) due date. */
  dueDate: string;
  recurrence: Recurrence;
  /** The day of the month the series keeps to; 31 means the last day of each month. */
  scheduleDay: number;
  notes: string;
  status: "open" | "done";
  /** Counts every change, so a calendar that imported the task sees it was updated. */
  revision: number;
  lastCompletion: TaskCompletion | null;
  completionCount: number;
  createdBy: PersonRef;
  createdAt: string;
  updatedBy: PersonRef;
  updatedAt: string;
}

/** Where the due items shown beside the tasks come from. */
export const DUE_ITEM_SOURCES = ["action-item", "risk-review", "training", "vendor", "policy", "incident"] as const;
export type DueItemSource = (typeof DUE_ITEM_SOURCES)[number];

export const DUE_ITEM_SOURCE_LABELS: Record<DueItemSource, string> = {
  "action-item": "Remediation plan",
  "risk-review": "Risk analysis",
  training: "Training",
  vendor: "Vendors & BAAs",
  policy: "Policies",
  incident: "Incidents",
};

/**
 * Something another record says is due, shown read-only in the task list and the calendar: the
 * record that owns it is where it is changed. `id` is stable across exports ("action-item:<uuid>").
 */
export interface DueItem {
  id: string;
  source: DueItemSource;
  title: string;
  /** "YYYY-MM-DD", or null for "as soon as you can". */
  dueDate: string | null;
  /** Who is responsible, as a name, when the record says. */
  owner: string | null;
  /** The paragraph of 45 CFR Part 164 it serves, or "". */
  cfr: string;
  /** One plain sentence on what it is. */
  detail: string;
  /** The area of the app where the record lives, e.g. "risk-analysis" (its address is "#/risk-analysis"). */
  area: string;
}

export type TaskStatus = "overdue" | "due-soon" | "later" | "undated" | "done";

/** One row of the merged list: a stored task (editable) or a due item from another record. */
export interface TaskEntry {
  /** "task:<uuid>" for a stored task, the due item's id otherwise. */
  key: string;
  origin: "task" | DueItemSource;
  title: string;
  cfr: string;
  dueDate: string | null;
  status: TaskStatus;
  /** Calendar days from today to the due date (negative when overdue); null without a date. */
  daysUntilDue: number | null;
  owner: string | null;
  recurrence: Recurrence;
  detail: string;
  /** For a due item, the area where it is changed; null for a stored task. */
  area: string | null;
  task: Task | null;
}

export interface TaskList {
  /** Today in the practice's time zone. */
  today: string;
  filter: TaskFilter;
  entries: TaskEntry[];
  counts: Record<TaskFilter, number>;
}

/** For the dashboard: what is overdue, what falls due within DUE_SOON_DAYS, and what has no date yet. */
export interface DueTasks {
  today: string;
  overdue: TaskEntry[];
  upcoming: TaskEntry[];
  undated: TaskEntry[];
}

export interface TaskCompleted {
  task: Task;
  completion: TaskCompletion;
}

export interface TaskCalendarFile {
  fileName: string;
  ics: string;
  /** How many events the file holds. */
  events: number;
  /** Items left out because they have no due date. */
  undated: number;
}
