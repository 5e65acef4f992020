import { z } from "zod";
import { ALTERNATIVE_MESSAGE, INSTEAD_MESSAGE, RATIONALE_MESSAGE } from "../../../../shared/model/assessment";
import { ADDRESSABLE_DECISIONS, isExplained, type AddressableDecisionKind } from "../../../../shared/rules/assessmentSnapshot";

/**
 * The addressable decision as the form holds it. The rules and messages are the main process's own
 * (decideAddressableSchema), except that here a decision must be chosen: withdrawing one is not offered.
 */
export const decisionFormSchema = z
  .object({
    decision: z.enum(ADDRESSABLE_DECISIONS, { message: "Choose one of the three decisions." }),
    description: z.string().trim().max(4_000, "The description can be at most 4,000 characters."),
    rationale: z.string().trim().max(4_000, "The reason can be at most 4,000 characters."),
  })
  .superRefine((input, ctx) => {
    if (input.decision === "alternative" && !isExplained(input.description)) ctx.addIssue({ code: "custom", path: ["description"], message: ALTERNATIVE_MESSAGE });
    if (input.decision === "not-reasonable") {
      if (!isExplained(input.rationale)) ctx.addIssue({ code: "custom", path: ["rationale"], message: RATIONALE_MESSAGE });
      if (!isExplained(input.description)) ctx.addIssue({ code: "custom", path: ["description"], message: INSTEAD_MESSAGE });
    }
  });

export type DecisionForm = z.output<typeof decisionFormSchema>;
export type DecisionFormInput = z.input<typeof decisionFormSchema>;

/** What each choice means, shown under it. */
export const DECISION_EXPLANATIONS: Record<AddressableDecisionKind, string> = {
  implemented: "The practice does what the specification describes. You may say how, in a few words.",
  alternative: "The practice uses a different measure that protects patient information just as well. Describe it.",
  "not-reasonable":
    "Neither the specification nor an alternative is reasonable and appropriate for a practice like yours. Say why, and what the practice does instead.",
};

/** The description box's label for each choice. */
export const DESCRIPTION_LABELS: Record<AddressableDecisionKind, string> = {
  implemented: "How is it done? (optional)",
  alternative: "Describe the equivalent alternative measure",
  "not-reasonable": "What does the practice do instead?",
};
