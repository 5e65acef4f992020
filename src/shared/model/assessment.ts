import { z } from "zod";
import { CFR_PATTERN, SAFEGUARDS, type ComplianceLevel, type RequirementStatus, type Safeguard } from "../catalog/types";
import type { Completeness, SectionProgress } from "../rules/assessmentCompleteness";
import type { Gap, ScoreSummary } from "../rules/assessmentScoring";
import { ADDRESSABLE_DECISIONS, isExplained, MIN_REASON_WORDS, type AddressableDecisionKind } from "../rules/assessmentSnapshot";
import type { ActionItemStatus } from "./actionItem";
import { recordIdSchema } from "./recordId";

/* ---------- Inputs: one schema per channel, checked in the main process ---------- */

export const MIN_ASSESSMENT_YEAR = 2000;
export const MAX_ASSESSMENT_YEAR = 2100;

export const assessmentIdSchema = recordIdSchema("assessment");
export const questionIdSchema = z.string().max(40).regex(/^q-[0-9a-zA-Z]+-\d+$/, "That question reference is not valid.");
export const requirementIdSchema = z.string().max(40).regex(CFR_PATTERN, "That requirement reference is not valid.");
export const safeguardSchema = z.enum(SAFEGUARDS, { message: "Choose a section of the assessment." });

const yearSchema = z
  .number({ message: "Enter the year, for example 2026." })
  .int("Enter a whole year, for example 2026.")
  .min(MIN_ASSESSMENT_YEAR, `Choose a year from ${MIN_ASSESSMENT_YEAR} to ${MAX_ASSESSMENT_YEAR}.`)
  .max(MAX_ASSESSMENT_YEAR, `Choose a year from ${MIN_ASSESSMENT_YEAR} to ${MAX_ASSESSMENT_YEAR}.`);

const notesSchema = z.string().trim().max(10_000, "Notes can be at most 10,000 characters.");
const longText = (label: string) => z.string().trim().max(4_000, `${label} can be at most 4,000 characters.`);

/** A reason of at least a few words; an empty or one-word reason tells an auditor nothing. */
const explanation = (message: string) =>
  z.string({ message }).trim().max(4_000, "The explanation can be at most 4,000 characters.").refine(isExplained, message);

export const byAssessmentSchema = z.object({ assessmentId: assessmentIdSchema });

export const startAssessmentSchema = z.object({
  year: yearSchema,
  /** An earlier year's assessment whose answers are copied in, each marked "carried over, confirm". */
  carryFromAssessmentId: assessmentIdSchema.optional(),
});

/**
 * Saves one question at once. Leave `value` out to keep the answer (saving only the notes), send
 * null to clear it; leave `notes` out to keep the notes.
 */
export const answerSchema = z
  .object({
    assessmentId: assessmentIdSchema,
    questionId: questionIdSchema,
    value: z.string().max(60, "That is not one of the answers.").nullable().optional(),
    notes: notesSchema.optional(),
  })
  .refine((input) => input.value !== undefined || input.notes !== undefined, { message: "Choose an answer or write a note.", path: ["value"] });

export const confirmCarriedSchema = z
  .object({
    assessmentId: assessmentIdSchema,
    questionIds: z.array(questionIdSchema).max(500).default([]),
    requirementIds: z.array(requirementIdSchema).max(200).default([]),
  })
  .refine((input) => input.questionIds.length + input.requirementIds.length > 0, { message: "Choose what to confirm.", path: ["questionIds"] });

export const NOT_APPLICABLE_REASON_MESSAGE = `Say in a few words (at least ${MIN_REASON_WORDS}) why this does not apply to the practice.`;

export const setNotApplicableSchema = z.discriminatedUnion("notApplicable", [
  z.object({
    assessmentId: assessmentIdSchema,
    requirementId: requirementIdSchema,
    notApplicable: z.literal(true),
    reason: explanation(NOT_APPLICABLE_REASON_MESSAGE),
  }),
  z.object({ assessmentId: assessmentIdSchema, requirementId: requirementIdSchema, notApplicable: z.literal(false) }),
]);

export const ALTERNATIVE_MESSAGE = `Describe the equivalent measure the practice uses instead, in a few words (at least ${MIN_REASON_WORDS}).`;
export const RATIONALE_MESSAGE = `Say in a few words (at least ${MIN_REASON_WORDS}) why this is not reasonable and appropriate for the practice.`;
export const INSTEAD_MESSAGE = `Say in a few words (at least ${MIN_REASON_WORDS}) what the practice does instead.`;

/**
 * The documented decision 45 CFR 164.306(d)(3) asks for on an addressable specification. `decision`
 * null withdraws it. "implemented" may say how in `description`; "alternative" must describe the
 * measure in `description`; "not-reasonable" needs `rationale` (why) and `description` (what is done instead).
 */
export const decideAddressableSchema = z
  .object({
    assessmentId: assessmentIdSchema,
    requirementId: requirementIdSchema,
    decision: z.enum(ADDRESSABLE_DECISIONS, { message: "Choose one of the three decisions." }).nullable(),
    description: longText("The description").default(""),
    rationale: longText("The reason").default(""),
  })
  .superRefine((input, ctx) => {
    if (input.decision === "alternative" && !isExplained(input.description)) ctx.addIssue({ code: "custom", path: ["description"], message: ALTERNATIVE_MESSAGE });
    if (input.decision === "not-reasonable") {
      if (!isExplained(input.rationale)) ctx.addIssue({ code: "custom", path: ["rationale"], message: RATIONALE_MESSAGE });
      if (!isExplained(input.description)) ctx.addIssue({ code: "custom", path: ["description"], message: INSTEAD_MESSAGE });
    }
  });

export const reviewSectionSchema = z.object({
  assessmentId: assessmentIdSchema,
  safeguard: safeguardSchema,
  note: longText("The note").default(""),
});

/* ---------- Outputs ---------- */

export type AssessmentStatus = "in-progress" | "finalized";

/** A person as shown beside what they did: their full name, kept even after the account is removed. */
export interface PersonRef {
  id: string;
  name: string;
}

export interface AssessmentProgress {
  /** Questions under applicable requirements. */
  total: number;
  /** Answered, not counting carried-over answers still waiting for confirmation. */
  answered: number;
  awaitingConfirmation: number;
  /** answered / total, rounded down: 100 only when everything is answered. */
  percent: number;
}

export interface AssessmentSummary {
  id: string;
  year: number;
  status: AssessmentStatus;
  /** The catalog wording the answers were given against. */
  catalogVersion: string;
  startedBy: PersonRef;
  startedAt: string;
  carriedFrom: { id: string; year: number } | null;
  finalizedBy: PersonRef | null;
  finalizedAt: string | null;
  progress: AssessmentProgress;
  /** The overall compliance score so far (see AssessmentResults.scoringMethod); null until something is answered. */
  scorePercent: number | null;
}

export interface AnswerView {
  value: string;
  /** The option's label from the catalog, e.g. "Partly". */
  label: string;
  compliance: ComplianceLevel;
  /** Who chose this answer (or confirmed it this year) and when. */
  answeredBy: PersonRef;
  answeredAt: string;
}

export interface QuestionView {
  /** The catalog's question id; its text and options come from `findQuestion(id)` in src/shared/catalog. */
  id: string;
  answer: AnswerView | null;
  notes: string;
  /** True while the answer and notes are last year's, shown as "carried over, confirm". */
  carriedOver: boolean;
  /** The last person to change the answer or the notes, and when; null when nothing is saved. */
  lastChangedBy: PersonRef | null;
  lastChangedAt: string | null;
  evidenceCount: number;
}

export type RequirementApplicabilityView =
  | { applies: true }
  | { applies: false; source: "profile"; reason: string }
  | { applies: false; source: "user"; reason: string; markedBy: PersonRef; markedAt: string };

export interface DecisionView {
  kind: AddressableDecisionKind;
  description: string;
  rationale: string;
  decidedBy: PersonRef;
  decidedAt: string;
}

export interface RequirementView {
  id: string;
  cfr: string;
  standard: string;
  specification: string | null;
  status: RequirementStatus;
  applicability: RequirementApplicabilityView;
  /** Only addressable specifications take one. */
  decision: DecisionView | null;
  /** Applicable, addressable, and without a documented decision yet. */
  needsDecision: boolean;
  /** The not-applicable mark or decision is last year's, waiting for confirmation. */
  carriedOver: boolean;
  questions: QuestionView[];
}

export interface SectionReviewView {
  reviewedBy: PersonRef;
  reviewedAt: string;
  note: string;
}

export interface SectionView {
  safeguard: Safeguard;
  label: string;
  /** "164.308" and so on. */
  cfrSection: string;
  progress: SectionProgress;
  /** Null until someone signs the section off; a later change in the section withdraws the sign-off. */
  review: SectionReviewView | null;
  /** Items still missing in this section; a section can be signed off only at 0. */
  missing: number;
  requirements: RequirementView[];
}

export interface AssessmentDetail {
  assessment: AssessmentSummary;
  /** True once finalized: every write channel refuses. */
  readOnly: boolean;
  sections: SectionView[];
  completeness: Completeness;
}

export interface GapView extends Gap {
  /** The remediation item for this gap, if one was made (here or, still open, in an earlier year). */
  actionItem: { id: string; status: ActionItemStatus; assessmentYear: number | null } | null;
}

export interface SectionResult extends ScoreSummary {
  safeguard: Safeguard;
  label: string;
}

export interface AssessmentResults {
  assessment: AssessmentSummary;
  /** How the scores are worked out, in plain English, to show beside them. */
  scoringMethod: string;
  /** How the gap list is ordered, in plain English. */
  gapRanking: string;
  overall: ScoreSummary;
  sections: SectionResult[];
  gaps: GapView[];
  /** Questions under applicable requirements that nobody has answered yet (not in the score). */
  notAnsweredYet: number;
  completeness: Completeness;
}
