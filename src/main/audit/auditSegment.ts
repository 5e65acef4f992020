import { inflateRawSync } from "node:zlib";
import type { Database } from "better-sqlite3-multiple-ciphers";
import type { AuditEntry } from "../../shared/model/audit";
import { entryPreimage, GENESIS_HASH, type ChainedFields } from "./auditChain";
import type { SealedFilter } from "./auditFilter";

/** Entries per sealed segment: about 900 KB of text, 45 KB deflated, plus 128 KB of digests. */
export const SEGMENT_ENTRIES = 4096;

/**
 * An entry as a sealed segment stores it: its preimage (the hash's exact text, entryPreimage) with the
 * previous entry's hash left as zeros, the genesis hash's form. The entry before holds that hash as
 * its digest, so storing it twice would add 64 bytes of random text that deflate can barely shrink; zeros
 * cost it almost nothing, and the chain check writes the previous hash into its place and hashes the
 * line where it lies, without rebuilding it. The entry's own hash is kept as a raw digest beside the text.
 */
export type SealedLine = [...HashedFieldsInOrder, previousHashPlace: string];

/** An entry's own fields in the order its hash covers them (entryPreimage), before the previous hash. */
export type HashedFieldsInOrder = [
  seq: number,
  at: string,
  actorId: string | null,
  actorName: string,
  action: string,
  recordType: string | null,
  recordId: string | null,
  summary: string,
  changes: string | null,
];

/** What ends every stored line: the previous hash's place, then `"]`. */
export const LINK_TAIL_BYTES = GENESIS_HASH.length + 2;

export function sealedLine(fields: Omit<ChainedFields, "prevHash">): string {
  return entryPreimage({ ...fields, prevHash: GENESIS_HASH });
}

/** The preimage of the entry stored as `line` (as stored, without its newline), given the previous entry's hash. */
export function preimageOf(line: string, previousHash: string): string {
  return `${line.slice(0, -LINK_TAIL_BYTES)}${previousHash}"]`;
}

export interface SegmentSummary {
  firstSeq: number;
  lastSeq: number;
  firstAt: string;
  lastAt: string;
  entryCount: number;
}

export function hasSealedTable(db: Database): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_sealed'").get() !== undefined;
}

/** The segments' ranges and times, without their contents; a vault holds a few hundred at most. */
export function segmentSummaries(db: Database, order: "oldest first" | "newest first"): SegmentSummary[] {
  if (!hasSealedTable(db)) return [];
  return db
    .prepare(
      `SELECT first_seq AS firstSeq, last_seq AS lastSeq, first_at AS firstAt, last_at AS lastAt, entry_count AS entryCount
       FROM audit_sealed ORDER BY first_seq ${order === "oldest first" ? "ASC" : "DESC"}`,
    )
    .all() as SegmentSummary[];
}

export function sealedEntryCount(db: Database): number {
  if (!hasSealedTable(db)) return 0;
  return db.prepare("SELECT coalesce(sum(entry_count), 0) FROM audit_sealed").pluck().get() as number;
}

/**
 * Stored text for a case-insensitive search: its bytes as one character each (Latin-1), lower-cased.
 * Lower-casing maps each of those characters on its own, so a line whose field matches in any ASCII
 * case holds the needle lowered the same way; V8 lower-cases such a string far faster than a loop.
 */
export function loweredBytes(bytes: Buffer): string {
  return bytes.toString("latin1").toLowerCase();
}

/**
 * An inflated segment is about 900 KB (more where entries carry long change records): its output comes
 * in one piece rather than in 16 KB chunks joined after.
 */
export const INFLATE_CHUNK = 2 << 20;

/**
 * One segment read and inflated, its lines found; for listing, exporting and reports. Its digests are
 * read only when an entry is given out, since counting matches does not need them.
 */
export class OpenSegment {
  private lowered: string | null = null;
  private hashes: Buffer | null = null;
  /** Where each line starts, and one more: where a line after the last would start. */
  private readonly starts: number[] = [];

  private constructor(
    private readonly db: Database,
    private readonly firstSeq: number,
    private readonly body: Buffer,
  ) {
    for (let start = 0; start < body.length; ) {
      this.starts.push(start);
      const end = body.indexOf(0x0a, start);
      start = end < 0 ? body.length + 1 : end + 1;
    }
    this.starts.push(body.length + 1);
  }

  static read(db: Database, firstSeq: number): OpenSegment {
    const body = db.prepare("SELECT body FROM audit_sealed WHERE first_seq = ?").pluck().get(firstSeq) as Buffer;
    return new OpenSegment(db, firstSeq, inflateRawSync(body, { chunkSize: INFLATE_CHUNK }));
  }

  get length(): number {
    return this.starts.length - 1;
  }

  line(index: number): SealedLine {
    return JSON.parse(this.body.toString("utf8", this.starts[index], this.starts[index + 1]! - 1)) as SealedLine;
  }

  /** The entry's stored digest, as hex. */
  hashHex(index: number): string {
    this.hashes ??= this.db.prepare("SELECT hashes FROM audit_sealed WHERE first_seq = ?").pluck().get(this.firstSeq) as Buffer;
    return this.hashes.toString("hex", index * 32, index * 32 + 32);
  }

  entry(index: number): AuditEntry {
    const [seq, at, actorId, actorName, action, recordType, recordId, summary, changes] = this.line(index);
    return {
      seq,
      at,
      actorId,
      actorName,
      action,
      recordType,
      recordId,
      summary,
      changes: changes ? (JSON.parse(changes) as Record<string, unknown>) : null,
      hash: this.hashHex(index),
    };
  }

  /** The indexes of the lines that match, oldest first. */
  matching(filter: SealedFilter): number[] {
    const matches: number[] = [];
    for (const index of this.candidates(filter) ?? this.starts.keys()) {
      if (index < this.length && filter.matches(this.line(index))) matches.push(index);
    }
    return matches;
  }

  /** The lines holding one of the filter's needles, in order; null when every line is a candidate. */
  private candidates(filter: SealedFilter): number[] | null {
    const needles = filter.needles;
    if (!needles) return null;
    const lines = new Set<number>();
    const collect = (find: (from: number) => number) => {
      for (let at = find(0); at >= 0; at = find(at + 1)) {
        const index = this.lineAt(at);
        lines.add(index);
        // Go on from the next line: one hit is enough for this one.
        at = this.starts[index + 1]! - 1;
      }
    };
    if (needles.lowered) {
      this.lowered ??= loweredBytes(this.body);
      const haystack = this.lowered;
      // Lower-casing keeps one character per byte for Latin-1 text; were it ever not so, search every line.
      if (haystack.length !== this.body.length) return null;
      for (const needle of needles.texts) collect((from) => haystack.indexOf(needle, from));
    } else {
      for (const needle of needles.bytes) collect((from) => this.body.indexOf(needle, from));
    }
    return [...lines].sort((a, b) => a - b);
  }

  private lineAt(offset: number): number {
    let low = 0;
    let high = this.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }
}
