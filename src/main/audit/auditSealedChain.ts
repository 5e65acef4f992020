import { hash } from "node:crypto";
import { inflateRawSync } from "node:zlib";
import type { Database } from "better-sqlite3-multiple-ciphers";
import { GENESIS_HASH } from "./auditChain";
import { hasSealedTable, INFLATE_CHUNK, LINK_TAIL_BYTES } from "./auditSegment";

export const NOT_FROM_THE_START = "Entry 1 is not the setting up of the vault: the entries before it were removed and the log was started again.";

export type SealedCheck =
  | { intact: true; nextSeq: number; previousHash: string }
  | { intact: false; checked: number; firstBrokenSeq: number; problem: string };

type Broken = Extract<SealedCheck, { intact: false }>;

type SegmentRow = [firstSeq: number, lastSeq: number, entryCount: number, body: Buffer, hashes: Buffer];

const NEWLINE = 0x0a;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const QUOTE = 0x22;
const HASH_HEX = GENESIS_HASH.length;
/** Copied once: the layout reads it for every entry, and an imported binding can cost a getter call each time (as tsx compiles modules for the CLI and the bench). */
const LINK_TAIL = LINK_TAIL_BYTES;
/** The shortest line that can hold a number and the previous hash's place: `[1,` ... `"<64>"]`. */
const SHORTEST_LINE = 3 + 1 + LINK_TAIL;
/**
 * Digests are turned into text, and compared, a few kilobytes at a time: strings that small are made
 * and dropped cheaply, where one string for a whole segment's 128 KB of digests would be a large object each time.
 */
const CONVERT_BYTES = 8192;
const COMPARED_ENTRIES = CONVERT_BYTES / 32;

/**
 * Walks the sealed segments oldest first, as the chain check's first part: each entry's stored line
 * is its preimage with zeros where the previous hash goes (auditSegment.ts), so the previous entry's
 * hash is written into that place and the line is hashed where it lies, then compared with the stored
 * digest; numbers must run on without a gap from entry 1, and each segment must start where the last
 * ended. Returns where the live entries must go on from, or the first entry that does not fit.
 *
 * Built for speed, since a ten-year log is a million entries and each needs one SHA-256 call, which
 * is most of the time. The previous hash written into each line is the previous entry's stored
 * digest, as hex, so no line waits on the hash before it: where every stored digest equals its
 * entry's recomputed hash, that is the chain the entries were written with, and where one does not,
 * the first such entry is the first broken one either way. So a segment is checked in three passes:
 * its lines are laid out (read, checked for shape and number, linked), then hashed one after another
 * in a loop that does nothing else (measured about a fifth faster than hashing each line as it is
 * laid out), then their digests are compared with the stored ones a few hundred at a time, as one string.
 */
export function checkSealedChain(db: Database, isVault: boolean): SealedCheck {
  let nextSeq = 1;
  if (!hasSealedTable(db)) return { intact: true, nextSeq, previousHash: GENESIS_HASH };
  const work = new SegmentWork();
  const segments = db.prepare("SELECT first_seq, last_seq, entry_count, body, hashes FROM audit_sealed ORDER BY first_seq").raw();
  for (const [firstSeq, lastSeq, entryCount, body, hashes] of segments.iterate() as IterableIterator<SegmentRow>) {
    if (firstSeq > nextSeq) return broken(nextSeq, `Entry ${nextSeq} is missing: the log jumps from entry ${nextSeq - 1} to entry ${firstSeq}.`);
    if (firstSeq < nextSeq) return broken(firstSeq, `Entry ${firstSeq} is stored twice: the log was changed outside the app.`);
    const damaged = (seq: number) => broken(seq, `Entries ${firstSeq} to ${lastSeq} cannot be read: their stored copy was damaged.`);
    if (entryCount !== lastSeq - firstSeq + 1 || hashes.length !== 32 * entryCount) return damaged(firstSeq);
    let lines: Buffer;
    try {
      lines = inflateRawSync(body, { chunkSize: INFLATE_CHUNK });
    } catch {
      return damaged(firstSeq);
    }
    const { views, problem } = work.layOut(lines, hashes, firstSeq, lastSeq, damaged);

    const digests: string[] = new Array<string>(views.length);
    for (let index = 0; index < views.length; index++) digests[index] = hash("sha256", views[index]!, "binary");
    const changed = firstChanged(digests, hashes, firstSeq);
    // Problems in the order of the log: entry 1 changed, entry 1 not the setting up of the vault, an
    // entry changed, then a line found out of place after the entries before it were known to be intact.
    if (changed?.firstBrokenSeq === 1) return changed;
    if (firstSeq === 1 && isVault && views.length > 0 && !setsUpTheVault(views[0]!)) return { intact: false, checked: 0, firstBrokenSeq: 1, problem: NOT_FROM_THE_START };
    if (changed) return changed;
    if (problem) return problem;
    work.carryLastHash(entryCount);
    nextSeq = lastSeq + 1;
  }
  return { intact: true, nextSeq, previousHash: work.previousHash() };
}

function broken(seq: number, problem: string): Broken {
  return { intact: false, checked: seq - 1, firstBrokenSeq: seq, problem };
}

function setsUpTheVault(line: Uint8Array): boolean {
  return (JSON.parse(Buffer.from(line.buffer, line.byteOffset, line.length).toString("utf8")) as unknown[])[4] === "vault.created";
}

/** The first entry whose recomputed hash is not its stored digest. */
function firstChanged(digests: string[], hashes: Buffer, firstSeq: number): Broken | null {
  for (let at = 0; at < digests.length; at += COMPARED_ENTRIES) {
    const upTo = Math.min(at + COMPARED_ENTRIES, digests.length);
    if (digests.slice(at, upTo).join("") === hashes.toString("latin1", 32 * at, 32 * upTo)) continue;
    for (let index = at; index < upTo; index++) {
      if (digests[index] !== hashes.toString("latin1", index * 32, index * 32 + 32)) {
        const seq = firstSeq + index;
        return broken(seq, `Entry ${seq} was changed after it was written, or the entry before it was replaced.`);
      }
    }
  }
  return null;
}

/**
 * One buffer, reused for every segment: the previous entry's hash as hex, then the segment's digests
 * as hex (so entry i's previous hash is the i-th 64 bytes), then the segment's lines. Each line's
 * previous hash is copied into its place within the buffer, and the line is hashed through a view of
 * it, as bytes exactly as stored, so any character is hashed as written.
 */
class SegmentWork {
  private buffer = Buffer.alloc(HASH_HEX);

  constructor() {
    this.buffer.write(GENESIS_HASH, 0, "latin1");
  }

  /** Views of the segment's preimages, in order, up to the first line that is not where and what it should be. */
  layOut(lines: Buffer, hashes: Buffer, firstSeq: number, lastSeq: number, damaged: (seq: number) => Broken): { views: Uint8Array[]; problem: Broken | null } {
    const entryCount = hashes.length / 32;
    const linesAt = HASH_HEX * (entryCount + 1);
    const end = linesAt + lines.length;
    if (this.buffer.length < end) {
      const larger = Buffer.allocUnsafeSlow(end + (end >> 2));
      this.buffer.copy(larger, 0, 0, HASH_HEX);
      this.buffer = larger;
    }
    const work = this.buffer;
    for (let at = 0; at < hashes.length; at += CONVERT_BYTES) work.write(hashes.toString("hex", at, Math.min(at + CONVERT_BYTES, hashes.length)), HASH_HEX + 2 * at, "latin1");
    lines.copy(work, linesAt);
    const memory = work.buffer;
    const base = work.byteOffset;

    const views: Uint8Array[] = [];
    let from = linesAt;
    for (let index = 0; index < entryCount; index++) {
      const seq = firstSeq + index;
      if (from >= end) return { views, problem: broken(seq, `Entry ${seq} is missing: the stored entries ${firstSeq} to ${lastSeq} end at entry ${seq - 1}.`) };
      let lineEnd = work.indexOf(NEWLINE, from);
      if (lineEnd < 0 || lineEnd > end) lineEnd = end;
      const placeAt = lineEnd - LINK_TAIL;
      if (
        lineEnd - from < SHORTEST_LINE ||
        work[from] !== OPEN_BRACKET ||
        work[placeAt - 2] !== COMMA ||
        work[placeAt - 1] !== QUOTE ||
        work[lineEnd - 2] !== QUOTE ||
        work[lineEnd - 1] !== CLOSE_BRACKET
      ) {
        return { views, problem: damaged(seq) };
      }
      let storedSeq = 0;
      let at = from + 1;
      for (let digit = work[at]! - 48; digit >= 0 && digit <= 9; digit = work[++at]! - 48) storedSeq = storedSeq * 10 + digit;
      if (at === from + 1 || work[at] !== COMMA) return { views, problem: damaged(seq) };
      if (storedSeq > seq) return { views, problem: broken(seq, `Entry ${seq} is missing: the log jumps from entry ${seq - 1} to entry ${storedSeq}.`) };
      if (storedSeq < seq) return { views, problem: broken(storedSeq, `Entry ${storedSeq} is stored twice: the log was changed outside the app.`) };
      work.copyWithin(placeAt, index * HASH_HEX, (index + 1) * HASH_HEX);
      views.push(new Uint8Array(memory, base + from, lineEnd - from));
      from = lineEnd + 1;
    }
    return { views, problem: from < end ? damaged(lastSeq) : null };
  }

  /** The segment's last digest, as hex, becomes the next segment's first previous hash. */
  carryLastHash(entryCount: number): void {
    this.buffer.copyWithin(0, entryCount * HASH_HEX, (entryCount + 1) * HASH_HEX);
  }

  previousHash(): string {
    return this.buffer.toString("latin1", 0, HASH_HEX);
  }
}
