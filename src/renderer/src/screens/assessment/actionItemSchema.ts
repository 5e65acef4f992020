import { z } from "zod";
import { ACTION_ITEM_PRIORITIES, ACTION_ITEM_STATUSES, type ActionItem, type ActionItemOwnerInput } from "../../../../shared/model/actionItem";
import { isCalendarDate } from "../../../../shared/rules/calendarDates";

/** The owner select's special values; any other value is a user's id. */
export const NO_OWNER = "";
export const OTHER_OWNER = "other";

/** The action item as the form holds it; the messages are the main process's own. */
export const actionItemFormSchema = z
  .object({
    title: z.string().trim().min(1, "Give the action item a short title.").max(300, "A title can be at most 300 characters."),
    ownerChoice: z.string(),
    ownerName: z.string().trim().max(200, "A name can be at most 200 characters."),
    dueDate: z.string().refine((value) => value === "" || isCalendarDate(value), "Use a real date like 2026-01-31."),
    priority: z.enum(ACTION_ITEM_PRIORITIES, { message: "Choose high, medium or low." }),
    status: z.enum(ACTION_ITEM_STATUSES, { message: "Choose open, in progress or done." }),
    notes: z.string().trim().max(10_000, "Notes can be at most 10,000 characters."),
  })
  .superRefine((input, ctx) => {
    if (input.ownerChoice === OTHER_OWNER && input.ownerName === "") ctx.addIssue({ code: "custom", path: ["ownerName"], message: "Enter the owner's name." });
  });

export type ActionItemForm = z.output<typeof actionItemFormSchema>;
export type ActionItemFormInput = z.input<typeof actionItemFormSchema>;
export const ACTION_ITEM_FIELDS = ["title", "ownerName", "dueDate", "priority", "status", "notes"];

export function ownerFromForm(values: Pick<ActionItemForm, "ownerChoice" | "ownerName">): ActionItemOwnerInput {
  if (values.ownerChoice === NO_OWNER) return null;
  if (values.ownerChoice === OTHER_OWNER) return { kind: "name", name: values.ownerName };
  return { kind: "user", userId: values.ownerChoice };
}

export function formFromItem(item: ActionItem): ActionItemFormInput {
  return {
    title: item.title,
    ownerChoice: item.owner === null ? NO_OWNER : item.owner.kind === "user" ? item.owner.userId : OTHER_OWNER,
    ownerName: item.owner?.kind === "name" ? item.owner.name : "",
    dueDate: item.dueDate ?? "",
    priority: item.priority,
    status: item.status,
    notes: item.notes,
  };
}
