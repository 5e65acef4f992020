import { catalog } from "../catalog";
import { SAFEGUARDS, type Requirement, type Safeguard } from "../catalog/types";
import {
  answerCompliance,
  applicabilityInAssessment,
  decisionIsDocumented,
  isExplained,
  requirementName,
  type AssessmentSnapshot,
} from "./assessmentSnapshot";

export interface QuestionRef {
  questionId: string;
  requirementId: string;
  cfr: string;
  name: string;
  safeguard: Safeguard;
}

export interface RequirementRef {
  requirementId: string;
  cfr: string;
  name: string;
  safeguard: Safeguard;
}

/** What still stands between the assessment and finalizing it; every list empty means complete. */
export interface Completeness {
  complete: boolean;
  /** Questions under applicable requirements with no answer: "not answered yet". */
  unansweredQuestions: QuestionRef[];
  /** Applicable addressable specifications without a documented decision (45 CFR 164.306(d)(3)). */
  missingDecisions: RequirementRef[];
  /** Requirements a user marked not applicable without a reason of a few words. */
  notApplicableWithoutReason: RequirementRef[];
  /** Answers carried over from an earlier year that nobody has confirmed or changed yet. */
  carriedAnswersToConfirm: QuestionRef[];
  /** Not-applicable marks or addressable decisions carried over and not yet confirmed. */
  carriedRequirementsToConfirm: RequirementRef[];
  /** Sections (safeguard categories) without a current "reviewed by" sign-off. */
  sectionsNotReviewed: Safeguard[];
}

export interface SectionProgress {
  safeguard: Safeguard;
  /** Questions under applicable requirements. */
  total: number;
  /** Answered and not waiting for confirmation. */
  answered: number;
  /** Answered by carrying over, waiting for someone to confirm or change them. */
  awaitingConfirmation: number;
  /** answered / total as a whole percentage; 100 when nothing in the section applies. */
  percent: number;
}

const requirementRef = (requirement: Requirement): RequirementRef => ({
  requirementId: requirement.id,
  cfr: requirement.cfr,
  name: requirementName(requirement),
  safeguard: requirement.safeguard,
});

/** Lists everything missing, in regulation order, so a refusal to finalize can name it. */
export function assessmentCompleteness(snapshot: AssessmentSnapshot, requirements: ReadonlyArray<Requirement> = catalog): Completeness {
  const result: Omit<Completeness, "complete"> = {
    unansweredQuestions: [],
    missingDecisions: [],
    notApplicableWithoutReason: [],
    carriedAnswersToConfirm: [],
    carriedRequirementsToConfirm: [],
    sectionsNotReviewed: SAFEGUARDS.filter((safeguard) => !snapshot.reviewedSections.includes(safeguard)),
  };
  for (const requirement of requirements) {
    const state = snapshot.requirementStates[requirement.id];
    const applicability = applicabilityInAssessment(requirement, snapshot);
    if (state?.carriedOver) result.carriedRequirementsToConfirm.push(requirementRef(requirement));
    if (!applicability.applies) {
      if (applicability.source === "user" && !isExplained(applicability.reason)) result.notApplicableWithoutReason.push(requirementRef(requirement));
      continue;
    }
    if (requirement.status === "addressable" && !decisionIsDocumented(state?.decision ?? null)) result.missingDecisions.push(requirementRef(requirement));
    for (const question of requirement.questions) {
      const answer = snapshot.answers[question.id];
      const ref = { ...requirementRef(requirement), questionId: question.id };
      if (answerCompliance(question, answer) === null) result.unansweredQuestions.push(ref);
      else if (answer?.carriedOver) result.carriedAnswersToConfirm.push(ref);
    }
  }
  const complete = Object.values(result).every((list: unknown[]) => list.length === 0);
  return { complete, ...result };
}

/** Progress per safeguard category, for the figure beside each section while walking the assessment. */
export function sectionProgress(snapshot: AssessmentSnapshot, requirements: ReadonlyArray<Requirement> = catalog): SectionProgress[] {
  return SAFEGUARDS.map((safeguard) => {
    let total = 0;
    let answered = 0;
    let awaitingConfirmation = 0;
    for (const requirement of requirements) {
      if (requirement.safeguard !== safeguard || !applicabilityInAssessment(requirement, snapshot).applies) continue;
      for (const question of requirement.questions) {
        total += 1;
        const answer = snapshot.answers[question.id];
        if (answerCompliance(question, answer) === null) continue;
        if (answer?.carriedOver) awaitingConfirmation += 1;
        else answered += 1;
      }
    }
    return { safeguard, total, answered, awaitingConfirmation, percent: total === 0 ? 100 : Math.floor((answered / total) * 100) };
  });
}

/** The items of a completeness report that fall in one section, for a section's sign-off. */
export function missingInSection(completeness: Completeness, safeguard: Safeguard): number {
  const inSection = (ref: { safeguard: Safeguard }) => ref.safeguard === safeguard;
  return (
    completeness.unansweredQuestions.filter(inSection).length +
    completeness.missingDecisions.filter(inSection).length +
    completeness.notApplicableWithoutReason.filter(inSection).length +
    completeness.carriedAnswersToConfirm.filter(inSection).length +
    completeness.carriedRequirementsToConfirm.filter(inSection).length
  );
}
