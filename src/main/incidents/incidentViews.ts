import type { Database } from "better-sqlite3-multiple-ciphers";
import type {
  BreachAssessmentInput,
  BreachAssessmentView,
  BreachState,
  IncidentAssetRef,
  IncidentDetail,
  IncidentSummary,
  IncidentView,
  InformationLocation,
  InformationType,
  NoticeRecipient,
  NoticeView,
  ResponseStepView,
} from "../../shared/model/incident";
import type { AssetKind } from "../../shared/risk/assetKinds";
import { BREACH_FACTORS, breachOutcome, factorFinding, type BreachFactor, type Finding } from "../../shared/rules/breachAssessment";
import { incidentDeadlines } from "../../shared/rules/incidentDeadlines";
import { readPractice } from "../services/practiceService";
import { peopleLookup, practiceToday } from "../risk/riskRecords";
import { missingForSignOff } from "./assessmentChecks";
import { breachRecordsOfAll, findAssessment, noticesOf, requireIncident, residentsOf, type AssessmentRow, type IncidentRow, type NoticeRow, type StepRow } from "./incidentRecords";
import { portalChecklist } from "./portalChecklist";

type People = ReturnType<typeof peopleLookup>;

function assetsOf(db: Database, incidentId: string): IncidentAssetRef[] {
  const rows = db
    .prepare(
      `SELECT a.id, a.name, a.kind, a.retired_at, r.year FROM incident_assets ia
         JOIN risk_assets a ON a.id = ia.asset_id JOIN risk_analyses r ON r.id = a.analysis_id
        WHERE ia.incident_id = ? ORDER BY a.name COLLATE NOCASE`,
    )
    .all(incidentId) as { id: string; name: string; kind: AssetKind; retired_at: string | null; year: number }[];
  return rows.map((row) => ({ id: row.id, name: row.name, kind: row.kind, analysisYear: row.year, retired: row.retired_at !== null }));
}

export function incidentView(db: Database, row: IncidentRow, people: People = peopleLookup(db)): IncidentView {
  const trigger = row.risk_review_trigger_id
    ? (db
        .prepare("SELECT t.id, t.recorded_at, r.year FROM risk_review_triggers t LEFT JOIN risk_analyses r ON r.id = t.resolved_by_analysis_id WHERE t.id = ?")
        .get(row.risk_review_trigger_id) as { id: string; recorded_at: string; year: number | null } | undefined)
    : undefined;
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    occurredOn: row.occurred_on,
    occurredTime: row.occurred_time,
    discoveredOn: row.discovered_on,
    discoveredTime: row.discovered_time,
    reportedBy: row.reported_by,
    description: row.description,
    category: row.category,
    assets: assetsOf(db, row.id),
    otherSystems: row.other_systems,
    locations: JSON.parse(row.locations) as InformationLocation[],
    phi: row.phi,
    informationTypes: JSON.parse(row.information_types) as InformationType[],
    otherInformation: row.other_information,
    individualsAffected: row.individuals_affected,
    residents: Object.entries(residentsOf(row)).map(([state, count]) => ({ state, count })),
    businessAssociate: row.business_associate === 1,
    coveredEntityName: row.covered_entity_name,
    status: row.status,
    closed: row.closed_by && row.closed_at ? { by: people(row.closed_by), at: row.closed_at, note: row.closing_note } : null,
    riskReview: trigger ? { triggerId: trigger.id, recordedAt: trigger.recorded_at, resolvedByYear: trigger.year } : null,
    createdBy: people(row.created_by),
    createdAt: row.created_at,
    updatedBy: people(row.updated_by),
    updatedAt: row.updated_at,
  };
}

export function stepView(row: StepRow, people: People): ResponseStepView {
  return {
    id: row.id,
    incidentId: row.incident_id,
    phase: row.phase,
    action: row.action,
    doneBy: row.done_by,
    doneOn: row.done_on,
    doneTime: row.done_time,
    recordedBy: people(row.recorded_by),
    recordedAt: row.recorded_at,
  };
}

export function stepsOf(db: Database, incidentId: string, people: People): ResponseStepView[] {
  const rows = db.prepare("SELECT * FROM incident_steps WHERE incident_id = ? ORDER BY done_on, coalesce(done_time, '99:99'), recorded_at").all(incidentId) as StepRow[];
  return rows.map((row) => stepView(row, people));
}

export const EMPTY_ASSESSMENT: BreachAssessmentInput = {
  exception: null,
  exceptionNotes: "",
  safeHarbor: null,
  safeHarborNotes: "",
  factorAnswers: {},
  factorNotes: { nature: "", recipient: "", acquired: "", mitigation: "" },
  summary: "",
};

export function assessmentInputOf(row: AssessmentRow | undefined): BreachAssessmentInput {
  if (!row) return EMPTY_ASSESSMENT;
  return {
    exception: row.exception,
    exceptionNotes: row.exception_notes,
    safeHarbor: row.safe_harbor,
    safeHarborNotes: row.safe_harbor_notes,
    factorAnswers: JSON.parse(row.factor_answers) as Record<string, string>,
    factorNotes: { ...EMPTY_ASSESSMENT.factorNotes, ...(JSON.parse(row.factor_notes) as Partial<BreachAssessmentInput["factorNotes"]>) },
    summary: row.summary,
  };
}

export function assessmentView(row: AssessmentRow | undefined, people: People): BreachAssessmentView {
  const input = assessmentInputOf(row);
  const outcome = breachOutcome({ exception: input.exception, safeHarbor: input.safeHarbor, factorAnswers: input.factorAnswers });
  const findings = Object.fromEntries(BREACH_FACTORS.map((factor) => [factor, factorFinding(factor, input.factorAnswers)])) as Record<BreachFactor, Finding | null>;
  return {
    ...input,
    outcome,
    findings,
    missingForSignOff: missingForSignOff(input, outcome),
    signedOff: row?.signed_by && row.signed_at ? { by: people(row.signed_by), at: row.signed_at } : null,
    updatedBy: row ? people(row.updated_by) : null,
    updatedAt: row?.updated_at ?? null,
  };
}

export function noticeView(row: NoticeRow, people: People): NoticeView {
  return {
    id: row.id,
    incidentId: row.incident_id,
    recipient: row.recipient,
    sentOn: row.sent_on,
    method: row.method,
    sentTo: row.sent_to,
    recipientsCount: row.recipients_count,
    notes: row.notes,
    recordedBy: people(row.recorded_by),
    recordedAt: row.recorded_at,
  };
}

export function breachStateOf(row: Pick<IncidentRow, "phi">, assessment: AssessmentRow | undefined): BreachState {
  if (row.phi === "none") return "not-applicable";
  if (!assessment) return "to-assess";
  if (assessment.conclusion === "breach") return "breach";
  if (assessment.conclusion === "not-a-breach" && assessment.signed_by) return "not-a-breach";
  return "assessing";
}

/** The deadlines of one incident as of the practice's `today`. */
export function deadlinesOf(row: IncidentRow, assessment: AssessmentRow | undefined, notices: readonly NoticeRow[], today: string) {
  return incidentDeadlines({
    phi: row.phi,
    conclusion: assessment?.conclusion ?? null,
    signedOff: Boolean(assessment?.signed_by),
    discoveredOn: row.discovered_on,
    individualsAffected: row.individuals_affected,
    residentsByState: residentsOf(row),
    businessAssociate: row.business_associate === 1,
    coveredEntityName: row.covered_entity_name,
    noticesSent: new Set<NoticeRecipient>(notices.map((notice) => notice.recipient)),
    today,
  });
}

/** Why an incident can't be closed yet: an unsigned assessment, or a notice owed and not logged. */
export function closeBlockers(row: IncidentRow, assessment: AssessmentRow | undefined, deadlines: ReturnType<typeof deadlinesOf>): string[] {
  if (row.phi === "none") return [];
  const blockers: string[] = [];
  if (!assessment?.signed_by) {
    blockers.push("Patient information was or may have been involved: finish the breach assessment and have an Administrator sign it off (45 CFR 164.402, 164.530(j)).");
  }
  for (const item of deadlines.items) {
    if (item.sent || deadlines.presumed) continue;
    // A small breach goes to HHS in the annual log, often months after the incident is closed.
    if (item.recipient === "hhs" && item.cite === "45 CFR 164.408(c)") continue;
    blockers.push(`Log the notice sent for “${item.label}” (${item.cite}).`);
  }
  return blockers;
}

export function incidentDetail(db: Database, id: string): IncidentDetail {
  const row = requireIncident(db, id);
  const people = peopleLookup(db);
  const assessmentRow = findAssessment(db, id);
  const noticeRows = noticesOf(db, id);
  const today = practiceToday(db);
  const deadlines = deadlinesOf(row, assessmentRow, noticeRows, today);
  const incident = incidentView(db, row, people);
  const steps = stepsOf(db, id, people);
  const notices = noticeRows.map((notice) => noticeView(notice, people));
  const letter = db.prepare("SELECT updated_by, updated_at FROM breach_letters WHERE incident_id = ?").get(id) as { updated_by: string; updated_at: string } | undefined;
  return {
    incident,
    steps,
    assessment: row.phi === "none" ? null : assessmentView(assessmentRow, people),
    breachState: breachStateOf(row, assessmentRow),
    deadlines,
    notices,
    portalChecklist: portalChecklist({ practice: readPractice(db), incident, steps, deadlines, notices, letter: letterContact(db, id) }),
    closeBlockers: closeBlockers(row, assessmentRow, deadlines),
    letterSaved: letter ? { by: people(letter.updated_by), at: letter.updated_at } : null,
  };
}

function letterContact(db: Database, incidentId: string): { phone: string; email: string } | null {
  const row = db.prepare("SELECT contact_phone AS phone, contact_email AS email FROM breach_letters WHERE incident_id = ?").get(incidentId) as
    | { phone: string; email: string }
    | undefined;
  return row ?? null;
}

export function incidentSummaries(db: Database): IncidentSummary[] {
  const rows = db.prepare("SELECT * FROM incidents ORDER BY number DESC").all() as IncidentRow[];
  const today = practiceToday(db);
  const breach = breachRecordsOfAll(db);
  return rows.map((row) => {
    const assessment = breach.assessment(row.id);
    const deadlines = deadlinesOf(row, assessment, breach.notices(row.id), today);
    const next = deadlines.items.filter((item) => !item.sent).sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0];
    return {
      id: row.id,
      number: row.number,
      title: row.title,
      status: row.status,
      category: row.category,
      discoveredOn: row.discovered_on,
      phi: row.phi,
      individualsAffected: row.individuals_affected,
      breachState: breachStateOf(row, assessment),
      nextDeadline: next ? { recipient: next.recipient, label: next.label, dueDate: next.dueDate, daysLeft: next.daysLeft, overdue: next.overdue } : null,
    };
  });
}
