import { describe, expect, it } from "vitest";
import {
  applicabilityFor,
  catalog,
  catalogAsJson,
  CATALOG_VERSION,
  findQuestion,
  findRequirement,
  requirementSchema,
  type ApplicabilityProfile,
  type Requirement,
  type RequirementStatus,
} from "../../src/shared/catalog";

/**
 * Every standard and implementation specification of 45 CFR 164.308–164.316 as published in the eCFR
 * (the Security Rule as amended in 2013), transcribed independently of the catalog data and in
 * regulation order. Names and Required/Addressable match the regulation text; Appendix A to
 * Subpart C agrees except that it omits "(A)" after Workforce clearance procedure.
 */
const REGULATION: ReadonlyArray<[cfr: string, name: string, status: RequirementStatus]> = [
  ["164.308(a)(1)(i)", "Security management process", "standard"],
  ["164.308(a)(1)(ii)(A)", "Risk analysis", "required"],
  ["164.308(a)(1)(ii)(B)", "Risk management", "required"],
  ["164.308(a)(1)(ii)(C)", "Sanction policy", "required"],
  ["164.308(a)(1)(ii)(D)", "Information system activity review", "required"],
  ["164.308(a)(2)", "Assigned security responsibility", "required"],
  ["164.308(a)(3)(i)", "Workforce security", "standard"],
  ["164.308(a)(3)(ii)(A)", "Authorization and/or supervision", "addressable"],
  ["164.308(a)(3)(ii)(B)", "Workforce clearance procedure", "addressable"],
  ["164.308(a)(3)(ii)(C)", "Termination procedures", "addressable"],
  ["164.308(a)(4)(i)", "Information access management", "standard"],
  ["164.308(a)(4)(ii)(A)", "Isolating health care clearinghouse functions", "required"],
  ["164.308(a)(4)(ii)(B)", "Access authorization", "addressable"],
  ["164.308(a)(4)(ii)(C)", "Access establishment and modification", "addressable"],
  ["164.308(a)(5)(i)", "Security awareness and training", "standard"],
  ["164.308(a)(5)(ii)(A)", "Security reminders", "addressable"],
  ["164.308(a)(5)(ii)(B)", "Protection from malicious software", "addressable"],
  ["164.308(a)(5)(ii)(C)", "Log-in monitoring", "addressable"],
  ["164.308(a)(5)(ii)(D)", "Password management", "addressable"],
  ["164.308(a)(6)(i)", "Security incident procedures", "standard"],
  ["164.308(a)(6)(ii)", "Response and reporting", "required"],
  ["164.308(a)(7)(i)", "Contingency plan", "standard"],
  ["164.308(a)(7)(ii)(A)", "Data backup plan", "required"],
  ["164.308(a)(7)(ii)(B)", "Disaster recovery plan", "required"],
  ["164.308(a)(7)(ii)(C)", "Emergency mode operation plan", "required"],
  ["164.308(a)(7)(ii)(D)", "Testing and revision procedures", "addressable"],
  ["164.308(a)(7)(ii)(E)", "Applications and data criticality analysis", "addressable"],
  ["164.308(a)(8)", "Evaluation", "required"],
  ["164.308(b)(1)", "Business associate contracts and other arrangements", "standard"],
  ["164.308(b)(3)", "Written contract or other arrangement", "required"],
  ["164.310(a)(1)", "Facility access controls", "standard"],
  ["164.310(a)(2)(i)", "Contingency operations", "addressable"],
  ["164.310(a)(2)(ii)", "Facility security plan", "addressable"],
  ["164.310(a)(2)(iii)", "Access control and validation procedures", "addressable"],
  ["164.310(a)(2)(iv)", "Maintenance records", "addressable"],
  ["164.310(b)", "Workstation use", "required"],
  ["164.310(c)", "Workstation security", "required"],
  ["164.310(d)(1)", "Device and media controls", "standard"],
  ["164.310(d)(2)(i)", "Disposal", "required"],
  ["164.310(d)(2)(ii)", "Media re-use", "required"],
  ["164.310(d)(2)(iii)", "Accountability", "addressable"],
  ["164.310(d)(2)(iv)", "Data backup and storage", "addressable"],
  ["164.312(a)(1)", "Access control", "standard"],
  ["164.312(a)(2)(i)", "Unique user identification", "required"],
  ["164.312(a)(2)(ii)", "Emergency access procedure", "required"],
  ["164.312(a)(2)(iii)", "Automatic logoff", "addressable"],
  ["164.312(a)(2)(iv)", "Encryption and decryption", "addressable"],
  ["164.312(b)", "Audit controls", "required"],
  ["164.312(c)(1)", "Integrity", "standard"],
  ["164.312(c)(2)", "Mechanism to authenticate electronic protected health information", "addressable"],
  ["164.312(d)", "Person or entity authentication", "required"],
  ["164.312(e)(1)", "Transmission security", "standard"],
  ["164.312(e)(2)(i)", "Integrity controls", "addressable"],
  ["164.312(e)(2)(ii)", "Encryption", "addressable"],
  ["164.314(a)(1)", "Business associate contracts or other arrangements", "standard"],
  ["164.314(a)(2)(i)", "Business associate contracts", "required"],
  ["164.314(a)(2)(ii)", "Other arrangements", "required"],
  ["164.314(a)(2)(iii)", "Business associate contracts with subcontractors", "required"],
  ["164.314(b)(1)", "Requirements for group health plans", "standard"],
  ["164.314(b)(2)", "Implementation specifications", "required"],
  ["164.316(a)", "Policies and procedures", "required"],
  ["164.316(b)(1)", "Documentation", "standard"],
  ["164.316(b)(2)(i)", "Time limit", "required"],
  ["164.316(b)(2)(ii)", "Availability", "required"],
  ["164.316(b)(2)(iii)", "Updates", "required"],
];

/** Standards that have no implementation specifications; each is itself required. */
const STANDARDS_WITHOUT_SPECIFICATIONS = [
  "164.308(a)(2)",
  "164.308(a)(8)",
  "164.310(b)",
  "164.310(c)",
  "164.312(b)",
  "164.312(d)",
  "164.316(a)",
];

/** Every paragraph form used in 164.308–164.316, independent of the catalog's own pattern. */
const CFR_FORM = /^164\.3(08|10|12|14|16)\([a-z]\)(\(\d+\))?(\((i|ii|iii|iv|v|vi)\))?(\([A-F]\))?$/;

const isStandard = (requirement: Requirement) => requirement.specification === null;
const allQuestions = catalog.flatMap((requirement) => requirement.questions);
const allOptions = allQuestions.flatMap((question) => question.options.map((option) => ({ question, option })));

describe("the Security Rule catalog: completeness", () => {
  it("lists every standard and implementation specification, in regulation order, with the regulation's names and statuses", () => {
    const actual = catalog.map((requirement) => [requirement.cfr, requirement.specification ?? requirement.standard, requirement.status]);
    expect(actual).toEqual(REGULATION);
  });

  it.each([
    // section, standards, specifications, of which required, of which addressable
    ["administrative", "164.308", 9, 21, 10, 11],
    ["physical", "164.310", 4, 8, 2, 6],
    ["technical", "164.312", 5, 7, 2, 5],
    ["organizational", "164.314", 2, 4, 4, 0],
    ["documentation", "164.316", 2, 3, 3, 0],
  ] as const)("%s safeguards (%s): %i standards, %i specifications (%i required, %i addressable)", (safeguard, section, standards, specifications, required, addressable) => {
    const entries = catalog.filter((requirement) => requirement.safeguard === safeguard);
    expect(entries.every((requirement) => requirement.cfr.startsWith(`${section}(`))).toBe(true);
    expect(entries.filter(isStandard)).toHaveLength(standards);
    const specs = entries.filter((requirement) => !isStandard(requirement));
    expect(specs).toHaveLength(specifications);
    expect(specs.filter((requirement) => requirement.status === "required")).toHaveLength(required);
    expect(specs.filter((requirement) => requirement.status === "addressable")).toHaveLength(addressable);
  });

  it("has 22 standards and 43 implementation specifications in all", () => {
    expect(catalog.filter(isStandard)).toHaveLength(22);
    expect(catalog.filter((requirement) => !isStandard(requirement))).toHaveLength(43);
  });

  it("marks exactly the standards without specifications as required and the others as 'standard'", () => {
    const requiredStandards = catalog.filter((requirement) => isStandard(requirement) && requirement.status === "required");
    expect(requiredStandards.map((requirement) => requirement.cfr)).toEqual(STANDARDS_WITHOUT_SPECIFICATIONS);
    for (const standard of catalog.filter(isStandard)) {
      const hasSpecifications = catalog.some((requirement) => !isStandard(requirement) && requirement.standardCfr === standard.cfr);
      expect(standard.status, standard.cfr).toBe(hasSpecifications ? "standard" : "required");
    }
  });

  it("files each specification under an earlier standard of the same name and safeguard", () => {
    catalog.forEach((requirement, index) => {
      if (isStandard(requirement)) {
        expect(requirement.standardCfr).toBe(requirement.cfr);
        return;
      }
      const standardIndex = catalog.findIndex((candidate) => candidate.cfr === requirement.standardCfr);
      const standard = catalog[standardIndex];
      expect(standard, requirement.cfr).toBeDefined();
      expect(standardIndex).toBeLessThan(index);
      expect(standard?.specification).toBeNull();
      expect(standard?.standard).toBe(requirement.standard);
      expect(standard?.safeguard).toBe(requirement.safeguard);
    });
  });

  it.each([
    ["164.312(a)(2)(iv)", "Access control", "Encryption and decryption", "addressable"],
    ["164.308(a)(1)(ii)(A)", "Security management process", "Risk analysis", "required"],
    ["164.308(a)(2)", "Assigned security responsibility", null, "required"],
    ["164.314(a)(2)(iii)", "Business associate contracts or other arrangements", "Business associate contracts with subcontractors", "required"],
    ["164.308(b)(3)", "Business associate contracts and other arrangements", "Written contract or other arrangement", "required"],
    ["164.308(a)(3)(ii)(B)", "Workforce security", "Workforce clearance procedure", "addressable"],
    ["164.310(b)", "Workstation use", null, "required"],
    ["164.310(d)(2)(ii)", "Device and media controls", "Media re-use", "required"],
    ["164.316(b)(2)(i)", "Documentation", "Time limit", "required"],
    ["164.314(b)(1)", "Requirements for group health plans", null, "standard"],
  ] as const)("%s is %s / %s, %s", (cfr, standard, specification, status) => {
    const requirement = findRequirement(cfr);
    expect(requirement).toMatchObject({ cfr, standard, specification, status });
  });

  it("has no entry for paragraphs the regulation does not have as requirements", () => {
    expect(findRequirement("164.308(b)(4)")).toBeUndefined();
    expect(findRequirement("164.308(b)(2)")).toBeUndefined();
    expect(findRequirement("164.306(a)")).toBeUndefined();
  });
});

describe("the Security Rule catalog: consistency", () => {
  it("passes its own schema", () => {
    for (const requirement of catalog) {
      const result = requirementSchema.safeParse(requirement);
      expect(result.success ? [] : result.error.issues.map((issue) => issue.message), requirement.cfr).toEqual([]);
    }
  });

  it("has unique requirement ids, and each id is the citation", () => {
    const ids = catalog.map((requirement) => requirement.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const requirement of catalog) expect(requirement.id).toBe(requirement.cfr);
  });

  it("cites only well-formed paragraphs", () => {
    for (const requirement of catalog) {
      expect(requirement.cfr).toMatch(CFR_FORM);
      expect(requirement.standardCfr).toMatch(CFR_FORM);
    }
    for (const question of allQuestions) expect(question.cfr).toMatch(CFR_FORM);
  });

  it("writes every requirement for the office manager", () => {
    for (const requirement of catalog) {
      expect(requirement.plainLanguage.length, requirement.cfr).toBeGreaterThan(80);
      expect(requirement.smallPracticeExample.length, requirement.cfr).toBeGreaterThan(80);
      expect(requirement.nistActivities.length, requirement.cfr).toBeGreaterThan(0);
    }
  });

  it("takes each specification's NIST key activities from its standard's", () => {
    for (const requirement of catalog.filter((entry) => !isStandard(entry))) {
      const standard = findRequirement(requirement.standardCfr);
      for (const activity of requirement.nistActivities) expect(standard?.nistActivities, requirement.cfr).toContain(activity);
    }
  });
});

describe("the Security Rule catalog: questions", () => {
  it("has at least 130 questions (the HHS SRA Tool has about 125)", () => {
    expect(allQuestions.length).toBeGreaterThanOrEqual(130);
  });

  it("has unique question ids that name their paragraph", () => {
    const ids = allQuestions.map((question) => question.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const question of allQuestions) {
      const compact = question.cfr.replace("164.", "").replace(/[()]/g, "");
      expect(question.id).toMatch(new RegExp(`^q-${compact}-\\d+$`));
    }
  });

  it("asks at least one question for every specification and every standard without specifications", () => {
    const needQuestions = catalog.filter((requirement) => requirement.status !== "standard");
    expect(needQuestions).toHaveLength(43 + STANDARDS_WITHOUT_SPECIFICATIONS.length);
    for (const requirement of needQuestions) expect(requirement.questions.length, requirement.cfr).toBeGreaterThan(0);
  });

  it("maps each question to the paragraph of the requirement that holds it", () => {
    for (const requirement of catalog) {
      for (const question of requirement.questions) expect(question.cfr).toBe(requirement.cfr);
    }
  });

  it("has exactly one most effective option per question, and it counts as met", () => {
    for (const question of allQuestions) {
      const best = question.options.filter((option) => option.isMostEffective);
      expect(best, question.id).toHaveLength(1);
      expect(best[0]?.compliance, question.id).toBe("met");
    }
  });

  it("offers 'I don't know' on every question, scored as a gap to resolve", () => {
    for (const question of allQuestions) {
      const unknown = question.options.find((option) => option.value === "unknown");
      expect(unknown, question.id).toMatchObject({ label: "I don't know", compliance: "unknown", isMostEffective: false });
      expect(unknown?.explanation).toMatch(/gap to resolve/);
    }
  });

  it("explains every option in one short sentence", () => {
    for (const { question, option } of allOptions) {
      const where = `${question.id} ${option.value}`;
      expect(option.label.trim(), where).not.toBe("");
      expect(option.explanation.length, where).toBeGreaterThan(15);
      expect(option.explanation.length, where).toBeLessThanOrEqual(160);
      expect(option.explanation, where).toMatch(/\.$/);
    }
  });

  it("has unique option values within each question, and at least one answer that is not met", () => {
    for (const question of allQuestions) {
      const values = question.options.map((option) => option.value);
      expect(new Set(values).size, question.id).toBe(values.length);
      expect(question.options.some((option) => option.compliance === "not-met" || option.compliance === "partial"), question.id).toBe(true);
    }
  });

  it("finds questions by id", () => {
    expect(findQuestion("q-308a1iiA-1")?.cfr).toBe("164.308(a)(1)(ii)(A)");
    expect(findQuestion("q-nope-1")).toBeUndefined();
  });
});

describe("applicabilityFor", () => {
  const neither: ApplicabilityProfile = { sponsorsGroupHealthPlan: false, isPartOfClearinghouse: false };
  const both: ApplicabilityProfile = { sponsorsGroupHealthPlan: true, isPartOfClearinghouse: true };
  const sponsorOnly: ApplicabilityProfile = { sponsorsGroupHealthPlan: true, isPartOfClearinghouse: false };
  const clearinghouseOnly: ApplicabilityProfile = { sponsorsGroupHealthPlan: false, isPartOfClearinghouse: true };

  it.each([
    ["164.314(b)(1)", neither, false],
    ["164.314(b)(2)", neither, false],
    ["164.314(b)(1)", sponsorOnly, true],
    ["164.314(b)(2)", sponsorOnly, true],
    ["164.314(b)(1)", clearinghouseOnly, false],
    ["164.314(b)(2)", both, true],
    ["164.308(a)(4)(ii)(A)", neither, false],
    ["164.308(a)(4)(ii)(A)", sponsorOnly, false],
    ["164.308(a)(4)(ii)(A)", clearinghouseOnly, true],
    ["164.308(a)(4)(ii)(A)", both, true],
    ["164.308(a)(4)(i)", neither, true],
    ["164.314(a)(1)", neither, true],
    ["164.314(a)(2)(iii)", neither, true],
    ["164.308(a)(1)(ii)(A)", neither, true],
  ] as const)("%s with %o applies: %s", (cfr, profile, applies) => {
    const requirement = findRequirement(cfr);
    if (!requirement) throw new Error(`${cfr} is missing`);
    const result = applicabilityFor(requirement, profile);
    expect(result.applies).toBe(applies);
    if (!result.applies) expect(result.reason.length).toBeGreaterThan(40);
  });

  it("makes nothing else not applicable by itself", () => {
    const automatic = catalog.filter((requirement) => !applicabilityFor(requirement, neither).applies).map((requirement) => requirement.cfr);
    expect(automatic).toEqual(["164.308(a)(4)(ii)(A)", "164.314(b)(1)", "164.314(b)(2)"]);
    expect(catalog.every((requirement) => applicabilityFor(requirement, both).applies)).toBe(true);
  });

  it("explains in plain English why a requirement does not apply", () => {
    const groupHealthPlan = applicabilityFor(findRequirement("164.314(b)(1)")!, neither);
    const clearinghouse = applicabilityFor(findRequirement("164.308(a)(4)(ii)(A)")!, neither);
    expect(groupHealthPlan).toMatchObject({ applies: false, reason: expect.stringMatching(/group health plan/) });
    expect(clearinghouse).toMatchObject({ applies: false, reason: expect.stringMatching(/clearinghouse/) });
  });
});

describe("catalog export", () => {
  it("has a version", () => {
    expect(CATALOG_VERSION).toMatch(/^\d{4}\.\d+$/);
  });

  it("is frozen, so no caller can change the shared catalog", () => {
    expect(Object.isFrozen(catalog)).toBe(true);
    expect(Object.isFrozen(catalog[0]?.questions[0]?.options[0])).toBe(true);
  });

  it("exports plain JSON with the fields the CLI prints", () => {
    const json = catalogAsJson();
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(json).toHaveLength(catalog.length);
    for (const entry of json) {
      expect(entry).toEqual(
        expect.objectContaining({
          cfr: expect.any(String),
          safeguard: expect.any(String),
          standard: expect.any(String),
          specification: entry.specification === null ? null : expect.any(String),
          status: expect.stringMatching(/^(standard|required|addressable)$/),
        }),
      );
      for (const question of entry.questions) {
        expect(question).toEqual(expect.objectContaining({ id: expect.any(String), text: expect.any(String), options: expect.any(Array) }));
      }
    }
    expect(json.find((entry) => entry.cfr === "164.314(b)(1)")?.applicability?.appliesOnlyIf).toBe("sponsorsGroupHealthPlan");
  });

  it("returns fresh objects each time", () => {
    const json = catalogAsJson();
    json[0]!.questions[0]!.options[0]!.label = "changed";
    expect(catalog[0]?.questions[0]?.options[0]?.label).not.toBe("changed");
    expect(catalogAsJson()[0]?.questions[0]?.options[0]?.label).not.toBe("changed");
  });
});
