import { hash as sha256 } from "node:crypto";
import { deflateRawSync } from "node:zlib";
import type { Database } from "better-sqlite3-multiple-ciphers";
import { GENESIS_HASH, type ChainedFields } from "./auditChain";
import { hasSealedTable, preimageOf, SEGMENT_ENTRIES, sealedLine, type HashedFieldsInOrder } from "./auditSegment";

export type SealOutcome = "not due" | "sealed" | "refused";

type LiveRow = [...HashedFieldsInOrder, prevHash: string, hash: string];

/** The first entry of a run found broken, per open database, so that each append does not check it again. */
const refusedRuns = new WeakMap<Database, number>();

/**
 * Moves the oldest SEGMENT_ENTRIES entries of audit_log into one sealed segment once the live table
 * holds twice that many, so that it always keeps between one and two segments' worth of the newest
 * entries. Runs inside the caller's transaction (appendAudit's, so the entry that crossed the line and
 * the sealing commit together), or in its own.
 *
 * Only a run whose chain is intact is sealed: each entry's hash is recomputed, each
 * previous-hash link and number is checked, and the run must follow the last sealed entry. A sealed
 * entry no longer stores its previous hash (the entry before holds it), so sealing a broken run could
 * hide a changed link; a broken run stays live, where the chain check names it.
 */
export function sealDueSegment(db: Database): SealOutcome {
  const range = db.prepare("SELECT min(seq) AS first, max(seq) AS last FROM audit_log").get() as { first: number | null; last: number | null };
  if (range.first === null || range.last === null || range.last - range.first + 1 < 2 * SEGMENT_ENTRIES) return "not due";
  // A vault whose schema is older than the sealed table (an archive being imported) seals after its migration.
  if (!hasSealedTable(db)) return "not due";
  if (refusedRuns.get(db) === range.first) return "refused";
  return db.transaction(() => {
    const sealed = sealRun(db, range.first!);
    if (!sealed) refusedRuns.set(db, range.first!);
    return sealed ? "sealed" : "refused";
  })();
}

function sealRun(db: Database, firstSeq: number): boolean {
  const previous = db
    .prepare("SELECT last_seq AS lastSeq, lower(hex(substr(hashes, -32))) AS hash FROM audit_sealed ORDER BY first_seq DESC LIMIT 1")
    .get() as { lastSeq: number; hash: string } | undefined;
  if ((previous?.lastSeq ?? 0) + 1 !== firstSeq) return false;
  const rows = db
    .prepare(
      `SELECT seq, at, actor_id, actor_name, action, record_type, record_id, summary, changes, prev_hash, hash
       FROM audit_log WHERE seq >= ? ORDER BY seq LIMIT ?`,
    )
    .raw()
    .all(firstSeq, SEGMENT_ENTRIES) as LiveRow[];
  if (rows.length !== SEGMENT_ENTRIES) return false;
  const lines: string[] = [];
  let previousHash = previous?.hash ?? GENESIS_HASH;
  let firstAt = rows[0]![1];
  let lastAt = firstAt;
  for (const [index, row] of rows.entries()) {
    const [seq, at, actorId, actorName, action, recordType, recordId, summary, changes, prevHash, hash] = row;
    const fields: ChainedFields = { seq, at, actorId, actorName, action, recordType, recordId, summary, changes, prevHash };
    if (seq !== firstSeq + index || prevHash !== previousHash) return false;
    // The hash taken over the line to be stored, with the previous hash written into its place as the
    // chain check will write it, must be the entry's hash (entryHash over entryPreimage, when it was written): so
    // the entry is intact, and its stored line gives back its exact preimage.
    const line = sealedLine(fields);
    if (sha256("sha256", preimageOf(line, prevHash), "hex") !== hash) return false;
    lines.push(line);
    if (at < firstAt) firstAt = at;
    if (at > lastAt) lastAt = at;
    previousHash = hash;
  }
  const lastSeq = firstSeq + SEGMENT_ENTRIES - 1;
  db.prepare(
    `INSERT INTO audit_sealed (first_seq, last_seq, first_at, last_at, entry_count, body, hashes)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(firstSeq, lastSeq, firstAt, lastAt, SEGMENT_ENTRIES, deflateRawSync(lines.join("\n"), { level: 6 }), Buffer.from(rows.map((row) => row[10]).join(""), "hex"));
  const moved = db.prepare("DELETE FROM audit_log WHERE seq BETWEEN ? AND ?").run(firstSeq, lastSeq).changes;
  if (moved !== SEGMENT_ENTRIES) throw new Error(`Sealing audit entries ${firstSeq} to ${lastSeq} moved ${moved} of them.`);
  return true;
}
