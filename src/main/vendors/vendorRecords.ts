import type { Database } from "better-sqlite3-multiple-ciphers";
import type { PersonRef } from "../../shared/model/assessment";
import { EPHI_ACTIVITIES, type BaaStatus, type EphiActivity, type VendorInput, type VendorSummary } from "../../shared/model/vendor";
import { baaWarnings, handlesEphi, needsBaa, type BaaFacts } from "../../shared/rules/baaStatus";
import { calendarDateInZone } from "../../shared/rules/calendarDates";
import type { Actor } from "../audit/auditLog";
import { AppFailure } from "../core/appFailure";
import { readPractice } from "../services/practiceService";

/** Rows of the vendor tables and the small lookups every vendor service shares. */

export interface VendorRow {
  id: string;
  name: string;
  services: string;
  creates_ephi: number;
  receives_ephi: number;
  maintains_ephi: number;
  transmits_ephi: number;
  contact_name: string;
  contact_email: string;
  contact_phone: string;
  address: string;
  baa_status: BaaStatus;
  baa_not_needed_reason: string;
  baa_signed_date: string | null;
  baa_review_date: string | null;
  subcontractor_notes: string;
  ended_on: string | null;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
  file_count: number;
}

const ACTIVITY_COLUMNS: Record<EphiActivity, "creates_ephi" | "receives_ephi" | "maintains_ephi" | "transmits_ephi"> = {
  create: "creates_ephi",
  receive: "receives_ephi",
  maintain: "maintains_ephi",
  transmit: "transmits_ephi",
};

export const VENDOR_SELECT = `SELECT v.*, (SELECT count(*) FROM vendor_files f WHERE f.vendor_id = v.id) AS file_count FROM vendors v`;

export function nowIso(): string {
  return new Date().toISOString();
}

/** The practice's today, YYYY-MM-DD in its own time zone: what review dates are compared with. */
export function practiceToday(db: Database, at: Date = new Date()): string {
  return calendarDateInZone(at, readPractice(db).timeZone);
}

export function userIdOf(actor: Actor): string {
  if (!actor.id) throw new AppFailure("LOCKED", "The vault is locked. Sign in to continue.");
  return actor.id;
}

export function peopleLookup(db: Database): (id: string) => PersonRef {
  const names = new Map((db.prepare("SELECT id, full_name FROM users").all() as { id: string; full_name: string }[]).map((row) => [row.id, row.full_name]));
  return (id) => ({ id, name: names.get(id) ?? "Unknown user" });
}

export function findVendorRow(db: Database, id: string): VendorRow | undefined {
  return db.prepare(`${VENDOR_SELECT} WHERE v.id = ?`).get(id) as VendorRow | undefined;
}

export function requireVendorRow(db: Database, id: string): VendorRow {
  const row = findVendorRow(db, id);
  if (!row) throw new AppFailure("NOT_FOUND", "That vendor is not in the register. Refresh the list of vendors.");
  return row;
}

export function allVendorRows(db: Database): VendorRow[] {
  return db.prepare(`${VENDOR_SELECT} ORDER BY v.name COLLATE NOCASE, v.id`).all() as VendorRow[];
}

export function activitiesOf(row: VendorRow): EphiActivity[] {
  return EPHI_ACTIVITIES.filter((activity) => row[ACTIVITY_COLUMNS[activity]] === 1);
}

export function activityFlags(activities: readonly EphiActivity[]): Record<(typeof ACTIVITY_COLUMNS)[EphiActivity], 0 | 1> {
  const has = (activity: EphiActivity) => (activities.includes(activity) ? 1 : 0);
  return { creates_ephi: has("create"), receives_ephi: has("receive"), maintains_ephi: has("maintain"), transmits_ephi: has("transmit") };
}

export function inputOf(row: VendorRow): VendorInput {
  return {
    name: row.name,
    services: row.services,
    ephiActivities: activitiesOf(row),
    contactName: row.contact_name,
    contactEmail: row.contact_email,
    contactPhone: row.contact_phone,
    address: row.address,
    baaStatus: row.baa_status,
    baaNotNeededReason: row.baa_not_needed_reason,
    baaSignedDate: row.baa_signed_date,
    baaReviewDate: row.baa_review_date,
    subcontractorNotes: row.subcontractor_notes,
    endedOn: row.ended_on,
  };
}

export function factsOf(row: VendorRow): BaaFacts {
  return {
    id: row.id,
    name: row.name,
    ephiActivities: activitiesOf(row),
    baaStatus: row.baa_status,
    baaSignedDate: row.baa_signed_date,
    baaReviewDate: row.baa_review_date,
    endedOn: row.ended_on,
    fileCount: row.file_count,
  };
}

export function summaryOf(row: VendorRow, people: (id: string) => PersonRef, today: string, noticeDays?: number): VendorSummary {
  const facts = factsOf(row);
  return {
    id: row.id,
    ...inputOf(row),
    handlesEphi: handlesEphi(facts),
    needsBaa: needsBaa(facts),
    fileCount: row.file_count,
    warnings: baaWarnings(facts, today, noticeDays),
    createdAt: row.created_at,
    updatedBy: people(row.updated_by),
    updatedAt: row.updated_at,
  };
}
