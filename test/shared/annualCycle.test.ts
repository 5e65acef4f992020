import { describe, expect, it } from "vitest";
import type { CycleStepId, CycleStepState } from "../../src/shared/model/dashboard";
import { annualCycleSteps, nameList, nextCycleStep, type AnnualCycleFacts } from "../../src/shared/rules/annualCycle";

/** A practice that has done the whole of 2026's cycle; each case changes one part. */
const DONE: AnnualCycleFacts = {
  year: 2026,
  practice: { securityOfficial: "Maria Lopez", workforceCount: 8, rosterCount: 8 },
  assessment: { status: "finalized", total: 140, answered: 140, awaitingConfirmation: 0, decisionsMissing: 0, sectionsNotReviewed: 0, scorePercent: 82, finalizedOn: "2026-02-10" },
  previousAssessmentYear: 2025,
  riskAnalysis: { status: "finalized", assets: 12, risks: 30, unrated: 0, awaitingApproval: 0, withoutStep: 0, finalizedOn: "2026-03-01", nextReviewDate: "2027-03-01" },
  previousRiskAnalysisYear: 2025,
  policies: { total: 9, inEffect: 9, reviewDue: 0, missing: 0, nextReviewDate: "2027-01-15" },
  training: { people: 8, upToDate: 8, overdue: 0, notYetTrained: 0, anyTraining: true },
  vendors: { inUse: 5, handlingEphi: 4, withoutBaa: [], reviewsOverdue: [], copiesMissing: [] },
  reports: { signed: { title: "Annual Risk Analysis", signedOn: "2026-03-02", signedBy: "Maria Lopez" }, unsigned: null },
};

const OPEN_ASSESSMENT = { status: "in-progress", total: 140, answered: 0, awaitingConfirmation: 0, decisionsMissing: 0, sectionsNotReviewed: 0, scorePercent: null, finalizedOn: null } as const;
const OPEN_ANALYSIS = { status: "in-progress", assets: 0, risks: 0, unrated: 0, awaitingApproval: 0, withoutStep: 0, finalizedOn: null, nextReviewDate: null } as const;

/** Nothing done yet in a first year: only the profile from the setup wizard. */
const EMPTY: AnnualCycleFacts = {
  year: 2026,
  practice: { securityOfficial: "Maria Lopez", workforceCount: 8, rosterCount: 0 },
  assessment: null,
  previousAssessmentYear: null,
  riskAnalysis: null,
  previousRiskAnalysisYear: null,
  policies: { total: 0, inEffect: 0, reviewDue: 0, missing: 9, nextReviewDate: null },
  training: { people: 0, upToDate: 0, overdue: 0, notYetTrained: 0, anyTraining: false },
  vendors: { inUse: 0, handlingEphi: 0, withoutBaa: [], reviewsOverdue: [], copiesMissing: [] },
  reports: { signed: null, unsigned: null },
};

function step(facts: AnnualCycleFacts, id: CycleStepId) {
  const found = annualCycleSteps(facts).find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
}

type Case = [name: string, id: CycleStepId, facts: AnnualCycleFacts, state: CycleStepState, status: string, next: string | null];

const CASES: Case[] = [
  // Practice profile
  ["profile with no roster yet", "practice-profile", EMPTY, "done", "Security Official: Maria Lopez; 8 workforce members.", null],
  ["profile matching the roster", "practice-profile", DONE, "done", "Security Official: Maria Lopez; 8 workforce members.", null],
  [
    "profile count differing from the roster",
    "practice-profile",
    { ...DONE, practice: { securityOfficial: "Maria Lopez", workforceCount: 8, rosterCount: 6 } },
    "in-progress",
    "The profile says 8 workforce members; the roster lists 6 people.",
    "Correct the number of workforce members in the practice profile, or add the missing people to the roster.",
  ],
  [
    "a one-person office with one on the roster",
    "practice-profile",
    { ...DONE, practice: { securityOfficial: "Maria Lopez", workforceCount: 1, rosterCount: 1 } },
    "done",
    "Security Official: Maria Lopez; 1 workforce member.",
    null,
  ],

  // Assessment
  ["no assessment, first year", "assessment", EMPTY, "not-started", "No safeguard assessment for 2026 yet.", "Start the 2026 assessment and answer the questions for each safeguard."],
  [
    "no assessment, last year's to carry forward",
    "assessment",
    { ...DONE, assessment: null },
    "not-started",
    "No safeguard assessment for 2026 yet.",
    "Start the 2026 assessment; the 2025 answers can be carried forward for you to confirm.",
  ],
  [
    "assessment with questions left",
    "assessment",
    { ...DONE, assessment: { ...OPEN_ASSESSMENT, total: 140, answered: 90, awaitingConfirmation: 0, scorePercent: 70, finalizedOn: null } },
    "in-progress",
    "90 of 140 questions answered (64%).",
    "Answer the 50 remaining questions.",
  ],
  [
    "assessment with one question left and carried answers to confirm",
    "assessment",
    { ...DONE, assessment: { ...OPEN_ASSESSMENT, total: 140, answered: 100, awaitingConfirmation: 39, scorePercent: 70, finalizedOn: null } },
    "in-progress",
    "100 of 140 questions answered (71%).",
    "Answer the 1 remaining question and confirm the 39 answers carried over from last year.",
  ],
  [
    "assessment with only carried answers to confirm",
    "assessment",
    { ...DONE, assessment: { ...OPEN_ASSESSMENT, total: 140, answered: 139, awaitingConfirmation: 1, scorePercent: 80, finalizedOn: null } },
    "in-progress",
    "139 of 140 questions answered (99%).",
    "Confirm the 1 answer carried over from last year.",
  ],
  [
    "assessment all answered, not finalized",
    "assessment",
    { ...DONE, assessment: { ...OPEN_ASSESSMENT, total: 140, answered: 140, awaitingConfirmation: 0, scorePercent: 80, finalizedOn: null } },
    "in-progress",
    "140 of 140 questions answered (100%).",
    "Have an Administrator finalize the 2026 assessment.",
  ],
  [
    "assessment answered, decisions missing",
    "assessment",
    { ...DONE, assessment: { ...OPEN_ASSESSMENT, answered: 140, decisionsMissing: 3, sectionsNotReviewed: 5, scorePercent: 80 } },
    "in-progress",
    "140 of 140 questions answered (100%).",
    "Write down a decision for the 3 requirements still missing one (addressable safeguards and anything marked not applicable).",
  ],
  [
    "assessment answered and decided, sections not reviewed",
    "assessment",
    { ...DONE, assessment: { ...OPEN_ASSESSMENT, answered: 140, sectionsNotReviewed: 1, scorePercent: 80 } },
    "in-progress",
    "140 of 140 questions answered (100%).",
    "Review and sign off the 1 safeguard category not reviewed yet.",
  ],
  ["assessment finalized", "assessment", DONE, "done", "Finalized on February 10, 2026, with a score of 82%.", null],

  // Risk analysis
  [
    "no risk analysis, first year",
    "risk-analysis",
    EMPTY,
    "not-started",
    "No risk analysis for 2026 yet.",
    "Start the 2026 risk analysis: list where patient information is kept, then rate what could go wrong.",
  ],
  [
    "no risk analysis, last year's to start from",
    "risk-analysis",
    { ...DONE, riskAnalysis: null },
    "not-started",
    "No risk analysis for 2026 yet.",
    "Start the 2026 risk analysis from the 2025 one and bring it up to date.",
  ],
  [
    "risk analysis with no assets",
    "risk-analysis",
    { ...DONE, riskAnalysis: { ...OPEN_ANALYSIS, assets: 0, risks: 0, unrated: 0 } },
    "in-progress",
    "0 assets and 0 risks listed.",
    "List where patient information is kept: software, computers, paper records and vendors.",
  ],
  [
    "risk analysis with assets but no risks",
    "risk-analysis",
    { ...DONE, riskAnalysis: { ...OPEN_ANALYSIS, assets: 1, risks: 0, unrated: 0 } },
    "in-progress",
    "1 asset and 0 risks listed.",
    "Add what could go wrong for each asset.",
  ],
  [
    "risk analysis with one risk not rated",
    "risk-analysis",
    { ...DONE, riskAnalysis: { ...OPEN_ANALYSIS, assets: 3, risks: 7, unrated: 1 } },
    "in-progress",
    "3 assets and 7 risks listed; 1 not rated yet.",
    "Rate the likelihood and impact of the 1 risk not rated yet, before and after the current safeguards.",
  ],
  [
    "risk analysis rated, not finalized",
    "risk-analysis",
    { ...DONE, riskAnalysis: { ...OPEN_ANALYSIS, assets: 3, risks: 7, unrated: 0 } },
    "in-progress",
    "3 assets and 7 risks listed.",
    "Have an Administrator finalize the 2026 risk analysis.",
  ],
  [
    "risk analysis with risks to reduce and no step",
    "risk-analysis",
    { ...DONE, riskAnalysis: { ...OPEN_ANALYSIS, assets: 3, risks: 7, withoutStep: 2, awaitingApproval: 1 } },
    "in-progress",
    "3 assets and 7 risks listed.",
    "Add a step to the remediation plan for the 2 risks to reduce.",
  ],
  [
    "risk analysis with an acceptance to approve",
    "risk-analysis",
    { ...DONE, riskAnalysis: { ...OPEN_ANALYSIS, assets: 3, risks: 7, awaitingApproval: 1 } },
    "in-progress",
    "3 assets and 7 risks listed.",
    "Have an Administrator approve the 1 accepted high or critical risk.",
  ],
  ["risk analysis finalized", "risk-analysis", DONE, "done", "Finalized on March 1, 2026; next review by March 1, 2027.", null],

  // Policies
  [
    "no policies",
    "policies",
    EMPTY,
    "not-started",
    "No policies yet.",
    "Make the practice's policies from the templates (they use your assessment answers), then approve each one.",
  ],
  [
    "policies made, some missing",
    "policies",
    { ...DONE, policies: { total: 8, inEffect: 6, reviewDue: 0, missing: 1, nextReviewDate: null } },
    "in-progress",
    "6 of 9 policies in effect.",
    "Make the 1 missing policy from the templates.",
  ],
  [
    "policies in draft",
    "policies",
    { ...DONE, policies: { total: 9, inEffect: 7, reviewDue: 0, missing: 0, nextReviewDate: "2027-01-15" } },
    "in-progress",
    "7 of 9 policies in effect.",
    "Have an Administrator read and approve the 2 policies still in draft.",
  ],
  [
    "a policy due for review",
    "policies",
    { ...DONE, policies: { total: 9, inEffect: 9, reviewDue: 1, missing: 0, nextReviewDate: "2026-01-15" } },
    "in-progress",
    "9 of 9 policies in effect; 1 due for review.",
    "Review the 1 policy due for review and record the review.",
  ],
  ["every policy in effect", "policies", DONE, "done", "All 9 policies are in effect; the next review is due January 15, 2027.", null],

  // Training
  ["nobody on the roster", "training", EMPTY, "not-started", "Nobody is on the workforce roster yet.", "Add everyone who works at the practice to the roster, then record their security training."],
  [
    "people, no training recorded",
    "training",
    { ...DONE, training: { people: 3, upToDate: 0, overdue: 0, notYetTrained: 3, anyTraining: false } },
    "not-started",
    "No training recorded for the 3 people on the roster.",
    "Train everyone on the required topics and record who took part.",
  ],
  [
    "someone overdue and a new person",
    "training",
    { ...DONE, training: { people: 6, upToDate: 4, overdue: 1, notYetTrained: 1, anyTraining: true } },
    "in-progress",
    "4 of 6 people are up to date; 1 overdue; 1 not yet trained on every topic.",
    "Train the 1 person whose training is overdue, and record it.",
  ],
  [
    "only a new person not trained yet",
    "training",
    { ...DONE, training: { people: 6, upToDate: 5, overdue: 0, notYetTrained: 1, anyTraining: true } },
    "in-progress",
    "5 of 6 people are up to date; 1 not yet trained on every topic.",
    "Train the 1 person not yet trained on every topic before it falls due.",
  ],
  ["everyone up to date", "training", DONE, "done", "All 8 people on the roster are up to date.", null],
  [
    "the one person up to date",
    "training",
    { ...DONE, training: { people: 1, upToDate: 1, overdue: 0, notYetTrained: 0, anyTraining: true } },
    "done",
    "The one person on the roster is up to date.",
    null,
  ],

  // Vendors
  [
    "no vendors",
    "vendors",
    EMPTY,
    "not-started",
    "No vendors listed yet.",
    "List the companies that handle patient information for the practice, such as IT support, cloud backup and the practice software.",
  ],
  [
    "one vendor without a BAA",
    "vendors",
    { ...DONE, vendors: { ...DONE.vendors, withoutBaa: ["Acme Cloud Backup"] } },
    "in-progress",
    "1 of 4 vendors handling patient information has no signed BAA.",
    "Get a Business Associate Agreement signed with Acme Cloud Backup.",
  ],
  [
    "four vendors without a BAA",
    "vendors",
    { ...DONE, vendors: { ...DONE.vendors, withoutBaa: ["Acme", "Bolt IT", "Cura Billing", "Dent Labs"] } },
    "in-progress",
    "4 of 4 vendors handling patient information have no signed BAA.",
    "Get a Business Associate Agreement signed with Acme, Bolt IT, Cura Billing and 1 more.",
  ],
  [
    "a BAA past its review date",
    "vendors",
    { ...DONE, vendors: { ...DONE.vendors, reviewsOverdue: ["Bolt IT"], copiesMissing: ["Acme"] } },
    "in-progress",
    "1 BAA is past the review date.",
    "Review the Business Associate Agreement with Bolt IT.",
  ],
  [
    "signed BAAs without copies",
    "vendors",
    { ...DONE, vendors: { ...DONE.vendors, copiesMissing: ["Acme", "Bolt IT"] } },
    "in-progress",
    "2 signed BAAs have no copy attached.",
    "Attach the signed copy of the agreement with Acme and Bolt IT.",
  ],
  [
    "vendors none of which handle ePHI",
    "vendors",
    { ...DONE, vendors: { ...DONE.vendors, inUse: 2, handlingEphi: 0 } },
    "done",
    "None of the 2 vendors listed handles patient information.",
    null,
  ],
  ["every vendor with a BAA", "vendors", DONE, "done", "All 4 vendors handling patient information have a signed BAA.", null],

  // Sign and export
  [
    "nothing signed, earlier steps open",
    "sign-and-export",
    EMPTY,
    "not-started",
    "No report signed in 2026 yet.",
    "Once the steps above are done, make the year's reports and sign them for the compliance binder.",
  ],
  [
    "nothing signed, every earlier step done",
    "sign-and-export",
    { ...DONE, reports: { signed: null, unsigned: null } },
    "not-started",
    "No report signed in 2026 yet.",
    "Make the Annual Risk Analysis report and sign it, for the compliance binder.",
  ],
  [
    "a report exported without a signature",
    "sign-and-export",
    { ...DONE, reports: { signed: null, unsigned: { title: "Gap Assessment", exportedOn: "2026-04-01" } } },
    "in-progress",
    "Gap Assessment exported on April 1, 2026 without a signature.",
    "Have an Administrator make the report again and sign it, so an auditor can check it was not changed.",
  ],
  ["a report signed this year", "sign-and-export", DONE, "done", "Annual Risk Analysis signed on March 2, 2026 by Maria Lopez.", null],
];

describe("the annual cycle's steps", () => {
  it.each(CASES)("%s", (_name, id, facts, state, status, next) => {
    expect(step(facts, id)).toMatchObject({ state, status, next });
  });

  it("lists the seven steps in the order of the cycle, each citing the rule", () => {
    const steps = annualCycleSteps(DONE);
    expect(steps.map((candidate) => candidate.id)).toEqual(["practice-profile", "assessment", "risk-analysis", "policies", "training", "vendors", "sign-and-export"]);
    expect(steps.map((candidate) => candidate.title)).toEqual([
      "Practice profile",
      "Safeguard assessment",
      "Risk analysis",
      "Policies and procedures",
      "Security training",
      "Vendors and BAAs",
      "Sign and export",
    ]);
    for (const candidate of steps) expect(candidate.cfr).toMatch(/^164\.3\d\d/);
  });
});

describe("the next step", () => {
  const cases: [string, AnnualCycleFacts, CycleStepId | null][] = [
    ["a new practice starts with the assessment", EMPTY, "assessment"],
    ["a done cycle has none", DONE, null],
    ["an open step after done ones", { ...DONE, training: { ...DONE.training, overdue: 1, upToDate: 7 } }, "training"],
    ["the first open step wins over later ones", { ...DONE, riskAnalysis: null, vendors: { ...DONE.vendors, withoutBaa: ["Acme"] } }, "risk-analysis"],
    ["the last step alone", { ...DONE, reports: { signed: null, unsigned: null } }, "sign-and-export"],
  ];
  it.each(cases)("%s", (_name, facts, expected) => {
    expect(nextCycleStep(annualCycleSteps(facts))).toBe(expected);
  });
});

describe("names in a sentence", () => {
  const cases: [string[], string][] = [
    [[], ""],
    [["Acme"], "Acme"],
    [["Acme", "Bolt"], "Acme and Bolt"],
    [["Acme", "Bolt", "Cura"], "Acme, Bolt and Cura"],
    [["Acme", "Bolt", "Cura", "Dent", "Easy"], "Acme, Bolt, Cura and 2 more"],
  ];
  it.each(cases)("%j", (names, expected) => {
    expect(nameList(names)).toBe(expected);
  });
});
