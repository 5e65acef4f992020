import { z } from "zod";
import type { EvidenceDownload } from "../model/evidence";
import {
  byCompletionSchema,
  byTaskSchema,
  completeTaskSchema,
  createTaskSchema,
  listTasksSchema,
  updateTaskSchema,
  type Task,
  type TaskCalendarFile,
  type TaskCompleted,
  type TaskCompletion,
  type TaskList,
} from "../model/task";
import { channel } from "./channel";

/**
 * Ongoing monitoring: the task list. Reading (and downloading the calendar or a completion's file)
 * needs any signed-in role; adding, editing and completing tasks needs Staff.
 */
export const taskChannels = {
  "tasks.list": channel<TaskList>()(listTasksSchema, "read"),
  "tasks.create": channel<Task>()(createTaskSchema, "edit"),
  "tasks.update": channel<Task>()(updateTaskSchema, "edit"),
  "tasks.complete": channel<TaskCompleted>()(completeTaskSchema, "edit"),
  "tasks.history": channel<TaskCompletion[]>()(byTaskSchema, "read"),
  "tasks.downloadEvidence": channel<EvidenceDownload>()(byCompletionSchema, "read"),
  "tasks.exportCalendar": channel<TaskCalendarFile>()(z.object({}).strict(), "read"),
} as const;
