import { describe, expect, it } from "vitest";
import { catalog, type Requirement, type RequirementStatus, type Safeguard } from "../../src/shared/catalog";
import { documentedAlternative, yesPartlyNo } from "../../src/shared/catalog/builders";
import { assessmentCompleteness, sectionProgress } from "../../src/shared/rules/assessmentCompleteness";
import { COMPLIANCE_POINTS, rankGaps, scoreAssessment, SCORING_METHOD } from "../../src/shared/rules/assessmentScoring";
import { isExplained, type AssessmentSnapshot, type RequirementState } from "../../src/shared/rules/assessmentSnapshot";

const EXPLAIN = { yes: "Good.", partly: "Close the rest.", no: "Gap." };

/** A small made-up catalog: each question offers yes (met), partly, no, I don't know. */
function requirement(cfr: string, status: RequirementStatus, safeguard: Safeguard, questionCount: number, extra: Partial<Requirement> = {}): Requirement {
  const compact = cfr.replace(/^164\./, "").replace(/[()]/g, "");
  return {
    id: cfr,
    cfr,
    safeguard,
    standard: `Standard ${cfr}`,
    standardCfr: cfr,
    specification: status === "standard" ? null : `Specification ${cfr}`,
    status,
    plainLanguage: "-",
    smallPracticeExample: "-",
    nistActivities: ["-"],
    questions: Array.from({ length: questionCount }, (_, index) => ({
      id: `q-${compact}-${index + 1}`,
      cfr,
      text: `Question ${index + 1}`,
      options: yesPartlyNo(EXPLAIN, status === "addressable" ? [documentedAlternative("Allowed.")] : []),
    })),
    ...extra,
  };
}

const REQUIRED = requirement("164.308(a)(2)", "required", "administrative", 2); // q-308a2-1, -2
const ADDRESSABLE = requirement("164.308(a)(5)(ii)(A)", "addressable", "administrative", 2); // q-308a5iiA-1, -2
const STANDARD = requirement("164.310(a)(1)", "standard", "physical", 1); // q-310a1-1
const PLAN_ONLY = requirement("164.314(b)(2)", "required", "organizational", 1, {
  applicability: { appliesOnlyIf: "sponsorsGroupHealthPlan", reasonIfNot: "Only for a plan sponsor." },
}); // q-314b2-1
const SMALL_CATALOG = [REQUIRED, ADDRESSABLE, STANDARD, PLAN_ONLY];

const IMPLEMENTED: RequirementState = { notApplicableReason: null, decision: { kind: "implemented", description: "", rationale: "" }, carriedOver: false };

function snapshot(answers: Record<string, string>, more: Partial<AssessmentSnapshot> = {}): AssessmentSnapshot {
  return {
    profile: { sponsorsGroupHealthPlan: false, isPartOfClearinghouse: false },
    answers: Object.fromEntries(Object.entries(answers).map(([id, value]) => [id, { value, carriedOver: false }])),
    requirementStates: {},
    reviewedSections: [],
    ...more,
  };
}

describe("scoring", () => {
  it("counts met 1, partial ½, not met 0 and I don't know 0", () => {
    expect(COMPLIANCE_POINTS).toEqual({ met: 1, partial: 0.5, "not-met": 0, unknown: 0 });
  });

  it.each([
    ["every answer met", { "q-308a2-1": "yes", "q-308a2-2": "yes" }, 100, 0],
    ["met and partly", { "q-308a2-1": "yes", "q-308a2-2": "partly" }, 75, 0],
    ["met and no", { "q-308a2-1": "yes", "q-308a2-2": "no" }, 50, 0],
    ["met and I don't know: not knowing earns nothing", { "q-308a2-1": "yes", "q-308a2-2": "unknown" }, 50, 0],
    ["partly and I don't know", { "q-308a2-1": "partly", "q-308a2-2": "unknown" }, 25, 0],
    ["one answered, one not: the unanswered one is left out", { "q-308a2-1": "partly" }, 50, 1],
    ["nothing answered: no score yet", {}, null, 2],
    ["an option no longer offered counts as not answered", { "q-308a2-1": "yes", "q-308a2-2": "retired-option" }, 100, 1],
  ])("%s", (_, answers, percent, notAnsweredYet) => {
    const scores = scoreAssessment(snapshot(answers), [REQUIRED]);
    expect(scores.overall.percent).toBe(percent);
    expect(scores.overall.notAnsweredYet).toBe(notAnsweredYet);
  });

  it("rounds to a whole percentage", () => {
    const three = requirement("164.308(a)(8)", "required", "administrative", 3);
    expect(scoreAssessment(snapshot({ "q-308a8-1": "yes", "q-308a8-2": "no", "q-308a8-3": "no" }), [three]).overall.percent).toBe(33);
    expect(scoreAssessment(snapshot({ "q-308a8-1": "yes", "q-308a8-2": "yes", "q-308a8-3": "no" }), [three]).overall.percent).toBe(67);
  });

  it.each([
    ["required met, addressable not met", { "q-308a2-1": "yes", "q-308a5iiA-1": "no" }],
    ["required not met, addressable met", { "q-308a2-1": "no", "q-308a5iiA-1": "yes" }],
  ])("weighs required and addressable the same: %s scores 50", (_, answers) => {
    expect(scoreAssessment(snapshot(answers), [REQUIRED, ADDRESSABLE]).overall.percent).toBe(50);
  });

  it("counts an addressable's documented alternative answer as partly met", () => {
    expect(scoreAssessment(snapshot({ "q-308a5iiA-1": "documented-alternative" }), [ADDRESSABLE]).overall).toMatchObject({ percent: 50, partial: 1 });
  });

  it("leaves out requirements that do not apply by the practice profile", () => {
    const scores = scoreAssessment(snapshot({ "q-308a2-1": "yes", "q-314b2-1": "no" }), [REQUIRED, PLAN_ONLY]);
    expect(scores.overall).toMatchObject({ percent: 100, answered: 1, notApplicable: 1, notAnsweredYet: 1 });
    const sponsor = scoreAssessment(snapshot({ "q-308a2-1": "yes", "q-314b2-1": "no" }, { profile: { sponsorsGroupHealthPlan: true, isPartOfClearinghouse: false } }), [
      REQUIRED,
      PLAN_ONLY,
    ]);
    expect(sponsor.overall).toMatchObject({ percent: 50, answered: 2, notApplicable: 0 });
  });

  it("leaves out requirements a user marked not applicable, answers and all", () => {
    const states = { "164.308(a)(2)": { notApplicableReason: "We have no such thing here.", decision: null, carriedOver: false } };
    const scores = scoreAssessment(snapshot({ "q-308a2-1": "no", "q-308a5iiA-1": "yes" }, { requirementStates: states }), [REQUIRED, ADDRESSABLE]);
    expect(scores.overall).toMatchObject({ percent: 100, answered: 1, notApplicable: 2 });
  });

  it("scores each section on its own and pools every answered question overall", () => {
    const answers = { "q-308a2-1": "yes", "q-308a2-2": "yes", "q-308a5iiA-1": "yes", "q-310a1-1": "no" };
    const scores = scoreAssessment(snapshot(answers), SMALL_CATALOG);
    const section = (safeguard: Safeguard) => scores.sections.find((s) => s.safeguard === safeguard);
    expect(section("administrative")).toMatchObject({ percent: 100, answered: 3, notAnsweredYet: 1 });
    expect(section("physical")).toMatchObject({ percent: 0, answered: 1, notMet: 1 });
    expect(section("organizational")).toMatchObject({ percent: null, notApplicable: 1 });
    expect(section("technical")).toMatchObject({ percent: null, answered: 0 });
    // 3 of 4 answered questions met: 75, not the 50 an average of the two sections would give.
    expect(scores.overall.percent).toBe(75);
    expect(scores.sections.map((s) => s.safeguard)).toEqual(["administrative", "physical", "technical", "organizational", "documentation"]);
  });

  it("counts carried-over answers until they are confirmed", () => {
    const carried: AssessmentSnapshot = { ...snapshot({}), answers: { "q-308a2-1": { value: "no", carriedOver: true } } };
    expect(scoreAssessment(carried, [REQUIRED]).overall).toMatchObject({ percent: 0, answered: 1 });
  });

  it("explains itself in plain words", () => {
    for (const phrase of ["1 for", "½", "I don't know", "not answered yet", "do not apply", "Required and addressable safeguards count the same"]) {
      expect(SCORING_METHOD).toContain(phrase);
    }
  });
});

describe("gap ranking", () => {
  it.each([
    ["required", "no", 1, "high"],
    ["required", "unknown", 2, "high"],
    ["required", "partly", 3, "medium"],
    ["addressable", "no", 4, "medium"],
    ["addressable", "unknown", 5, "medium"],
    ["addressable", "partly", 6, "low"],
    ["addressable", "documented-alternative", 6, "low"],
    ["standard", "no", 1, "high"],
  ] as const)("a %s requirement answered %s is tier %i (%s)", (status, value, tier, severity) => {
    const subject = status === "required" ? REQUIRED : status === "addressable" ? ADDRESSABLE : STANDARD;
    const [gap] = rankGaps(snapshot({ [subject.questions[0]!.id]: value }), [subject]);
    expect(gap).toMatchObject({ rank: 1, tier, severity, questionId: subject.questions[0]!.id, cfr: subject.cfr });
  });

  it("ranks required before addressable, then no, I don't know, partly, then regulation order; met and unanswered are not gaps", () => {
    const answers = {
      "q-308a2-1": "partly",
      "q-308a2-2": "unknown",
      "q-308a5iiA-1": "no",
      "q-308a5iiA-2": "yes",
      "q-310a1-1": "no",
    };
    const gaps = rankGaps(snapshot(answers), SMALL_CATALOG);
    expect(gaps.map((gap) => [gap.rank, gap.questionId, gap.level])).toEqual([
      [1, "q-310a1-1", "not-met"],
      [2, "q-308a2-2", "unknown"],
      [3, "q-308a2-1", "partial"],
      [4, "q-308a5iiA-1", "not-met"],
    ]);
    expect(gaps[1]?.summary).toBe("A required safeguard that nobody could confirm is in place.");
  });

  it("leaves out gaps in requirements that do not apply", () => {
    expect(rankGaps(snapshot({ "q-314b2-1": "no" }), [PLAN_ONLY])).toEqual([]);
  });
});

describe("completeness", () => {
  const everythingAnswered = { "q-308a2-1": "yes", "q-308a2-2": "no", "q-308a5iiA-1": "partly", "q-308a5iiA-2": "yes", "q-310a1-1": "unknown" };
  const allSections: Safeguard[] = ["administrative", "physical", "technical", "organizational", "documentation"];

  it("is complete when every applicable question is answered, decisions documented, nothing carried and every section reviewed", () => {
    const done = snapshot(everythingAnswered, { requirementStates: { "164.308(a)(5)(ii)(A)": IMPLEMENTED }, reviewedSections: allSections });
    expect(assessmentCompleteness(done, SMALL_CATALOG)).toEqual({
      complete: true,
      unansweredQuestions: [],
      missingDecisions: [],
      notApplicableWithoutReason: [],
      carriedAnswersToConfirm: [],
      carriedRequirementsToConfirm: [],
      sectionsNotReviewed: [],
    });
  });

  it("lists what is missing, by citation and name", () => {
    const result = assessmentCompleteness(snapshot({ "q-308a2-1": "yes" }, { reviewedSections: ["administrative"] }), SMALL_CATALOG);
    expect(result.complete).toBe(false);
    expect(result.unansweredQuestions.map((ref) => ref.questionId)).toEqual(["q-308a2-2", "q-308a5iiA-1", "q-308a5iiA-2", "q-310a1-1"]);
    expect(result.missingDecisions).toEqual([
      { requirementId: "164.308(a)(5)(ii)(A)", cfr: "164.308(a)(5)(ii)(A)", name: "Specification 164.308(a)(5)(ii)(A)", safeguard: "administrative" },
    ]);
    expect(result.sectionsNotReviewed).toEqual(["physical", "technical", "organizational", "documentation"]);
  });

  it.each([
    ["no decision at all", undefined, true],
    ["implemented", IMPLEMENTED, false],
    ["an alternative with its description", { ...IMPLEMENTED, decision: { kind: "alternative", description: "We lock the cabinet instead.", rationale: "" } }, false],
    ["an alternative without a description", { ...IMPLEMENTED, decision: { kind: "alternative", description: "", rationale: "" } }, true],
    ["not reasonable with the why and the instead", { ...IMPLEMENTED, decision: { kind: "not-reasonable", description: "Paper log kept daily.", rationale: "Only one computer here." } }, false],
    ["not reasonable without what is done instead", { ...IMPLEMENTED, decision: { kind: "not-reasonable", description: "", rationale: "Only one computer here." } }, true],
  ] as const)("an addressable specification with %s: decision missing = %s", (_, state, missing) => {
    const states: Record<string, RequirementState> = state ? { "164.308(a)(5)(ii)(A)": state as RequirementState } : {};
    const result = assessmentCompleteness(snapshot({}, { requirementStates: states }), [ADDRESSABLE]);
    expect(result.missingDecisions.length > 0).toBe(missing);
  });

  it("needs no decision for an addressable specification marked not applicable, but needs the reason", () => {
    const withReason = { "164.308(a)(5)(ii)(A)": { notApplicableReason: "No staff besides the owner.", decision: null, carriedOver: false } };
    expect(assessmentCompleteness(snapshot({}, { requirementStates: withReason }), [ADDRESSABLE])).toMatchObject({ missingDecisions: [], unansweredQuestions: [], notApplicableWithoutReason: [] });
    const withoutReason = { "164.308(a)(5)(ii)(A)": { notApplicableReason: "n/a", decision: null, carriedOver: false } };
    expect(assessmentCompleteness(snapshot({}, { requirementStates: withoutReason }), [ADDRESSABLE]).notApplicableWithoutReason).toHaveLength(1);
  });

  it("lists carried-over answers and decisions until confirmed", () => {
    const carried: AssessmentSnapshot = {
      ...snapshot({}),
      answers: { "q-308a2-1": { value: "yes", carriedOver: true }, "q-308a2-2": { value: "yes", carriedOver: false } },
      requirementStates: { "164.308(a)(5)(ii)(A)": { ...IMPLEMENTED, carriedOver: true } },
    };
    const result = assessmentCompleteness(carried, [REQUIRED, ADDRESSABLE]);
    expect(result.carriedAnswersToConfirm.map((ref) => ref.questionId)).toEqual(["q-308a2-1"]);
    expect(result.carriedRequirementsToConfirm.map((ref) => ref.requirementId)).toEqual(["164.308(a)(5)(ii)(A)"]);
    expect(sectionProgress(carried, [REQUIRED, ADDRESSABLE])[0]).toEqual({ safeguard: "administrative", total: 4, answered: 1, awaitingConfirmation: 1, percent: 25 });
  });

  it("on the real catalog, starts with every applicable question unanswered and every addressable decision missing", () => {
    const result = assessmentCompleteness(snapshot({}));
    const questions = catalog.flatMap((r) => r.questions).length;
    // 164.308(a)(4)(ii)(A) (1 question) and 164.314(b)(1)-(2) (3 questions) do not apply to a dental office without a plan or clearinghouse.
    expect(result.unansweredQuestions).toHaveLength(questions - 4);
    expect(result.missingDecisions).toHaveLength(catalog.filter((r) => r.status === "addressable").length);
    expect(sectionProgress(snapshot({})).every((section) => section.percent === 0)).toBe(true);
  });
});

describe("a reason of a few words", () => {
  it.each([
    ["", false],
    ["n/a", false],
    ["not applicable", false],
    ["- - -", false],
    ["No server on site.", true],
    ["  We use   paper only  ", true],
  ])("%j is explained: %s", (text, explained) => {
    expect(isExplained(text)).toBe(explained);
  });
});

