import { z } from "zod";

/** The five sections of the Security Rule, in regulation order. */
export const SAFEGUARDS = ["administrative", "physical", "technical", "organizational", "documentation"] as const;
export type Safeguard = (typeof SAFEGUARDS)[number];

/** The CFR section each safeguard group lives in. */
export const SAFEGUARD_SECTIONS: Record<Safeguard, string> = {
  administrative: "164.308",
  physical: "164.310",
  technical: "164.312",
  organizational: "164.314",
  documentation: "164.316",
};

/** Section headings as the regulation titles them. */
export const SAFEGUARD_LABELS: Record<Safeguard, string> = {
  administrative: "Administrative safeguards",
  physical: "Physical safeguards",
  technical: "Technical safeguards",
  organizational: "Organizational requirements",
  documentation: "Policies and procedures and documentation requirements",
};

/**
 * "standard" marks a standard that has implementation specifications. A standard without
 * specifications is itself "required" (45 CFR 164.306(c)), and each specification is "required" or
 * "addressable" as the regulation labels it (45 CFR 164.306(d)(1)).
 */
export const REQUIREMENT_STATUSES = ["standard", "required", "addressable"] as const;
export type RequirementStatus = (typeof REQUIREMENT_STATUSES)[number];

/** How an answer counts when the assessment is scored. "unknown" is a gap to resolve, never a pass. */
export const COMPLIANCE_LEVELS = ["met", "partial", "not-met", "unknown"] as const;
export type ComplianceLevel = (typeof COMPLIANCE_LEVELS)[number];

/**
 * Every paragraph form that occurs in 164.308–164.316: "164.308(a)(1)(ii)(A)", "164.310(a)(2)(iv)",
 * "164.308(b)(3)", "164.312(c)(2)", "164.310(b)", "164.316(a)". The ranges are as tight as the
 * regulation allows, so a typo such as "(v)" or "(F)" fails.
 */
export const CFR_PATTERN = /^164\.3(08|10|12|14|16)\([a-e]\)(\([1-8]\))?(\((i|ii|iii|iv)\))?(\([A-E]\))?$/;

/** A stable value for an answer option or a question id part: lower-case words joined by hyphens. */
const OPTION_VALUE_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The value every question's "I don't know" option carries. */
export const UNKNOWN_VALUE = "unknown";

export interface AnswerOption {
  /** Stable, stored with the user's answer; never reuse a value with a new meaning. */
  readonly value: string;
  readonly label: string;
  /** One short sentence on what this answer means for compliance. */
  readonly explanation: string;
  /** Exactly one option per question is the most effective answer, as the HHS SRA Tool marks it. */
  readonly isMostEffective: boolean;
  readonly compliance: ComplianceLevel;
}

export interface Question {
  /** Stable id, "q-" + the compact citation + "-" + a number, e.g. "q-308a1iiA-1". */
  readonly id: string;
  /** The paragraph the question maps to; always the citation of the requirement that holds it. */
  readonly cfr: string;
  readonly text: string;
  readonly options: ReadonlyArray<AnswerOption>;
}

/** The facts about a practice that can make a requirement not applicable by itself. */
export interface ApplicabilityProfile {
  /** 45 CFR 164.314(b) applies only to a practice that sponsors a group health plan. */
  sponsorsGroupHealthPlan: boolean;
  /** 45 CFR 164.308(a)(4)(ii)(A) applies only to a practice that is part of a health care clearinghouse. */
  isPartOfClearinghouse: boolean;
}

export type Applicability = { applies: true } | { applies: false; reason: string };

/** A requirement that applies only when one profile fact is true. */
export interface ApplicabilityRule {
  readonly appliesOnlyIf: keyof ApplicabilityProfile;
  /** Plain English, shown to the user when the fact is false. */
  readonly reasonIfNot: string;
}

export interface Requirement {
  /** Stable id: the citation itself, since the regulation's paragraph numbering does not move. */
  readonly id: string;
  /** The paragraph, e.g. "164.308(a)(1)(ii)(A)"; for a standard, its own paragraph. */
  readonly cfr: string;
  readonly safeguard: Safeguard;
  /** The standard's name exactly as the regulation labels it. */
  readonly standard: string;
  /** The paragraph of the standard this entry belongs to; equal to `cfr` for a standard. */
  readonly standardCfr: string;
  /** The implementation specification's name exactly as labeled, or null for a standard. */
  readonly specification: string | null;
  readonly status: RequirementStatus;
  /** What it means, in plain English for an office manager. */
  readonly plainLanguage: string;
  /** How a small (dental) practice typically meets it. */
  readonly smallPracticeExample: string;
  /** Related key activities of NIST SP 800-66 Rev. 2 (February 2024). */
  readonly nistActivities: ReadonlyArray<string>;
  readonly questions: ReadonlyArray<Question>;
  /** Present only where the requirement can be not applicable by itself. */
  readonly applicability?: ApplicabilityRule;
  /** A quirk of the published text an auditor may ask about (a missing heading, a stale cross-reference). */
  readonly regulatoryNote?: string;
}

const cfrSchema = z.string().regex(CFR_PATTERN, "Not a paragraph of 45 CFR 164.308–164.316.");
const text = z.string().trim().min(1);

export const answerOptionSchema = z.object({
  value: z.string().regex(OPTION_VALUE_PATTERN),
  label: text,
  explanation: text,
  isMostEffective: z.boolean(),
  compliance: z.enum(COMPLIANCE_LEVELS),
});

export const questionSchema = z
  .object({
    id: z.string().regex(/^q-[0-9a-zA-Z]+-\d+$/),
    cfr: cfrSchema,
    text,
    options: z.array(answerOptionSchema).min(3),
  })
  .superRefine((question, ctx) => {
    const mostEffective = question.options.filter((option) => option.isMostEffective);
    if (mostEffective.length !== 1) {
      ctx.addIssue({ code: "custom", message: `${question.id}: needs exactly one most effective option.` });
    } else if (mostEffective[0]?.compliance !== "met") {
      ctx.addIssue({ code: "custom", message: `${question.id}: the most effective option must count as met.` });
    }
    const unknown = question.options.find((option) => option.value === UNKNOWN_VALUE);
    if (!unknown || unknown.compliance !== "unknown") {
      ctx.addIssue({ code: "custom", message: `${question.id}: needs an "unknown" option scored as unknown.` });
    }
    const values = question.options.map((option) => option.value);
    if (new Set(values).size !== values.length) {
      ctx.addIssue({ code: "custom", message: `${question.id}: option values must be unique.` });
    }
    if (!question.id.startsWith(`q-${compactCitation(question.cfr)}-`)) {
      ctx.addIssue({ code: "custom", message: `${question.id}: the id must name its paragraph ${question.cfr}.` });
    }
  });

export const applicabilityRuleSchema = z.object({
  appliesOnlyIf: z.enum(["sponsorsGroupHealthPlan", "isPartOfClearinghouse"] satisfies ReadonlyArray<keyof ApplicabilityProfile>),
  reasonIfNot: text,
});

export const requirementSchema = z
  .object({
    id: text,
    cfr: cfrSchema,
    safeguard: z.enum(SAFEGUARDS),
    standard: text,
    standardCfr: cfrSchema,
    specification: text.nullable(),
    status: z.enum(REQUIREMENT_STATUSES),
    plainLanguage: text,
    smallPracticeExample: text,
    nistActivities: z.array(text).min(1),
    questions: z.array(questionSchema),
    applicability: applicabilityRuleSchema.optional(),
    regulatoryNote: text.optional(),
  })
  .superRefine((requirement, ctx) => {
    const problem = (message: string) => ctx.addIssue({ code: "custom", message: `${requirement.cfr}: ${message}` });
    if (!requirement.cfr.startsWith(`${SAFEGUARD_SECTIONS[requirement.safeguard]}(`)) {
      problem(`is not in ${SAFEGUARD_SECTIONS[requirement.safeguard]} (${requirement.safeguard}).`);
    }
    if (requirement.specification === null) {
      if (requirement.status === "addressable") problem("a standard cannot be addressable.");
      if (requirement.standardCfr !== requirement.cfr) problem("a standard's standardCfr must be its own cfr.");
    } else {
      if (requirement.status === "standard") problem("a specification must be required or addressable.");
      if (requirement.standardCfr === requirement.cfr) problem("a specification must point at its standard.");
    }
    for (const question of requirement.questions) {
      if (question.cfr !== requirement.cfr) problem(`question ${question.id} maps to ${question.cfr}.`);
    }
  });

type Assert<T extends true> = T;
/** Compile-time proof that what the schema accepts fits the interface; the build fails if they drift. */
export type RequirementSchemaFitsInterface = Assert<z.infer<typeof requirementSchema> extends Requirement ? true : false>;

/** "164.308(a)(1)(ii)(A)" becomes "308a1iiA", the middle part of a question id. */
export function compactCitation(cfr: string): string {
  return cfr.replace(/^164\./, "").replace(/[()]/g, "");
}
