import type { QuestionnaireInput } from "../model/vendor";

/**
 * What a vendor's due-diligence answers say the practice should follow up on. These are questions
 * to ask, not findings of a violation: the BAA makes the vendor responsible for its safeguards, and
 * the practice's risk analysis (164.308(a)(1)(ii)(A)) is where it weighs what the answers mean.
 */

/** The outer limit for a business associate to report a breach of unsecured PHI, 45 CFR 164.410(b). */
export const MAX_BREACH_NOTICE_DAYS = 60;

export interface DiligenceConcern {
  topic: "encryption-at-rest" | "encryption-in-transit" | "breach-notice" | "subcontractors";
  message: string;
  citation: string;
}

export function diligenceConcerns(answers: QuestionnaireInput): DiligenceConcern[] {
  const concerns: DiligenceConcern[] = [];
  if (answers.encryptionAtRest !== "yes") {
    concerns.push({
      topic: "encryption-at-rest",
      message:
        answers.encryptionAtRest === "no"
          ? "The vendor does not encrypt the patient information it stores. Ask when it will: a stolen unencrypted disk is a reportable breach, an encrypted one usually is not."
          : "Ask whether the vendor encrypts the patient information it stores.",
      citation: "45 CFR 164.312(a)(2)(iv), 164.402",
    });
  }
  if (answers.encryptionInTransit !== "yes") {
    concerns.push({
      topic: "encryption-in-transit",
      message:
        answers.encryptionInTransit === "no"
          ? "The vendor sends patient information without encryption. Ask for an encrypted way to exchange it."
          : "Ask whether the vendor encrypts patient information when it is sent over a network.",
      citation: "45 CFR 164.312(e)(2)(ii)",
    });
  }
  if (answers.breachNoticeDays !== null && answers.breachNoticeDays > MAX_BREACH_NOTICE_DAYS) {
    concerns.push({
      topic: "breach-notice",
      message: `The vendor's terms allow ${answers.breachNoticeDays} days to report a breach; the rule allows at most ${MAX_BREACH_NOTICE_DAYS} days after it is discovered. The BAA must say ${MAX_BREACH_NOTICE_DAYS} days or fewer.`,
      citation: "45 CFR 164.410(b)",
    });
  }
  if (answers.usesSubcontractors !== "no" && (answers.subcontractorBaas === "no" || answers.subcontractorBaas === "unknown")) {
    concerns.push({
      topic: "subcontractors",
      message:
        answers.subcontractorBaas === "no"
          ? "Some of the vendor's subcontractors have no BAA with the vendor. Each subcontractor that handles patient information must agree to the same restrictions."
          : "Ask whether each of the vendor's subcontractors that handles patient information has signed a BAA with the vendor.",
      citation: "45 CFR 164.502(e)(1)(ii), 164.308(b)(2)",
    });
  }
  return concerns;
}
