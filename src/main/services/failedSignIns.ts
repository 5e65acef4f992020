import type { Database } from "better-sqlite3-multiple-ciphers";
import { APP_ACTOR } from "../audit/appActor";
import { appendAudit } from "../audit/auditLog";
import type { PendingFailure, PendingFailures } from "./loginThrottle";

/** How far this vault has logged the workstation's failed sign-ins: "<series>:<seq>" (loginThrottle.ts). */
const LOGGED_THROUGH_KEY = "failed_sign_ins_logged_through";

function loggedThrough(db: Database, series: string): number {
  const value = db.prepare("SELECT value FROM meta WHERE key = ?").pluck().get(LOGGED_THROUGH_KEY) as string | undefined;
  const [loggedSeries, seq] = (value ?? "").split(":");
  return loggedSeries === series ? Number(seq) : 0;
}

function appendFailure(db: Database, failure: PendingFailure): void {
  if (failure.kind === "record-unreadable") {
    appendAudit(db, APP_ACTOR, {
      action: "session.failures-unreadable",
      summary: `The record of failed sign-ins kept on this computer could not be read, so failed sign-ins before this time may be missing from the log. The damaged record was kept as ${failure.keptAs ?? "a file beside the vault"}.`,
      at: failure.at,
      changes: { keptAs: failure.keptAs ?? null },
    });
    return;
  }
  // The name as it was typed: it may belong to no account in this vault (a mistyped name, or a restore since).
  const what = failure.kind === "password" ? `A wrong password was entered for "${failure.account}"` : "A wrong recovery key was entered";
  appendAudit(db, { id: null, name: failure.account }, { action: "session.failed", summary: what, at: failure.at, changes: { kind: failure.kind } });
}

/**
 * Writes the failed sign-ins waiting beside the vault into its audit log, with their own times. Call it
 * inside the unlock's transaction, and clear the waiting records only after it commits: the vault notes
 * how far it has logged them in the same transaction, so a crash between the two cannot log one twice.
 */
export function logPendingFailures(db: Database, pending: PendingFailures): void {
  const through = loggedThrough(db, pending.series);
  const unlogged = pending.failures.filter((failure) => failure.seq > through);
  if (unlogged.length === 0) return;
  db.transaction(() => {
    for (const failure of unlogged) appendFailure(db, failure);
    db.prepare("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(
      LOGGED_THROUGH_KEY,
      `${pending.series}:${Math.max(...unlogged.map((failure) => failure.seq))}`,
    );
  })();
}
