import type { Database } from "better-sqlite3-multiple-ciphers";
import type { PersonRef } from "../../shared/model/assessment";
import type { AssetKind } from "../../shared/risk/assetKinds";
import type { RiskLevel } from "../../shared/risk/riskMatrix";
import type { Rating } from "../../shared/risk/riskScale";
import type { Treatment } from "../../shared/risk/treatment";
import { calendarDateInZone } from "../../shared/rules/calendarDates";
import { AppFailure } from "../core/appFailure";
import { readPractice } from "../services/practiceService";

/** The rows of the risk tables as stored; services turn them into the shared views. */
export interface AnalysisRow {
  id: string;
  year: number;
  status: "in-progress" | "finalized";
  scope: string;
  data_collection: string;
  started_by: string;
  started_at: string;
  carried_from: string | null;
  finalized_by: string | null;
  finalized_at: string | null;
  review_interval_months: number | null;
  next_review_date: string | null;
}

export interface AssetRow {
  id: string;
  analysis_id: string;
  template_id: string | null;
  name: string;
  kind: AssetKind;
  owner: string;
  location: string;
  vendor_name: string;
  ephi_kinds: string;
  approx_record_count: number | null;
  notes: string;
  retired_by: string | null;
  retired_at: string | null;
  retired_reason: string | null;
  predecessor_id: string | null;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
}

export interface FlowRow {
  id: string;
  analysis_id: string;
  from_asset_id: string;
  to_asset_id: string | null;
  vendor_name: string | null;
  description: string;
  position: number;
}

export interface PairRow {
  id: string;
  analysis_id: string;
  asset_id: string;
  threat_id: string | null;
  custom_threat: string | null;
  vulnerability: string;
  controls: string;
  inherent_likelihood: Rating | null;
  inherent_impact: Rating | null;
  inherent_level: RiskLevel | null;
  residual_likelihood: Rating | null;
  residual_impact: Rating | null;
  residual_level: RiskLevel | null;
  rating_note: string;
  treatment: Treatment | null;
  treatment_note: string;
  acceptance_approved_by: string | null;
  acceptance_approved_at: string | null;
  acceptance_rationale: string | null;
  predecessor_id: string | null;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
}

export const nowIso = () => new Date().toISOString();

/** Today's date where the practice is; review dates and "overdue" count the practice's calendar days. */
export function practiceToday(db: Database, at: Date = new Date()): string {
  return calendarDateInZone(at, readPractice(db).timeZone);
}

export function findAnalysisByYear(db: Database, year: number): AnalysisRow | undefined {
  return db.prepare("SELECT * FROM risk_analyses WHERE year = ?").get(year) as AnalysisRow | undefined;
}

export function requireAnalysisByYear(db: Database, year: number): AnalysisRow {
  const row = findAnalysisByYear(db, year);
  if (!row) throw new AppFailure("NOT_FOUND", `There is no risk analysis for ${year} yet. Start one first.`);
  return row;
}

export function requireAnalysisById(db: Database, id: string): AnalysisRow {
  const row = db.prepare("SELECT * FROM risk_analyses WHERE id = ?").get(id) as AnalysisRow | undefined;
  if (!row) throw new AppFailure("NOT_FOUND", "That risk analysis does not exist.");
  return row;
}

/** Every change to a finalized analysis is refused: it is the documentation as signed. */
export function assertEditable(db: Database, analysis: AnalysisRow): void {
  if (analysis.status !== "finalized") return;
  const who = analysis.finalized_by ? personRef(db, analysis.finalized_by).name : "an Administrator";
  const when = analysis.finalized_at ? calendarDateInZone(new Date(analysis.finalized_at), readPractice(db).timeZone) : "";
  throw new AppFailure(
    "CONFLICT",
    `The ${analysis.year} risk analysis was finalized by ${who} on ${when} and can no longer change. Start the next year's analysis from it to make changes.`,
  );
}

export function requireAsset(db: Database, id: string): { asset: AssetRow; analysis: AnalysisRow } {
  const asset = db.prepare("SELECT * FROM risk_assets WHERE id = ?").get(id) as AssetRow | undefined;
  if (!asset) throw new AppFailure("NOT_FOUND", "That asset does not exist.");
  return { asset, analysis: requireAnalysisById(db, asset.analysis_id) };
}

export function requirePair(db: Database, id: string): { pair: PairRow; analysis: AnalysisRow; asset: AssetRow } {
  const pair = db.prepare("SELECT * FROM risk_pairs WHERE id = ?").get(id) as PairRow | undefined;
  if (!pair) throw new AppFailure("NOT_FOUND", "That risk does not exist.");
  const asset = db.prepare("SELECT * FROM risk_assets WHERE id = ?").get(pair.asset_id) as AssetRow;
  return { pair, analysis: requireAnalysisById(db, pair.analysis_id), asset };
}

/** A user as shown beside what they did: the full name, kept after the account is removed. */
export function personRef(db: Database, userId: string): PersonRef {
  const name = db.prepare("SELECT full_name FROM users WHERE id = ?").pluck().get(userId) as string | undefined;
  return { id: userId, name: name ?? "Unknown user" };
}

/** All users' names at once, for building views of many rows. */
export function peopleLookup(db: Database): (userId: string) => PersonRef {
  const names = new Map((db.prepare("SELECT id, full_name FROM users").all() as { id: string; full_name: string }[]).map((row) => [row.id, row.full_name]));
  return (userId) => ({ id: userId, name: names.get(userId) ?? "Unknown user" });
}

export function placeholders(count: number): string {
  return Array.from({ length: count }, () => "?").join(", ");
}

/** Risk records name their author by user id; every signed-in actor has one. */
export function userIdOf(actor: { id: string | null }): string {
  if (!actor.id) throw new AppFailure("LOCKED", "Sign in to continue.");
  return actor.id;
}
