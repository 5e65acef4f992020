import { z } from "zod";
import { pairInputSchema } from "../../../../shared/model/risk";
import { findThreat } from "../../../../shared/risk/threatCatalog";
import { forSchema } from "./forSchema";

/** "custom" in the threat box: a threat not in the catalog, described in words. */
export const CUSTOM_THREAT = "custom";
/** "own" in the weakness box: a weakness described in words. */
export const OWN_WEAKNESS = "own";

/**
 * A risk of the user's own: a threat from the catalog (or described) and one of its typical weaknesses
 * (or described). It starts unrated, with the catalog's assessment questions as its safeguard links.
 */
export const ownRiskFormSchema = z
  .object({ threatId: z.string(), customThreat: z.string(), weaknessId: z.string(), ownWeakness: z.string() })
  .superRefine((form, context) => {
    if (form.threatId === "") context.addIssue({ code: "custom", path: ["threatId"], message: "Choose a threat, or \"Something not in the list\"." });
    if (form.threatId === CUSTOM_THREAT && form.customThreat.trim() === "") context.addIssue({ code: "custom", path: ["customThreat"], message: "Describe the threat." });
    if (form.weaknessId === "" && form.threatId !== CUSTOM_THREAT) context.addIssue({ code: "custom", path: ["weaknessId"], message: "Choose a weakness, or describe your own." });
    const describing = form.threatId === CUSTOM_THREAT || form.weaknessId === OWN_WEAKNESS;
    if (describing && form.ownWeakness.trim() === "") context.addIssue({ code: "custom", path: ["ownWeakness"], message: "Describe the weakness." });
    if (describing && form.ownWeakness.trim().length > 1_000) context.addIssue({ code: "custom", path: ["ownWeakness"], message: "The weakness can be at most 1,000 characters." });
    if (form.customThreat.trim().length > 200) context.addIssue({ code: "custom", path: ["customThreat"], message: "The threat can be at most 200 characters." });
  })
  .transform((form) => {
    const threat = form.threatId === CUSTOM_THREAT ? undefined : findThreat(form.threatId);
    const typical = threat?.vulnerabilities.find((vulnerability) => vulnerability.id === form.weaknessId);
    return forSchema(pairInputSchema, {
      threatId: threat ? threat.id : null,
      customThreat: threat ? "" : form.customThreat,
      vulnerability: typical ? typical.text : form.ownWeakness,
      controlQuestionIds: threat ? [...threat.relatedQuestionIds] : [],
    });
  })
  .pipe(pairInputSchema);

export type OwnRiskFormInput = z.input<typeof ownRiskFormSchema>;
export type OwnRiskFormOutput = z.output<typeof ownRiskFormSchema>;

export const EMPTY_OWN_RISK: OwnRiskFormInput = { threatId: "", customThreat: "", weaknessId: "", ownWeakness: "" };
