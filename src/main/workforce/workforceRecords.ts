import type { Database } from "better-sqlite3-multiple-ciphers";
import type { PersonRef } from "../../shared/model/assessment";
import type { LinkedAccount, WorkforceMember } from "../../shared/model/workforce";
import { normalizePersonName } from "../../shared/rules/attestation";
import { calendarDateInZone } from "../../shared/rules/calendarDates";
import { AppFailure } from "../core/appFailure";
import { peopleLookup } from "../services/assessmentRecords";
import { readPractice } from "../services/practiceService";

/** The stored rows of the roster, and the lookups every workforce service shares. */

export interface MemberRow {
  id: string;
  full_name: string;
  job_title: string;
  hire_date: string;
  termination_date: string | null;
  termination_note: string;
  terminated_by: string | null;
  terminated_at: string | null;
  user_id: string | null;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
}

export const nowIso = () => new Date().toISOString();

/** Today where the practice is: due dates count the practice's calendar days, not UTC's. */
export function practiceToday(db: Database, at: Date = new Date()): string {
  return calendarDateInZone(at, readPractice(db).timeZone);
}

export function findMember(db: Database, id: string): MemberRow | undefined {
  return db.prepare("SELECT * FROM workforce_members WHERE id = ?").get(id) as MemberRow | undefined;
}

export function requireMember(db: Database, id: string): MemberRow {
  const row = findMember(db, id);
  if (!row) throw new AppFailure("NOT_FOUND", "That person is not on the roster. Refresh the list.");
  return row;
}

type People = (id: string) => PersonRef;

function accountsLookup(db: Database): (userId: string) => LinkedAccount {
  const rows = db.prepare("SELECT id, username, removed_at FROM users").all() as { id: string; username: string; removed_at: string | null }[];
  const byId = new Map(rows.map((row) => [row.id, { id: row.id, username: row.username, active: row.removed_at === null }]));
  return (userId) => byId.get(userId) ?? { id: userId, username: "unknown", active: false };
}

export interface MemberLookups {
  people: People;
  account: (userId: string) => LinkedAccount;
}

export function memberLookups(db: Database): MemberLookups {
  return { people: peopleLookup(db), account: accountsLookup(db) };
}

export function toMember(row: MemberRow, lookups: MemberLookups): WorkforceMember {
  return {
    id: row.id,
    fullName: row.full_name,
    jobTitle: row.job_title,
    hireDate: row.hire_date,
    terminationDate: row.termination_date,
    terminationNote: row.termination_note,
    terminatedBy: row.terminated_by ? lookups.people(row.terminated_by) : null,
    terminatedAt: row.terminated_at,
    account: row.user_id ? lookups.account(row.user_id) : null,
    createdBy: lookups.people(row.created_by),
    createdAt: row.created_at,
  };
}

export function memberView(db: Database, id: string): WorkforceMember {
  return toMember(requireMember(db, id), memberLookups(db));
}

/**
 * A person still on the roster with this name (ignoring capitals and spaces), other than `exceptId`.
 * People who have left do not count: a former employee may be hired again.
 */
export function currentMemberNamed(db: Database, name: string, exceptId: string | null = null): MemberRow | undefined {
  const wanted = normalizePersonName(name);
  const rows = db.prepare("SELECT * FROM workforce_members WHERE termination_date IS NULL").all() as MemberRow[];
  return rows.find((row) => row.id !== exceptId && normalizePersonName(row.full_name) === wanted);
}

export function duplicateNameMessage(name: string): string {
  return `${name.trim()} is already on the roster. If this is a different person with the same name, add a middle initial so the two can be told apart.`;
}

/** The account exists, is active, and is not already someone else's on the roster. */
export function checkAccountLink(db: Database, userId: string, memberId: string | null): void {
  const user = db.prepare("SELECT full_name, removed_at FROM users WHERE id = ?").get(userId) as { full_name: string; removed_at: string | null } | undefined;
  const refuse = (message: string) => new AppFailure("VALIDATION", message, { userId: message });
  if (!user) throw refuse("That app account does not exist. Choose another, or none.");
  if (user.removed_at !== null) throw refuse("That app account was removed. Choose another, or none.");
  const holder = db.prepare("SELECT full_name FROM workforce_members WHERE user_id = ? AND id IS NOT ?").pluck().get(userId, memberId) as string | undefined;
  if (holder !== undefined) throw refuse(`That app account already belongs to ${holder} on the roster.`);
}
