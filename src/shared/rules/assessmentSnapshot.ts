import { applicabilityFor } from "../catalog/applicability";
import type { ApplicabilityProfile, ComplianceLevel, Question, Requirement, RequirementStatus, Safeguard } from "../catalog/types";

/**
 * The three documented decisions 45 CFR 164.306(d)(3)(ii) allows for an addressable specification:
 * implement it; implement an equivalent alternative measure instead; or document why neither it nor
 * an alternative is reasonable and appropriate, and what the practice does instead.
 */
export const ADDRESSABLE_DECISIONS = ["implemented", "alternative", "not-reasonable"] as const;
export type AddressableDecisionKind = (typeof ADDRESSABLE_DECISIONS)[number];

export const ADDRESSABLE_DECISION_LABELS: Record<AddressableDecisionKind, string> = {
  implemented: "Implemented as the regulation describes it",
  alternative: "An equivalent alternative measure is in place",
  "not-reasonable": "Not reasonable and appropriate for the practice",
};

/** "A few words": the least a reason must have to mean something to an auditor later. */
export const MIN_REASON_WORDS = 3;

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

export function isExplained(text: string | null | undefined): boolean {
  return typeof text === "string" && wordCount(text) >= MIN_REASON_WORDS;
}

export interface AddressableDecision {
  kind: AddressableDecisionKind;
  /** The alternative measure, or what is done instead; optional for "implemented" (how it is done). */
  description: string;
  /** Why the specification is not reasonable and appropriate; used only by "not-reasonable". */
  rationale: string;
}

export interface AnswerState {
  /** The chosen option's value; null while only notes have been written. */
  value: string | null;
  /** Copied from an earlier year and not yet confirmed or changed by anyone. */
  carriedOver: boolean;
}

export interface RequirementState {
  /** The user's reason for marking the requirement not applicable; null when they did not. */
  notApplicableReason: string | null;
  decision: AddressableDecision | null;
  /** The N/A mark or the decision was copied from an earlier year and not yet confirmed. */
  carriedOver: boolean;
}

/** Everything the scoring and completeness rules need to know about one assessment. */
export interface AssessmentSnapshot {
  profile: ApplicabilityProfile;
  answers: Readonly<Record<string, AnswerState>>;
  requirementStates: Readonly<Record<string, RequirementState>>;
  reviewedSections: ReadonlyArray<Safeguard>;
}

export type AssessmentApplicability =
  | { applies: true }
  | { applies: false; source: "profile"; reason: string }
  | { applies: false; source: "user"; reason: string | null };

/**
 * The practice profile decides first (applicabilityFor); otherwise a user may mark a requirement not
 * applicable, with a reason. A user's mark without a reason still takes the requirement out of the
 * score, but completeness reports it, so the assessment cannot be finalized that way.
 */
export function applicabilityInAssessment(requirement: Requirement, snapshot: AssessmentSnapshot): AssessmentApplicability {
  const byProfile = applicabilityFor(requirement, snapshot.profile);
  if (!byProfile.applies) return { applies: false, source: "profile", reason: byProfile.reason };
  const state = snapshot.requirementStates[requirement.id];
  if (state && state.notApplicableReason !== null) return { applies: false, source: "user", reason: state.notApplicableReason };
  return { applies: true };
}

/**
 * A standard must be met in full (45 CFR 164.306(c)), and a standard without specifications is
 * itself required, so standards rank with required specifications.
 */
export function countsAsRequired(status: RequirementStatus): boolean {
  return status !== "addressable";
}

/** How the stored answer counts, or null when the question has no answer (or an option no longer offered). */
export function answerCompliance(question: Question, answer: AnswerState | undefined): ComplianceLevel | null {
  if (!answer || answer.value === null) return null;
  return question.options.find((option) => option.value === answer.value)?.compliance ?? null;
}

export function requirementName(requirement: Pick<Requirement, "specification" | "standard">): string {
  return requirement.specification ?? requirement.standard;
}

export function decisionIsDocumented(decision: AddressableDecision | null): boolean {
  if (!decision) return false;
  if (decision.kind === "alternative") return isExplained(decision.description);
  if (decision.kind === "not-reasonable") return isExplained(decision.rationale) && isExplained(decision.description);
  return true;
}
