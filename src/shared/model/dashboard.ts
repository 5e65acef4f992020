import type { Safeguard } from "../catalog/types";
import type { BaaWarningKind } from "../rules/baaStatus";
import type { AssessmentStatus } from "./assessment";
import type { BreachState, DeadlineRecipient, IncidentStatus } from "./incident";
import type { HeatMapSide, RiskAnalysisStatus } from "./risk";
import type { TaskEntry } from "./task";

/**
 * The dashboard: where the practice stands in this year's cycle and what needs attention, in one
 * answer. Every figure carries `href`, the address ("#/vendors/<id>") of the records behind it.
 */

/** The steps of the annual cycle, in the order they are done. */
export const CYCLE_STEP_IDS = ["practice-profile", "assessment", "risk-analysis", "policies", "training", "vendors", "sign-and-export"] as const;
export type CycleStepId = (typeof CYCLE_STEP_IDS)[number];

export type CycleStepState = "done" | "in-progress" | "not-started";

export const CYCLE_STATE_LABELS: Record<CycleStepState, string> = { done: "Done", "in-progress": "In progress", "not-started": "Not started" };

/** One step of the checklist as the rule judges it (src/shared/rules/annualCycle.ts). */
export interface CycleStepVerdict {
  id: CycleStepId;
  title: string;
  /** The paragraphs of 45 CFR Part 164 the step serves, e.g. "164.308(a)(1)(ii)(A)". */
  cfr: string;
  state: CycleStepState;
  /** Where the step stands, in one plain sentence. */
  status: string;
  /** What to do next for this step; null once it is done. */
  next: string | null;
}

export interface CycleStep extends CycleStepVerdict {
  href: string;
}

export interface AnnualCycle {
  year: number;
  steps: CycleStep[];
  doneCount: number;
  /** The first step not done: the one to work on now. Null when the whole cycle is done. */
  nextStepId: CycleStepId | null;
}

export interface ComplianceCategory {
  safeguard: Safeguard;
  label: string;
  /** 0–100; null while nothing in the category is answered. */
  percent: number | null;
  answered: number;
  notAnsweredYet: number;
  href: string;
}

/** The latest assessment's score, by safeguard category (45 CFR 164.308–164.316). */
export interface ComplianceFigure {
  year: number;
  status: AssessmentStatus;
  overallPercent: number | null;
  notAnsweredYet: number;
  categories: ComplianceCategory[];
  href: string;
}

/** The latest risk analysis's residual risk: how many risks in each cell of the 5×5 matrix. */
export interface RiskHeatMapFigure {
  year: number;
  status: RiskAnalysisStatus;
  residual: HeatMapSide;
  total: number;
  /** The register, where the risks behind each cell are listed. */
  href: string;
}

/** One overdue or upcoming item: a task of the practice or something another record says is due. */
export interface DueEntry {
  key: string;
  origin: TaskEntry["origin"];
  title: string;
  dueDate: string | null;
  daysUntilDue: number | null;
  owner: string | null;
  href: string;
}

export interface DueFigure {
  overdueCount: number;
  upcomingCount: number;
  undatedCount: number;
  /** The most urgent first, at most DASHBOARD_LIST_LIMIT of each. */
  overdue: DueEntry[];
  upcoming: DueEntry[];
  href: string;
}

export interface TrainingPersonDue {
  memberId: string;
  name: string;
  topics: string[];
  /** The earliest overdue due date. */
  dueDate: string;
  daysOverdue: number;
  href: string;
}

/** Training coverage (45 CFR 164.308(a)(5)): people up to date out of everyone now on the roster. */
export interface TrainingFigure {
  people: number;
  /** Trained on every required topic and nothing overdue. */
  upToDate: number;
  overduePeople: number;
  /** People not yet trained on every required topic, whose first training is not late yet. */
  notYetTrained: number;
  overdue: TrainingPersonDue[];
  href: string;
}

export interface VendorWithoutBaa {
  vendorId: string;
  name: string;
  kind: Extract<BaaWarningKind, "no-baa" | "baa-requested" | "baa-expired">;
  href: string;
}

/** Vendors handling ePHI without a signed, current BAA (45 CFR 164.308(b)(1), 164.502(e)). */
export interface VendorFigure {
  /** Vendors in use that create, receive, maintain or transmit ePHI. */
  handlingEphi: number;
  withoutBaa: VendorWithoutBaa[];
  href: string;
}

export interface OpenIncident {
  id: string;
  number: number;
  title: string;
  status: IncidentStatus;
  breachState: BreachState;
  discoveredOn: string;
  href: string;
}

export interface BreachDeadline {
  incidentId: string;
  incidentNumber: number;
  incidentTitle: string;
  recipient: DeadlineRecipient;
  label: string;
  dueDate: string;
  /** Calendar days left in the practice's time zone; negative once passed. */
  daysLeft: number;
  overdue: boolean;
  /** The assessment is not signed off: a breach is presumed (45 CFR 164.414(b)). */
  presumed: boolean;
  href: string;
}

export interface IncidentFigure {
  open: OpenIncident[];
  /** Notices owed and not yet logged, soonest first (45 CFR 164.404–164.410). */
  deadlines: BreachDeadline[];
  href: string;
}

export interface DashboardSummary {
  /** Today in the practice's time zone. */
  today: string;
  cycle: AnnualCycle;
  /** Null until an assessment is started. */
  compliance: ComplianceFigure | null;
  /** Null until a risk analysis is started. */
  riskHeatMap: RiskHeatMapFigure | null;
  due: DueFigure;
  training: TrainingFigure;
  vendors: VendorFigure;
  incidents: IncidentFigure;
}

/** How many overdue or upcoming items the dashboard lists before pointing to the task list. */
export const DASHBOARD_LIST_LIMIT = 6;
