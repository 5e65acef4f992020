import type { Database } from "better-sqlite3-multiple-ciphers";
import type { ResolvedPeriod } from "../../shared/model/reportPeriod";
import { iterateAuditPeriod } from "./auditLog";

/**
 * What the reports read of the audit log, counted as the entries stream past so that no report
 * holds a period's entries (a million on a ten-year vault) in memory. The entries come from both
 * stores, the sealed segments and the live table, through auditLog.ts, which also writes them and
 * checks the chain.
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

/** The period's entries counted per action and per person, in one streaming pass (45 CFR 164.308(a)(1)(ii)(D)). */
export function summarizeAuditPeriod(db: Database, period: AuditPeriod): AuditPeriodSummary {
  const tallies = new Map<string, AuditTally>();
  let entries = 0;
  let firstSeq: number | null = null;
  let lastSeq: number | null = null;
  for (const entry of iterateAuditPeriod(db, periodOf(period))) {
    entries += 1;
    firstSeq ??= entry.seq;
    lastSeq = entry.seq;
    const key = `${entry.action}\u0000${entry.actorName}`;
    const tally = tallies.get(key);
    if (tally) tally.entries += 1;
    else tallies.set(key, { action: entry.action, actorName: entry.actorName, entries: 1 });
  }
  const rows = [...tallies.values()].sort((a, b) => b.entries - a.entries || a.action.localeCompare(b.action) || a.actorName.localeCompare(b.actorName));
  return { entries, firstSeq, lastSeq, tallies: rows };
}

export interface AuditLine {
  seq: number;
  at: string;
  actorName: string;
  action: string;
  summary: string;
}

/** The period's entries of the given actions only, oldest first: a handful among all the others. */
export function auditEntriesOfActions(db: Database, actions: readonly string[], period: AuditPeriod): AuditLine[] {
  if (actions.length === 0) return [];
  return [...iterateAuditPeriod(db, periodOf(period), actions)].map(({ seq, at, actorName, action, summary }) => ({ seq, at, actorName, action, summary }));
}

const periodOf = (period: AuditPeriod) => ({ startsAt: period.startsAt ?? null, endsBefore: period.endsBefore ?? null });
