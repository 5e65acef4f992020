import type { Database } from "better-sqlite3-multiple-ciphers";
import type {
  AnnualCycle,
  ComplianceFigure,
  CycleStepId,
  DashboardSummary,
  DueEntry,
  DueFigure,
  IncidentFigure,
  RiskHeatMapFigure,
  VendorFigure,
  VendorWithoutBaa,
} from "../../shared/model/dashboard";
import { DASHBOARD_LIST_LIMIT } from "../../shared/model/dashboard";
import type { ReadinessKind } from "../../shared/model/risk";
import type { TaskEntry } from "../../shared/model/task";
import { annualCycleSteps, nextCycleStep, type AnnualCycleFacts } from "../../shared/rules/annualCycle";
import { dayInZone } from "../../shared/time/zonedTime";
import { riskHeatMap } from "../risk/comparisonService";
import { dashboardLinks, dueEntryHref } from "./dashboardLinks";
import { readDashboardRecords, type DashboardRecords } from "./dashboardRecords";
import { trainingCoverage, type Coverage } from "./trainingCoverage";

/**
 * The dashboard (issue 7): this year's cycle as a checklist, and the figures that need attention,
 * each with the address of the records behind it. Reads only. `now` decides "today" in the
 * practice's time zone, so a deadline counts down in the practice's calendar days.
 */
export function dashboardSummary(db: Database, now: Date = new Date()): DashboardSummary {
  const records = readDashboardRecords(db, now);
  const coverage = trainingCoverage({
    roster: records.roster,
    requiredTopicIds: records.requiredTopics.map((topic) => topic.id),
    completedTopics: records.completedTopics,
    due: records.trainingDue,
  });
  return {
    today: records.today,
    cycle: annualCycle(records, coverage),
    compliance: complianceFigure(records),
    riskHeatMap: heatMapFigure(db, records),
    due: dueFigure(records),
    training: {
      people: coverage.people,
      upToDate: coverage.upToDate,
      overduePeople: coverage.overduePeople,
      notYetTrained: coverage.notYetTrained,
      overdue: coverage.overdue,
      href: dashboardLinks.workforce,
    },
    vendors: vendorFigure(records),
    incidents: incidentFigure(records),
  };
}

const WITHOUT_BAA = new Set(["no-baa", "baa-requested", "baa-expired"]);

function vendorsInUse(records: DashboardRecords) {
  return records.vendors.vendors.filter((vendor) => vendor.endedOn === null || vendor.endedOn > records.today);
}

function cycleFacts(records: DashboardRecords, coverage: Coverage): AnnualCycleFacts {
  const { year, practice } = records;
  const zone = practice.timeZone;
  const assessment = records.assessments.find((summary) => summary.year === year);
  const completeness = records.thisYearAssessmentResults?.completeness ?? null;
  const blocking = (kind: ReadinessKind) => records.riskReadiness?.blockers.find((blocker) => blocker.kind === kind)?.pairIds.length ?? 0;
  const analysis = records.analyses.find((summary) => summary.year === year);
  const policies = records.policies.policies;
  const inEffect = policies.filter((policy) => policy.inEffect !== null);
  const reviewDates = inEffect.map((policy) => policy.inEffect!.nextReviewDate).filter((date) => date !== "").sort();
  const names = (kinds: readonly string[]) => [...new Set(records.vendorWarnings.filter((warning) => kinds.includes(warning.kind)).map((warning) => warning.vendorName))];
  const thisYear = (instant: string) => dayInZone(instant, zone).startsWith(`${year}-`);
  const signed = records.reports.find((entry) => entry.signature !== null && thisYear(entry.signature.signedAt));
  const unsigned = signed ? undefined : records.reports.find((entry) => entry.signature === null && thisYear(entry.generatedAt));
  return {
    year,
    practice: { securityOfficial: practice.securityOfficial, workforceCount: practice.workforceCount, rosterCount: records.roster.length },
    assessment: assessment
      ? {
          status: assessment.status,
          total: assessment.progress.total,
          answered: assessment.progress.answered,
          awaitingConfirmation: assessment.progress.awaitingConfirmation,
          decisionsMissing: completeness
            ? completeness.missingDecisions.length + completeness.notApplicableWithoutReason.length + completeness.carriedRequirementsToConfirm.length
            : 0,
          sectionsNotReviewed: completeness?.sectionsNotReviewed.length ?? 0,
          scorePercent: assessment.scorePercent,
          finalizedOn: assessment.finalizedAt ? dayInZone(assessment.finalizedAt, zone) : null,
        }
      : null,
    previousAssessmentYear: records.assessments.find((summary) => summary.year < year)?.year ?? null,
    riskAnalysis: analysis
      ? {
          status: analysis.status,
          assets: analysis.counts.assets,
          risks: analysis.counts.pairs,
          unrated: analysis.status === "finalized" ? 0 : blocking("unrated"),
          awaitingApproval: blocking("unapproved-acceptance"),
          withoutStep: blocking("mitigation-without-step"),
          finalizedOn: analysis.finalizedAt ? dayInZone(analysis.finalizedAt, zone) : null,
          nextReviewDate: analysis.nextReviewDate,
        }
      : null,
    previousRiskAnalysisYear: records.analyses.find((summary) => summary.year < year)?.year ?? null,
    policies: {
      total: policies.length,
      inEffect: inEffect.length,
      reviewDue: policies.filter((policy) => policy.status === "review-due").length,
      missing: records.policies.missingTemplates.length,
      nextReviewDate: reviewDates[0] ?? null,
    },
    training: { people: coverage.people, upToDate: coverage.upToDate, overdue: coverage.overduePeople, notYetTrained: coverage.notYetTrained, anyTraining: coverage.anyTraining },
    vendors: {
      inUse: vendorsInUse(records).length,
      handlingEphi: vendorsInUse(records).filter((vendor) => vendor.handlesEphi).length,
      withoutBaa: names([...WITHOUT_BAA]),
      reviewsOverdue: names(["review-overdue"]),
      copiesMissing: names(["copy-missing"]),
    },
    reports: {
      signed: signed?.signature ? { title: signed.title, signedOn: dayInZone(signed.signature.signedAt, zone), signedBy: signed.signature.signedByName } : null,
      unsigned: unsigned ? { title: unsigned.title, exportedOn: dayInZone(unsigned.generatedAt, zone) } : null,
    },
  };
}

/** Each step opens where its next action is done. */
function stepHref(id: CycleStepId, facts: AnnualCycleFacts): string {
  const { year } = facts;
  switch (id) {
    case "practice-profile":
      return dashboardLinks.settings;
    case "assessment":
      if (!facts.assessment) return dashboardLinks.assessments;
      return facts.assessment.status === "finalized" ? dashboardLinks.assessmentResults(year) : dashboardLinks.assessmentYear(year);
    case "risk-analysis": {
      const analysis = facts.riskAnalysis;
      if (!analysis) return dashboardLinks.riskAnalyses;
      if (analysis.status === "finalized") return dashboardLinks.riskStep(year, "register");
      if (analysis.assets === 0) return dashboardLinks.riskStep(year, "inventory");
      if (analysis.risks === 0 || analysis.unrated > 0) return dashboardLinks.riskStep(year, "risks");
      if (analysis.withoutStep > 0 || analysis.awaitingApproval > 0) return dashboardLinks.riskStep(year, "register");
      return dashboardLinks.riskStep(year, "finalize");
    }
    case "policies":
      return dashboardLinks.policies;
    case "training":
      return dashboardLinks.workforce;
    case "vendors":
      return dashboardLinks.vendors;
    case "sign-and-export":
      return dashboardLinks.reports;
  }
}

function annualCycle(records: DashboardRecords, coverage: Coverage): AnnualCycle {
  const facts = cycleFacts(records, coverage);
  const steps = annualCycleSteps(facts).map((step) => ({ ...step, href: stepHref(step.id, facts) }));
  return { year: records.year, steps, doneCount: steps.filter((step) => step.state === "done").length, nextStepId: nextCycleStep(steps) };
}

/** The latest assessment's score by safeguard category; each category opens its questions. */
function complianceFigure(records: DashboardRecords): ComplianceFigure | null {
  const latest = records.assessments[0];
  const results = records.latestAssessmentResults;
  if (!latest || !results) return null;
  return {
    year: latest.year,
    status: latest.status,
    overallPercent: results.overall.percent,
    notAnsweredYet: results.notAnsweredYet,
    categories: results.sections.map((section) => ({
      safeguard: section.safeguard,
      label: section.label,
      percent: section.percent,
      answered: section.answered,
      notAnsweredYet: section.notAnsweredYet,
      href: dashboardLinks.assessmentSection(latest.year, section.safeguard),
    })),
    href: dashboardLinks.assessmentResults(latest.year),
  };
}

/** The latest risk analysis's residual risks, after the current safeguards. */
function heatMapFigure(db: Database, records: DashboardRecords): RiskHeatMapFigure | null {
  const latest = records.analyses[0];
  if (!latest) return null;
  const map = riskHeatMap(db, latest.year);
  return { year: latest.year, status: latest.status, residual: map.residual, total: map.total, href: dashboardLinks.riskStep(latest.year, "register") };
}

function dueFigure(records: DashboardRecords): DueFigure {
  const latestAssessmentYear = records.assessments[0]?.year ?? null;
  const entry = (task: TaskEntry): DueEntry => ({
    key: task.key,
    origin: task.origin,
    title: task.title,
    dueDate: task.dueDate,
    daysUntilDue: task.daysUntilDue,
    owner: task.owner,
    href: dueEntryHref(task, latestAssessmentYear),
  });
  const { overdue, upcoming, undated } = records.due;
  return {
    overdueCount: overdue.length,
    upcomingCount: upcoming.length,
    undatedCount: undated.length,
    overdue: overdue.slice(0, DASHBOARD_LIST_LIMIT).map(entry),
    upcoming: upcoming.slice(0, DASHBOARD_LIST_LIMIT).map(entry),
    href: dashboardLinks.tasks,
  };
}

function vendorFigure(records: DashboardRecords): VendorFigure {
  const withoutBaa: VendorWithoutBaa[] = records.vendorWarnings
    .filter((warning): warning is typeof warning & { kind: VendorWithoutBaa["kind"] } => WITHOUT_BAA.has(warning.kind))
    .map((warning) => ({ vendorId: warning.vendorId, name: warning.vendorName, kind: warning.kind, href: dashboardLinks.vendor(warning.vendorId) }));
  return { handlingEphi: vendorsInUse(records).filter((vendor) => vendor.handlesEphi).length, withoutBaa, href: dashboardLinks.vendors };
}

function incidentFigure(records: DashboardRecords): IncidentFigure {
  return {
    open: records.incidents
      .filter((incident) => incident.status !== "closed")
      .map((incident) => ({
        id: incident.id,
        number: incident.number,
        title: incident.title,
        status: incident.status,
        breachState: incident.breachState,
        discoveredOn: incident.discoveredOn,
        href: dashboardLinks.incident(incident.id),
      })),
    deadlines: records.deadlines.map((deadline) => ({ ...deadline, href: dashboardLinks.incident(deadline.incidentId) })),
    href: dashboardLinks.incidents,
  };
}
