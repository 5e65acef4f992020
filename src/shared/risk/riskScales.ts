import type { RiskScales } from "../model/risk";
import { RESIDUAL_RULE } from "./residualRule";
import { REVIEW_RULE } from "./reviewSchedule";
import { RISK_LEVEL_DESCRIPTIONS, RISK_LEVEL_LABELS, RISK_LEVELS, RISK_MATRIX } from "./riskMatrix";
import { IMPACT_SCALE, LIKELIHOOD_SCALE, RATING_BASIS_DESCRIPTIONS } from "./riskScale";

export const ACCEPTANCE_RULE =
  "Accepting a high or critical risk (after your current safeguards) needs an Administrator's approval with a written reason. Until then it shows as waiting for approval, and the analysis can't be finalized.";

/** Everything the rating screens and the report print about the method, in one object. */
export function riskScales(): RiskScales {
  return {
    likelihood: LIKELIHOOD_SCALE.map((level) => ({ ...level })),
    impact: IMPACT_SCALE.map((level) => ({ ...level })),
    levels: RISK_LEVELS.map((level) => ({ level, label: RISK_LEVEL_LABELS[level], description: RISK_LEVEL_DESCRIPTIONS[level] })),
    matrix: RISK_MATRIX.map((row) => [...row]),
    inherentMeaning: RATING_BASIS_DESCRIPTIONS.inherent,
    residualMeaning: RATING_BASIS_DESCRIPTIONS.residual,
    residualRule: RESIDUAL_RULE,
    acceptanceRule: ACCEPTANCE_RULE,
    reviewRule: REVIEW_RULE,
  };
}
