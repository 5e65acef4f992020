import { hash } from "node:crypto";
import type { Database } from "better-sqlite3-multiple-ciphers";
import type { AuditEntry, AuditFilter, AuditPage, AuditVerification } from "../../shared/model/audit";
import { entryHash, GENESIS_HASH, type ChainedFields } from "./auditChain";
import { periodFilter, sealedFilter, whereClause, type SealedFilter } from "./auditFilter";
import { checkSealedChain, NOT_FROM_THE_START } from "./auditSealedChain";
import { sealDueSegment } from "./auditSealing";
import { OpenSegment, sealedEntryCount, segmentSummaries, type SegmentSummary } from "./auditSegment";

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
 * `meta` as well, so that removing entries from the end is detected too. When the live table has
 * grown to two segments' worth, the oldest segment is sealed in the same transaction (auditSealing.ts).
 */
export function appendAudit(db: Database, actor: Actor, event: AuditEvent): void {
  // A transaction of its own (a savepoint inside the caller's): the entry, the recorded head and any
  // sealing are stored together or not at all, even for a caller that appends outside one.
  db.transaction(() => {
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
    sealDueSegment(db);
  })();
}

/** The chain's last entry as recorded beside it in `meta`; seq 0 and the genesis hash for an empty log. */
export function readHead(db: Database): { seq: number; hash: string } {
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

/**
 * Walks the whole chain, the sealed segments first and then the live entries, and names the first
 * entry that does not fit.
 */
export function verifyAuditChain(db: Database): AuditVerification {
  // A vault's first entry is written with the vault itself, so a log whose first entry is anything else
  // (or that has none) was emptied and started again, even if its recorded end was removed too.
  const isVault = db.prepare("SELECT 1 FROM meta WHERE key = 'vault_id'").get() !== undefined;
  const sealed = checkSealedChain(db, isVault);
  if (!sealed.intact) return sealed;
  let expectedSeq = sealed.nextSeq;
  let previousHash = sealed.previousHash;
  let checked = expectedSeq - 1;
  // Sealing moves entries out of the live table in the same transaction, so a live entry among the
  // sealed ones was put back from outside the app.
  const firstLive = db.prepare("SELECT min(seq) FROM audit_log").pluck().get() as number | null;
  if (firstLive !== null && firstLive < expectedSeq) {
    return { intact: false, checked: firstLive - 1, firstBrokenSeq: firstLive, problem: `Entry ${firstLive} is stored twice: the log was changed outside the app.` };
  }
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
  const recomputed = entryHash(chainedFieldsOf(row));
  if (recomputed !== row.hash) return { seq: row.seq, message: `Entry ${row.seq} was changed after it was written.` };
  return null;
}

/** A live row's fields as the hash covers them. */
function chainedFieldsOf(row: AuditRow): ChainedFields {
  return {
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
  };
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

/** Every entry, sealed or live. */
export function countAuditEntries(db: Database): number {
  return sealedEntryCount(db) + (db.prepare("SELECT count(*) FROM audit_log").pluck().get() as number);
}

/**
 * How many entries of each segment match a filter, remembered per open database: a segment never
 * changes once sealed (its triggers refuse it), so turning the pages of a filtered list counts each
 * segment once. A few filters are remembered, the most recent ones.
 */
const matchCounts = new WeakMap<Database, Map<string, Map<number, number>>>();
const REMEMBERED_FILTERS = 8;

function countsFor(db: Database, filter: SealedFilter): Map<number, number> {
  let byFilter = matchCounts.get(db);
  if (!byFilter) matchCounts.set(db, (byFilter = new Map()));
  let counts = byFilter.get(filter.key);
  if (counts) {
    byFilter.delete(filter.key);
  } else {
    counts = new Map();
    if (byFilter.size >= REMEMBERED_FILTERS) byFilter.delete(byFilter.keys().next().value!);
  }
  byFilter.set(filter.key, counts);
  return counts;
}

/** The segments that can hold a match, and how many do when that is known without opening them. */
function candidateSegments(segments: SegmentSummary[], filter: SealedFilter, counts: Map<number, number>): { segment: SegmentSummary; known: number | null }[] {
  return segments
    .filter((segment) => filter.overlaps(segment.firstAt, segment.lastAt))
    .map((segment) => ({
      segment,
      known: filter.datesOnly && filter.covers(segment.firstAt, segment.lastAt) ? segment.entryCount : (counts.get(segment.firstSeq) ?? null),
    }));
}

/**
 * Newest first, as a person reviewing the log reads it. The live entries come first (they are the
 * newest), found with SQL; then the sealed segments, newest first: a segment is opened only when the
 * page takes entries from it or its number of matches is not yet known. With no filter, or dates
 * that cover whole segments, the total comes from the segments' counts alone.
 */
export function listAudit(db: Database, filter: AuditFilter, offset: number, limit: number): AuditPage {
  const where = whereClause(filter);
  const liveTotal = db.prepare(`SELECT count(*) FROM audit_log ${where.sql}`).pluck().get(where.params) as number;
  const rows = db
    .prepare(`SELECT * FROM audit_log ${where.sql} ORDER BY seq DESC LIMIT @limit OFFSET @offset`)
    .all({ ...where.params, limit, offset }) as AuditRow[];
  const entries = rows.map(toEntry);
  const sealed = sealedFilter(db, filter);
  const counts = countsFor(db, sealed);
  // Positions counted from the newest entry, live ones included.
  let position = liveTotal;
  for (const { segment, known } of candidateSegments(segmentSummaries(db, "newest first"), sealed, counts)) {
    const wanted = entries.length < limit && offset < position + (known ?? Infinity);
    if (known !== null && !wanted) {
      position += known;
      continue;
    }
    const open = OpenSegment.read(db, segment.firstSeq);
    const matches = known === segment.entryCount && sealed.datesOnly ? null : open.matching(sealed);
    const count = matches ? matches.length : segment.entryCount;
    counts.set(segment.firstSeq, count);
    // Newest first within the segment: its k-th newest match is matches[count - 1 - k].
    for (let k = Math.max(0, offset - position); k < count && entries.length < limit; k++) {
      const index = count - 1 - k;
      entries.push(open.entry(matches ? matches[index]! : index));
    }
    position += count;
  }
  return { entries, total: position };
}

/**
 * Oldest first, for the CSV export and the reports: the sealed segments one at a time (a date filter
 * opens only those it can match), then the live entries a page at a time. No statement stays open
 * while an entry is handed out, so the caller may use the database between entries.
 */
export function* iterateAudit(db: Database, filter: AuditFilter): Generator<AuditEntry> {
  yield* sealedEntries(db, sealedFilter(db, filter));
  const where = whereClause(filter);
  yield* liveEntries(db, where.sql, where.params);
}

/**
 * A report period's entries, oldest first: those at or after `startsAt` and before `endsBefore`
 * (instants as Date.toISOString() writes them, so comparing the text compares the times; either end
 * may be open), and only the given actions when they are given. Streams like iterateAudit.
 */
export function* iterateAuditPeriod(
  db: Database,
  period: { startsAt: string | null; endsBefore: string | null },
  actions?: readonly string[],
): Generator<AuditEntry> {
  if (actions?.length === 0) return;
  yield* sealedEntries(db, periodFilter(period, actions));
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
  if (actions) {
    conditions.push("action IN (SELECT value FROM json_each(@actions))");
    params.actions = JSON.stringify(actions);
  }
  yield* liveEntries(db, conditions.length ? `WHERE ${conditions.join(" AND ")}` : "", params);
}

function* sealedEntries(db: Database, filter: SealedFilter): Generator<AuditEntry> {
  for (const segment of segmentSummaries(db, "oldest first")) {
    if (!filter.overlaps(segment.firstAt, segment.lastAt)) continue;
    const open = OpenSegment.read(db, segment.firstSeq);
    const matches = filter.datesOnly && filter.covers(segment.firstAt, segment.lastAt) ? null : open.matching(filter);
    for (const index of matches ?? Array.from({ length: open.length }, (_, i) => i)) yield open.entry(index);
  }
}

function* liveEntries(db: Database, where: string, params: Record<string, string>): Generator<AuditEntry> {
  const page = db.prepare(`SELECT * FROM audit_log ${where ? `${where} AND` : "WHERE"} seq > @after ORDER BY seq LIMIT ${LIVE_PAGE}`);
  for (let after = 0; ; ) {
    const rows = page.all({ ...params, after }) as AuditRow[];
    for (const row of rows) yield toEntry(row);
    if (rows.length < LIVE_PAGE) return;
    after = rows.at(-1)!.seq;
  }
}

const LIVE_PAGE = 1000;

/**
 * Every entry oldest first with the fields its hash covers and its hash, for measuring the chain
 * check against plain hashing of the same preimages (the bench) and for tests.
 */
export function* iterateChainedEntries(db: Database): Generator<ChainedFields & { hash: string }> {
  let prevHash = GENESIS_HASH;
  for (const segment of segmentSummaries(db, "oldest first")) {
    const open = OpenSegment.read(db, segment.firstSeq);
    for (let index = 0; index < open.length; index++) {
      const [seq, at, actorId, actorName, action, recordType, recordId, summary, changes] = open.line(index);
      const hash = open.hashHex(index);
      yield { seq, at, actorId, actorName, action, recordType, recordId, summary, changes, prevHash, hash };
      prevHash = hash;
    }
  }
  const page = db.prepare(`SELECT * FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ${LIVE_PAGE}`);
  for (let after = 0; ; ) {
    const rows = page.all(after) as AuditRow[];
    for (const row of rows) yield { ...chainedFieldsOf(row), hash: row.hash };
    if (rows.length < LIVE_PAGE) return;
    after = rows.at(-1)!.seq;
  }
}
