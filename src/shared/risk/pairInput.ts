import type { PairInput, RiskPairView } from "../model/risk";

/** A risk as `risk.pairs.update` takes it, with some fields changed: everything else stays as recorded. */
export function pairInputOf(pair: RiskPairView, changes: Partial<PairInput> = {}): PairInput {
  return {
    threatId: pair.threatId,
    customThreat: pair.customThreat,
    vulnerability: pair.vulnerability,
    controls: pair.controls,
    controlQuestionIds: pair.controlQuestionIds,
    inherentLikelihood: pair.inherent.likelihood,
    inherentImpact: pair.inherent.impact,
    residualLikelihood: pair.residual.likelihood,
    residualImpact: pair.residual.impact,
    ratingNote: pair.ratingNote,
    treatment: pair.treatment,
    treatmentNote: pair.treatmentNote,
    ...changes,
  };
}
