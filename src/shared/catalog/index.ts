import { administrativeSafeguardsPart1 } from "./administrativeSafeguardsPart1";
import { administrativeSafeguardsPart2 } from "./administrativeSafeguardsPart2";
import { administrativeSafeguardsPart3 } from "./administrativeSafeguardsPart3";
import { documentationRequirements } from "./documentationRequirements";
import { organizationalRequirements } from "./organizationalRequirements";
import { physicalSafeguards } from "./physicalSafeguards";
import { technicalSafeguards } from "./technicalSafeguards";
import type { AnswerOption, ApplicabilityRule, ComplianceLevel, Question, Requirement, RequirementStatus, Safeguard } from "./types";

export * from "./types";
export { applicabilityFor } from "./applicability";

/**
 * The catalog's version. Bump it whenever any requirement, question or option changes, so stored
 * answers can tell which wording they were given against. Question ids and option values stay stable
 * across versions; a changed meaning gets a new id or value.
 */
export const CATALOG_VERSION = "2026.1";

/** The text this catalog follows: the Security Rule in force, not the 2025 proposed rule. */
export const CATALOG_SOURCE =
  "45 CFR 164.308, 164.310, 164.312, 164.314 and 164.316 (68 FR 8376, Feb. 20, 2003, as amended by the Omnibus Rule at 78 FR 5694, Jan. 25, 2013, and 78 FR 34266, June 7, 2013); key activities from NIST SP 800-66 Rev. 2 (February 2024).";

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Every standard and implementation specification of 164.308–164.316, in regulation order. */
export const catalog: ReadonlyArray<Requirement> = deepFreeze([
  ...administrativeSafeguardsPart1,
  ...administrativeSafeguardsPart2,
  ...administrativeSafeguardsPart3,
  ...physicalSafeguards,
  ...technicalSafeguards,
  ...organizationalRequirements,
  ...documentationRequirements,
]);

const requirementsById = new Map(catalog.map((requirement) => [requirement.id, requirement]));
const questionsById = new Map(catalog.flatMap((requirement) => requirement.questions.map((question) => [question.id, question] as const)));

/** The requirement with this id (its citation, e.g. "164.308(a)(1)(ii)(A)"), if any. */
export function findRequirement(id: string): Requirement | undefined {
  return requirementsById.get(id);
}

/** The question with this id (e.g. "q-308a1iiA-1"), if any. */
export function findQuestion(id: string): Question | undefined {
  return questionsById.get(id);
}

export interface CatalogJsonOption {
  value: string;
  label: string;
  explanation: string;
  isMostEffective: boolean;
  compliance: ComplianceLevel;
}

export interface CatalogJsonQuestion {
  id: string;
  cfr: string;
  text: string;
  options: CatalogJsonOption[];
}

export interface CatalogJsonRequirement {
  id: string;
  cfr: string;
  safeguard: Safeguard;
  standard: string;
  standardCfr: string;
  specification: string | null;
  status: RequirementStatus;
  plainLanguage: string;
  smallPracticeExample: string;
  nistActivities: string[];
  applicability?: { appliesOnlyIf: ApplicabilityRule["appliesOnlyIf"]; reasonIfNot: string };
  regulatoryNote?: string;
  questions: CatalogJsonQuestion[];
}

const optionAsJson = (option: AnswerOption): CatalogJsonOption => ({
  value: option.value,
  label: option.label,
  explanation: option.explanation,
  isMostEffective: option.isMostEffective,
  compliance: option.compliance,
});

const questionAsJson = (question: Question): CatalogJsonQuestion => ({
  id: question.id,
  cfr: question.cfr,
  text: question.text,
  options: question.options.map(optionAsJson),
});

/** The catalog as fresh, plain, JSON-serialisable objects (what `cli catalog --format json` prints). */
export function catalogAsJson(): CatalogJsonRequirement[] {
  return catalog.map((requirement) => ({
    id: requirement.id,
    cfr: requirement.cfr,
    safeguard: requirement.safeguard,
    standard: requirement.standard,
    standardCfr: requirement.standardCfr,
    specification: requirement.specification,
    status: requirement.status,
    plainLanguage: requirement.plainLanguage,
    smallPracticeExample: requirement.smallPracticeExample,
    nistActivities: [...requirement.nistActivities],
    ...(requirement.applicability ? { applicability: { ...requirement.applicability } } : {}),
    ...(requirement.regulatoryNote ? { regulatoryNote: requirement.regulatoryNote } : {}),
    questions: requirement.questions.map(questionAsJson),
  }));
}
