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
import type { TrainingDueLists } from "../../shared/rules/trainingDue";
import { listOpenIncidentDeadlines } from "../incidents/incidentDeadlines";
import { listIncidents } from "../incidents/incidentService";
import { listPolicies } from "../policies/policyViews";
import { listRegister } from "../reports/reportRegister";
import { getAnalysis, listAnalyses } from "../risk/analysisService";
import { assessmentResults, listAssessments } from "../services/assessmentService";
import { readPractice } from "../services/practiceService";
import { listDueTasks } from "../tasks/taskList";
import { listVendors } from "../vendors/vendorService";
import { listVendorWarnings } from "../vendors/vendorWarnings";
import { listCompletions } from "../workforce/completionService";
import { listRoster } from "../workforce/rosterService";
import { listTopics } from "../workforce/topicService";
import { listTrainingDue } from "../workforce/trainingDueService";
import { topicIdsCompleted } from "./trainingCoverage";

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

export function readDashboardRecords(db: Database, now: Date): DashboardRecords {
  const practice = readPractice(db);
  const today = calendarDateInZone(now, practice.timeZone);
  const year = Number(today.slice(0, 4));
  const roster = listRoster(db, now).filter((member) => member.training !== "not-required");
  const assessments = listAssessments(db);
  const analyses = listAnalyses(db).analyses;
  const riskThisYear = analyses.find((analysis) => analysis.year === year && analysis.status === "in-progress");
  const latestAssessment = assessments[0];
  const thisYearAssessment = assessments.find((assessment) => assessment.year === year);
  const latestAssessmentResults = latestAssessment ? assessmentResults(db, latestAssessment.id) : null;
  return {
    practice,
    today,
    year,
    assessments,
    latestAssessmentResults,
    thisYearAssessmentResults:
      thisYearAssessment === undefined ? null : thisYearAssessment.id === latestAssessment?.id ? latestAssessmentResults : assessmentResults(db, thisYearAssessment.id),
    analyses,
    riskReadiness: riskThisYear ? getAnalysis(db, year).readiness : null,
    policies: listPolicies(db, today),
    roster,
    requiredTopics: listTopics(db).filter((topic) => topic.required && topic.inUse),
    completedTopics: new Map(roster.map((member) => [member.id, topicIdsCompleted(listCompletions(db, member.id))])),
    trainingDue: listTrainingDue(db, today),
    vendors: listVendors(db, today),
    vendorWarnings: listVendorWarnings(db, today),
    incidents: listIncidents(db),
    deadlines: listOpenIncidentDeadlines(db, today),
    due: listDueTasks(db, today),
    reports: listRegister(db),
  };
}
