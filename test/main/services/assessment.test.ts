import { afterEach, describe, expect, it } from "vitest";
import { catalog, findQuestion } from "../../../src/shared/catalog";
import type { AssessmentDetail, QuestionView, RequirementView } from "../../../src/shared/model/assessment";
import {
  answerEverything,
  applicableQuestions,
  completeAssessment,
  decideEverything,
  practiceWithTeam,
  READER,
  reviewEverything,
  signInAs,
  signInAsAdmin,
  STAFF,
} from "../../support/assessmentFlows";
import { PRACTICE, testCore } from "../../support/testCore";

const cores: ReturnType<typeof testCore>[] = [];
afterEach(() => cores.splice(0).forEach((c) => c.dispose()));

async function team() {
  // An unexpected error is printed, so a failing test shows its cause instead of only "INTERNAL".
  const c = testCore({ reportInternalError: (error) => console.error(error) });
  cores.push(c);
  await practiceWithTeam(c);
  return c;
}

function requirementIn(detail: AssessmentDetail, id: string): RequirementView {
  const found = detail.sections.flatMap((section) => section.requirements).find((requirement) => requirement.id === id);
  if (!found) throw new Error(`No requirement ${id}`);
  return found;
}

function questionIn(detail: AssessmentDetail, id: string): QuestionView {
  const found = detail.sections.flatMap((s) => s.requirements).flatMap((r) => r.questions).find((q) => q.id === id);
  if (!found) throw new Error(`No question ${id}`);
  return found;
}

const section = (detail: AssessmentDetail, safeguard: string) => detail.sections.find((s) => s.safeguard === safeguard)!;

// Questions used below, by the requirement they belong to.
const RISK_ANALYSIS_1 = "q-308a1iiA-1"; // required
const RISK_ANALYSIS_2 = "q-308a1iiA-2";
const CONTINGENCY_OPERATIONS = "164.310(a)(2)(i)"; // addressable, one question: q-310a2i-1
const CLEARINGHOUSE = "164.308(a)(4)(ii)(A)"; // not applicable by the profile
const PLAN_SPONSOR_STANDARD = "164.314(b)(1)";
const MAINTENANCE_RECORDS = "164.310(a)(2)(iv)"; // addressable

describe("starting an assessment", () => {
  it("starts a year with every section at 0%, marks profile exclusions not applicable with the reason, and lists it", async () => {
    const c = await team();
    const detail = await c.must("assessment.start", { year: 2026 });
    expect(detail.assessment).toMatchObject({ year: 2026, status: "in-progress", startedBy: { name: "Maria Lopez" }, carriedFrom: null, finalizedBy: null });
    expect(detail.readOnly).toBe(false);
    expect(detail.sections.map((s) => [s.safeguard, s.cfrSection])).toEqual([
      ["administrative", "164.308"],
      ["physical", "164.310"],
      ["technical", "164.312"],
      ["organizational", "164.314"],
      ["documentation", "164.316"],
    ]);
    expect(detail.assessment.progress).toEqual({ total: applicableQuestions.length, answered: 0, awaitingConfirmation: 0, percent: 0 });
    expect(requirementIn(detail, CLEARINGHOUSE).applicability).toMatchObject({ applies: false, source: "profile", reason: expect.stringMatching(/clearinghouse/) });
    expect(requirementIn(detail, PLAN_SPONSOR_STANDARD).applicability).toMatchObject({ applies: false, source: "profile" });
    expect(requirementIn(detail, MAINTENANCE_RECORDS)).toMatchObject({ status: "addressable", needsDecision: true, decision: null });
    expect(detail.completeness.missingDecisions).toHaveLength(catalog.filter((r) => r.status === "addressable").length);
    expect(await c.must("assessment.list", {})).toMatchObject([{ id: detail.assessment.id, year: 2026, progress: { percent: 0 }, scorePercent: null }]);
  });

  it("refuses a second assessment for the same year, and a year out of range, with field messages", async () => {
    const c = await team();
    await c.must("assessment.start", { year: 2026 });
    expect(await c.call("assessment.start", { year: 2026 })).toMatchObject({ ok: false, error: { code: "CONFLICT", fields: { year: expect.stringMatching(/already an assessment for 2026/) } } });
    expect(await c.call("assessment.start", { year: 1999 })).toMatchObject({ ok: false, error: { code: "VALIDATION", fields: { year: expect.any(String) } } });
    expect(await c.call("assessment.start", { year: 2101 })).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    expect(await c.call("assessment.start", { year: 2026.5 })).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
  });
});

describe("answering", () => {
  it("saves every answer at once and records who gave it and when, across two users, and resumes after signing out", async () => {
    const c = await team();
    const { assessment } = await c.must("assessment.start", { year: 2026 });
    const before = new Date().toISOString();
    let detail = await c.must("assessment.answer", { assessmentId: assessment.id, questionId: RISK_ANALYSIS_1, value: "yes", notes: "Done by our IT vendor in March." });
    expect(questionIn(detail, RISK_ANALYSIS_1)).toMatchObject({
      answer: { value: "yes", label: "Yes, written, complete and current", compliance: "met", answeredBy: { name: "Maria Lopez" } },
      notes: "Done by our IT vendor in March.",
      carriedOver: false,
      lastChangedBy: { name: "Maria Lopez" },
    });
    const answeredAt = questionIn(detail, RISK_ANALYSIS_1).answer!.answeredAt;
    expect(answeredAt >= before && answeredAt <= new Date().toISOString()).toBe(true);

    await signInAs(c, STAFF);
    detail = await c.must("assessment.get", { assessmentId: assessment.id });
    expect(questionIn(detail, RISK_ANALYSIS_1).answer?.value).toBe("yes"); // resumed where Maria left it
    detail = await c.must("assessment.answer", { assessmentId: assessment.id, questionId: RISK_ANALYSIS_2, value: "partly" });
    detail = await c.must("assessment.answer", { assessmentId: assessment.id, questionId: RISK_ANALYSIS_1, notes: "Report is in the binder." });
    expect(questionIn(detail, RISK_ANALYSIS_2).answer).toMatchObject({ value: "partly", answeredBy: { name: "Jamal Reed" } });
    // Jamal changed only the notes: Maria still gave the answer; Jamal made the last change.
    expect(questionIn(detail, RISK_ANALYSIS_1)).toMatchObject({ answer: { answeredBy: { name: "Maria Lopez" }, answeredAt }, lastChangedBy: { name: "Jamal Reed" }, notes: "Report is in the binder." });
    expect(section(detail, "administrative").progress).toMatchObject({ answered: 2 });

    detail = await c.must("assessment.answer", { assessmentId: assessment.id, questionId: RISK_ANALYSIS_2, value: null });
    expect(questionIn(detail, RISK_ANALYSIS_2)).toMatchObject({ answer: null, notes: "", lastChangedBy: null });
  });

  it("refuses a question or an answer the catalog does not have", async () => {
    const c = await team();
    const { assessment } = await c.must("assessment.start", { year: 2026 });
    expect(await c.call("assessment.answer", { assessmentId: assessment.id, questionId: "q-308a1iiA-99", value: "yes" })).toMatchObject({
      ok: false,
      error: { code: "VALIDATION", message: "That question is not part of the assessment.", fields: { questionId: expect.any(String) } },
    });
    expect(await c.call("assessment.answer", { assessmentId: assessment.id, questionId: RISK_ANALYSIS_1, value: "maybe" })).toMatchObject({
      ok: false,
      error: { code: "VALIDATION", fields: { value: expect.any(String) } },
    });
    expect(await c.call("assessment.answer", { assessmentId: assessment.id, questionId: "not a question", value: "yes" })).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    expect(await c.call("assessment.answer", { assessmentId: assessment.id, questionId: RISK_ANALYSIS_1 })).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    expect(await c.call("assessment.get", { assessmentId: "6f1c1f9e-5d7b-4c1e-9a59-0a4f4f7c1e11" })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
  });
});

describe("not applicable", () => {
  it("needs a reason of a few words, keeps who marked it, and leaves the requirement out", async () => {
    const c = await team();
    const { assessment } = await c.must("assessment.start", { year: 2026 });
    const input = { assessmentId: assessment.id, requirementId: MAINTENANCE_RECORDS, notApplicable: true as const };
    for (const reason of ["", "   ", "n/a"]) {
      const refused = await c.call("assessment.setNotApplicable", { ...input, reason });
      expect(refused).toMatchObject({ ok: false, error: { code: "VALIDATION", fields: { reason: expect.stringMatching(/few words/) } } });
    }
    expect(await c.call("assessment.setNotApplicable", input as never)).toMatchObject({ ok: false, error: { code: "VALIDATION", fields: { reason: expect.stringMatching(/few words/) } } });

    let detail = await c.must("assessment.setNotApplicable", { ...input, reason: "The landlord does all building repairs and keeps the records." });
    expect(requirementIn(detail, MAINTENANCE_RECORDS)).toMatchObject({
      applicability: { applies: false, source: "user", reason: "The landlord does all building repairs and keeps the records.", markedBy: { name: "Maria Lopez" } },
      needsDecision: false,
    });
    const [question] = requirementIn(detail, MAINTENANCE_RECORDS).questions;
    expect(await c.call("assessment.answer", { assessmentId: assessment.id, questionId: question!.id, value: "yes" })).toMatchObject({
      ok: false,
      error: { code: "CONFLICT", message: expect.stringMatching(/marked not applicable/) },
    });
    expect(detail.assessment.progress.total).toBe(applicableQuestions.length - requirementIn(detail, MAINTENANCE_RECORDS).questions.length);

    detail = await c.must("assessment.setNotApplicable", { assessmentId: assessment.id, requirementId: MAINTENANCE_RECORDS, notApplicable: false });
    expect(requirementIn(detail, MAINTENANCE_RECORDS)).toMatchObject({ applicability: { applies: true }, needsDecision: true });
  });

  it("follows the practice profile by itself, and cannot be overridden here", async () => {
    const c = await team();
    const { assessment } = await c.must("assessment.start", { year: 2026 });
    expect(await c.call("assessment.setNotApplicable", { assessmentId: assessment.id, requirementId: PLAN_SPONSOR_STANDARD, notApplicable: false })).toMatchObject({
      ok: false,
      error: { code: "CONFLICT", message: expect.stringMatching(/practice profile/) },
    });
    expect(await c.call("assessment.answer", { assessmentId: assessment.id, questionId: "q-314b1-1", value: "yes" })).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    await c.must("practice.update", { ...PRACTICE, sponsorsGroupHealthPlan: true });
    const detail = await c.must("assessment.get", { assessmentId: assessment.id });
    expect(requirementIn(detail, PLAN_SPONSOR_STANDARD).applicability).toEqual({ applies: true });
    expect(detail.assessment.progress.total).toBe(applicableQuestions.length + 3);
  });
});

describe("addressable decisions (45 CFR 164.306(d)(3))", () => {
  it("records each kind of decision with what it needs, and refuses one on a required specification", async () => {
    const c = await team();
    const { assessment } = await c.must("assessment.start", { year: 2026 });
    const base = { assessmentId: assessment.id, requirementId: CONTINGENCY_OPERATIONS };
    expect(await c.call("assessment.decideAddressable", { ...base, decision: "alternative", description: "" })).toMatchObject({
      ok: false,
      error: { code: "VALIDATION", fields: { description: expect.stringMatching(/equivalent measure/) } },
    });
    const noReasons = await c.call("assessment.decideAddressable", { ...base, decision: "not-reasonable" });
    expect(noReasons).toMatchObject({ ok: false, error: { code: "VALIDATION", fields: { rationale: expect.any(String), description: expect.any(String) } } });
    expect(await c.call("assessment.decideAddressable", { ...base, requirementId: "164.308(a)(1)(ii)(A)", decision: "implemented" })).toMatchObject({
      ok: false,
      error: { code: "VALIDATION", message: expect.stringMatching(/required specification/) },
    });

    let detail = await c.must("assessment.decideAddressable", {
      ...base,
      decision: "not-reasonable",
      rationale: "The office is in a staffed medical building.",
      description: "Building security lets our IT vendor in after hours.",
    });
    expect(requirementIn(detail, CONTINGENCY_OPERATIONS)).toMatchObject({
      needsDecision: false,
      decision: { kind: "not-reasonable", rationale: "The office is in a staffed medical building.", description: "Building security lets our IT vendor in after hours.", decidedBy: { name: "Maria Lopez" } },
    });
    detail = await c.must("assessment.decideAddressable", { ...base, decision: "implemented" });
    expect(requirementIn(detail, CONTINGENCY_OPERATIONS).decision).toMatchObject({ kind: "implemented", rationale: "", description: "" });
    detail = await c.must("assessment.decideAddressable", { ...base, decision: null });
    expect(requirementIn(detail, CONTINGENCY_OPERATIONS)).toMatchObject({ decision: null, needsDecision: true });
  });

  it("refuses to finalize while a decision is missing, naming each by citation and name", async () => {
    const c = await team();
    const { assessment } = await c.must("assessment.start", { year: 2026 });
    await answerEverything(c, assessment.id);
    await decideEverything(c, assessment.id);
    await c.must("assessment.decideAddressable", { assessmentId: assessment.id, requirementId: CONTINGENCY_OPERATIONS, decision: null });
    await c.must("assessment.decideAddressable", { assessmentId: assessment.id, requirementId: MAINTENANCE_RECORDS, decision: null });
    const refused = await c.call("assessment.finalize", { assessmentId: assessment.id });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe("CONFLICT");
    expect(refused.error.message).toContain("2 addressable specifications need a documented decision: 164.310(a)(2)(i) Contingency operations; 164.310(a)(2)(iv) Maintenance records.");
    expect(refused.error.fields).toMatchObject({ [CONTINGENCY_OPERATIONS]: expect.stringMatching(/^Contingency operations/), [MAINTENANCE_RECORDS]: expect.stringMatching(/^Maintenance records/) });
    const detail = await c.must("assessment.get", { assessmentId: assessment.id });
    expect(detail.completeness.missingDecisions.map((ref) => ref.cfr)).toEqual([CONTINGENCY_OPERATIONS, MAINTENANCE_RECORDS]);
    expect(detail.assessment.status).toBe("in-progress");
  });
});

describe("section sign-off", () => {
  it("signs off only a complete section, and withdraws the sign-off when something in it changes", async () => {
    const c = await team();
    const { assessment } = await c.must("assessment.start", { year: 2026 });
    expect(await c.call("assessment.reviewSection", { assessmentId: assessment.id, safeguard: "technical" })).toMatchObject({
      ok: false,
      error: { code: "CONFLICT", message: expect.stringMatching(/^Technical safeguards can't be signed off yet: \d+ questions are not answered yet, and a documented decision is missing for 164\.312/) },
    });
    await answerEverything(c, assessment.id);
    await decideEverything(c, assessment.id);
    await signInAs(c, STAFF);
    let detail = await c.must("assessment.reviewSection", { assessmentId: assessment.id, safeguard: "technical", note: "Checked with our IT vendor." });
    expect(section(detail, "technical")).toMatchObject({ missing: 0, review: { reviewedBy: { name: "Jamal Reed" }, note: "Checked with our IT vendor." } });

    detail = await c.must("assessment.answer", { assessmentId: assessment.id, questionId: "q-312b-1", value: "some" });
    expect(section(detail, "technical").review).toBeNull();
    expect(detail.completeness.sectionsNotReviewed).toContain("technical");
    const withdrawn = await c.must("audit.list", { filter: { action: "assessment.section-review-withdrawn" } });
    expect(withdrawn.entries[0]).toMatchObject({ changes: { safeguard: "technical" } });
  });
});

describe("results", () => {
  it("scores each section and overall, explains the method, ranks gaps and counts unanswered questions apart", async () => {
    const c = await team();
    const { assessment } = await c.must("assessment.start", { year: 2026 });
    const id = assessment.id;
    await c.must("assessment.answer", { assessmentId: id, questionId: RISK_ANALYSIS_1, value: "yes" }); // required, met
    await c.must("assessment.answer", { assessmentId: id, questionId: RISK_ANALYSIS_2, value: "unknown" }); // required, don't know
    await c.must("assessment.answer", { assessmentId: id, questionId: "q-310a2i-1", value: "no" }); // addressable, no
    await c.must("assessment.answer", { assessmentId: id, questionId: "q-310b-1", value: "partly" }); // required, partly
    await c.must("assessment.answer", { assessmentId: id, questionId: "q-312a2iii-1", value: "documented-alternative" }); // addressable, partial
    const results = await c.must("assessment.results", { assessmentId: id });
    expect(results.scoringMethod).toMatch(/^Each answered question earns points/);
    expect(results.gapRanking).toMatch(/Required safeguards/);
    expect(results.overall).toMatchObject({ answered: 5, met: 1, partial: 2, notMet: 1, unknown: 1, percent: 40 });
    expect(results.assessment.scorePercent).toBe(40);
    expect(results.notAnsweredYet).toBe(applicableQuestions.length - 5);
    const byName = Object.fromEntries(results.sections.map((s) => [s.safeguard, s]));
    expect(byName.administrative).toMatchObject({ label: "Administrative safeguards", answered: 2, percent: 50 });
    expect(byName.physical).toMatchObject({ answered: 2, percent: 25 });
    expect(byName.technical).toMatchObject({ answered: 1, percent: 50 });
    expect(byName.documentation).toMatchObject({ answered: 0, percent: null });
    expect(results.gaps.map((gap) => [gap.rank, gap.questionId, gap.severity])).toEqual([
      [1, RISK_ANALYSIS_2, "high"],
      [2, "q-310b-1", "medium"],
      [3, "q-310a2i-1", "medium"],
      [4, "q-312a2iii-1", "low"],
    ]);
    expect(results.gaps[0]).toMatchObject({ cfr: "164.308(a)(1)(ii)(A)", name: "Risk analysis", level: "unknown", actionItem: null });
  });
});

describe("finalizing", () => {
  it("is for an Administrator only, records who and when, and locks every write", async () => {
    const c = await team();
    const { assessment } = await c.must("assessment.start", { year: 2026 });
    const id = assessment.id;
    await completeAssessment(c, id, { [RISK_ANALYSIS_1]: "no" });
    const evidence = await c.must("evidence.attach", { assessmentId: id, questionId: RISK_ANALYSIS_1, fileName: "risk.txt", mimeType: "text/plain", contentBase64: Buffer.from("risk analysis notes").toString("base64") });

    await signInAs(c, STAFF);
    expect(await c.call("assessment.finalize", { assessmentId: id })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    await signInAsAdmin(c);
    const finalized = await c.must("assessment.finalize", { assessmentId: id });
    expect(finalized.readOnly).toBe(true);
    expect(finalized.assessment).toMatchObject({ status: "finalized", finalizedBy: { name: "Maria Lopez" }, finalizedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) });

    const writes = [
      c.call("assessment.answer", { assessmentId: id, questionId: RISK_ANALYSIS_1, value: "yes" }),
      c.call("assessment.confirmCarried", { assessmentId: id, questionIds: [RISK_ANALYSIS_1] }),
      c.call("assessment.setNotApplicable", { assessmentId: id, requirementId: MAINTENANCE_RECORDS, notApplicable: true, reason: "The landlord keeps these records." }),
      c.call("assessment.decideAddressable", { assessmentId: id, requirementId: MAINTENANCE_RECORDS, decision: null }),
      c.call("assessment.reviewSection", { assessmentId: id, safeguard: "physical" }),
      c.call("assessment.finalize", { assessmentId: id }),
      c.call("evidence.attach", { assessmentId: id, questionId: RISK_ANALYSIS_1, fileName: "more.txt", mimeType: "text/plain", contentBase64: Buffer.from("x").toString("base64") }),
      c.call("evidence.remove", { evidenceId: evidence.id }),
    ];
    for (const result of await Promise.all(writes)) {
      expect(result).toMatchObject({ ok: false, error: { code: "CONFLICT", message: expect.stringMatching(/^The 2026 assessment was finalized by Maria Lopez on \d{4}-\d{2}-\d{2} and can no longer be changed/) } });
    }
    // Reading still works, and the results no longer move when the practice profile changes.
    const resultsBefore = await c.must("assessment.results", { assessmentId: id });
    await c.must("practice.update", { ...PRACTICE, sponsorsGroupHealthPlan: true });
    expect(await c.must("assessment.results", { assessmentId: id })).toEqual(resultsBefore);
    expect((await c.must("evidence.download", { evidenceId: evidence.id })).fileName).toBe("risk.txt");
    // The remediation plan is worked after the assessment ends, so it stays open to changes.
    const item = await c.must("actionItems.createFromGap", { assessmentId: id, questionId: RISK_ANALYSIS_1 });
    expect(await c.must("actionItems.update", { id: item.id, status: "in-progress" })).toMatchObject({ status: "in-progress" });
  });

  it("refuses while anything is incomplete, and says what", async () => {
    const c = await team();
    const { assessment } = await c.must("assessment.start", { year: 2026 });
    await c.must("assessment.answer", { assessmentId: assessment.id, questionId: RISK_ANALYSIS_1, value: "yes" });
    const refused = await c.call("assessment.finalize", { assessmentId: assessment.id });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: "CONFLICT",
        message: expect.stringMatching(new RegExp(`addressable specifications need a documented decision: .*${applicableQuestions.length - 1} questions are not answered yet\\. 5 sections need a reviewer's sign-off`)),
        fields: { [RISK_ANALYSIS_2]: "Not answered yet.", administrative: expect.any(String) },
      },
    });
  });
});

describe("carrying last year forward", () => {
  async function finishedYear() {
    const c = await team();
    const { assessment } = await c.must("assessment.start", { year: 2026 });
    await completeAssessment(c, assessment.id, { [RISK_ANALYSIS_2]: "partly" });
    await c.must("assessment.answer", { assessmentId: assessment.id, questionId: RISK_ANALYSIS_1, notes: "Vendor report on file." });
    await reviewEverything(c, assessment.id);
    await c.must("assessment.finalize", { assessmentId: assessment.id });
    return { c, lastYear: assessment.id };
  }

  it("copies answers, notes and decisions marked carried over, keeps who gave them, until someone confirms or changes them", async () => {
    const { c, lastYear } = await finishedYear();
    await signInAs(c, STAFF);
    let detail = await c.must("assessment.start", { year: 2027, carryFromAssessmentId: lastYear });
    expect(detail.assessment).toMatchObject({ year: 2027, carriedFrom: { id: lastYear, year: 2026 }, startedBy: { name: "Jamal Reed" } });
    expect(detail.assessment.progress).toMatchObject({ answered: 0, awaitingConfirmation: applicableQuestions.length, percent: 0 });
    expect(questionIn(detail, RISK_ANALYSIS_1)).toMatchObject({ carriedOver: true, notes: "Vendor report on file.", answer: { value: "yes", answeredBy: { name: "Maria Lopez" } } });
    expect(requirementIn(detail, CONTINGENCY_OPERATIONS)).toMatchObject({ carriedOver: true, decision: { kind: "implemented", decidedBy: { name: "Maria Lopez" } } });
    expect(detail.completeness.carriedAnswersToConfirm).toHaveLength(applicableQuestions.length);
    expect(detail.completeness.sectionsNotReviewed).toHaveLength(5);
    expect(await c.must("evidence.list", { assessmentId: detail.assessment.id })).toEqual([]);

    const id = detail.assessment.id;
    detail = await c.must("assessment.answer", { assessmentId: id, questionId: RISK_ANALYSIS_1, notes: "Vendor report on file; new one due in June." });
    expect(questionIn(detail, RISK_ANALYSIS_1).carriedOver).toBe(true); // notes alone do not confirm the answer
    detail = await c.must("assessment.confirmCarried", { assessmentId: id, questionIds: [RISK_ANALYSIS_1], requirementIds: [CONTINGENCY_OPERATIONS] });
    expect(questionIn(detail, RISK_ANALYSIS_1)).toMatchObject({ carriedOver: false, answer: { value: "yes", answeredBy: { name: "Jamal Reed" } } });
    expect(requirementIn(detail, CONTINGENCY_OPERATIONS)).toMatchObject({ carriedOver: false, decision: { decidedBy: { name: "Jamal Reed" } } });
    detail = await c.must("assessment.answer", { assessmentId: id, questionId: RISK_ANALYSIS_2, value: "yes" });
    expect(questionIn(detail, RISK_ANALYSIS_2)).toMatchObject({ carriedOver: false, answer: { value: "yes", answeredBy: { name: "Jamal Reed" } } });
    expect(detail.assessment.progress).toMatchObject({ answered: 2, awaitingConfirmation: applicableQuestions.length - 2 });

    const refused = await c.call("assessment.finalize", { assessmentId: id });
    expect(refused).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    await signInAsAdmin(c);
    expect(await c.call("assessment.finalize", { assessmentId: id })).toMatchObject({
      ok: false,
      error: { code: "CONFLICT", message: expect.stringMatching(/items carried over from last year need to be confirmed or changed/) },
    });
  });

  it("carries forward only from an earlier year", async () => {
    const { c, lastYear } = await finishedYear();
    expect(await c.call("assessment.start", { year: 2025, carryFromAssessmentId: lastYear })).toMatchObject({
      ok: false,
      error: { code: "VALIDATION", fields: { carryFromAssessmentId: expect.stringMatching(/earlier year/) } },
    });
  });
});

describe("roles and the audit log", () => {
  it("lets a Read-only user read everything and change nothing", async () => {
    const c = await team();
    const { assessment } = await c.must("assessment.start", { year: 2026 });
    const id = assessment.id;
    await c.must("assessment.answer", { assessmentId: id, questionId: RISK_ANALYSIS_1, value: "no" });
    const file = await c.must("evidence.attach", { assessmentId: id, questionId: RISK_ANALYSIS_1, fileName: "a.txt", mimeType: "text/plain", contentBase64: Buffer.from("a").toString("base64") });
    const item = await c.must("actionItems.createFromGap", { assessmentId: id, questionId: RISK_ANALYSIS_1 });
    await signInAs(c, READER);
    expect(await c.must("assessment.list", {})).toHaveLength(1);
    expect((await c.must("assessment.get", { assessmentId: id })).assessment.year).toBe(2026);
    expect((await c.must("assessment.results", { assessmentId: id })).gaps).toHaveLength(1);
    expect(await c.must("evidence.list", { assessmentId: id })).toHaveLength(1);
    expect(await c.must("evidence.download", { evidenceId: file.id })).toMatchObject({ fileName: "a.txt" });
    expect(await c.must("actionItems.list", {})).toHaveLength(1);
    const writes = [
      c.call("assessment.start", { year: 2027 }),
      c.call("assessment.answer", { assessmentId: id, questionId: RISK_ANALYSIS_1, value: "yes" }),
      c.call("assessment.confirmCarried", { assessmentId: id, questionIds: [RISK_ANALYSIS_1] }),
      c.call("assessment.setNotApplicable", { assessmentId: id, requirementId: MAINTENANCE_RECORDS, notApplicable: false }),
      c.call("assessment.decideAddressable", { assessmentId: id, requirementId: MAINTENANCE_RECORDS, decision: "implemented" }),
      c.call("assessment.reviewSection", { assessmentId: id, safeguard: "physical" }),
      c.call("assessment.finalize", { assessmentId: id }),
      c.call("evidence.attach", { assessmentId: id, questionId: RISK_ANALYSIS_1, fileName: "b.txt", mimeType: "text/plain", contentBase64: "Yg==" }),
      c.call("evidence.remove", { evidenceId: file.id }),
      c.call("actionItems.createFromGap", { assessmentId: id, questionId: RISK_ANALYSIS_1 }),
      c.call("actionItems.update", { id: item.id, status: "done" }),
    ];
    for (const result of await Promise.all(writes)) {
      expect(result).toMatchObject({ ok: false, error: { code: "FORBIDDEN", message: expect.stringMatching(/Read-only/) } });
    }
  });

  it("records every change with who made it and what changed, in an intact chain", async () => {
    const c = await team();
    const { assessment } = await c.must("assessment.start", { year: 2026 });
    const id = assessment.id;
    await c.must("assessment.answer", { assessmentId: id, questionId: RISK_ANALYSIS_1, value: "outdated-or-incomplete" });
    await signInAs(c, STAFF);
    await c.must("assessment.answer", { assessmentId: id, questionId: RISK_ANALYSIS_1, value: "yes", notes: "Updated after the vendor visit." });
    await c.must("assessment.setNotApplicable", { assessmentId: id, requirementId: MAINTENANCE_RECORDS, notApplicable: true, reason: "The landlord keeps all repair records." });
    await c.must("assessment.decideAddressable", { assessmentId: id, requirementId: CONTINGENCY_OPERATIONS, decision: "alternative", description: "Building security lets the vendor in." });
    const [answered] = (await c.must("audit.list", { filter: { action: "assessment.answered" } })).entries;
    expect(answered).toMatchObject({
      actorName: "jamal",
      recordType: "assessment",
      recordId: id,
      summary: 'Answered "Yes, written, complete and current" to question 1 of 164.308(a)(1)(ii)(A) Risk analysis in the 2026 assessment',
      changes: { questionId: RISK_ANALYSIS_1, value: { from: "outdated-or-incomplete", to: "yes" }, notes: { from: "", to: "Updated after the vendor visit." } },
    });
    const actions = (await c.must("audit.list", { filter: { text: id } })).entries.map((entry) => entry.action);
    expect(actions).toEqual(
      expect.arrayContaining(["assessment.started", "assessment.answered", "assessment.not-applicable-marked", "assessment.addressable-decided"]),
    );
    const [decided] = (await c.must("audit.list", { filter: { action: "assessment.addressable-decided" } })).entries;
    expect(decided?.changes).toMatchObject({ requirementId: CONTINGENCY_OPERATIONS, decision: { from: null, to: "alternative" }, description: { from: "", to: "Building security lets the vendor in." } });
    expect(await c.must("audit.verify", {})).toMatchObject({ intact: true });
    expect(findQuestion(RISK_ANALYSIS_1)?.cfr).toBe("164.308(a)(1)(ii)(A)");
  });
});
