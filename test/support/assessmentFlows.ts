import { applicabilityFor, catalog, SAFEGUARDS } from "../../src/shared/catalog";
import type { AssessmentDetail } from "../../src/shared/model/assessment";
import { PRACTICE } from "./testCore";
import { READER, STAFF, type Core } from "./team";

export { STAFF, READER, signInAs, signInAsAdmin } from "./team";

/** A vault with the Administrator (Maria), a Staff member (Jamal) and a Read-only auditor; Maria is signed in. */
export async function practiceWithTeam(c: Core): Promise<void> {
  await c.setUp();
  await c.must("users.create", STAFF);
  await c.must("users.create", READER);
}

/** Questions that apply to the test practice (no group health plan, not a clearinghouse). */
export const applicableRequirements = catalog.filter((requirement) => applicabilityFor(requirement, PRACTICE).applies);
export const applicableQuestions = applicableRequirements.flatMap((requirement) => requirement.questions);

/** Answers every applicable question with its most effective option, except the values given. */
export async function answerEverything(c: Core, assessmentId: string, overrides: Record<string, string> = {}): Promise<AssessmentDetail> {
  let detail: AssessmentDetail | undefined;
  for (const question of applicableQuestions) {
    const value = overrides[question.id] ?? question.options.find((option) => option.isMostEffective)!.value;
    detail = await c.must("assessment.answer", { assessmentId, questionId: question.id, value });
  }
  return detail!;
}

/** Records "implemented" on every applicable addressable specification. */
export async function decideEverything(c: Core, assessmentId: string): Promise<void> {
  for (const requirement of applicableRequirements.filter((r) => r.status === "addressable")) {
    await c.must("assessment.decideAddressable", { assessmentId, requirementId: requirement.id, decision: "implemented", description: "As the policy says." });
  }
}

export async function reviewEverything(c: Core, assessmentId: string): Promise<AssessmentDetail> {
  let detail: AssessmentDetail | undefined;
  for (const safeguard of SAFEGUARDS) detail = await c.must("assessment.reviewSection", { assessmentId, safeguard });
  return detail!;
}

/** An assessment ready to finalize: everything answered, decided and signed off. */
export async function completeAssessment(c: Core, assessmentId: string, overrides: Record<string, string> = {}): Promise<AssessmentDetail> {
  await answerEverything(c, assessmentId, overrides);
  await decideEverything(c, assessmentId);
  return reviewEverything(c, assessmentId);
}
