import { randomUUID } from "node:crypto";
import { existsSync, readFileSync, renameSync } from "node:fs";
import { basename } from "node:path";
import { z } from "zod";
import { writeFileAtomically } from "../vault/atomicFile";

/**
 * Failed sign-ins happen while the vault is locked, when nothing can be written into it. They are
 * kept in a small file beside it, which gives the growing delay its memory across restarts, and are
 * moved into the audit log at the next successful unlock with their original times. The file is a
 * record of this workstation, not of one vault: a restore leaves it in place.
 *
 * Each waiting record is numbered within the file's `series` (a random id given to each new file), so
 * the vault can note how far it has logged them and never log one twice (failedSignIns.ts).
 */
const pendingSchema = z.object({
  seq: z.number().int().min(1).optional(),
  account: z.string(),
  at: z.string(),
  kind: z.enum(["password", "recovery-key", "record-unreadable"]),
  /** For "record-unreadable": the name the unreadable file was kept under. */
  keptAs: z.string().optional(),
});
const attemptsFileSchema = z.object({
  series: z.string().optional(),
  nextSeq: z.number().int().min(1).optional(),
  failures: z.record(z.string(), z.object({ count: z.number().int().min(0), lastAt: z.string() })),
  /** Set once the file was found unreadable: the count every account is taken to have reached. */
  assumedFailures: z.number().int().min(0).optional(),
  pending: z.array(pendingSchema),
});
type ParsedFile = z.infer<typeof attemptsFileSchema>;
type PendingRecord = z.infer<typeof pendingSchema>;
export type PendingFailure = PendingRecord & { seq: number };
type AttemptsFile = Omit<ParsedFile, "series" | "nextSeq" | "pending"> & { series: string; nextSeq: number; pending: PendingFailure[] };

/** The records waiting for the audit log, as read at one moment, with the numbering they belong to. */
export interface PendingFailures {
  series: string;
  failures: PendingFailure[];
}

/** Free tries before waiting starts, and the longest wait. */
const FREE_ATTEMPTS = 3;
const MAX_DELAY_SECONDS = 300;
/** Enough for any audit; beyond it the oldest pending records are dropped so the file cannot grow without end. */
const MAX_PENDING = 5_000;

/** 0 for the first three failures, then 1, 2, 4, 8 ... seconds, at most five minutes. */
export function delayAfterFailures(count: number): number {
  if (count < FREE_ATTEMPTS) return 0;
  return Math.min(2 ** (count - FREE_ATTEMPTS), MAX_DELAY_SECONDS);
}

function emptyFile(): AttemptsFile {
  return { series: randomUUID(), nextSeq: 1, failures: {}, pending: [] };
}

function isNumbered(file: ParsedFile): file is AttemptsFile {
  return file.series !== undefined && file.nextSeq !== undefined && file.pending.every((failure) => failure.seq !== undefined);
}

export class LoginThrottle {
  constructor(
    private readonly path: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Seconds the account must still wait before the next try; 0 when it may try now. */
  secondsToWait(account: string): number {
    // Only real failures have a time to wait from; assumed ones (an unreadable file) only raise the next count.
    const failure = this.read().failures[account.toLowerCase()];
    if (!failure) return 0;
    const allowedAt = Date.parse(failure.lastAt) + delayAfterFailures(failure.count) * 1000;
    return Math.max(0, Math.ceil((allowedAt - this.now().getTime()) / 1000));
  }

  recordFailure(account: string, kind: "password" | "recovery-key"): void {
    const file = this.read();
    const key = account.toLowerCase();
    const at = this.now().toISOString();
    const count = (file.failures[key]?.count ?? file.assumedFailures ?? 0) + 1;
    file.failures[key] = { count, lastAt: at };
    this.write(this.withPending(file, { account: key, at, kind }));
  }

  /** The records waiting for the audit log, changing nothing: they stay until `settleAfterSuccess`. */
  pending(): PendingFailures {
    const file = this.read();
    return { series: file.series, failures: file.pending };
  }

  /**
   * After a successful sign-in whose transaction has committed the `logged` records to the audit log:
   * forgets them, and clears the account's count. Call it only after that commit, so that a crash in
   * between leaves the records to be logged (or recognised as logged) at the next unlock.
   */
  settleAfterSuccess(account: string, logged: PendingFailures): void {
    if (!existsSync(this.path)) return;
    const file = this.read();
    const key = account.toLowerCase();
    // Where failures are assumed, an explicit zero keeps this account from being counted among them again.
    if (file.assumedFailures === undefined) delete file.failures[key];
    else file.failures[key] = { count: 0, lastAt: this.now().toISOString() };
    const loggedThrough = Math.max(0, ...logged.failures.map((failure) => failure.seq));
    const stillPending = file.series === logged.series ? file.pending.filter((failure) => failure.seq > loggedThrough) : file.pending;
    this.write({ ...file, pending: stillPending });
  }

  private withPending(file: AttemptsFile, record: Omit<PendingFailure, "seq">): AttemptsFile {
    return { ...file, nextSeq: file.nextSeq + 1, pending: [...file.pending, { ...record, seq: file.nextSeq }].slice(-MAX_PENDING) };
  }

  private read(): AttemptsFile {
    if (!existsSync(this.path)) return emptyFile();
    let parsed: ParsedFile;
    try {
      parsed = attemptsFileSchema.parse(JSON.parse(readFileSync(this.path, "utf8")));
    } catch {
      return this.replaceUnreadable();
    }
    if (isNumbered(parsed)) return parsed;
    // Written before the records were numbered, when none was logged before the file was cleared: a new
    // series numbers them all, stored at once so that every later read sees the same numbers.
    const upgraded = { ...parsed, series: randomUUID(), nextSeq: parsed.pending.length + 1, pending: parsed.pending.map((failure, index) => ({ ...failure, seq: index + 1 })) };
    this.write(upgraded);
    return upgraded;
  }

  /**
   * An unreadable file (damaged on disk, or edited by hand) is not read as "no failures": that would
   * silently lose the failures waiting for the audit log and reset the growing delay. Nor is the delay
   * set to its longest: a damaged file must not shut the whole office out for five minutes a try.
   * Every account is taken to have used its free tries, so each wrong try from now on waits, and the
   * next unlock records in the audit log that failed sign-ins may be missing. The damaged file is kept
   * beside the vault, renamed, for an IT provider.
   */
  private replaceUnreadable(): AttemptsFile {
    const at = this.now().toISOString();
    const keptAs = this.path.replace(/\.json$/, `-unreadable-${at.replace(/[:.]/g, "-")}.json`);
    renameSync(this.path, keptAs);
    const file = this.withPending({ ...emptyFile(), assumedFailures: FREE_ATTEMPTS }, { account: "", at, kind: "record-unreadable", keptAs: basename(keptAs) });
    this.write(file);
    return file;
  }

  private write(file: AttemptsFile): void {
    writeFileAtomically(this.path, JSON.stringify(file));
  }
}
