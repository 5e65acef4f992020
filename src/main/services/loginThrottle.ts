import { existsSync, readFileSync } from "node:fs";
import { z } from "zod";
import { writeFileAtomically } from "../vault/atomicFile";

/**
 * Failed sign-ins happen while the vault is locked, when nothing can be written into it. They are
 * kept in a small file beside it, which gives the growing delay its memory across restarts, and are
 * moved into the audit log at the next successful unlock with their original times.
 */
const attemptsFileSchema = z.object({
  failures: z.record(z.string(), z.object({ count: z.number().int().min(0), lastAt: z.string() })),
  pending: z.array(z.object({ account: z.string(), at: z.string(), kind: z.enum(["password", "recovery-key"]) })),
});
type AttemptsFile = z.infer<typeof attemptsFileSchema>;
export type PendingFailure = AttemptsFile["pending"][number];

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

export class LoginThrottle {
  constructor(
    private readonly path: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Seconds the account must still wait before the next try; 0 when it may try now. */
  secondsToWait(account: string): number {
    const failure = this.read().failures[account.toLowerCase()];
    if (!failure) return 0;
    const allowedAt = Date.parse(failure.lastAt) + delayAfterFailures(failure.count) * 1000;
    return Math.max(0, Math.ceil((allowedAt - this.now().getTime()) / 1000));
  }

  recordFailure(account: string, kind: PendingFailure["kind"]): number {
    const file = this.read();
    const key = account.toLowerCase();
    const at = this.now().toISOString();
    const count = (file.failures[key]?.count ?? 0) + 1;
    file.failures[key] = { count, lastAt: at };
    file.pending = [...file.pending, { account: key, at, kind }].slice(-MAX_PENDING);
    this.write(file);
    return count;
  }

  /** Clears the account's count and hands back every pending failure, for the audit log. */
  takePendingAfterSuccess(account: string): PendingFailure[] {
    const file = this.read();
    const pending = file.pending;
    delete file.failures[account.toLowerCase()];
    if (existsSync(this.path)) this.write({ failures: file.failures, pending: [] });
    return pending;
  }

  private read(): AttemptsFile {
    if (!existsSync(this.path)) return { failures: {}, pending: [] };
    try {
      return attemptsFileSchema.parse(JSON.parse(readFileSync(this.path, "utf8")));
    } catch {
      // A damaged counter file must not lock everyone out; start counting again.
      return { failures: {}, pending: [] };
    }
  }

  private write(file: AttemptsFile): void {
    writeFileAtomically(this.path, JSON.stringify(file));
  }
}
