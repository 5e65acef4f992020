import type { Database } from "better-sqlite3-multiple-ciphers";
import type {
  IncidentCategory,
  IncidentStatus,
  NoticeMethod,
  NoticeRecipient,
  PhiInvolvement,
  ResponsePhase,
} from "../../shared/model/incident";
import type { BreachException, SafeHarborAnswer } from "../../shared/rules/breachAssessment";
import { AppFailure } from "../core/appFailure";

/** The rows of the incident tables as stored; incidentViews.ts turns them into the shared views. */
export interface IncidentRow {
  id: string;
  number: number;
  title: string;
  occurred_on: string | null;
  occurred_time: string | null;
  discovered_on: string;
  discovered_time: string | null;
  reported_by: string;
  description: string;
  category: IncidentCategory;
  other_systems: string;
  locations: string;
  phi: PhiInvolvement;
  information_types: string;
  other_information: string;
  individuals_affected: number | null;
  residents_by_state: string;
  business_associate: 0 | 1;
  covered_entity_name: string;
  status: IncidentStatus;
  closed_by: string | null;
  closed_at: string | null;
  closing_note: string;
  risk_review_trigger_id: string | null;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
}

export interface StepRow {
  id: string;
  incident_id: string;
  phase: ResponsePhase;
  action: string;
  done_by: string;
  done_on: string;
  done_time: string | null;
  recorded_by: string;
  recorded_at: string;
  updated_by: string;
  updated_at: string;
}

export interface AssessmentRow {
  incident_id: string;
  exception: BreachException | null;
  exception_notes: string;
  safe_harbor: SafeHarborAnswer | null;
  safe_harbor_notes: string;
  factor_answers: string;
  factor_notes: string;
  summary: string;
  conclusion: "breach" | "not-a-breach" | null;
  basis: "exception" | "secured" | "low-probability" | "factors" | null;
  signed_by: string | null;
  signed_at: string | null;
  updated_by: string;
  updated_at: string;
}

export interface LetterRow {
  incident_id: string;
  salutation: string;
  what_happened: string;
  information_involved: string;
  what_you_can_do: string;
  what_we_are_doing: string;
  contact_phone: string;
  contact_email: string;
  contact_website: string;
  contact_address: string;
  signer_name: string;
  signer_title: string;
  updated_by: string;
  updated_at: string;
}

export interface NoticeRow {
  id: string;
  incident_id: string;
  recipient: NoticeRecipient;
  sent_on: string;
  method: NoticeMethod;
  sent_to: string;
  recipients_count: number | null;
  notes: string;
  recorded_by: string;
  recorded_at: string;
}

export function requireIncident(db: Database, id: string): IncidentRow {
  const row = db.prepare("SELECT * FROM incidents WHERE id = ?").get(id) as IncidentRow | undefined;
  if (!row) throw new AppFailure("NOT_FOUND", "That incident does not exist.");
  return row;
}

export function incidentName(row: Pick<IncidentRow, "number" | "title">): string {
  return `Incident ${row.number} (“${row.title}”)`;
}

/** A closed incident is the record as it was closed: reopen it to change it. Notices can still be logged. */
export function assertOpen(row: IncidentRow): void {
  if (row.status === "closed") throw new AppFailure("CONFLICT", `Incident ${row.number} is closed. Reopen it to make changes.`);
}

export function findAssessment(db: Database, incidentId: string): AssessmentRow | undefined {
  return db.prepare("SELECT * FROM breach_assessments WHERE incident_id = ?").get(incidentId) as AssessmentRow | undefined;
}

export function noticesOf(db: Database, incidentId: string): NoticeRow[] {
  return db.prepare("SELECT * FROM breach_notices WHERE incident_id = ? ORDER BY sent_on, recorded_at").all(incidentId) as NoticeRow[];
}

/**
 * Every incident's breach assessment and notice log, read in two queries, for the lists that show
 * many incidents at once (one query per incident would grow with the log).
 */
export function breachRecordsOfAll(db: Database): { assessment(incidentId: string): AssessmentRow | undefined; notices(incidentId: string): NoticeRow[] } {
  const assessments = new Map((db.prepare("SELECT * FROM breach_assessments").all() as AssessmentRow[]).map((row) => [row.incident_id, row]));
  const notices = new Map<string, NoticeRow[]>();
  for (const row of db.prepare("SELECT * FROM breach_notices ORDER BY incident_id, sent_on, recorded_at").all() as NoticeRow[]) {
    const list = notices.get(row.incident_id) ?? [];
    list.push(row);
    notices.set(row.incident_id, list);
  }
  return { assessment: (incidentId) => assessments.get(incidentId), notices: (incidentId) => notices.get(incidentId) ?? [] };
}

export function residentsOf(row: Pick<IncidentRow, "residents_by_state">): Record<string, number> {
  return JSON.parse(row.residents_by_state) as Record<string, number>;
}
