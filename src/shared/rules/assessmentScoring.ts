import { catalog } from "../catalog";
import { SAFEGUARDS, type ComplianceLevel, type Requirement, type RequirementStatus, type Safeguard } from "../catalog/types";
import { answerCompliance, applicabilityInAssessment, countsAsRequired, requirementName, type AssessmentSnapshot } from "./assessmentSnapshot";

/**
 * Points per answer. "I don't know" earns nothing: a safeguard nobody can vouch for cannot be relied
 * on. "Partly" earns half, and so does the catalog's "No, but we wrote down why it doesn't fit us and
 * what we do instead" for an addressable specification, because the app cannot judge the reasoning.
 */
export const COMPLIANCE_POINTS: Record<ComplianceLevel, number> = { met: 1, partial: 0.5, "not-met": 0, unknown: 0 };

/**
 * The scoring method as the user reads it beside the results. The method:
 * - each answered question under an applicable requirement earns COMPLIANCE_POINTS;
 * - a score is points / answered questions, as a whole percentage; the overall score pools every
 *   answered question, so a section with more questions weighs more (it is not an average of sections);
 * - not-applicable requirements and unanswered questions are left out of the score; unanswered ones are
 *   counted separately, so a half-finished assessment does not look like a poor one;
 * - required and addressable count the same, because addressable does not mean optional
 *   (45 CFR 164.306(d)(3)): the practice must implement it or document an equivalent alternative.
 *   Required items come first in the gap list instead.
 * A carried-over answer counts until someone confirms or changes it; it is still last year's answer.
 * A documented addressable decision (implemented / alternative / not reasonable) does not move the
 * score: it is required for completeness, and the answers say how well the safeguard is in place.
 */
export const SCORING_METHOD =
  "Each answered question earns points: 1 for an answer that fully meets the requirement, ½ for \"Partly\" " +
  "(and for \"No, but we wrote down why it doesn't fit us and what we do instead\"), and 0 for \"No\" or " +
  "\"I don't know\". A section's score is its points divided by the number of its answered questions, shown as " +
  "a percentage. The overall score is worked out the same way over every answered question, so a section with " +
  "more questions counts for more. Requirements that do not apply to the practice are left out. Questions not " +
  "answered yet are left out of the score and counted separately as \"not answered yet\", so an unfinished " +
  "assessment does not look worse than it is. Answers carried over from last year count until someone confirms " +
  "or changes them. Required and addressable safeguards count the same: \"addressable\" does not mean optional; " +
  "the practice must put it in place or write down an equivalent alternative. Required items come first in the " +
  "list of gaps instead.";

export const GAP_RANKING_METHOD =
  "Gaps are listed most serious first. Required safeguards (and the standards themselves) come before " +
  "addressable ones. Within each, \"No\" comes first, then \"I don't know\", then \"Partly\". \"I don't know\" " +
  "is treated almost like \"No\": a safeguard nobody can confirm cannot be relied on. It comes after \"No\" only " +
  "because finding out may show it is already in place. Gaps of the same kind follow the order of the regulation.";

export interface ScoreSummary {
  /** 0–100, rounded to a whole number; null while no applicable question has an answer. */
  percent: number | null;
  points: number;
  /** Answered questions under applicable requirements: met + partial + notMet + unknown. */
  answered: number;
  met: number;
  partial: number;
  notMet: number;
  unknown: number;
  /** Questions under applicable requirements without an answer yet; not part of the score. */
  notAnsweredYet: number;
  /** Questions under requirements that do not apply; left out entirely. */
  notApplicable: number;
}

export interface SectionScore extends ScoreSummary {
  safeguard: Safeguard;
}

export interface AssessmentScores {
  overall: ScoreSummary;
  /** One per safeguard category, in regulation order. */
  sections: SectionScore[];
}

function emptySummary(): ScoreSummary {
  return { percent: null, points: 0, answered: 0, met: 0, partial: 0, notMet: 0, unknown: 0, notAnsweredYet: 0, notApplicable: 0 };
}

const LEVEL_COUNTER: Record<ComplianceLevel, "met" | "partial" | "notMet" | "unknown"> = {
  met: "met",
  partial: "partial",
  "not-met": "notMet",
  unknown: "unknown",
};

function tally(summary: ScoreSummary, level: ComplianceLevel | null | "not-applicable"): void {
  if (level === "not-applicable") summary.notApplicable += 1;
  else if (level === null) summary.notAnsweredYet += 1;
  else {
    summary[LEVEL_COUNTER[level]] += 1;
    summary.answered += 1;
    summary.points += COMPLIANCE_POINTS[level];
  }
}

function finish(summary: ScoreSummary): ScoreSummary {
  return { ...summary, percent: summary.answered === 0 ? null : Math.round((summary.points / summary.answered) * 100) };
}

/** Scores per safeguard category and overall, as SCORING_METHOD describes. */
export function scoreAssessment(snapshot: AssessmentSnapshot, requirements: ReadonlyArray<Requirement> = catalog): AssessmentScores {
  const overall = emptySummary();
  const sections = new Map<Safeguard, ScoreSummary>(SAFEGUARDS.map((safeguard) => [safeguard, emptySummary()]));
  for (const requirement of requirements) {
    const applies = applicabilityInAssessment(requirement, snapshot).applies;
    const section = sections.get(requirement.safeguard);
    for (const question of requirement.questions) {
      const level = applies ? answerCompliance(question, snapshot.answers[question.id]) : "not-applicable";
      tally(overall, level);
      if (section) tally(section, level);
    }
  }
  return {
    overall: finish(overall),
    sections: SAFEGUARDS.map((safeguard) => ({ safeguard, ...finish(sections.get(safeguard) ?? emptySummary()) })),
  };
}

export type GapLevel = Exclude<ComplianceLevel, "met">;
export type GapSeverity = "high" | "medium" | "low";

export interface Gap {
  /** 1 for the most serious gap. */
  rank: number;
  /** 1–6: required no, required don't know, required partly, addressable no, don't know, partly. */
  tier: number;
  severity: GapSeverity;
  questionId: string;
  requirementId: string;
  cfr: string;
  /** The specification's name, or the standard's where the question belongs to a standard. */
  name: string;
  standard: string;
  safeguard: Safeguard;
  requirementStatus: RequirementStatus;
  level: GapLevel;
  answerValue: string;
  /** One plain sentence, e.g. "A required safeguard that is not in place." */
  summary: string;
}

const LEVEL_ORDER: Record<GapLevel, number> = { "not-met": 0, unknown: 1, partial: 2 };

/** Tier 1–2 are high, 3–5 medium, 6 (an addressable safeguard partly in place) low. */
function severityOf(tier: number): GapSeverity {
  if (tier <= 2) return "high";
  return tier <= 5 ? "medium" : "low";
}

const LEVEL_PHRASES: Record<GapLevel, string> = {
  "not-met": "that is not in place",
  unknown: "that nobody could confirm is in place",
  partial: "that is only partly in place",
};

function gapSummary(required: boolean, level: GapLevel): string {
  return `${required ? "A required" : "An addressable"} safeguard ${LEVEL_PHRASES[level]}.`;
}

/**
 * Every answered question under an applicable requirement that is not fully met, ranked as
 * GAP_RANKING_METHOD describes: by tier, then in regulation order (the catalog's order).
 */
export function rankGaps(snapshot: AssessmentSnapshot, requirements: ReadonlyArray<Requirement> = catalog): Gap[] {
  const found: Omit<Gap, "rank">[] = [];
  for (const requirement of requirements) {
    if (!applicabilityInAssessment(requirement, snapshot).applies) continue;
    const required = countsAsRequired(requirement.status);
    for (const question of requirement.questions) {
      const level = answerCompliance(question, snapshot.answers[question.id]);
      if (level === null || level === "met") continue;
      const tier = (required ? 1 : 4) + LEVEL_ORDER[level];
      found.push({
        tier,
        severity: severityOf(tier),
        questionId: question.id,
        requirementId: requirement.id,
        cfr: requirement.cfr,
        name: requirementName(requirement),
        standard: requirement.standard,
        safeguard: requirement.safeguard,
        requirementStatus: requirement.status,
        level,
        answerValue: snapshot.answers[question.id]?.value ?? "",
        summary: gapSummary(required, level),
      });
    }
  }
  // Array.prototype.sort is stable, so equal tiers keep the regulation order they were found in.
  return found.sort((a, b) => a.tier - b.tier).map((gap, index) => ({ rank: index + 1, ...gap }));
}
