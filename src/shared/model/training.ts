import { z } from "zod";
import { EVIDENCE_TOO_LARGE_MESSAGE, MAX_EVIDENCE_BASE64_LENGTH } from "../rules/evidenceFiles";
import {
  MAX_INITIAL_TRAINING_DAYS,
  MAX_REFRESHER_MONTHS,
  MIN_INITIAL_TRAINING_DAYS,
  MIN_REFRESHER_MONTHS,
  type TrainingDueItem,
} from "../rules/trainingDue";
import type { PersonRef } from "./assessment";
import { recordIdSchema } from "./recordId";
import { calendarDateSchema, memberIdSchema } from "./workforce";

/**
 * Security awareness and training, 45 CFR 164.308(a)(5): topics, sessions, each person's completion
 * with their typed acknowledgment, certificates, and the practice's due-date settings.
 */

export const topicIdSchema = recordIdSchema("topic");
export const sessionIdSchema = recordIdSchema("session");
export const completionIdSchema = recordIdSchema("training record");
const certificateIdSchema = recordIdSchema("certificate");

export const topicInputSchema = z.object({
  name: z.string().trim().min(1, "Name the topic.").max(120, "A topic name can be at most 120 characters."),
  description: z.string().trim().max(2_000, "The description can be at most 2,000 characters.").default(""),
  /** Required topics are due for everyone, on hire and at every refresher. */
  required: z.boolean().default(true),
});
export type TopicInput = z.infer<typeof topicInputSchema>;

export const addTopicSchema = topicInputSchema;
export const updateTopicSchema = z.object({ topicId: topicIdSchema, topic: topicInputSchema, inUse: z.boolean() });

const trainerSchema = z.string().trim().max(200, "The trainer's name can be at most 200 characters.");
const topicIdsSchema = z
  .array(topicIdSchema)
  .min(1, "Choose at least one topic.")
  .max(50, "Choose at most 50 topics.")
  .refine((ids) => new Set(ids).size === ids.length, "Each topic can be chosen once.");

export const addSessionSchema = z.object({
  heldOn: calendarDateSchema("Enter the date of the session as a real date, for example 2026-03-01."),
  trainer: trainerSchema.min(1, "Enter who gave the training (a person, or for example an online course)."),
  topicIds: topicIdsSchema,
  notes: z.string().trim().max(4_000, "Notes can be at most 4,000 characters.").default(""),
});
export type SessionInput = z.infer<typeof addSessionSchema>;

/** Training taken outside a recorded session (an online course, one-to-one with the Security Official). */
const ownTrainingSchema = z.object({
  kind: z.literal("own"),
  topicIds: topicIdsSchema,
  completedOn: calendarDateSchema("Enter the date the training was completed, for example 2026-03-01."),
  trainer: trainerSchema.default(""),
});
const sessionTrainingSchema = z.object({ kind: z.literal("session"), sessionId: sessionIdSchema });

export const recordCompletionSchema = z.object({
  memberId: memberIdSchema,
  training: z.discriminatedUnion("kind", [sessionTrainingSchema, ownTrainingSchema], { message: "Choose a session, or the topics and date." }),
  /** What the person typed to sign: their own name, as on the roster. */
  typedName: z.string().trim().min(1, "The person being trained types their own full name here to sign.").max(200, "A name can be at most 200 characters."),
  /** The statement shown on screen; the main process builds it again and stores it only if it matches. */
  wording: z.string().min(1).max(10_000),
});
export type RecordCompletionInput = z.infer<typeof recordCompletionSchema>;

export const attachCertificateSchema = z.object({
  completionId: completionIdSchema,
  fileName: z.string().trim().min(1, "The file needs a name.").max(1_000, "That file name is too long."),
  mimeType: z.string().max(200).default(""),
  contentBase64: z
    .string()
    .max(MAX_EVIDENCE_BASE64_LENGTH, EVIDENCE_TOO_LARGE_MESSAGE)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, "The file could not be read. Try attaching it again."),
});
export const byCertificateSchema = z.object({ certificateId: certificateIdSchema });

/** Training records are shown a page at a time: a person with years of records opens at once. */
export const COMPLETIONS_PAGE_SIZE = 25;
export const completionsPageSchema = z.object({
  memberId: memberIdSchema,
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(100).default(COMPLETIONS_PAGE_SIZE),
});

/** One page of a person's training records, newest first, and how many there are in all. */
export interface CompletionsPage {
  completions: TrainingCompletion[];
  total: number;
  offset: number;
}

export const trainingSettingsSchema = z.object({
  initialTrainingDays: z.coerce
    .number({ message: "Enter a number of days." })
    .int("Enter a whole number of days.")
    .min(MIN_INITIAL_TRAINING_DAYS, `Allow at least ${MIN_INITIAL_TRAINING_DAYS} day.`)
    .max(MAX_INITIAL_TRAINING_DAYS, `Allow at most ${MAX_INITIAL_TRAINING_DAYS} days; new people should be trained in their first year at the latest.`),
  refresherMonths: z.coerce
    .number({ message: "Enter a number of months." })
    .int("Enter a whole number of months.")
    .min(MIN_REFRESHER_MONTHS, `Choose at least ${MIN_REFRESHER_MONTHS} month.`)
    .max(MAX_REFRESHER_MONTHS, `Choose at most ${MAX_REFRESHER_MONTHS} months; the usual and safest choice is 12.`),
});
export type TrainingSettings = z.infer<typeof trainingSettingsSchema>;

/* ---------- Outputs ---------- */

export interface TrainingTopic {
  id: string;
  name: string;
  description: string;
  required: boolean;
  /** One of the topics the app starts with. */
  seeded: boolean;
  /** False once retired: kept on past records, no longer offered or due. */
  inUse: boolean;
}

export interface TopicRef {
  id: string;
  name: string;
}

export interface TrainingSession {
  id: string;
  heldOn: string;
  trainer: string;
  notes: string;
  topics: TopicRef[];
  attendeeCount: number;
  createdBy: PersonRef;
  createdAt: string;
}

export interface CertificateItem {
  id: string;
  completionId: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  addedBy: PersonRef;
  addedAt: string;
}

export interface CertificateDownload {
  fileName: string;
  mimeType: string;
  contentBase64: string;
  sizeBytes: number;
  sha256: string;
}

export interface TrainingCompletion {
  id: string;
  memberId: string;
  memberName: string;
  sessionId: string | null;
  completedOn: string;
  trainer: string;
  topics: TopicRef[];
  acknowledgment: { typedName: string; wording: string; at: string };
  recordedBy: PersonRef;
  recordedAt: string;
  certificates: CertificateItem[];
}

export interface TrainingDueView {
  today: string;
  settings: TrainingSettings;
  overdue: TrainingDueItem[];
  upcoming: TrainingDueItem[];
}
