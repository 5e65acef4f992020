import type { AssessmentStatus } from "../model/assessment";
import type { CycleStepId, CycleStepVerdict } from "../model/dashboard";
import type { RiskAnalysisStatus } from "../model/risk";
import { formatDay } from "../time/zonedTime";

/**
 * This year's cycle of the Security Rule program, step by step in the order an office manager works
 * through it: the practice profile, the safeguard assessment, the risk analysis, the policies, the
 * training, the vendors' agreements, and the signed reports for the binder. Each step is done, in
 * progress or not started, with one sentence on where it stands and one on what to do next.
 * Pure: the facts are read by src/main/dashboard; dates are calendar days in the practice's zone.
 */

export interface AnnualCycleFacts {
  year: number;
  practice: { securityOfficial: string; workforceCount: number; /** People now on the workforce roster. */ rosterCount: number };
  /** This year's assessment, or null. */
  assessment: {
    status: AssessmentStatus;
    total: number;
    /** Answered or confirmed this year. */
    answered: number;
    /** Carried over from last year and not confirmed yet. */
    awaitingConfirmation: number;
    /** Requirements still needing a documented decision or reason: addressable specifications, not-applicable marks (164.306(d)(3)). */
    decisionsMissing: number;
    /** Safeguard categories without a "reviewed by" sign-off. */
    sectionsNotReviewed: number;
    scorePercent: number | null;
    finalizedOn: string | null;
  } | null;
  /** The latest earlier year with an assessment, whose answers can be carried forward. */
  previousAssessmentYear: number | null;
  /** This year's risk analysis, or null. */
  riskAnalysis: {
    status: RiskAnalysisStatus;
    assets: number;
    risks: number;
    /** Risks not yet rated for likelihood and impact, before and after the current safeguards. */
    unrated: number;
    /** Accepted high or critical risks waiting for an Administrator's approval. */
    awaitingApproval: number;
    /** Risks to reduce with no step in the remediation plan. */
    withoutStep: number;
    finalizedOn: string | null;
    nextReviewDate: string | null;
  } | null;
  previousRiskAnalysisYear: number | null;
  policies: {
    /** Policies made so far (from the templates or added). */
    total: number;
    inEffect: number;
    reviewDue: number;
    /** Templates not made into policies yet. */
    missing: number;
    /** The soonest review date of the policies in effect. */
    nextReviewDate: string | null;
  };
  training: {
    /** People now on the roster. */
    people: number;
    upToDate: number;
    overdue: number;
    notYetTrained: number;
    /** Whether anyone now on the roster has a training record. */
    anyTraining: boolean;
  };
  vendors: {
    /** Vendors the practice still uses. */
    inUse: number;
    handlingEphi: number;
    /** Names of vendors handling ePHI without a signed, current BAA. */
    withoutBaa: string[];
    /** Names of vendors whose BAA is past its review date. */
    reviewsOverdue: string[];
    /** Names of vendors whose signed BAA has no copy attached. */
    copiesMissing: string[];
  };
  reports: {
    /** The latest report signed this year. */
    signed: { title: string; signedOn: string; signedBy: string } | null;
    /** The latest report exported this year without a signature, when none is signed. */
    unsigned: { title: string; exportedOn: string } | null;
  };
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "Acme", "Acme and Bolt", "Acme, Bolt, Cura and 2 more". */
export function nameList(names: readonly string[], shown = 3): string {
  if (names.length <= 1) return names[0] ?? "";
  if (names.length <= shown) return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
  return `${names.slice(0, shown).join(", ")} and ${names.length - shown} more`;
}

type Verdict = Omit<CycleStepVerdict, "id" | "title" | "cfr">;

const done = (status: string): Verdict => ({ state: "done", status, next: null });
const inProgress = (status: string, next: string): Verdict => ({ state: "in-progress", status, next });
const notStarted = (status: string, next: string): Verdict => ({ state: "not-started", status, next });

function practiceStep({ practice }: AnnualCycleFacts): Verdict {
  if (practice.rosterCount > 0 && practice.rosterCount !== practice.workforceCount) {
    return inProgress(
      `The profile says ${plural(practice.workforceCount, "workforce member", "workforce members")}; the roster lists ${plural(practice.rosterCount, "person", "people")}.`,
      "Correct the number of workforce members in the practice profile, or add the missing people to the roster.",
    );
  }
  return done(`Security Official: ${practice.securityOfficial}; ${plural(practice.workforceCount, "workforce member", "workforce members")}.`);
}

function assessmentStep({ year, assessment, previousAssessmentYear }: AnnualCycleFacts): Verdict {
  if (!assessment) {
    return notStarted(
      `No safeguard assessment for ${year} yet.`,
      previousAssessmentYear !== null
        ? `Start the ${year} assessment; the ${previousAssessmentYear} answers can be carried forward for you to confirm.`
        : `Start the ${year} assessment and answer the questions for each safeguard.`,
    );
  }
  if (assessment.status === "finalized") {
    const score = assessment.scorePercent === null ? "" : `, with a score of ${assessment.scorePercent}%`;
    return done(assessment.finalizedOn ? `Finalized on ${formatDay(assessment.finalizedOn)}${score}.` : `Finalized${score}.`);
  }
  // A carried-over answer counts as answered only once someone confirms it.
  const remaining = Math.max(0, assessment.total - assessment.answered - assessment.awaitingConfirmation);
  const percent = assessment.total === 0 ? 100 : Math.floor((assessment.answered / assessment.total) * 100);
  const status = `${assessment.answered} of ${plural(assessment.total, "question", "questions")} answered (${percent}%).`;
  const toConfirm = assessment.awaitingConfirmation;
  if (remaining > 0 && toConfirm > 0) {
    return inProgress(status, `Answer the ${plural(remaining, "remaining question", "remaining questions")} and confirm the ${plural(toConfirm, "answer", "answers")} carried over from last year.`);
  }
  if (remaining > 0) return inProgress(status, `Answer the ${plural(remaining, "remaining question", "remaining questions")}.`);
  if (toConfirm > 0) return inProgress(status, `Confirm the ${plural(toConfirm, "answer", "answers")} carried over from last year.`);
  if (assessment.decisionsMissing > 0) {
    return inProgress(
      status,
      `Write down a decision for the ${plural(assessment.decisionsMissing, "requirement", "requirements")} still missing one (addressable safeguards and anything marked not applicable).`,
    );
  }
  if (assessment.sectionsNotReviewed > 0) {
    return inProgress(status, `Review and sign off the ${plural(assessment.sectionsNotReviewed, "safeguard category", "safeguard categories")} not reviewed yet.`);
  }
  return inProgress(status, `Have an Administrator finalize the ${year} assessment.`);
}

function riskStep({ year, riskAnalysis, previousRiskAnalysisYear }: AnnualCycleFacts): Verdict {
  if (!riskAnalysis) {
    return notStarted(
      `No risk analysis for ${year} yet.`,
      previousRiskAnalysisYear !== null
        ? `Start the ${year} risk analysis from the ${previousRiskAnalysisYear} one and bring it up to date.`
        : `Start the ${year} risk analysis: list where patient information is kept, then rate what could go wrong.`,
    );
  }
  if (riskAnalysis.status === "finalized") {
    const finalized = riskAnalysis.finalizedOn ? `Finalized on ${formatDay(riskAnalysis.finalizedOn)}` : "Finalized";
    return done(riskAnalysis.nextReviewDate ? `${finalized}; next review by ${formatDay(riskAnalysis.nextReviewDate)}.` : `${finalized}.`);
  }
  const status =
    `${plural(riskAnalysis.assets, "asset", "assets")} and ${plural(riskAnalysis.risks, "risk", "risks")} listed` +
    (riskAnalysis.unrated > 0 ? `; ${riskAnalysis.unrated} not rated yet.` : ".");
  if (riskAnalysis.assets === 0) return inProgress(status, "List where patient information is kept: software, computers, paper records and vendors.");
  if (riskAnalysis.risks === 0) return inProgress(status, "Add what could go wrong for each asset.");
  if (riskAnalysis.unrated > 0) {
    return inProgress(status, `Rate the likelihood and impact of the ${plural(riskAnalysis.unrated, "risk", "risks")} not rated yet, before and after the current safeguards.`);
  }
  if (riskAnalysis.withoutStep > 0) {
    return inProgress(status, `Add a step to the remediation plan for the ${plural(riskAnalysis.withoutStep, "risk", "risks")} to reduce.`);
  }
  if (riskAnalysis.awaitingApproval > 0) {
    return inProgress(status, `Have an Administrator approve the ${plural(riskAnalysis.awaitingApproval, "accepted high or critical risk", "accepted high or critical risks")}.`);
  }
  return inProgress(status, `Have an Administrator finalize the ${year} risk analysis.`);
}

function policyStep({ policies }: AnnualCycleFacts): Verdict {
  if (policies.total === 0) {
    return notStarted("No policies yet.", "Make the practice's policies from the templates (they use your assessment answers), then approve each one.");
  }
  const drafts = policies.total - policies.inEffect;
  if (policies.missing > 0 || drafts > 0 || policies.reviewDue > 0) {
    const status =
      `${policies.inEffect} of ${plural(policies.total + policies.missing, "policy", "policies")} in effect` +
      (policies.reviewDue > 0 ? `; ${policies.reviewDue} due for review.` : ".");
    if (policies.missing > 0) return inProgress(status, `Make the ${plural(policies.missing, "missing policy", "missing policies")} from the templates.`);
    if (drafts > 0) return inProgress(status, `Have an Administrator read and approve the ${plural(drafts, "policy", "policies")} still in draft.`);
    return inProgress(status, `Review the ${plural(policies.reviewDue, "policy", "policies")} due for review and record the review.`);
  }
  return done(
    `All ${plural(policies.total, "policy is", "policies are")} in effect` + (policies.nextReviewDate ? `; the next review is due ${formatDay(policies.nextReviewDate)}.` : "."),
  );
}

function trainingStep({ training }: AnnualCycleFacts): Verdict {
  if (training.people === 0) {
    return notStarted("Nobody is on the workforce roster yet.", "Add everyone who works at the practice to the roster, then record their security training.");
  }
  if (!training.anyTraining) {
    return notStarted(
      `No training recorded for the ${plural(training.people, "person", "people")} on the roster.`,
      "Train everyone on the required topics and record who took part.",
    );
  }
  if (training.overdue > 0 || training.notYetTrained > 0) {
    const status =
      `${training.upToDate} of ${plural(training.people, "person is", "people are")} up to date` +
      (training.overdue > 0 ? `; ${training.overdue} overdue` : "") +
      (training.notYetTrained > 0 ? `; ${training.notYetTrained} not yet trained on every topic` : "") +
      ".";
    return training.overdue > 0
      ? inProgress(status, `Train the ${plural(training.overdue, "person", "people")} whose training is overdue, and record it.`)
      : inProgress(status, `Train the ${plural(training.notYetTrained, "person", "people")} not yet trained on every topic before it falls due.`);
  }
  return done(training.people === 1 ? "The one person on the roster is up to date." : `All ${training.people} people on the roster are up to date.`);
}

function vendorStep({ vendors }: AnnualCycleFacts): Verdict {
  if (vendors.inUse === 0) {
    return notStarted("No vendors listed yet.", "List the companies that handle patient information for the practice, such as IT support, cloud backup and the practice software.");
  }
  if (vendors.withoutBaa.length > 0) {
    return inProgress(
      `${vendors.withoutBaa.length} of ${plural(vendors.handlingEphi, "vendor", "vendors")} handling patient information ${vendors.withoutBaa.length === 1 ? "has" : "have"} no signed BAA.`,
      `Get a Business Associate Agreement signed with ${nameList(vendors.withoutBaa)}.`,
    );
  }
  if (vendors.reviewsOverdue.length > 0) {
    return inProgress(
      `${plural(vendors.reviewsOverdue.length, "BAA is", "BAAs are")} past the review date.`,
      `Review the Business Associate Agreement with ${nameList(vendors.reviewsOverdue)}.`,
    );
  }
  if (vendors.copiesMissing.length > 0) {
    return inProgress(
      `${plural(vendors.copiesMissing.length, "signed BAA has", "signed BAAs have")} no copy attached.`,
      `Attach the signed copy of the agreement with ${nameList(vendors.copiesMissing)}.`,
    );
  }
  if (vendors.handlingEphi === 0) return done(`None of the ${plural(vendors.inUse, "vendor", "vendors")} listed handles patient information.`);
  return done(
    vendors.handlingEphi === 1
      ? "The one vendor handling patient information has a signed BAA."
      : `All ${vendors.handlingEphi} vendors handling patient information have a signed BAA.`,
  );
}

function reportStep({ year, reports }: AnnualCycleFacts, earlierStepsDone: boolean): Verdict {
  if (reports.signed) return done(`${reports.signed.title} signed on ${formatDay(reports.signed.signedOn)} by ${reports.signed.signedBy}.`);
  if (reports.unsigned) {
    return inProgress(
      `${reports.unsigned.title} exported on ${formatDay(reports.unsigned.exportedOn)} without a signature.`,
      "Have an Administrator make the report again and sign it, so an auditor can check it was not changed.",
    );
  }
  return notStarted(
    `No report signed in ${year} yet.`,
    earlierStepsDone
      ? "Make the Annual Risk Analysis report and sign it, for the compliance binder."
      : "Once the steps above are done, make the year's reports and sign them for the compliance binder.",
  );
}

const STEPS: readonly { id: CycleStepId; title: string; cfr: string }[] = [
  { id: "practice-profile", title: "Practice profile", cfr: "164.308(a)(2)" },
  { id: "assessment", title: "Safeguard assessment", cfr: "164.308(a)(8)" },
  { id: "risk-analysis", title: "Risk analysis", cfr: "164.308(a)(1)(ii)(A), (B)" },
  { id: "policies", title: "Policies and procedures", cfr: "164.316(a), (b)" },
  { id: "training", title: "Security training", cfr: "164.308(a)(5)" },
  { id: "vendors", title: "Vendors and BAAs", cfr: "164.308(b)(1), 164.314(a)" },
  { id: "sign-and-export", title: "Sign and export", cfr: "164.316(b)" },
];

/** The seven steps in order, each judged from the facts. */
export function annualCycleSteps(facts: AnnualCycleFacts): CycleStepVerdict[] {
  const verdicts: Record<Exclude<CycleStepId, "sign-and-export">, Verdict> = {
    "practice-profile": practiceStep(facts),
    assessment: assessmentStep(facts),
    "risk-analysis": riskStep(facts),
    policies: policyStep(facts),
    training: trainingStep(facts),
    vendors: vendorStep(facts),
  };
  const earlierStepsDone = Object.values(verdicts).every((verdict) => verdict.state === "done");
  const all: Record<CycleStepId, Verdict> = { ...verdicts, "sign-and-export": reportStep(facts, earlierStepsDone) };
  return STEPS.map((step) => ({ ...step, ...all[step.id] }));
}

/** The first step not done, the one to work on now; null when every step is done. */
export function nextCycleStep(steps: readonly Pick<CycleStepVerdict, "id" | "state">[]): CycleStepId | null {
  return steps.find((step) => step.state !== "done")?.id ?? null;
}
