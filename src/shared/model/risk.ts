import { z } from "zod";
import { findQuestion } from "../catalog";
import { ASSET_KINDS, EPHI_KINDS, type AssetKind, type EphiKind } from "../risk/assetKinds";
import { findAssetTemplate } from "../risk/dentalAssetTemplates";
import { RISK_LEVELS, type RiskLevel } from "../risk/riskMatrix";
import { RATINGS, type Rating, type ScaleLevel } from "../risk/riskScale";
import type { PairSuggestion } from "../risk/suggestedPairs";
import { findThreat, type ThreatGroup } from "../risk/threatCatalog";
import { TREATMENT_STATUSES, TREATMENTS, type Treatment, type TreatmentStatus } from "../risk/treatment";
import { isExplained, MIN_REASON_WORDS } from "../rules/assessmentSnapshot";
import { isCalendarDate } from "../rules/calendarDates";
import { actionItemOwnerSchema, type ActionItemOwner, type ActionItemPriority, type ActionItemStatus } from "./actionItem";
import type { PersonRef } from "./assessment";
import { recordIdSchema } from "./recordId";

/* ---------- Inputs: one schema per channel, checked in the main process ---------- */

export const riskYearSchema = z
  .number({ message: "Enter the year, for example 2026." })
  .int("Enter a whole year, for example 2026.")
  .min(2000, "Choose a year from 2000 to 2100.")
  .max(2100, "Choose a year from 2000 to 2100.");

const assetIdSchema = recordIdSchema("asset");
const pairIdSchema = recordIdSchema("risk");
const text = (label: string, max: number) => z.string().trim().max(max, `${label} can be at most ${max.toLocaleString("en-US")} characters.`);
const requiredText = (label: string, max: number) => text(label, max).min(1, `${label} is required.`);
const calendarDate = z.string().refine(isCalendarDate, "Use a real date like 2026-01-31.");

const ratingSchema = z.literal(RATINGS, { message: "Choose a rating from 1 to 5." });

export const byYearSchema = z.object({ year: riskYearSchema });

export const startRiskAnalysisSchema = z
  .object({
    year: riskYearSchema,
    /** An earlier year whose assets and risks are copied in, linked to the ones they came from. */
    copyFromYear: riskYearSchema.optional(),
  })
  .refine((input) => input.copyFromYear === undefined || input.copyFromYear < input.year, {
    message: "Copy from an earlier year.",
    path: ["copyFromYear"],
  });

/** OCR's first two elements in words: what the analysis covers and how the information was gathered. */
export const updateRiskAnalysisSchema = z.object({
  year: riskYearSchema,
  scope: text("The scope", 4_000),
  dataCollection: text("How the information was gathered", 4_000),
});

export const assetFlowInputSchema = z
  .object({
    toAssetId: assetIdSchema.nullable().default(null),
    /** Free text for now; the vendor register of a later version will link these. */
    vendorName: text("The vendor's name", 200).default(""),
    description: text("The description", 500).default(""),
  })
  .refine((flow) => (flow.toAssetId === null) !== (flow.vendorName === ""), {
    message: "Choose another asset or name a vendor, not both.",
    path: ["toAssetId"],
  });

export const assetInputSchema = z.object({
  name: requiredText("The name", 200),
  kind: z.enum(ASSET_KINDS, { message: "Choose what kind of thing this is." }),
  owner: text("The owner", 200).default(""),
  location: text("The location", 200).default(""),
  vendorName: text("The vendor's name", 200).default(""),
  ephiKinds: z
    .array(z.enum(EPHI_KINDS, { message: "That is not one of the kinds of patient information." }))
    .max(EPHI_KINDS.length)
    .default([])
    .transform((kinds) => [...new Set(kinds)]),
  approxRecordCount: z
    .number({ message: "Enter a number of patient records." })
    .int("Enter a whole number.")
    .min(0, "The number of records can't be negative.")
    .max(100_000_000, "That is more records than this app is built for.")
    .nullable()
    .default(null),
  notes: text("Notes", 4_000).default(""),
  flows: z.array(assetFlowInputSchema).max(50, "At most 50 data flows per asset.").default([]),
});
export type AssetInput = z.infer<typeof assetInputSchema>;

export const addAssetSchema = z.object({ year: riskYearSchema, asset: assetInputSchema });

export const addAssetsFromTemplatesSchema = z.object({
  year: riskYearSchema,
  templateIds: z
    .array(z.string().max(60).refine((id) => findAssetTemplate(id) !== undefined, "That is not one of the starter assets."))
    .min(1, "Choose at least one asset.")
    .max(60)
    .transform((ids) => [...new Set(ids)]),
});

export const updateAssetSchema = z.object({ id: assetIdSchema, asset: assetInputSchema });

export const retireAssetSchema = z.object({ id: assetIdSchema, reason: requiredText("The reason", 1_000) });

export const byAssetSchema = z.object({ assetId: assetIdSchema });

export const pairInputSchema = z
  .object({
    /** A threat from the catalog, or null with `customThreat` filled in. */
    threatId: z
      .string()
      .max(60)
      .refine((id) => findThreat(id) !== undefined, "That is not one of the listed threats.")
      .nullable()
      .default(null),
    customThreat: text("The threat", 200).default(""),
    vulnerability: requiredText("The weakness", 1_000),
    /** Current security measures in the user's words (OCR element "assess current security measures"). */
    controls: text("The current safeguards", 4_000).default(""),
    /** Assessment questions whose answers show the safeguards. */
    controlQuestionIds: z
      .array(z.string().max(40).refine((id) => findQuestion(id) !== undefined, "That is not a question of the assessment."))
      .max(40)
      .default([])
      .transform((ids) => [...new Set(ids)]),
    inherentLikelihood: ratingSchema.nullable().default(null),
    inherentImpact: ratingSchema.nullable().default(null),
    residualLikelihood: ratingSchema.nullable().default(null),
    residualImpact: ratingSchema.nullable().default(null),
    /** Why the ratings are what they are; required in spirit when residual is above inherent. */
    ratingNote: text("The note", 2_000).default(""),
    treatment: z.enum(TREATMENTS, { message: "Choose reduce, accept, transfer or avoid." }).nullable().default(null),
    treatmentNote: text("The note", 2_000).default(""),
  })
  .refine((pair) => (pair.threatId === null) !== (pair.customThreat === ""), {
    message: "Choose a threat from the list or describe your own, not both.",
    path: ["threatId"],
  });
export type PairInput = z.infer<typeof pairInputSchema>;

export const addPairsSchema = z.object({
  assetId: assetIdSchema,
  pairs: z.array(pairInputSchema).min(1, "Add at least one risk.").max(100, "Add at most 100 risks at once."),
});

export const updatePairSchema = z.object({ id: pairIdSchema, pair: pairInputSchema });

export const byPairSchema = z.object({ id: pairIdSchema });

export const APPROVAL_RATIONALE_MESSAGE = `Say in a few words (at least ${MIN_REASON_WORDS}) why the practice accepts this risk.`;

export const approveAcceptanceSchema = z.object({
  id: pairIdSchema,
  rationale: z.string({ message: APPROVAL_RATIONALE_MESSAGE }).trim().max(4_000, "The reason can be at most 4,000 characters.").refine(isExplained, APPROVAL_RATIONALE_MESSAGE),
});

export const addMitigationSchema = z.object({
  pairId: pairIdSchema,
  title: requiredText("The step", 300),
  owner: actionItemOwnerSchema.default(null),
  dueDate: calendarDate.nullable().default(null),
  notes: text("Notes", 10_000).default(""),
});

export const finalizeRiskAnalysisSchema = z.object({
  year: riskYearSchema,
  /** The next review falls this many months after finalizing; a year unless the practice chooses sooner. */
  reviewIntervalMonths: z.number().int("Enter a whole number of months.").min(1, "Review at least a month later.").max(12, "Review at least once a year.").default(12),
});

export const REVIEW_TRIGGER_KINDS = ["new-system", "move", "incident", "new-vendor", "other"] as const;
export type ReviewTriggerKind = (typeof REVIEW_TRIGGER_KINDS)[number];

export const REVIEW_TRIGGER_LABELS: Record<ReviewTriggerKind, string> = {
  "new-system": "A new system or software",
  move: "A move or a change to the office",
  incident: "A security incident",
  "new-vendor": "A new vendor",
  other: "Another change",
};

export const addReviewTriggerSchema = z.object({
  kind: z.enum(REVIEW_TRIGGER_KINDS, { message: "Choose what happened." }),
  note: requiredText("What happened", 2_000),
  occurredOn: calendarDate,
});

export const compareSchema = z
  .object({ year: riskYearSchema, previousYear: riskYearSchema.optional() })
  .refine((input) => input.previousYear === undefined || input.previousYear < input.year, { message: "Compare with an earlier year.", path: ["previousYear"] });

export const REGISTER_SORTS = ["residual-level", "inherent-level", "asset", "threat", "treatment-status"] as const;
export type RegisterSort = (typeof REGISTER_SORTS)[number];

export const registerFilterSchema = z.object({
  assetIds: z.array(assetIdSchema).max(500).optional(),
  threatIds: z.array(z.string().max(60)).max(100).optional(),
  /** Which rating the level filter looks at. */
  levelBasis: z.enum(["residual", "inherent"]).default("residual"),
  /** "unrated" matches pairs whose chosen rating is incomplete. */
  levels: z.array(z.enum([...RISK_LEVELS, "unrated"])).max(5).optional(),
  treatmentStatuses: z.array(z.enum(TREATMENT_STATUSES)).max(TREATMENT_STATUSES.length).optional(),
  /** Words to find in the asset, threat, weakness or safeguards. */
  text: text("The search", 200).optional(),
  includeRetiredAssets: z.boolean().default(false),
});
export type RegisterFilter = z.infer<typeof registerFilterSchema>;

export const registerQuerySchema = z.object({
  year: riskYearSchema,
  filter: registerFilterSchema.default({ levelBasis: "residual", includeRetiredAssets: false }),
  sort: z.enum(REGISTER_SORTS).default("residual-level"),
  direction: z.enum(["asc", "desc"]).default("desc"),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1_000).default(200),
});
export type RegisterQuery = z.infer<typeof registerQuerySchema>;

/* ---------- Outputs ---------- */

export type RiskAnalysisStatus = "in-progress" | "finalized";

export interface RatingView {
  likelihood: Rating | null;
  impact: Rating | null;
  /** From the risk matrix; null until both are rated. */
  level: RiskLevel | null;
}

export interface RiskAnalysisSummary {
  id: string;
  year: number;
  status: RiskAnalysisStatus;
  scope: string;
  dataCollection: string;
  startedBy: PersonRef;
  startedAt: string;
  carriedFrom: { id: string; year: number } | null;
  finalizedBy: PersonRef | null;
  finalizedAt: string | null;
  reviewIntervalMonths: number | null;
  /** "YYYY-MM-DD"; set when finalized. */
  nextReviewDate: string | null;
  counts: {
    /** Active assets. */
    assets: number;
    retiredAssets: number;
    /** Pairs on active assets. */
    pairs: number;
    /** Pairs on active assets whose residual rating is incomplete. */
    unrated: number;
    residual: Record<RiskLevel, number>;
  };
}

export interface AssetFlowView {
  id: string;
  toAssetId: string | null;
  toAssetName: string | null;
  vendorName: string;
  description: string;
}

export interface RiskAsset {
  id: string;
  analysisId: string;
  /** The starter asset it was made from, if any. */
  templateId: string | null;
  name: string;
  kind: AssetKind;
  owner: string;
  location: string;
  vendorName: string;
  ephiKinds: EphiKind[];
  approxRecordCount: number | null;
  notes: string;
  flows: AssetFlowView[];
  retired: { by: PersonRef; at: string; reason: string } | null;
  /** The same asset in the analysis this one was copied from. */
  predecessorId: string | null;
  pairCount: number;
}

/** A mitigation step: an action item of the shared remediation plan whose source is this risk. */
export interface RiskMitigation {
  id: string;
  /** The risk the step was made for: this pair or, for a step still carried, its predecessor last year. */
  pairId: string;
  title: string;
  /** From the risk's level when the step was planned: high or critical → high, medium → medium, low → low. */
  priority: ActionItemPriority;
  owner: ActionItemOwner | null;
  dueDate: string | null;
  status: ActionItemStatus;
  /** Due before today (in the practice's time zone) and not done. */
  overdue: boolean;
  completedAt: string | null;
  createdAt: string;
}

export interface RiskPairView {
  id: string;
  analysisId: string;
  assetId: string;
  assetName: string;
  assetRetired: boolean;
  threatId: string | null;
  customThreat: string;
  /** The catalog threat's name, or the custom threat's text. */
  threatName: string;
  threatGroup: ThreatGroup | null;
  vulnerability: string;
  controls: string;
  controlQuestionIds: string[];
  inherent: RatingView;
  residual: RatingView;
  ratingNote: string;
  /** Non-blocking notes on the ratings (see RESIDUAL_RULE). */
  warnings: string[];
  treatment: Treatment | null;
  treatmentNote: string;
  acceptance: { approvedBy: PersonRef; approvedAt: string; rationale: string } | null;
  treatmentStatus: TreatmentStatus;
  mitigations: RiskMitigation[];
  predecessorId: string | null;
  updatedBy: PersonRef;
  updatedAt: string;
}

export type ReadinessKind = "no-assets" | "unrated" | "unapproved-acceptance" | "mitigation-without-step" | "not-decided" | "rating-warning" | "asset-without-risks";

export interface ReadinessItem {
  kind: ReadinessKind;
  message: string;
  pairIds: string[];
  assetIds: string[];
}

export interface FinalizeReadiness {
  ready: boolean;
  /** What stops finalizing. */
  blockers: ReadinessItem[];
  /** Worth a look, but finalizing is allowed. */
  warnings: ReadinessItem[];
}

export interface RiskAnalysisDetail {
  analysis: RiskAnalysisSummary;
  /** True once finalized: every write to the analysis refuses (mitigation steps can still be added). */
  readOnly: boolean;
  assets: RiskAsset[];
  pairs: RiskPairView[];
  readiness: FinalizeReadiness;
}

export interface RiskAnalysisList {
  analyses: RiskAnalysisSummary[];
  reviewTasks: ReviewTask[];
}

export interface ReviewTriggerView {
  id: string;
  kind: ReviewTriggerKind;
  note: string;
  occurredOn: string;
  recordedBy: PersonRef;
  recordedAt: string;
}

export type ReviewTask =
  | { kind: "periodic-review"; title: string; dueDate: string; overdue: boolean; analysisYear: number }
  | { kind: "no-analysis"; title: string; dueDate: null; overdue: true; analysisYear: null }
  | { kind: "trigger"; title: string; dueDate: null; overdue: false; analysisYear: number | null; trigger: ReviewTriggerView };

export interface RiskScales {
  likelihood: readonly ScaleLevel[];
  impact: readonly ScaleLevel[];
  levels: { level: RiskLevel; label: string; description: string }[];
  /** matrix[likelihood - 1][impact - 1]. */
  matrix: RiskLevel[][];
  inherentMeaning: string;
  residualMeaning: string;
  residualRule: string;
  acceptanceRule: string;
  reviewRule: string;
}

export interface RegisterPage {
  rows: RiskPairView[];
  /** Rows matching the filter, before offset and limit. */
  total: number;
}

export type { HeatMap, HeatMapSide } from "../risk/heatMap";
export type { YearOverYear, LevelChange, RiskRef, AssetChange } from "../risk/yearOverYear";

/** A suggested pair for one asset, and whether the asset already has that threat and weakness. */
export type RiskPairSuggestion = PairSuggestion & { alreadyAdded: boolean };

/**
 * Where an action item of source "risk" came from, for the remediation plan to show beside it
 * (a variant for ActionItemSource in actionItem.ts; src/main/risk/riskSteps.ts `riskSourcesOf` reads it).
 */
export interface RiskActionItemSource {
  kind: "risk";
  pairId: string;
  analysisYear: number;
  assetName: string;
  threatName: string;
  vulnerability: string;
}
