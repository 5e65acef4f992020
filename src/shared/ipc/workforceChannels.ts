import { z } from "zod";
import {
  addSessionSchema,
  addTopicSchema,
  attachCertificateSchema,
  byCertificateSchema,
  completionsPageSchema,
  recordCompletionSchema,
  trainingSettingsSchema,
  updateTopicSchema,
  type CertificateDownload,
  type CertificateItem,
  type CompletionsPage,
  type TrainingCompletion,
  type TrainingDueView,
  type TrainingSession,
  type TrainingSettings,
  type TrainingTopic,
} from "../model/training";
import {
  addMemberSchema,
  byMemberSchema,
  completeRemovalStepSchema,
  importCommitSchema,
  importPreviewSchema,
  terminateMemberSchema,
  updateMemberSchema,
  type ImportPreview,
  type ImportResult,
  type MemberDetail,
  type RosterEntry,
  type WorkforceMember,
} from "../model/workforce";
import { channel } from "./channel";

/**
 * The workforce roster and its training records, 45 CFR 164.308(a)(3) and (a)(5). Reading needs any
 * signed-in role; keeping the records needs Staff; the due-date settings need an Administrator, and so
 * does the checklist step that removes a departing person's app account.
 */
const nothing = z.object({}).strict();

export const workforceChannels = {
  "workforce.list": channel<RosterEntry[]>()(nothing, "read"),
  "workforce.get": channel<MemberDetail>()(byMemberSchema, "read"),
  "workforce.add": channel<WorkforceMember>()(addMemberSchema, "edit"),
  "workforce.update": channel<WorkforceMember>()(updateMemberSchema, "edit"),
  "workforce.terminate": channel<MemberDetail>()(terminateMemberSchema, "edit"),
  "workforce.removalStep.complete": channel<MemberDetail>()(completeRemovalStepSchema, "edit"),
  "workforce.import.preview": channel<ImportPreview>()(importPreviewSchema, "edit"),
  "workforce.import.commit": channel<ImportResult>()(importCommitSchema, "edit"),
  "training.topics.list": channel<TrainingTopic[]>()(nothing, "read"),
  "training.topics.add": channel<TrainingTopic>()(addTopicSchema, "edit"),
  "training.topics.update": channel<TrainingTopic>()(updateTopicSchema, "edit"),
  "training.sessions.list": channel<TrainingSession[]>()(nothing, "read"),
  "training.sessions.add": channel<TrainingSession>()(addSessionSchema, "edit"),
  "training.completions.record": channel<TrainingCompletion>()(recordCompletionSchema, "edit"),
  "training.completions.page": channel<CompletionsPage>()(completionsPageSchema, "read"),
  "training.certificates.attach": channel<CertificateItem>()(attachCertificateSchema, "edit"),
  "training.certificates.download": channel<CertificateDownload>()(byCertificateSchema, "read"),
  "training.certificates.remove": channel<null>()(byCertificateSchema, "edit"),
  "training.due": channel<TrainingDueView>()(nothing, "read"),
  "training.settings.get": channel<TrainingSettings>()(nothing, "read"),
  "training.settings.update": channel<TrainingSettings>()(trainingSettingsSchema, "admin"),
} as const;
