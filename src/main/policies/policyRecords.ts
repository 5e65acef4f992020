import { randomUUID } from "node:crypto";
import type { Database } from "better-sqlite3-multiple-ciphers";
import type { PersonRef } from "../../shared/model/assessment";
import type { PolicyVersionStatus } from "../../shared/model/policy";
import { calendarDateInZone } from "../../shared/rules/calendarDates";
import { RETENTION_YEARS, addYearsKeepingLonger } from "../../shared/rules/policyRetention";
import type { Actor } from "../audit/auditLog";
import { AppFailure } from "../core/appFailure";
import { readPractice } from "../services/practiceService";

/** The policy tables' rows as stored, and the lookups every policy service shares. */

export interface PolicyRow {
  id: string;
  template_id: string | null;
  position: number;
  created_by: string;
  created_at: string;
}

export interface VersionRow {
  id: string;
  policy_id: string;
  number: number;
  title: string;
  summary: string;
  cfr: string;
  body: string;
  source: "template" | "edit";
  change_summary: string;
  diff_summary: string;
  editor_notes: string;
  status: PolicyVersionStatus;
  created_by: string;
  created_at: string;
  created_on: string;
  approved_by: string | null;
  approved_at: string | null;
  effective_from: string | null;
  effective_until: string | null;
  next_review_date: string | null;
  retain_until: string | null;
}

export const nowIso = () => new Date().toISOString();

/** Today where the practice is: approval, review and retention dates count the practice's calendar days. */
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

export function requirePolicy(db: Database, id: string): PolicyRow {
  const row = db.prepare("SELECT * FROM policies WHERE id = ?").get(id) as PolicyRow | undefined;
  if (!row) throw new AppFailure("NOT_FOUND", "That policy does not exist. Go back to the list of policies.");
  return row;
}

export function requireVersion(db: Database, id: string): VersionRow {
  const row = db.prepare("SELECT * FROM policy_versions WHERE id = ?").get(id) as VersionRow | undefined;
  if (!row) throw new AppFailure("NOT_FOUND", "That policy version does not exist. Go back to the list of policies.");
  return row;
}

export function versionsOf(db: Database, policyId: string): VersionRow[] {
  return db.prepare("SELECT * FROM policy_versions WHERE policy_id = ? ORDER BY number DESC").all(policyId) as VersionRow[];
}

export function latestVersion(db: Database, policyId: string): VersionRow {
  const row = db.prepare("SELECT * FROM policy_versions WHERE policy_id = ? ORDER BY number DESC LIMIT 1").get(policyId) as VersionRow | undefined;
  if (!row) throw new Error(`Policy ${policyId} has no version.`);
  return row;
}

export function versionInEffect(db: Database, policyId: string): VersionRow | undefined {
  return db.prepare("SELECT * FROM policy_versions WHERE policy_id = ? AND status = 'in-effect'").get(policyId) as VersionRow | undefined;
}

export function draftOf(db: Database, policyId: string): VersionRow | undefined {
  return db.prepare("SELECT * FROM policy_versions WHERE policy_id = ? AND status = 'draft'").get(policyId) as VersionRow | undefined;
}

export interface NewVersion {
  title: string;
  summary: string;
  cfr: readonly string[];
  body: string;
  source: "template" | "edit";
  changeSummary: string;
  diffSummary: string;
  editorNotes: readonly string[];
}

/**
 * Saves a new draft version on top of the others. A draft it replaces is withdrawn (never approved,
 * kept six years from its creation); the version in effect stays in effect until a draft is approved.
 */
export function insertDraftVersion(db: Database, actor: Actor, policyId: string, version: NewVersion): VersionRow {
  const today = practiceToday(db);
  const previousDraft = draftOf(db, policyId);
  if (previousDraft) {
    db.prepare("UPDATE policy_versions SET status = 'withdrawn', retain_until = ? WHERE id = ?").run(
      addYearsKeepingLonger(previousDraft.created_on, RETENTION_YEARS),
      previousDraft.id,
    );
  }
  const number = (db.prepare("SELECT coalesce(max(number), 0) + 1 FROM policy_versions WHERE policy_id = ?").pluck().get(policyId) as number) ?? 1;
  const id = randomUUID();
  db.prepare(
    `INSERT INTO policy_versions (id, policy_id, number, title, summary, cfr, body, source, change_summary, diff_summary, editor_notes, status,
       created_by, created_at, created_on, retain_until)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?, ?)`,
  ).run(
    id,
    policyId,
    number,
    version.title,
    version.summary,
    JSON.stringify(version.cfr),
    version.body,
    version.source,
    version.changeSummary,
    version.diffSummary,
    JSON.stringify(version.editorNotes),
    userIdOf(actor),
    nowIso(),
    today,
    addYearsKeepingLonger(today, RETENTION_YEARS),
  );
  return requireVersion(db, id);
}
