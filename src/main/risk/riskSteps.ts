import { randomUUID } from "node:crypto";
import type { Database } from "better-sqlite3-multiple-ciphers";
import type { ActionItemOwnerInput, ActionItemPriority, ActionItemStatus } from "../../shared/model/actionItem";
import type { RiskActionItemSource, RiskMitigation } from "../../shared/model/risk";
import { findThreat } from "../../shared/risk/threatCatalog";
import type { RiskLevel } from "../../shared/risk/riskMatrix";
import { AppFailure } from "../core/appFailure";
import { placeholders, practiceToday } from "./riskRecords";

/**
 * The risk analysis's narrow view of the shared remediation plan (the action_items table): add a
 * mitigation step for a risk, and read the steps of some risks. Kept to these two operations so that
 * the action item service stays the one owner of everything else about an item (status, owner,
 * listing); `actionItems.update` changes a step's status like any other item's.
 */
export interface NewRiskStep {
  pairId: string;
  title: string;
  priority: ActionItemPriority;
  owner: ActionItemOwnerInput;
  dueDate: string | null;
  notes: string;
}

interface StepRow {
  id: string;
  risk_pair_id: string;
  title: string;
  priority: ActionItemPriority;
  owner_user_id: string | null;
  owner_full_name: string | null;
  owner_removed_at: string | null;
  owner_name: string | null;
  due_date: string | null;
  status: ActionItemStatus;
  completed_at: string | null;
  created_at: string;
}

/** A risk's level decides its step's priority, as a gap's severity does for an assessment item. */
export function priorityFor(level: RiskLevel | null): ActionItemPriority {
  if (level === "critical" || level === "high") return "high";
  return level === "medium" || level === null ? "medium" : "low";
}

export function insertRiskStep(db: Database, actorId: string, step: NewRiskStep, now: string): string {
  if (step.owner?.kind === "user") {
    const active = db.prepare("SELECT 1 FROM users WHERE id = ? AND removed_at IS NULL").get(step.owner.userId);
    if (!active) throw new AppFailure("VALIDATION", "That person does not have an active account.", { owner: "Choose someone with an active account, or type a name." });
  }
  const id = randomUUID();
  db.prepare(
    `INSERT INTO action_items (id, source_kind, risk_pair_id, title, priority, owner_user_id, owner_name, due_date, status, notes,
       created_by, created_at, updated_by, updated_at)
     VALUES (?, 'risk', ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?)`,
  ).run(
    id,
    step.pairId,
    step.title,
    step.priority,
    step.owner?.kind === "user" ? step.owner.userId : null,
    step.owner?.kind === "name" ? step.owner.name : null,
    step.dueDate,
    step.notes,
    actorId,
    now,
    actorId,
    now,
  );
  return id;
}

/** The steps whose risk is one of `pairIds`, oldest first. */
export function riskStepsFor(db: Database, pairIds: readonly string[]): RiskMitigation[] {
  if (pairIds.length === 0) return [];
  const rows: StepRow[] = [];
  // SQLite limits bound parameters; a register of thousands of risks is read in chunks.
  for (let start = 0; start < pairIds.length; start += 500) {
    const chunk = pairIds.slice(start, start + 500);
    rows.push(
      ...(db
        .prepare(
          `SELECT a.id, a.risk_pair_id, a.title, a.priority, a.owner_user_id, u.full_name AS owner_full_name, u.removed_at AS owner_removed_at, a.owner_name,
                  a.due_date, a.status, a.completed_at, a.created_at
           FROM action_items a LEFT JOIN users u ON u.id = a.owner_user_id
           WHERE a.source_kind = 'risk' AND a.risk_pair_id IN (${placeholders(chunk.length)})`,
        )
        .all(...chunk) as StepRow[]),
    );
  }
  const today = practiceToday(db);
  return rows.sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id)).map((row) => toMitigation(row, today));
}

export function countRiskSteps(db: Database, pairId: string): number {
  return db.prepare("SELECT count(*) FROM action_items WHERE source_kind = 'risk' AND risk_pair_id = ?").pluck().get(pairId) as number;
}

function toMitigation(row: StepRow, today: string): RiskMitigation {
  const owner =
    row.owner_user_id !== null
      ? { kind: "user" as const, userId: row.owner_user_id, name: row.owner_full_name ?? "Unknown user", active: row.owner_removed_at === null }
      : row.owner_name !== null
        ? { kind: "name" as const, name: row.owner_name }
        : null;
  return {
    id: row.id,
    pairId: row.risk_pair_id,
    title: row.title,
    priority: row.priority,
    owner,
    dueDate: row.due_date,
    status: row.status,
    overdue: row.status !== "done" && row.due_date !== null && row.due_date < today,
    completedAt: row.completed_at,
    createdAt: row.created_at,
  };
}

/**
 * For the action item service: where each risk step came from, so the remediation plan can show
 * "2026 risk analysis · Office server · Ransomware" beside it.
 */
export function riskSourcesOf(db: Database, pairIds: readonly string[]): Map<string, RiskActionItemSource> {
  const sources = new Map<string, RiskActionItemSource>();
  for (let start = 0; start < pairIds.length; start += 500) {
    const chunk = pairIds.slice(start, start + 500);
    const rows = db
      .prepare(
        `SELECT p.id, p.threat_id, p.custom_threat, p.vulnerability, a.name AS asset_name, r.year
         FROM risk_pairs p JOIN risk_assets a ON a.id = p.asset_id JOIN risk_analyses r ON r.id = p.analysis_id
         WHERE p.id IN (${placeholders(chunk.length)})`,
      )
      .all(...chunk) as { id: string; threat_id: string | null; custom_threat: string | null; vulnerability: string; asset_name: string; year: number }[];
    for (const row of rows) {
      const threatName = (row.threat_id === null ? undefined : findThreat(row.threat_id)?.name) ?? row.custom_threat ?? row.threat_id ?? "";
      sources.set(row.id, { kind: "risk", pairId: row.id, analysisYear: row.year, assetName: row.asset_name, threatName, vulnerability: row.vulnerability });
    }
  }
  return sources;
}
