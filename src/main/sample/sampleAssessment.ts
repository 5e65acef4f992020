import { applicabilityFor, catalog } from "../../shared/catalog";
import { SAFEGUARDS } from "../../shared/catalog/types";
import type { PracticeProfile } from "../../shared/model/practice";
import type { SampleDriver } from "./sampleDriver";

/**
 * Where the sample practice falls short, as a real small office often does: partial encryption, no
 * tested contingency plan, unreviewed logs. Everything else gets the most effective answer.
 */
const LAST_YEAR_GAPS: Record<string, string> = {
  "q-312a2iv-1": "some",
};

/** Addressable decisions other than "implemented", with the reasons a dental office would give. */
const ALTERNATIVES: Record<string, { decision: "alternative" | "not-reasonable"; description: string; rationale: string }> = {};

/** Last year's assessment, complete and finalized; this year's carried forward and half reviewed. */
export async function buildSampleAssessments(driver: SampleDriver, profile: PracticeProfile, year: number): Promise<void> {
  const applicable = catalog.filter((requirement) => applicabilityFor(requirement, profile).applies);
  const last = await driver.must("assessment.start", { year: year - 1 });
  const lastId = last.assessment.id;
  for (const requirement of applicable) {
    for (const question of requirement.questions) {
      const best = question.options.find((option) => option.isMostEffective)!.value;
      await driver.must("assessment.answer", { assessmentId: lastId, questionId: question.id, value: LAST_YEAR_GAPS[question.id] ?? best });
    }
    if (requirement.status === "addressable") {
      const alternative = ALTERNATIVES[requirement.id];
      await driver.must(
        "assessment.decideAddressable",
        alternative
          ? { assessmentId: lastId, requirementId: requirement.id, ...alternative }
          : { assessmentId: lastId, requirementId: requirement.id, decision: "implemented", description: "In place as the practice's policy describes." },
      );
    }
  }
  for (const safeguard of SAFEGUARDS) {
    await driver.must("assessment.reviewSection", { assessmentId: lastId, safeguard, note: "Walked through with the dentist at the yearly compliance meeting." });
  }
  const results = await driver.must("assessment.results", { assessmentId: lastId });
  for (const gap of results.gaps) {
    await driver.must("actionItems.createFromGap", { assessmentId: lastId, questionId: gap.questionId, dueDate: `${year}-03-31` });
  }
  await driver.must("assessment.finalize", { assessmentId: lastId });

  // This year: carried forward; the technical safeguards have been gone through so far.
  const current = await driver.must("assessment.start", { year, carryFromAssessmentId: lastId });
  const technical = current.sections.find((section) => section.safeguard === "technical");
  const questionIds = technical?.requirements.flatMap((requirement) => requirement.questions.map((question) => question.id)) ?? [];
  const requirementIds = technical?.requirements.filter((requirement) => requirement.carriedOver).map((requirement) => requirement.id) ?? [];
  await driver.must("assessment.confirmCarried", { assessmentId: current.assessment.id, questionIds, requirementIds });
}
