import type { Database } from "better-sqlite3-multiple-ciphers";
import type { ResolvedPeriod } from "../../shared/model/reportPeriod";

/**
 * What the reports read of the audit log, counted and filtered by SQLite itself so that no report
 * holds a period's entries (a million on a ten-year vault) in memory. Every statement the reports
 * run on the audit_log table is here, in one place, written against its columns (seq, at,
 * actor_id, actor_name, action, record_type, record_id, summary, changes, prev_hash, hash): when
 * the table's storage changes, this file changes with it. Writing entries and checking the chain
 * are auditLog.ts's.
 */

/** The instants a period runs between; either end may be open. */
export type AuditPeriod = Pick<ResolvedPeriod, "startsAt" | "endsBefore">;

/** How many entries of each action, by each person, a period holds. */
export interface AuditTally {
  action: string;
  actorName: string;
  entries: number;
}

export interface AuditPeriodSummary {
  entries: number;
  firstSeq: number | null;
  lastSeq: number | null;
  /** One row per action and person who did it, most entries first. */
  tallies: AuditTally[];
}

/**
 * `at` is always written as `Date.toISOString()` (UTC, milliseconds, "Z"), as are a period's
 * `startsAt` and `endsBefore`, so comparing the text compares the instants, and the index on `at`
 * finds the period's entries without reading the rest.
 */
function periodClause(period: AuditPeriod): { sql: string; params: Record<string, string> } {
  const conditions: string[] = [];
  const params: Record<string, string> = {};
  if (period.startsAt) {
    conditions.push("at >= @startsAt");
    params.startsAt = period.startsAt;
  }
  if (period.endsBefore) {
    conditions.push("at < @endsBefore");
    params.endsBefore = period.endsBefore;
  }
  return { sql: conditions.join(" AND "), params };
}

const where = (...clauses: string[]) => {
  const present = clauses.filter(Boolean);
  return present.length ? `WHERE ${present.join(" AND ")}` : "";
};

/** The period's entries counted per action and per person, in one pass over the period (45 CFR 164.308(a)(1)(ii)(D)). */
export function summarizeAuditPeriod(db: Database, period: AuditPeriod): AuditPeriodSummary {
  const clause = periodClause(period);
  const rows = db
    .prepare(
      `SELECT action, actor_name AS actorName, count(*) AS entries, min(seq) AS firstSeq, max(seq) AS lastSeq
       FROM audit_log ${where(clause.sql)}
       GROUP BY action, actor_name`,
    )
    .all(clause.params) as (AuditTally & { firstSeq: number; lastSeq: number })[];
  rows.sort((a, b) => b.entries - a.entries || a.action.localeCompare(b.action) || a.actorName.localeCompare(b.actorName));
  return {
    entries: rows.reduce((sum, row) => sum + row.entries, 0),
    firstSeq: rows.length ? Math.min(...rows.map((row) => row.firstSeq)) : null,
    lastSeq: rows.length ? Math.max(...rows.map((row) => row.lastSeq)) : null,
    tallies: rows.map(({ action, actorName, entries }) => ({ action, actorName, entries })),
  };
}

/** Every entry in the whole log, whatever the period. */
export function countAuditEntries(db: Database): number {
  return db.prepare("SELECT count(*) FROM audit_log").pluck().get() as number;
}

export interface AuditLine {
  seq: number;
  at: string;
  actorName: string;
  action: string;
  summary: string;
}

/** The period's entries of the given actions only, oldest first: a handful among all the others (the index on `action` finds them). */
export function auditEntriesOfActions(db: Database, actions: readonly string[], period: AuditPeriod): AuditLine[] {
  if (actions.length === 0) return [];
  const clause = periodClause(period);
  return db
    .prepare(
      `SELECT seq, at, actor_name AS actorName, action, summary
       FROM audit_log ${where("action IN (SELECT value FROM json_each(@actions))", clause.sql)}
       ORDER BY seq`,
    )
    .all({ ...clause.params, actions: JSON.stringify(actions) }) as AuditLine[];
}
