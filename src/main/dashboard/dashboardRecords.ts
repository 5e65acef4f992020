import type { Database } from "better-sqlite3-multiple-ciphers";
import type { AssessmentResults, AssessmentSummary } from "../../shared/model/assessment";
import type { IncidentSummary, OpenIncidentDeadline } from "../../shared/model/incident";
import type { PolicyList } from "../../shared/model/policy";
import type { PracticeProfile } from "../../shared/model/practice";
import type { ReportRegisterEntry } from "../../shared/model/reports";
import type { FinalizeReadiness, RiskAnalysisSummary } from "../../shared/model/risk";
import type { DueTasks } from "../../shared/model/task";
import type { TrainingTopic } from "../../shared/model/training";
import type { VendorRegister } from "../../shared/model/vendor";
import type { RosterEntry } from "../../shared/model/workforce";
import type { BaaWarning } from "../../shared/rules/baaStatus";
import { calendarDateInZone } from "../../shared/rules/calendarDates";
import { trainingDue, type TrainingDueLists } from "../../shared/rules/trainingDue";
import { listOpenIncidentDeadlines } from "../incidents/incidentDeadlines";
import { listIncidents } from "../incidents/incidentService";
import { listPolicies } from "../policies/policyViews";
import { listRegister } from "../reports/reportRegister";
import { analysisReadiness, listAnalyses } from "../risk/analysisService";
import { assessmentResults, listAssessments } from "../services/assessmentService";
import { readPractice } from "../services/practiceService";
import { dueItemSourcesWith } from "../tasks/dueItemSources";
import { listDueTasks } from "../tasks/taskList";
import { listVendors } from "../vendors/vendorService";
import { listRoster } from "../workforce/rosterService";
import { listTopics } from "../workforce/topicService";
import { readTrainingDueFacts } from "../workforce/trainingDueService";
import { completedTopicsOf } from "./trainingCoverage";

/**
 * Everything the dashboard reads, through each domain's own services, once per request. Nothing is
 * stored for the dashboard: it is worked out from the records every time it is opened.
 */
export interface DashboardRecords {
  practice: PracticeProfile;
  /** Today in the practice's time zone. */
  today: string;
  year: number;
  /** Newest year first. */
  assessments: AssessmentSummary[];
  /** The latest assessment's scores, for the compliance figure. */
  latestAssessmentResults: AssessmentResults | null;
  /** This year's assessment's results, for what stands before finalizing it. */
  thisYearAssessmentResults: AssessmentResults | null;
  /** Newest year first. */
  analyses: RiskAnalysisSummary[];
  /** What stands before finalizing this year's risk analysis, while it is in progress. */
  riskReadiness: FinalizeReadiness | null;
  policies: PolicyList;
  /** People still employed today. */
  roster: RosterEntry[];
  requiredTopics: TrainingTopic[];
  /** For each person on the roster, the topics they have ever completed. */
  completedTopics: Map<string, Set<string>>;
  trainingDue: TrainingDueLists;
  vendors: VendorRegister;
  vendorWarnings: BaaWarning[];
  incidents: IncidentSummary[];
  deadlines: OpenIncidentDeadline[];
  due: DueTasks;
  /** Newest first. */
  reports: ReportRegisterEntry[];
}

/**
 * Each list is read once and shared: the training due feeds the roster, the coverage figure and the
 * due list alike, and the vendor warnings and notice deadlines read here are the ones the due list
 * merges in, so nothing is worked out twice for one request.
 */
export function readDashboardRecords(db: Database, now: Date): DashboardRecords {
  const practice = readPractice(db);
  const today = calendarDateInZone(now, practice.timeZone);
  const year = Number(today.slice(0, 4));
  const trainingFacts = readTrainingDueFacts(db);
  const trainingDueLists = trainingDue({ today, ...trainingFacts });
  const roster = listRoster(db, now, trainingDueLists).filter((member) => member.training !== "not-required");
  const assessments = listAssessments(db);
  const analyses = listAnalyses(db).analyses;
  const riskThisYear = analyses.find((analysis) => analysis.year === year && analysis.status === "in-progress");
  const latestAssessment = assessments[0];
  const thisYearAssessment = assessments.find((assessment) => assessment.year === year);
  const latestAssessmentResults = latestAssessment ? assessmentResults(db, latestAssessment.id) : null;
  const vendors = listVendors(db, today);
  const deadlines = listOpenIncidentDeadlines(db, today);
  return {
    practice,
    today,
    year,
    assessments,
    latestAssessmentResults,
    thisYearAssessmentResults:
      thisYearAssessment === undefined ? null : thisYearAssessment.id === latestAssessment?.id ? latestAssessmentResults : assessmentResults(db, thisYearAssessment.id),
    analyses,
    riskReadiness: riskThisYear ? analysisReadiness(db, year) : null,
    policies: listPolicies(db, today),
    roster,
    requiredTopics: listTopics(db).filter((topic) => topic.required && topic.inUse),
    completedTopics: completedTopicsOf(roster, trainingFacts.completions),
    trainingDue: trainingDueLists,
    vendors,
    // The register's warnings are listVendorWarnings's, worked out from the same rows on the same day.
    vendorWarnings: vendors.warnings,
    incidents: listIncidents(db),
    deadlines,
    due: listDueTasks(db, today, dueItemSourcesWith({ trainingDue: trainingDueLists, vendorWarnings: vendors.warnings, deadlines })),
    reports: listRegister(db),
  };
}
