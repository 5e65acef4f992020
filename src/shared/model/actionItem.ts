import { z } from "zod";
import { isCalendarDate } from "../rules/calendarDates";
import { assessmentIdSchema, questionIdSchema, type PersonRef } from "./assessment";
import { recordIdSchema } from "./recordId";

/**
 * The remediation plan (45 CFR 164.308(a)(1)(ii)(B), risk management): one list of action items,
 * whatever they came from. Gaps in an assessment feed it now; the risk analysis adds "risk" later.
 */
export const ACTION_ITEM_SOURCES = ["assessment-gap", "risk"] as const;
export type ActionItemSourceKind = (typeof ACTION_ITEM_SOURCES)[number];

export const ACTION_ITEM_STATUSES = ["open", "in-progress", "done"] as const;
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];

export const ACTION_ITEM_STATUS_LABELS: Record<ActionItemStatus, string> = { open: "Open", "in-progress": "In progress", done: "Done" };

export const ACTION_ITEM_PRIORITIES = ["high", "medium", "low"] as const;
export type ActionItemPriority = (typeof ACTION_ITEM_PRIORITIES)[number];

const titleSchema = z.string().trim().min(1, "Give the action item a short title.").max(300, "A title can be at most 300 characters.");
const notesSchema = z.string().trim().max(10_000, "Notes can be at most 10,000 characters.");

/** A user of the vault, or a free-text name for someone without an account (the IT vendor, say). */
export const actionItemOwnerSchema = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("user"), userId: recordIdSchema("user") }),
    z.object({ kind: z.literal("name"), name: z.string().trim().min(1, "Enter the owner's name.").max(200, "A name can be at most 200 characters.") }),
  ])
  .nullable();
export type ActionItemOwnerInput = z.infer<typeof actionItemOwnerSchema>;

const dueDateSchema = z.string().refine(isCalendarDate, "Use a real date like 2026-01-31.").nullable();

export const createActionItemFromGapSchema = z.object({
  assessmentId: assessmentIdSchema,
  questionId: questionIdSchema,
  /** Defaults to the requirement's citation and name. */
  title: titleSchema.optional(),
  /** Defaults from the gap's severity. */
  priority: z.enum(ACTION_ITEM_PRIORITIES, { message: "Choose high, medium or low." }).optional(),
  owner: actionItemOwnerSchema.default(null),
  dueDate: dueDateSchema.default(null),
  notes: notesSchema.default(""),
});

/** Changes only the fields given; `owner: null` or `dueDate: null` clears them. */
export const updateActionItemSchema = z
  .object({
    id: recordIdSchema("action item"),
    title: titleSchema.optional(),
    priority: z.enum(ACTION_ITEM_PRIORITIES, { message: "Choose high, medium or low." }).optional(),
    owner: actionItemOwnerSchema.optional(),
    dueDate: dueDateSchema.optional(),
    status: z.enum(ACTION_ITEM_STATUSES, { message: "Choose open, in progress or done." }).optional(),
    notes: notesSchema.optional(),
  })
  .refine((input) => Object.keys(input).some((key) => key !== "id"), { message: "Nothing to change.", path: ["form"] });

export const listActionItemsSchema = z.object({
  /** "open" means open or in progress: what the dashboard and the task list show. */
  status: z.enum(["open", "done", "all"]).default("open"),
  assessmentId: assessmentIdSchema.optional(),
  /** Only items whose owner is the signed-in user's account. */
  assignedToMe: z.boolean().default(false),
});

export type ActionItemSource =
  | {
      kind: "assessment-gap";
      assessmentId: string;
      assessmentYear: number;
      questionId: string;
      requirementId: string;
      cfr: string;
      /** The specification's (or standard's) name. */
      name: string;
    }
  | {
      kind: "risk";
      /** The threat-vulnerability pair the step mitigates (the risk analysis's risk_pair_id column). */
      riskPairId: string | null;
    };

export type ActionItemOwner = { kind: "user"; userId: string; name: string; active: boolean } | { kind: "name"; name: string };

export interface ActionItem {
  id: string;
  source: ActionItemSource;
  title: string;
  priority: ActionItemPriority;
  owner: ActionItemOwner | null;
  /** "YYYY-MM-DD", or null. */
  dueDate: string | null;
  status: ActionItemStatus;
  notes: string;
  /** Due before today (in the practice's time zone) and not done. */
  overdue: boolean;
  createdBy: PersonRef;
  createdAt: string;
  updatedBy: PersonRef;
  updatedAt: string;
  /** When it was last marked done; null while not done. */
  completedAt: string | null;
}
