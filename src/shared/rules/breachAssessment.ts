/**
 * The breach assessment of 45 CFR 164.402, in the order the definition reads: an impermissible use or
 * disclosure of protected health information is presumed to be a breach unless (1) one of the three
 * exceptions applies, (2) the information was secured (not "unsecured PHI"), or (3) a risk assessment
 * of at least the four factors shows a low probability that the information has been compromised.
 * The practice carries the burden of proof (164.414(b)), so an answer of "we don't know" counts
 * against a low probability.
 */

export const BREACH_EXCEPTIONS = ["none", "workforce-good-faith", "inadvertent-internal", "unable-to-retain"] as const;
export type BreachException = (typeof BREACH_EXCEPTIONS)[number];

export const BREACH_EXCEPTION_INFO: Record<BreachException, { cite: string; label: string; explanation: string }> = {
  "workforce-good-faith": {
    cite: "45 CFR 164.402(1)(i)",
    label: "A staff member came across it by mistake, in good faith, while doing their job",
    explanation:
      "Someone who works for the practice (or a business associate) accessed or used the information unintentionally, in good faith and within their job, and it went no further. Example: a hygienist opens the wrong patient's chart, realizes it and closes it.",
  },
  "inadvertent-internal": {
    cite: "45 CFR 164.402(1)(ii)",
    label: "It went by mistake to someone else who is allowed to see patient information here",
    explanation:
      "A person allowed to see patient information at the practice (or its business associate) passed it by mistake to another person allowed to see it at the same organization, and it went no further. Example: a lab report e-mailed to the wrong dentist in the same office.",
  },
  "unable-to-retain": {
    cite: "45 CFR 164.402(1)(iii)",
    label: "The person who received it could not reasonably have kept it",
    explanation:
      "The practice believes in good faith that the person could not have read or kept the information. Example: a nurse hands a patient the wrong discharge papers and takes them back at once, before the patient could read them.",
  },
  none: {
    cite: "45 CFR 164.402(1)",
    label: "None of these applies",
    explanation: "Go on to the next step: whether the information was secured.",
  },
};

export const SAFE_HARBOR_ANSWERS = ["secured", "unsecured"] as const;
export type SafeHarborAnswer = (typeof SAFE_HARBOR_ANSWERS)[number];

export const SAFE_HARBOR_INFO: Record<SafeHarborAnswer, { label: string; explanation: string }> = {
  secured: {
    label: "Yes: all of it was encrypted or destroyed to HHS's standard",
    explanation:
      "Encrypted following HHS's guidance (for example full-disk encryption such as BitLocker or FileVault on a lost laptop, or an encrypted e-mail service), and the password or key was not lost or exposed with it; or paper shredded so it cannot be put back together, or a drive wiped following NIST SP 800-88.",
  },
  unsecured: {
    label: "No, or not all of it, or we are not sure",
    explanation: "Then the information was unsecured PHI, and the four factors decide. Paper records, unencrypted files and e-mails, and encrypted devices whose password was written on them are all unsecured.",
  },
};

export const SAFE_HARBOR_CITE = "45 CFR 164.402 (definition of unsecured protected health information); HHS guidance of 74 FR 42740";

export type Finding = "lower" | "higher";

export interface FactorOption {
  id: string;
  label: string;
  finding: Finding;
}

export interface FactorQuestion {
  id: string;
  text: string;
  options: readonly FactorOption[];
}

export const BREACH_FACTORS = ["nature", "recipient", "acquired", "mitigation"] as const;
export type BreachFactor = (typeof BREACH_FACTORS)[number];

export interface FactorInfo {
  id: BreachFactor;
  cite: string;
  title: string;
  /** The factor in plain words. */
  explanation: string;
  questions: readonly FactorQuestion[];
}

const yesHigher = (yes: string, no: string): readonly FactorOption[] => [
  { id: "yes", label: yes, finding: "higher" },
  { id: "no", label: no, finding: "lower" },
  { id: "unknown", label: "We don't know", finding: "higher" },
];

const yesLower = (yes: string, no: string): readonly FactorOption[] => [
  { id: "yes", label: yes, finding: "lower" },
  { id: "no", label: no, finding: "higher" },
  { id: "unknown", label: "We don't know", finding: "higher" },
];

export const FACTOR_INFO: Record<BreachFactor, FactorInfo> = {
  nature: {
    id: "nature",
    cite: "45 CFR 164.402(2)(i)",
    title: "What information was involved",
    explanation: "The nature and extent of the information, including the kinds of identifiers and how likely it is that a patient could be identified from it.",
    questions: [
      {
        id: "nature-financial",
        text: "Did it include Social Security, driver's license, bank or card numbers, or other details someone could use for identity theft or fraud?",
        options: yesHigher("Yes", "No"),
      },
      {
        id: "nature-clinical",
        text: "Did it include sensitive health details: diagnoses, medications, mental health, substance use, or detailed treatment records?",
        options: yesHigher("Yes", "No, only limited details such as an appointment time"),
      },
      {
        id: "nature-identifiable",
        text: "Could patients be identified from it, by name or by putting details together (address, birth date, chart number with a name)?",
        options: yesHigher("Yes", "No"),
      },
    ],
  },
  recipient: {
    id: "recipient",
    cite: "45 CFR 164.402(2)(ii)",
    title: "Who received or used it",
    explanation: "The unauthorized person who used the information or to whom it was disclosed.",
    questions: [
      {
        id: "recipient-obligated",
        text: "Was it someone who must also protect health information under HIPAA, such as another dental or medical office, a health plan or a business associate?",
        options: yesLower("Yes", "No: a member of the public, a thief or someone unknown"),
      },
      {
        id: "recipient-intent",
        text: "Is there any sign that the person meant to misuse it: a theft, a break-in, a hacker, or someone with a grudge?",
        options: yesHigher("Yes", "No"),
      },
    ],
  },
  acquired: {
    id: "acquired",
    cite: "45 CFR 164.402(2)(iii)",
    title: "Whether it was actually seen or taken",
    explanation: "Whether the information was actually acquired or viewed, or only could have been.",
    questions: [
      {
        id: "acquired-viewed",
        text: "Was the information actually opened, viewed or copied?",
        options: [
          { id: "no", label: "No, and we can show it (a forensic review, or a letter returned unopened)", finding: "lower" },
          { id: "yes", label: "Yes", finding: "higher" },
          { id: "unknown", label: "We don't know", finding: "higher" },
        ],
      },
    ],
  },
  mitigation: {
    id: "mitigation",
    cite: "45 CFR 164.402(2)(iv)",
    title: "How far the risk was reduced",
    explanation: "The extent to which the risk to the information has been mitigated.",
    questions: [
      {
        id: "mitigation-assurance",
        text: "Was the information returned or destroyed, with a believable assurance (for example a signed statement) that it was not and will not be kept, used or shared?",
        options: yesLower("Yes", "No"),
      },
    ],
  },
};

export const FACTOR_QUESTIONS: readonly FactorQuestion[] = BREACH_FACTORS.flatMap((factor) => FACTOR_INFO[factor].questions);

export function findFactorOption(questionId: string, optionId: string): FactorOption | undefined {
  return FACTOR_QUESTIONS.find((question) => question.id === questionId)?.options.find((option) => option.id === optionId);
}

/** What the practice has answered so far; null (or missing) where not yet answered. */
export interface BreachAnswers {
  exception: BreachException | null;
  safeHarbor: SafeHarborAnswer | null;
  /** Question id → option id. */
  factorAnswers: Readonly<Record<string, string>>;
}

export type AssessmentStep = "exceptions" | "safe-harbor" | "factors";

export type BreachOutcome =
  | { kind: "incomplete"; nextStep: AssessmentStep }
  | { kind: "not-a-breach"; basis: "exception" | "secured" | "low-probability" }
  | { kind: "breach" };

/** A factor points to a low probability only if every one of its questions does. */
export function factorFinding(factor: BreachFactor, answers: Readonly<Record<string, string>>): Finding | null {
  const findings = FACTOR_INFO[factor].questions.map((question) => findFactorOption(question.id, answers[question.id] ?? "")?.finding ?? null);
  if (findings.includes(null)) return null;
  return findings.includes("higher") ? "higher" : "lower";
}

/**
 * The conclusion the answers lead to. A low probability of compromise needs all four factors to point
 * that way: any one that does not (or that is not known) leaves the presumption of a breach standing.
 */
export function breachOutcome(answers: BreachAnswers): BreachOutcome {
  if (answers.exception === null) return { kind: "incomplete", nextStep: "exceptions" };
  if (answers.exception !== "none") return { kind: "not-a-breach", basis: "exception" };
  if (answers.safeHarbor === null) return { kind: "incomplete", nextStep: "safe-harbor" };
  if (answers.safeHarbor === "secured") return { kind: "not-a-breach", basis: "secured" };
  const findings = BREACH_FACTORS.map((factor) => factorFinding(factor, answers.factorAnswers));
  if (findings.includes(null)) return { kind: "incomplete", nextStep: "factors" };
  return findings.every((finding) => finding === "lower") ? { kind: "not-a-breach", basis: "low-probability" } : { kind: "breach" };
}

export const OUTCOME_LABELS = {
  exception: "Not a breach: an exception of 45 CFR 164.402(1) applies",
  secured: "Not a breach: the information was secured, so it was not unsecured PHI (45 CFR 164.402)",
  "low-probability": "Not a breach: a low probability that the information has been compromised (45 CFR 164.402(2))",
  breach: "A breach of unsecured protected health information: notices are owed (45 CFR 164.404 to 164.410)",
} as const;

export function outcomeLabel(outcome: BreachOutcome): string {
  if (outcome.kind === "incomplete") return "Not decided yet";
  return outcome.kind === "breach" ? OUTCOME_LABELS.breach : OUTCOME_LABELS[outcome.basis];
}
