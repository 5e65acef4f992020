import { hash } from "node:crypto";
import type { Database } from "better-sqlite3-multiple-ciphers";
import type { AuditEntry, AuditFilter, AuditPage, AuditVerification } from "../../shared/model/audit";
import { entryHash, GENESIS_HASH, type ChainedFields } from "./auditChain";

export interface Actor {
  id: string | null;
  name: string;
}

export interface AuditEvent {
  action: string;
  recordType?: string;
  recordId?: string;
  summary: string;
  changes?: Record<string, unknown>;
  /** Defaults to now; a failed login recorded while the vault was locked keeps its own time. */
  at?: string;
}

interface AuditRow {
  seq: number;
  at: string;
  actor_id: string | null;
  actor_name: string;
  action: string;
  record_type: string | null;
  record_id: string | null;
  summary: string;
  changes: string | null;
  prev_hash: string;
  hash: string;
}

/**
 * Appends one entry to the chain. Call it inside the transaction that makes the change it records,
 * so that a change and its entry are stored together or not at all. The chain's head is kept in
 * `meta` as well, so that removing entries from the end is detected too.
 */
export function appendAudit(db: Database, actor: Actor, event: AuditEvent): void {
  const head = readHead(db);
  const fields: ChainedFields = {
    seq: head.seq + 1,
    at: event.at ?? new Date().toISOString(),
    actorId: actor.id,
    actorName: actor.name,
    action: event.action,
    recordType: event.recordType ?? null,
    recordId: event.recordId ?? null,
    summary: event.summary,
    changes: event.changes ? JSON.stringify(event.changes) : null,
    prevHash: head.hash,
  };
  const hash = entryHash(fields);
  db.prepare(
    `INSERT INTO audit_log (seq, at, actor_id, actor_name, action, record_type, record_id, summary, changes, prev_hash, hash)
     VALUES (@seq, @at, @actorId, @actorName, @action, @recordType, @recordId, @summary, @changes, @prevHash, @hash)`,
  ).run({ ...fields, hash });
  db.prepare("INSERT INTO meta (key, value) VALUES ('audit_head', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(
    `${fields.seq}:${hash}`,
  );
}

function readHead(db: Database): { seq: number; hash: string } {
  const value = db.prepare("SELECT value FROM meta WHERE key = 'audit_head'").pluck().get() as string | undefined;
  if (!value) return { seq: 0, hash: GENESIS_HASH };
  const [seq, hash] = value.split(":");
  return { seq: Number(seq), hash: hash ?? GENESIS_HASH };
}

/**
 * The entry's preimage built by SQLite itself: for ordinary text the same JSON as entryPreimage, and
 * one string per row to read instead of ten, which is most of what checking a million entries costs.
 * Where the two encodings might ever differ (an unusual character), the hash does not match and the
 * entry is checked again with entryHash, which alone decides.
 */
const SQL_PREIMAGE = "json_array(seq, at, actor_id, actor_name, action, record_type, record_id, summary, changes, prev_hash)";

const NOT_FROM_THE_START = "Entry 1 is not the setting up of the vault: the entries before it were removed and the log was started again.";

/** Walks the whole chain and names the first entry that does not fit. */
export function verifyAuditChain(db: Database): AuditVerification {
  let expectedSeq = 1;
  let previousHash = GENESIS_HASH;
  let checked = 0;
  // A vault's first entry is written with the vault itself, so a log whose first entry is anything else
  // (or that has none) was emptied and started again, even if its recorded end was removed too.
  const isVault = db.prepare("SELECT 1 FROM meta WHERE key = 'vault_id'").get() !== undefined;
  const fast = db.prepare(`SELECT seq, prev_hash, hash, action, ${SQL_PREIMAGE} FROM audit_log WHERE seq >= ? ORDER BY seq`).raw();
  const exact = db.prepare("SELECT * FROM audit_log WHERE seq = ?");
  for (let more = true; more; ) {
    more = false;
    let recheck: number | null = null;
    for (const [seq, prevHash, storedHash, action, preimage] of fast.iterate(expectedSeq) as IterableIterator<[number, string, string, string, string]>) {
      const link = linkProblem(seq, prevHash, expectedSeq, previousHash);
      if (link) return { intact: false, checked, firstBrokenSeq: link.seq, problem: link.message };
      if (hash("sha256", preimage, "hex") !== storedHash) {
        // Leave the loop (which frees the connection) and check this entry with entryHash.
        recheck = seq;
        break;
      }
      if (seq === 1 && isVault && action !== "vault.created") return { intact: false, checked: 0, firstBrokenSeq: 1, problem: NOT_FROM_THE_START };
      checked += 1;
      expectedSeq += 1;
      previousHash = storedHash;
    }
    if (recheck !== null) {
      const row = exact.get(recheck) as AuditRow;
      const problem = chainProblem(row, expectedSeq, previousHash);
      if (problem) return { intact: false, checked, firstBrokenSeq: problem.seq, problem: problem.message };
      if (row.seq === 1 && isVault && row.action !== "vault.created") return { intact: false, checked: 0, firstBrokenSeq: 1, problem: NOT_FROM_THE_START };
      checked += 1;
      expectedSeq += 1;
      previousHash = row.hash;
      more = true;
    }
  }
  if (checked === 0 && isVault) {
    return { intact: false, checked: 0, firstBrokenSeq: 1, problem: "The audit log is empty: every entry, from the first one, was removed." };
  }
  const head = readHead(db);
  if (head.seq !== checked || head.hash !== previousHash) {
    return {
      intact: false,
      checked,
      firstBrokenSeq: checked + 1,
      problem: `Entries ${checked + 1} to ${head.seq} are missing: the log should end at entry ${head.seq}, but it ends at entry ${checked}.`,
    };
  }
  return { intact: true, checked };
}

function linkProblem(seq: number, prevHash: string, expectedSeq: number, previousHash: string): { seq: number; message: string } | null {
  if (seq !== expectedSeq) {
    return { seq: expectedSeq, message: `Entry ${expectedSeq} is missing: the log jumps from entry ${expectedSeq - 1} to entry ${seq}.` };
  }
  if (prevHash !== previousHash) {
    return { seq, message: `Entry ${seq} does not follow entry ${seq - 1}: an entry before it was changed or replaced.` };
  }
  return null;
}

function chainProblem(row: AuditRow, expectedSeq: number, previousHash: string): { seq: number; message: string } | null {
  const link = linkProblem(row.seq, row.prev_hash, expectedSeq, previousHash);
  if (link) return link;
  const recomputed = entryHash({
    seq: row.seq,
    at: row.at,
    actorId: row.actor_id,
    actorName: row.actor_name,
    action: row.action,
    recordType: row.record_type,
    recordId: row.record_id,
    summary: row.summary,
    changes: row.changes,
    prevHash: row.prev_hash,
  });
  if (recomputed !== row.hash) return { seq: row.seq, message: `Entry ${row.seq} was changed after it was written.` };
  return null;
}

function whereClause(filter: AuditFilter): { sql: string; params: Record<string, string> } {
  const conditions: string[] = [];
  const params: Record<string, string> = {};
  if (filter.from) {
    conditions.push("at >= @from");
    params.from = filter.from;
  }
  if (filter.to) {
    // Dates are whole days: "to 2026-03-01" includes every entry on that day.
    conditions.push("at < date(@to, '+1 day')");
    params.to = filter.to;
  }
  if (filter.actor) {
    conditions.push("actor_name LIKE @actor ESCAPE '\\'");
    params.actor = `%${escapeLike(filter.actor)}%`;
  }
  if (filter.action) {
    conditions.push("action = @action");
    params.action = filter.action;
  }
  if (filter.text) {
    conditions.push("(summary LIKE @text ESCAPE '\\' OR record_id LIKE @text ESCAPE '\\' OR changes LIKE @text ESCAPE '\\')");
    params.text = `%${escapeLike(filter.text)}%`;
  }
  return { sql: conditions.length ? `WHERE ${conditions.join(" AND ")}` : "", params };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function toEntry(row: AuditRow): AuditEntry {
  return {
    seq: row.seq,
    at: row.at,
    actorId: row.actor_id,
    actorName: row.actor_name,
    action: row.action,
    recordType: row.record_type,
    recordId: row.record_id,
    summary: row.summary,
    changes: row.changes ? (JSON.parse(row.changes) as Record<string, unknown>) : null,
    hash: row.hash,
  };
}

/** Newest first, as a person reviewing the log reads it. */
export function listAudit(db: Database, filter: AuditFilter, offset: number, limit: number): AuditPage {
  const where = whereClause(filter);
  const total = db.prepare(`SELECT count(*) FROM audit_log ${where.sql}`).pluck().get(where.params) as number;
  const rows = db
    .prepare(`SELECT * FROM audit_log ${where.sql} ORDER BY seq DESC LIMIT @limit OFFSET @offset`)
    .all({ ...where.params, limit, offset }) as AuditRow[];
  return { entries: rows.map(toEntry), total };
}

export function* iterateAudit(db: Database, filter: AuditFilter): Generator<AuditEntry> {
  const where = whereClause(filter);
  for (const row of db.prepare(`SELECT * FROM audit_log ${where.sql} ORDER BY seq`).iterate(where.params)) yield toEntry(row as AuditRow);
}
