import type { BreachAssessmentInput } from "../../shared/model/incident";
import { BREACH_EXCEPTION_INFO, FACTOR_INFO, BREACH_FACTORS, type BreachOutcome } from "../../shared/rules/breachAssessment";
import { isExplained, MIN_REASON_WORDS } from "../../shared/rules/assessmentSnapshot";

/**
 * What the documented reasoning still lacks before an Administrator may sign the assessment off.
 * The Breach Notification Rule asks the practice to be able to show its reasoning (164.414(b),
 * 164.530(j)), so each answer that decides the outcome needs a few words of why.
 */
export function missingForSignOff(input: BreachAssessmentInput, outcome: BreachOutcome): string[] {
  if (outcome.kind === "incomplete") {
    const step = { exceptions: "Step 1, the exceptions", "safe-harbor": "Step 2, whether the information was secured", factors: "Step 3, the four factors" }[outcome.nextStep];
    return [`Answer ${step}.`];
  }
  const missing: string[] = [];
  const words = `(at least ${MIN_REASON_WORDS} words)`;
  if (input.exception !== null && input.exception !== "none" && !isExplained(input.exceptionNotes)) {
    missing.push(`Explain why the exception applies ${words}: ${BREACH_EXCEPTION_INFO[input.exception].cite}.`);
  }
  if (input.exception === "none" && input.safeHarbor === "secured" && !isExplained(input.safeHarborNotes)) {
    missing.push(`Say how the information was secured ${words}: for example which encryption, and that the key was not exposed.`);
  }
  if (outcome.kind === "breach" || outcome.basis === "low-probability") {
    for (const factor of BREACH_FACTORS) {
      if (!isExplained(input.factorNotes[factor])) missing.push(`Add notes on the factor “${FACTOR_INFO[factor].title}” ${words}: ${FACTOR_INFO[factor].cite}.`);
    }
  }
  if (!isExplained(input.summary)) missing.push(`Write the reasoning for the conclusion in a few sentences ${words}.`);
  return missing;
}
