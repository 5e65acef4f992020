import { createHash } from "node:crypto";
import { join } from "node:path";
import fc from "fast-check";
import type { Database } from "better-sqlite3-multiple-ciphers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeVault, type OpenVault } from "../../../src/main/vault/vault";
import { CHANNEL_NAMES, contract, type ChannelName } from "../../../src/shared/ipc/contract";
import { ERROR_CODES, type Result } from "../../../src/shared/result";
import { practiceWithTeam } from "../../support/assessmentFlows";
import { makeTempDir } from "../../support/tempVault";
import { ADMIN, testCore } from "../../support/testCore";
import { openAs } from "../backup/backupTestKit";
import { arbitraryFor } from "./schemaArbitrary";

/**
 * Property-based tests of the one entry into the main process, for every channel of the contract
 * (channels added later are included automatically): random payloads, some valid by the channel's own
 * schema and most not. Whatever arrives, the answer is a Result with a known error code and a
 * message; an invalid payload is always a VALIDATION error; nothing is an INTERNAL error (an
 * unexpected exception); no call hangs; and a call that fails leaves the stored records exactly as
 * they were (no partial write).
 */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 12);
/** Channels that render a PDF in a worker take seconds a call: fewer runs. */
const SLOW = /^reports\.(preview|export)$/;
const HANG_MS = 60_000;

const sandbox = makeTempDir("safeguard-fuzz-paths-");
/** File and folder fields point only inside the sandbox, or nowhere. */
const paths = fc.constantFrom(sandbox.path, join(sandbox.path, "missing"), join(sandbox.path, "x.sgbackup"), "relative/path", "/no/such/place/at/all");

let c: ReturnType<typeof testCore>;
let reader: OpenVault;
const internalErrors: unknown[] = [];

beforeAll(async () => {
  c = testCore({ reportInternalError: (error) => internalErrors.push(error) });
  await practiceWithTeam(c);
  await c.must("assessment.start", { year: 2026 });
  await c.must("risk.start", { year: 2026 });
  reader = await openAs(c.folder, ADMIN);
}, 60_000);
afterAll(() => {
  closeVault(reader);
  c.dispose();
  sandbox.remove();
});

/** A fingerprint of every stored row; a failed call must not change it. */
function fingerprint(db: Database): string {
  const hash = createHash("sha256");
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  for (const table of tables) {
    hash.update(table);
    for (const row of db.prepare(`SELECT * FROM "${table}"`).raw(true).all() as unknown[][]) {
      hash.update(JSON.stringify(row, (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString("base64") : typeof value === "bigint" ? String(value) : value)));
    }
  }
  return hash.digest("hex");
}

/** A channel that takes the session to another vault (the sample practice) has a way back; it is taken after each call. */
const WAY_HOME = (CHANNEL_NAMES as string[]).includes("sample.leave") ? "sample.leave" : null;

async function signedIn(): Promise<void> {
  let status = await c.call("vault.status", {});
  if (status.ok && status.value.folder !== c.folder && WAY_HOME) {
    await c.core.dispatch(WAY_HOME, {});
    status = await c.call("vault.status", {});
  }
  if (status.ok && status.value.state === "unlocked" && status.value.session.user.username === ADMIN.username) return;
  if (status.ok && status.value.state === "unlocked") await c.call("session.lock", { reason: "user" });
  await c.must("session.unlock", { username: ADMIN.username, password: ADMIN.password });
}

async function dispatchWithin(channel: unknown, payload: unknown): Promise<Result<unknown>> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${String(channel)} did not answer within ${HANG_MS} ms`)), HANG_MS);
  });
  try {
    return await Promise.race([c.core.dispatch(channel, payload), hang]);
  } finally {
    clearTimeout(timer);
  }
}

function expectWellFormed(result: Result<unknown>, context: string): void {
  expect(typeof result.ok, context).toBe("boolean");
  if (result.ok) return;
  expect(ERROR_CODES, context).toContain(result.error.code);
  expect(result.error.message.length, context).toBeGreaterThan(0);
  expect(result.error.message, context).not.toMatch(/\n\s+at |SQLITE_|Error:/);
  if (result.error.fields) for (const message of Object.values(result.error.fields)) expect(typeof message, context).toBe("string");
}

async function checkOne(channel: ChannelName, payload: unknown): Promise<{ valid: boolean }> {
  await signedIn();
  internalErrors.length = 0;
  const before = fingerprint(reader.db);
  const valid = contract[channel].input.safeParse(payload ?? {}).success;
  const result = await dispatchWithin(channel, payload);
  const context = `${channel} ${fc.stringify(payload).slice(0, 300)} -> ${JSON.stringify(result).slice(0, 300)}`;
  expectWellFormed(result, context);
  if (!valid) expect(result.ok ? "ok" : result.error.code, context).toBe("VALIDATION");
  if (!result.ok) {
    expect(result.error.code, context).not.toBe("INTERNAL");
    expect(fingerprint(reader.db), `a failed call changed stored records: ${context}`).toBe(before);
  }
  expect(internalErrors, context).toEqual([]);
  return { valid };
}

describe("the IPC dispatcher under random payloads", () => {
  it("refuses unknown channels and malformed envelopes with a typed error", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.anything()), fc.anything(), async (channel, payload) => {
        fc.pre(!(typeof channel === "string" && (CHANNEL_NAMES as string[]).includes(channel)));
        const result = await dispatchWithin(channel, payload);
        expectWellFormed(result, fc.stringify(channel));
        expect(result).toMatchObject({ ok: false, error: { code: "UNKNOWN_CHANNEL" } });
      }),
      // Always tried: an object whose toString is not a function, which String() cannot convert.
      { numRuns: 200, examples: [[{ toString: [] }, []], [Object.create(null), {}], [Symbol("channel"), null]] },
    );
  });

  // One test per channel, so a failure names it; the list is read from the contract at run time.
  it.each(CHANNEL_NAMES.map((name) => [name]))("%s: valid and invalid payloads get a clear answer", { timeout: 600_000 }, async (channel) => {
    const schema = contract[channel].input;
    const shaped = arbitraryFor(schema, undefined, paths);
    const runs = SLOW.test(channel) ? 2 : RUNS;
    let validSeen = 0;
    // Shaped like the schema (often valid), and anything at all (almost never valid).
    await fc.assert(
      fc.asyncProperty(shaped, async (payload) => {
        if ((await checkOne(channel, payload)).valid) validSeen += 1;
      }),
      { numRuns: runs },
    );
    await fc.assert(
      fc.asyncProperty(fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true }), async (payload) => {
        await checkOne(channel, payload);
      }),
      { numRuns: runs },
    );
    // Not every schema's refinements can be met by chance; the counts go to the log, not into a verdict.
    if (process.env.PROPERTY_COVERAGE) console.warn(`${channel}: ${validSeen}/${runs} shaped payloads were valid`);
  });
});
