import { z } from "zod";
import { pairInputSchema, type RiskPairView } from "../../../../shared/model/risk";
import type { Rating } from "../../../../shared/risk/riskScale";
import { forSchema } from "./forSchema";

/**
 * The rating form as typed. Radio groups answer a string, or null while nothing is chosen; the pair's
 * threat itself is not edited here (a catalog threat stays; a described one can be reworded).
 */
const choice = z.string().nullable();

const pairFormObject = z.object({
  customThreat: z.string(),
  vulnerability: z.string(),
  controls: z.string(),
  controlQuestionIds: z.array(z.string()),
  inherentLikelihood: choice,
  inherentImpact: choice,
  residualLikelihood: choice,
  residualImpact: choice,
  ratingNote: z.string(),
  treatment: choice,
  treatmentNote: z.string(),
});

export type PairFormInput = z.input<typeof pairFormObject>;

export function toRating(value: string | null | undefined): Rating | null {
  return value === null || value === undefined || value === "" ? null : (Number(value) as Rating);
}

export function pairFormSchema(threatId: string | null) {
  return pairFormObject
    .superRefine((form, context) => {
      // A described threat can be reworded but not emptied; said on its box rather than on the hidden threat list.
      if (threatId === null && form.customThreat.trim() === "") context.addIssue({ code: "custom", path: ["customThreat"], message: "Describe the threat." });
    })
    .transform((form) =>
      forSchema(pairInputSchema, {
        threatId,
        customThreat: threatId === null ? form.customThreat : "",
        vulnerability: form.vulnerability,
        controls: form.controls,
        controlQuestionIds: Array.isArray(form.controlQuestionIds) ? form.controlQuestionIds : [],
        inherentLikelihood: toRating(form.inherentLikelihood),
        inherentImpact: toRating(form.inherentImpact),
        residualLikelihood: toRating(form.residualLikelihood),
        residualImpact: toRating(form.residualImpact),
        ratingNote: form.ratingNote,
        treatment: form.treatment === "" ? null : form.treatment,
        treatmentNote: form.treatmentNote,
      }),
    )
    .pipe(pairInputSchema);
}

export type PairFormOutput = z.output<ReturnType<typeof pairFormSchema>>;

export const PAIR_FORM_FIELDS = [
  "customThreat",
  "vulnerability",
  "controls",
  "controlQuestionIds",
  "inherentLikelihood",
  "inherentImpact",
  "residualLikelihood",
  "residualImpact",
  "ratingNote",
  "treatment",
  "treatmentNote",
];

const text = (rating: number | null) => (rating === null ? null : String(rating));

export function pairFormValues(pair: RiskPairView): PairFormInput {
  return {
    customThreat: pair.customThreat,
    vulnerability: pair.vulnerability,
    controls: pair.controls,
    controlQuestionIds: [...pair.controlQuestionIds],
    inherentLikelihood: text(pair.inherent.likelihood),
    inherentImpact: text(pair.inherent.impact),
    residualLikelihood: text(pair.residual.likelihood),
    residualImpact: text(pair.residual.impact),
    ratingNote: pair.ratingNote,
    treatment: pair.treatment,
    treatmentNote: pair.treatmentNote,
  };
}
