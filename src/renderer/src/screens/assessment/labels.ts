import type { RequirementStatus } from "../../../../shared/catalog/types";
import type { ActionItemPriority } from "../../../../shared/model/actionItem";
import type { AssessmentStatus } from "../../../../shared/model/assessment";
import type { GapLevel, GapSeverity } from "../../../../shared/rules/assessmentScoring";

/** Words the assessment screens show for the backend's codes. */

export const REQUIREMENT_STATUS_LABELS: Record<RequirementStatus, string> = {
  standard: "Standard (required)",
  required: "Required",
  addressable: "Addressable",
};

export const REQUIREMENT_STATUS_HINTS: Record<RequirementStatus, string> = {
  standard: "A standard must be met in full (45 CFR 164.306(c)); its specifications below say how.",
  required: "The practice must do this as the regulation describes it.",
  addressable:
    "Addressable does not mean optional: the practice puts it in place, uses an equivalent alternative, or writes down why neither is reasonable and appropriate (45 CFR 164.306(d)(3)).",
};

export const ASSESSMENT_STATUS_LABELS: Record<AssessmentStatus, string> = {
  "in-progress": "In progress",
  finalized: "Finalized",
};

export const SEVERITY_LABELS: Record<GapSeverity, string> = { high: "High", medium: "Medium", low: "Low" };

export const PRIORITY_LABELS: Record<ActionItemPriority, string> = { high: "High", medium: "Medium", low: "Low" };

export const GAP_LEVEL_LABELS: Record<GapLevel, string> = { "not-met": "Not in place", unknown: "Nobody knows", partial: "Partly in place" };

export const CARRIED_OVER_LABEL = "Carried over — confirm";

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "45 CFR 164.308(a)(1)(ii)(A)" */
export function cfrCitation(cfr: string): string {
  return `45 CFR ${cfr}`;
}
