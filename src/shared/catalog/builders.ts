import { UNKNOWN_VALUE, type AnswerOption, type Question, type Requirement } from "./types";

/**
 * Helpers for writing the catalog data files, so every question gets the same shape: its
 * paragraph filled in from the requirement, and "I don't know" as its last option.
 */

/** Every question ends with this option: not knowing is a gap to close, never a pass. */
export const UNKNOWN_OPTION: AnswerOption = {
  value: UNKNOWN_VALUE,
  label: "I don't know",
  explanation: "Counts as a gap to resolve: find out (ask your IT support or vendor if needed) and update this answer.",
  isMostEffective: false,
  compliance: "unknown",
};

/** The most effective answer, as the HHS SRA Tool marks it. Always counts as met. */
export function best(value: string, label: string, explanation: string): AnswerOption {
  return { value, label, explanation, isMostEffective: true, compliance: "met" };
}

export function met(value: string, label: string, explanation: string): AnswerOption {
  return { value, label, explanation, isMostEffective: false, compliance: "met" };
}

export function partial(value: string, label: string, explanation: string): AnswerOption {
  return { value, label, explanation, isMostEffective: false, compliance: "partial" };
}

export function notMet(value: string, label: string, explanation: string): AnswerOption {
  return { value, label, explanation, isMostEffective: false, compliance: "not-met" };
}

/**
 * For an addressable specification, 45 CFR 164.306(d)(3) allows not implementing it when the
 * practice documents why it is not reasonable and appropriate and adopts an equivalent measure if one
 * is. Scored as partial: the app cannot judge the reasoning, so it stays on the list for review.
 */
export function documentedAlternative(explanation: string): AnswerOption {
  return partial("documented-alternative", "No, but we wrote down why it doesn't fit us and what we do instead", explanation);
}

/** The given options in the order shown, then "I don't know". */
export function options(...choices: AnswerOption[]): AnswerOption[] {
  return [...choices, UNKNOWN_OPTION];
}

/** The common Yes / Partly / No / I don't know set, with explanations specific to the question. */
export function yesPartlyNo(explain: { yes: string; partly: string; no: string }, extra: AnswerOption[] = []): AnswerOption[] {
  return options(
    best("yes", "Yes", explain.yes),
    partial("partly", "Partly", explain.partly),
    notMet("no", "No", explain.no),
    ...extra,
  );
}

export interface RequirementInput extends Omit<Requirement, "id" | "questions"> {
  readonly questions: ReadonlyArray<Omit<Question, "cfr">>;
}

/** A catalog entry: the id is the citation, and each question maps to the entry's paragraph. */
export function requirement(input: RequirementInput): Requirement {
  const { questions, ...fields } = input;
  return {
    id: input.cfr,
    ...fields,
    questions: questions.map((question) => ({ id: question.id, cfr: input.cfr, text: question.text, options: question.options })),
  };
}
