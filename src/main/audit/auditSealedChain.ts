import { hash } from "node:crypto";
import { inflateRawSync } from "node:zlib";
import type { Database } from "better-sqlite3-multiple-ciphers";
import { GENESIS_HASH } from "./auditChain";
import { hasSealedTable, INFLATE_CHUNK } from "./auditSegment";

export const NOT_FROM_THE_START = "Entry 1 is not the setting up of the vault: the entries before it were removed and the log was started again.";

export type SealedCheck =
  | { intact: true; nextSeq: number; previousHash: string }
  | { intact: false; checked: number; firstBrokenSeq: number; problem: string };

type SegmentRow = [firstSeq: number, lastSeq: number, entryCount: number, body: Buffer, hashes: Buffer];

const NEWLINE = 0x0a;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const QUOTE = 0x22;
const HASH_HEX = 64;
/** What a preimage has that its stored line has not: `,"` + the previous hash + `"]`, less the line's own `]`. */
const GROWTH = HASH_HEX + 3;
/**
 * Digests are turned into text a few kilobytes at a time: strings that small are made and dropped
 * cheaply, where one string for a whole segment's 128 KB of digests would be a large object each time.
 */
const CONVERT_BYTES = 8192;

/**
 * Walks the sealed segments oldest first, as the chain check's first part: each entry's preimage is
 * its stored line with the previous entry's hash put back, hashed and compared with the stored
 * digest; numbers must run on without a gap from entry 1, and each segment must start where the last
 * ended. Returns where the live entries must go on from, or the first entry that does not fit.
 *
 * Built for speed, since a ten-year log is a million entries and each needs one SHA-256 call, which
 * is most of the time. A segment's preimages are laid out in one buffer and each hashed through a
 * view of it (bytes, exactly as stored, so any character is hashed as written). The previous hash in
 * each preimage is the previous entry's stored digest, written as hex, so the layout does not wait
 * on each hash: where every stored digest equals its entry's recomputed hash, that is the chain the
 * entries were written with, and where one does not, the first such entry is the first broken one
 * either way. The digests are compared a few hundred at a time, as one string.
 */
export function checkSealedChain(db: Database, isVault: boolean): SealedCheck {
  let nextSeq = 1;
  let previousHex = Buffer.from(GENESIS_HASH, "latin1");
  if (!hasSealedTable(db)) return { intact: true, nextSeq, previousHash: GENESIS_HASH };
  let work = Buffer.alloc(0);
  const segments = db.prepare("SELECT first_seq, last_seq, entry_count, body, hashes FROM audit_sealed ORDER BY first_seq").raw();
  for (const [firstSeq, lastSeq, entryCount, body, hashes] of segments.iterate() as IterableIterator<SegmentRow>) {
    const broken = (seq: number, problem: string): SealedCheck => ({ intact: false, checked: seq - 1, firstBrokenSeq: seq, problem });
    const damaged = (seq: number) => broken(seq, `Entries ${firstSeq} to ${lastSeq} cannot be read: their stored copy was damaged.`);
    if (firstSeq > nextSeq) return broken(nextSeq, `Entry ${nextSeq} is missing: the log jumps from entry ${nextSeq - 1} to entry ${firstSeq}.`);
    if (firstSeq < nextSeq) return broken(firstSeq, `Entry ${firstSeq} is stored twice: the log was changed outside the app.`);
    if (entryCount !== lastSeq - firstSeq + 1 || hashes.length !== 32 * entryCount) return damaged(firstSeq);
    let lines: Buffer;
    try {
      lines = inflateRawSync(body, { chunkSize: INFLATE_CHUNK });
    } catch {
      return damaged(firstSeq);
    }

    // The work buffer: the stored digests as hex, then room where the preimages are laid out, then the
    // inflated lines. Each line moves forward into place before anything overwrites it, since each
    // preimage grows by GROWTH bytes and the lines start GROWTH bytes per entry further on.
    const hexBytes = HASH_HEX * entryCount;
    const linesAt = hexBytes + (GROWTH + 1) * entryCount;
    const end = linesAt + lines.length;
    if (work.length < end) work = Buffer.allocUnsafeSlow(end + (end >> 2));
    for (let at = 0; at < hashes.length; at += CONVERT_BYTES) work.write(hashes.toString("hex", at, Math.min(at + CONVERT_BYTES, hashes.length)), 2 * at, "latin1");
    lines.copy(work, linesAt);
    const memory = work.buffer;
    const base = work.byteOffset;

    const digests: string[] = [];
    // A problem in the layout of the line at `digests.length`, reported once the lines before it are known to be intact.
    let problem: SealedCheck | null = null;
    let from = linesAt;
    let to = hexBytes;
    for (let index = 0; index < entryCount; index++) {
      const seq = firstSeq + index;
      let lineEnd = work.indexOf(NEWLINE, from);
      if (lineEnd < 0 || lineEnd > end) lineEnd = end;
      if (from >= end) {
        problem = broken(seq, `Entry ${seq} is missing: the stored entries ${firstSeq} to ${lastSeq} end at entry ${seq - 1}.`);
        break;
      }
      if (work[from] !== OPEN_BRACKET || work[lineEnd - 1] !== CLOSE_BRACKET) {
        problem = damaged(seq);
        break;
      }
      let storedSeq = 0;
      let at = from + 1;
      for (let digit = work[at]! - 48; digit >= 0 && digit <= 9; digit = work[++at]! - 48) storedSeq = storedSeq * 10 + digit;
      if (at === from + 1 || work[at] !== COMMA) {
        problem = damaged(seq);
        break;
      }
      if (storedSeq > seq) {
        problem = broken(seq, `Entry ${seq} is missing: the log jumps from entry ${seq - 1} to entry ${storedSeq}.`);
        break;
      }
      if (storedSeq < seq) {
        problem = broken(storedSeq, `Entry ${storedSeq} is stored twice: the log was changed outside the app.`);
        break;
      }
      const length = lineEnd - from - 1;
      work.copyWithin(to, from, lineEnd - 1);
      const hexAt = to + length + 2;
      work[hexAt - 2] = COMMA;
      work[hexAt - 1] = QUOTE;
      if (index === 0) previousHex.copy(work, hexAt);
      else work.copyWithin(hexAt, (index - 1) * HASH_HEX, index * HASH_HEX);
      work[hexAt + HASH_HEX] = QUOTE;
      work[hexAt + HASH_HEX + 1] = CLOSE_BRACKET;
      digests.push(hash("sha256", new Uint8Array(memory, base + to, length + GROWTH + 1), "binary"));
      if (seq === 1 && isVault && (JSON.parse(lines.toString("utf8", from - linesAt, lineEnd - linesAt)) as unknown[])[4] !== "vault.created") {
        problem = { intact: false, checked: 0, firstBrokenSeq: 1, problem: NOT_FROM_THE_START };
        break;
      }
      to = hexAt + HASH_HEX + 2;
      from = lineEnd + 1;
    }
    if (!problem && from < end) problem = damaged(lastSeq);

    // The first entry whose stored digest is not its recomputed hash comes before any problem found after it.
    let intact = digests.length === entryCount;
    for (let at = 0; intact && at < entryCount; at += CONVERT_BYTES / 32) {
      const upTo = Math.min(at + CONVERT_BYTES / 32, entryCount);
      intact = digests.slice(at, upTo).join("") === hashes.toString("latin1", 32 * at, 32 * upTo);
    }
    if (!intact) {
      for (const [index, digest] of digests.entries()) {
        if (digest !== hashes.toString("latin1", index * 32, index * 32 + 32)) {
          const seq = firstSeq + index;
          return broken(seq, `Entry ${seq} was changed after it was written, or the entry before it was replaced.`);
        }
      }
    }
    if (problem) return problem;
    previousHex = Buffer.from(hashes.toString("hex", 32 * (entryCount - 1)), "latin1");
    nextSeq = lastSeq + 1;
  }
  return { intact: true, nextSeq, previousHash: previousHex.toString("latin1") };
}
