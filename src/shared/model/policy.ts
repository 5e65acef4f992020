import { z } from "zod";
import type { PersonRef } from "./assessment";
import { recordIdSchema } from "./recordId";

/* ---------- Inputs: one schema per channel, checked in the main process ---------- */

const policyIdSchema = recordIdSchema("policy");
const versionIdSchema = recordIdSchema("policy version");

export const POLICY_TITLE_MAX = 200;
export const POLICY_BODY_MAX = 100_000;
export const CHANGE_SUMMARY_MAX = 1_000;

export const byPolicySchema = z.object({ policyId: policyIdSchema });

export const policyTextSchema = z.object({
  title: z.string().trim().min(1, "The title is required.").max(POLICY_TITLE_MAX, `The title can be at most ${POLICY_TITLE_MAX} characters.`),
  body: z
    .string()
    .max(POLICY_BODY_MAX, `The policy text can be at most ${POLICY_BODY_MAX.toLocaleString("en-US")} characters.`)
    .refine((body) => body.trim().length > 0, "The policy text can't be empty."),
  changeSummary: z
    .string()
    .trim()
    .min(1, "Say in a few words what you changed and why.")
    .max(CHANGE_SUMMARY_MAX, `The summary can be at most ${CHANGE_SUMMARY_MAX.toLocaleString("en-US")} characters.`),
});

/** Saving an edit: always a new draft version, based on the version the editor started from. */
export const editPolicySchema = policyTextSchema.extend({ policyId: policyIdSchema, baseVersionId: versionIdSchema });

/** A new draft from the template, with today's profile and assessment answers. */
export const redraftPolicySchema = z.object({ policyId: policyIdSchema, baseVersionId: versionIdSchema });

export const approvePolicySchema = z.object({ versionId: versionIdSchema });

export const reviewPolicySchema = z.object({
  policyId: policyIdSchema,
  note: z.string().trim().max(2_000, "The note can be at most 2,000 characters.").default(""),
});

export const acknowledgePolicySchema = z.object({
  versionId: versionIdSchema,
  typedName: z.string().trim().min(1, "Type your full name.").max(200, "A name can be at most 200 characters."),
});

/* ---------- Views ---------- */

/** A version's standing: waiting for approval, in effect, replaced by a later approved version, or a draft replaced before approval. */
export const POLICY_VERSION_STATUSES = ["draft", "in-effect", "superseded", "withdrawn"] as const;
export type PolicyVersionStatus = (typeof POLICY_VERSION_STATUSES)[number];

export const POLICY_VERSION_STATUS_LABELS: Record<PolicyVersionStatus, string> = {
  draft: "Draft, waiting for approval",
  "in-effect": "In effect",
  superseded: "Superseded",
  withdrawn: "Replaced draft, never approved",
};

/** A policy's standing in the list. */
export type PolicyStatus = "draft" | "in-effect" | "review-due";

export const POLICY_STATUS_LABELS: Record<PolicyStatus, string> = {
  draft: "Draft",
  "in-effect": "In effect",
  "review-due": "Review due",
};

export interface PolicySummary {
  id: string;
  templateId: string | null;
  title: string;
  summary: string;
  cfr: string[];
  status: PolicyStatus;
  /** A draft is waiting for approval (on its own, or on top of the version in effect). */
  hasDraft: boolean;
  latestVersion: { id: string; number: number; status: PolicyVersionStatus };
  inEffect: { versionId: string; number: number; effectiveFrom: string; nextReviewDate: string; acknowledgments: number } | null;
}

export interface PolicyList {
  policies: PolicySummary[];
  /** Templates not yet generated into policies (all of them before the first generation). */
  missingTemplates: { id: string; title: string }[];
  /** The practice's today, YYYY-MM-DD. */
  today: string;
}

export interface PolicyVersionView {
  id: string;
  number: number;
  status: PolicyVersionStatus;
  title: string;
  cfr: string[];
  body: string;
  source: "template" | "edit";
  changeSummary: string;
  /** What changed from the version before it, worked out when it was saved. */
  diffSummary: string;
  /** For the editor only, never part of the policy: defaults used where the assessment had no answer. */
  editorNotes: string[];
  createdBy: PersonRef;
  createdAt: string;
  createdOn: string;
  approvedBy: PersonRef | null;
  approvedAt: string | null;
  effectiveFrom: string | null;
  /** The last day it was in effect, for a superseded version. */
  effectiveUntil: string | null;
  nextReviewDate: string | null;
  /**
   * The last day it must be kept (45 CFR 164.316(b)(2)(i)): six years after the later of its creation
   * and the last day it was in effect. Null while in effect; for a draft, at least this long.
   */
  retainUntil: string | null;
}

export interface PolicyReviewView {
  id: string;
  versionNumber: number;
  reviewedBy: PersonRef;
  reviewedAt: string;
  note: string;
  nextReviewDate: string;
}

export interface PolicyAcknowledgmentView {
  id: string;
  versionNumber: number;
  name: string;
  personKind: "user" | "workforce";
  statement: string;
  acknowledgedAt: string;
  recordedBy: PersonRef;
}

export interface PolicyDetail {
  policy: PolicySummary;
  /** Every version, newest first; none is ever removed. */
  versions: PolicyVersionView[];
  inEffect: PolicyVersionView | null;
  draft: PolicyVersionView | null;
  reviews: PolicyReviewView[];
  acknowledgments: PolicyAcknowledgmentView[];
  /** The latest version: the one an edit starts from. */
  latestVersionId: string;
  practiceName: string;
  today: string;
  reviewDue: boolean;
}

/** A policy in effect whose annual review date has come, for the task list. */
export interface PolicyReviewDue {
  policyId: string;
  title: string;
  versionNumber: number;
  nextReviewDate: string;
}
