import { z } from "zod";
import { isCalendarDate } from "../rules/calendarDates";
import type { TrainingDueItem } from "../rules/trainingDue";
import type { PersonRef } from "./assessment";
import type { TrainingCompletion } from "./training";
import { recordIdSchema } from "./recordId";

/**
 * The workforce roster (45 CFR 164.308(a)(3)): everyone who works at the practice, with or without an
 * app account, and what was done to remove a departing person's access (termination procedures,
 * 164.308(a)(3)(ii)(C)).
 */

export const memberIdSchema = recordIdSchema("person");
const userIdSchema = recordIdSchema("account");

export const calendarDateSchema = (message: string) => z.string({ message }).trim().refine(isCalendarDate, message);

export const memberNameSchema = z.string().trim().min(1, "Enter the person's full name.").max(200, "A name can be at most 200 characters.");
export const memberJobTitleSchema = z.string().trim().max(200, "A job title can be at most 200 characters.").default("");
const hireDateSchema = calendarDateSchema("Enter the hire date as a real date, for example 2026-03-01.");
const terminationDateSchema = calendarDateSchema("Enter the last day of work as a real date, for example 2026-03-01.");

export const memberInputSchema = z.object({
  fullName: memberNameSchema,
  jobTitle: memberJobTitleSchema,
  hireDate: hireDateSchema,
  /** The person's app account, when they have one; many staff never sign in. */
  userId: userIdSchema.nullable().default(null),
});
export type MemberInput = z.infer<typeof memberInputSchema>;
export type MemberFormInput = z.input<typeof memberInputSchema>;

export const addMemberSchema = memberInputSchema;
export const updateMemberSchema = z.object({ memberId: memberIdSchema, member: memberInputSchema });
export const byMemberSchema = z.object({ memberId: memberIdSchema });

export const terminateMemberSchema = z.object({
  memberId: memberIdSchema,
  terminationDate: terminationDateSchema,
  note: z.string().trim().max(2_000, "The note can be at most 2,000 characters.").default(""),
});

/**
 * The access-removal checklist opened when someone leaves. "app-account" is on it only when the
 * person has an app account.
 */
export const REMOVAL_STEPS = ["keys-badges", "practice-software", "email", "shared-passwords", "app-account"] as const;
export type RemovalStep = (typeof REMOVAL_STEPS)[number];

export const REMOVAL_STEP_LABELS: Record<RemovalStep, { label: string; explanation: string }> = {
  "keys-badges": {
    label: "Collect keys and badges",
    explanation: "Office keys, alarm codes and badges returned, and alarm or door codes they knew changed. 45 CFR 164.310(a)(2)(iii).",
  },
  "practice-software": {
    label: "Disable their practice software login",
    explanation: "The practice management, imaging and any other system with patient information. 45 CFR 164.308(a)(3)(ii)(C).",
  },
  email: {
    label: "Close or forward their e-mail",
    explanation: "Their practice e-mail account disabled, or its mail forwarded to someone who still works here. 45 CFR 164.308(a)(3)(ii)(C).",
  },
  "shared-passwords": {
    label: "Change shared passwords they knew",
    explanation: "Wi-Fi, shared workstation, vendor portal and any other password more than one person uses. 45 CFR 164.308(a)(5)(ii)(D).",
  },
  "app-account": {
    label: "Remove their Safeguard Desk account",
    explanation: "So they can no longer sign in to this app. Their name stays on what they recorded. 45 CFR 164.312(a)(2)(i).",
  },
};

export const completeRemovalStepSchema = z.object({
  memberId: memberIdSchema,
  step: z.enum(REMOVAL_STEPS, { message: "That is not a step of the checklist." }),
  note: z.string().trim().max(2_000, "The note can be at most 2,000 characters.").default(""),
});

/** The roster as a CSV file's text; the renderer reads the file, the main process parses it. */
export const MAX_IMPORT_CSV_CHARS = 1_000_000;
export const MAX_IMPORT_ROWS = 2_000;
export const importPreviewSchema = z.object({
  csvText: z
    .string({ message: "Choose a CSV file." })
    .max(MAX_IMPORT_CSV_CHARS, "That file is larger than 1 MB. A roster file is much smaller; check that it is the right file."),
});

export const importRowSchema = z.object({
  rowNumber: z.number().int().min(2).max(MAX_IMPORT_ROWS + 1),
  fullName: memberNameSchema,
  jobTitle: memberJobTitleSchema,
  hireDate: hireDateSchema,
  terminationDate: terminationDateSchema.nullable().default(null),
  username: z.string().trim().max(64).nullable().default(null),
});
export type ImportRow = z.infer<typeof importRowSchema>;

export const importCommitSchema = z.object({
  rows: z.array(importRowSchema).min(1, "There is nobody to add.").max(MAX_IMPORT_ROWS, `A file can add at most ${MAX_IMPORT_ROWS} people at once.`),
});

/* ---------- Outputs ---------- */

export interface RemovalStepView {
  step: RemovalStep;
  label: string;
  explanation: string;
  doneBy: PersonRef | null;
  doneAt: string | null;
  note: string;
}

export interface LinkedAccount {
  id: string;
  username: string;
  active: boolean;
}

export interface WorkforceMember {
  id: string;
  fullName: string;
  jobTitle: string;
  hireDate: string;
  terminationDate: string | null;
  terminationNote: string;
  terminatedBy: PersonRef | null;
  terminatedAt: string | null;
  account: LinkedAccount | null;
  createdBy: PersonRef;
  createdAt: string;
}

export type TrainingStanding = "overdue" | "due-soon" | "current" | "not-required";

export interface RosterEntry extends WorkforceMember {
  /** Overdue first; "not-required" once the person has left. */
  training: TrainingStanding;
  overdueCount: number;
  /** Steps of the access-removal checklist still open; null for someone who has not left. */
  openRemovalSteps: number | null;
}

export interface ImportPreviewRow {
  rowNumber: number;
  /** The row as it will be added, or null when it cannot be. */
  row: ImportRow | null;
  /** What is wrong, in plain words, each naming the column ("Hire date: ..."). */
  problems: string[];
  /** The name as written in the file, to show beside a bad row. */
  nameAsWritten: string;
}

export interface ImportPreview {
  /** Problems with the file as a whole (no header, a missing column); nothing can be added while there are any. */
  fileProblems: string[];
  /** Columns of the file that are not read (for example "Phone"), named so nobody wonders where they went. */
  ignoredColumns: string[];
  rows: ImportPreviewRow[];
  goodCount: number;
  badCount: number;
}

export interface ImportResult {
  added: WorkforceMember[];
}

export interface MemberDetail {
  member: WorkforceMember;
  /** Empty until the person leaves. */
  removalSteps: RemovalStepView[];
  /** The newest page of training records (COMPLETIONS_PAGE_SIZE); the rest come from training.completions.page. */
  completions: TrainingCompletion[];
  /** How many training records the person has in all. */
  completionCount: number;
  /** This person's overdue and coming-up topics. */
  due: { overdue: TrainingDueItem[]; upcoming: TrainingDueItem[] };
}
