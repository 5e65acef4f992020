import { afterEach, describe, expect, it } from "vitest";
import { breachOutcome, FACTOR_QUESTIONS, type BreachAnswers } from "../../../src/shared/rules/breachAssessment";
import {
  assessAsBreach,
  BREACH_ANSWERS,
  incidentCore,
  LOW_PROBABILITY_ANSWERS,
  READER,
  recordIncident,
  refused,
  signInAs,
  signInAsAdmin,
  STAFF,
  type Core,
} from "./incidentTestKit";

const cores: Core[] = [];
afterEach(() => cores.splice(0).forEach((c) => c.dispose()));

const allAnswers = (option: string) => Object.fromEntries(FACTOR_QUESTIONS.map((question) => [question.id, option]));
const lowerAnswers = LOW_PROBABILITY_ANSWERS.factorAnswers!;

describe("the breach rule of 45 CFR 164.402, as a table", () => {
  it.each<[string, BreachAnswers, ReturnType<typeof breachOutcome>]>([
    ["nothing answered yet", { exception: null, safeHarbor: null, factorAnswers: {} }, { kind: "incomplete", nextStep: "exceptions" }],
    ["exception (i): a staff member's good-faith access", { exception: "workforce-good-faith", safeHarbor: null, factorAnswers: {} }, { kind: "not-a-breach", basis: "exception" }],
    ["exception (ii): to another authorized person here", { exception: "inadvertent-internal", safeHarbor: null, factorAnswers: {} }, { kind: "not-a-breach", basis: "exception" }],
    ["exception (iii): could not have kept it", { exception: "unable-to-retain", safeHarbor: null, factorAnswers: {} }, { kind: "not-a-breach", basis: "exception" }],
    ["an exception wins over answers that point to a breach", { exception: "unable-to-retain", safeHarbor: "unsecured", factorAnswers: allAnswers("unknown") }, { kind: "not-a-breach", basis: "exception" }],
    ["no exception, safe harbor not answered", { exception: "none", safeHarbor: null, factorAnswers: {} }, { kind: "incomplete", nextStep: "safe-harbor" }],
    ["encrypted to HHS's standard: not unsecured PHI", { exception: "none", safeHarbor: "secured", factorAnswers: {} }, { kind: "not-a-breach", basis: "secured" }],
    ["unsecured, factors not answered", { exception: "none", safeHarbor: "unsecured", factorAnswers: {} }, { kind: "incomplete", nextStep: "factors" }],
    ["unsecured, one factor question left", { exception: "none", safeHarbor: "unsecured", factorAnswers: { ...lowerAnswers, "mitigation-assurance": "" } }, { kind: "incomplete", nextStep: "factors" }],
    ["every factor points to a low probability", { exception: "none", safeHarbor: "unsecured", factorAnswers: lowerAnswers }, { kind: "not-a-breach", basis: "low-probability" }],
    ["one factor points higher: a breach", { exception: "none", safeHarbor: "unsecured", factorAnswers: { ...lowerAnswers, "recipient-intent": "yes" } }, { kind: "breach" }],
    ["'we don't know' counts against a low probability (164.414(b))", { exception: "none", safeHarbor: "unsecured", factorAnswers: { ...lowerAnswers, "acquired-viewed": "unknown" } }, { kind: "breach" }],
    ["every factor points higher", { exception: "none", safeHarbor: "unsecured", factorAnswers: BREACH_ANSWERS.factorAnswers! }, { kind: "breach" }],
  ])("%s", async (_, answers, expected) => {
    expect(breachOutcome(answers)).toEqual(expected);
  });

  it.each([
    ["an exception", { exception: "inadvertent-internal" as const, exceptionNotes: "The X-ray went to Dr. Kim's inbox instead of Dr. Park's, both of this office." }, "not-a-breach", "exception"],
    ["the encryption safe harbor", { exception: "none" as const, safeHarbor: "secured" as const, safeHarborNotes: "BitLocker full-disk encryption; the password was not with the laptop." }, "not-a-breach", "secured"],
    ["a low probability from the four factors", LOW_PROBABILITY_ANSWERS, "not-a-breach", "low-probability"],
    ["factors that point to compromise", BREACH_ANSWERS, "breach", null],
  ])("through the service: %s, signed off by the Administrator", async (_, answers, state, basis) => {
    const c = await incidentCore(cores);
    const { incident } = await recordIncident(c);
    const saved = await c.must("incidents.assessment.save", { incidentId: incident.id, assessment: { ...answers, summary: "Our reasoning is written down here in full." } });
    expect(saved.assessment!.outcome).toEqual(state === "breach" ? { kind: "breach" } : { kind: "not-a-breach", basis });
    expect(saved.assessment!.missingForSignOff).toEqual([]);
    const signed = await c.must("incidents.assessment.signOff", { incidentId: incident.id });
    expect(signed.assessment!.signedOff).toMatchObject({ by: { name: "Maria Lopez" } });
    expect(signed.breachState).toBe(state);
    expect(signed.deadlines.applies).toBe(state === "breach");
  });
});

describe("the guided assessment, saved step by step and signed off", () => {
  it("saves each step as it is answered and says what the next step is", async () => {
    const c = await incidentCore(cores);
    const { incident } = await recordIncident(c);
    const step1 = await c.must("incidents.assessment.save", { incidentId: incident.id, assessment: { exception: "none" } });
    expect(step1.assessment).toMatchObject({ exception: "none", outcome: { kind: "incomplete", nextStep: "safe-harbor" }, missingForSignOff: ["Answer Step 2, whether the information was secured."] });
    expect(step1.breachState).toBe("assessing");
    expect(step1.deadlines).toMatchObject({ applies: true, presumed: true });
    const step2 = await c.must("incidents.assessment.save", { incidentId: incident.id, assessment: { exception: "none", safeHarbor: "unsecured", factorAnswers: { "nature-financial": "yes" } } });
    expect(step2.assessment).toMatchObject({ outcome: { kind: "incomplete", nextStep: "factors" }, findings: { nature: null, recipient: null, acquired: null, mitigation: null } });
    const step3 = await c.must("incidents.assessment.save", { incidentId: incident.id, assessment: { ...BREACH_ANSWERS, factorNotes: { nature: "", recipient: "", acquired: "", mitigation: "" }, summary: "" } });
    expect(step3.assessment!.findings).toEqual({ nature: "higher", recipient: "higher", acquired: "higher", mitigation: "higher" });
    expect(step3.assessment!.outcome).toEqual({ kind: "breach" });
    expect(step3.breachState).toBe("breach");
    expect(step3.deadlines.presumed).toBe(false);
    // The documented reasoning is required before the sign-off.
    expect(step3.assessment!.missingForSignOff).toHaveLength(5);
    const early = await refused(c, "incidents.assessment.signOff", { incidentId: incident.id });
    expect(early).toMatchObject({ code: "VALIDATION", message: expect.stringMatching(/What information was involved.*164\.402\(2\)\(i\)/) });
    const audit = await c.must("audit.list", { filter: { action: "incident.breach-assessment-saved" }, offset: 0, limit: 10 });
    expect(audit.total).toBe(3);
  });

  it("refuses an answer that is not one of the question's answers", async () => {
    const c = await incidentCore(cores);
    const { incident } = await recordIncident(c);
    const error = await refused(c, "incidents.assessment.save", { incidentId: incident.id, assessment: { factorAnswers: { "nature-financial": "perhaps" } } });
    expect(error).toMatchObject({ code: "VALIDATION", fields: { "assessment.factorAnswers.nature-financial": "That is not one of the answers to this question." } });
  });

  it("needs no assessment when no patient information was involved", async () => {
    const c = await incidentCore(cores);
    const { incident } = await recordIncident(c, { phi: "none", informationTypes: [], individualsAffected: null, residents: [] });
    expect(await refused(c, "incidents.assessment.save", { incidentId: incident.id, assessment: BREACH_ANSWERS })).toMatchObject({ code: "CONFLICT" });
  });

  it("is signed off by an Administrator only; Staff answers, Read-only looks", async () => {
    const c = await incidentCore(cores);
    const { incident } = await recordIncident(c);
    await signInAs(c, STAFF);
    await c.must("incidents.assessment.save", { incidentId: incident.id, assessment: BREACH_ANSWERS });
    expect(await refused(c, "incidents.assessment.signOff", { incidentId: incident.id })).toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/only an Administrator/) });
    await signInAs(c, READER);
    expect(await refused(c, "incidents.assessment.save", { incidentId: incident.id, assessment: LOW_PROBABILITY_ANSWERS })).toMatchObject({ code: "FORBIDDEN" });
    expect(await refused(c, "incidents.assessment.signOff", { incidentId: incident.id })).toMatchObject({ code: "FORBIDDEN" });
    await signInAsAdmin(c);
    const signed = await c.must("incidents.assessment.signOff", { incidentId: incident.id });
    expect(signed.assessment!.signedOff!.by.name).toBe("Maria Lopez");
    const audit = await c.must("audit.list", { filter: { action: "incident.breach-assessment-signed" }, offset: 0, limit: 10 });
    expect(audit.entries[0]).toMatchObject({ actorName: "maria", summary: expect.stringMatching(/A breach of unsecured protected health information/) });
  });

  it("keeps a signed assessment as signed until an Administrator withdraws the sign-off with a reason", async () => {
    const c = await incidentCore(cores);
    const { incident } = await recordIncident(c);
    await assessAsBreach(c, incident.id);
    expect(await refused(c, "incidents.assessment.save", { incidentId: incident.id, assessment: LOW_PROBABILITY_ANSWERS })).toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/signed off by Maria Lopez/),
    });
    expect(await refused(c, "incidents.assessment.signOff", { incidentId: incident.id })).toMatchObject({ code: "CONFLICT" });
    await signInAs(c, STAFF);
    expect(await refused(c, "incidents.assessment.withdrawSignOff", { incidentId: incident.id, reason: "New facts" })).toMatchObject({ code: "FORBIDDEN" });
    await signInAsAdmin(c);
    const reopened = await c.must("incidents.assessment.withdrawSignOff", { incidentId: incident.id, reason: "The laptop was found, unopened." });
    expect(reopened.assessment!.signedOff).toBeNull();
    const changed = await c.must("incidents.assessment.save", { incidentId: incident.id, assessment: { ...LOW_PROBABILITY_ANSWERS } });
    expect(changed.assessment!.outcome).toEqual({ kind: "not-a-breach", basis: "low-probability" });
    const audit = await c.must("audit.list", { filter: { action: "incident.breach-assessment-reopened" }, offset: 0, limit: 10 });
    expect(audit.entries[0]!.changes).toMatchObject({ reason: "The laptop was found, unopened.", signedBy: "Maria Lopez" });
  });
});
