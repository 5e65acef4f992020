import type { StepId } from "./riskRoute";

/** The steps of one analysis, in the order of OCR's risk analysis guidance, with what each covers. */
export interface StepInfo {
  id: StepId;
  label: string;
  /** The guidance's elements the step covers, for the step list. */
  elements: string;
}

export const STEPS: readonly StepInfo[] = [
  { id: "inventory", label: "Scope and inventory", elements: "Elements 1–2: scope and data collection" },
  { id: "risks", label: "Threats and ratings", elements: "Elements 3–7: threats, safeguards, likelihood, impact, level" },
  { id: "register", label: "Heat map and register", elements: "The risks at a glance, and the management plan" },
  { id: "review", label: "Periodic review", elements: "Element 9: periodic review and updates" },
  { id: "finalize", label: "Finalize", elements: "Element 8: finalize the documentation" },
  { id: "changes", label: "Changes since last year", elements: "Year over year" },
];

export function stepLabel(id: StepId): string {
  return STEPS.find((step) => step.id === id)?.label ?? id;
}
