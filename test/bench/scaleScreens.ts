import Database from "better-sqlite3-multiple-ciphers";
import type { Database as SqliteDatabase } from "better-sqlite3-multiple-ciphers";
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { contract } from "../../src/shared/ipc/contract";
import { createAppCore } from "../../src/main/core/appCore";
import type { VaultSession } from "../../src/main/core/vaultSession";
import { handlers, type Handler } from "../../src/main/ipc/handlers";
import { requireActiveUser } from "../../src/main/services/userService";
import { applyKey, closeDatabase, openDatabase } from "../../src/main/vault/database";
import { unwrapMasterKey } from "../../src/main/vault/keySlots";
import { findUserSlot, inspectVaultFolder } from "../../src/main/vault/vault";
import { vaultPaths } from "../../src/main/vault/vaultPaths";
import type { ChannelName } from "../../src/shared/ipc/contract";
import { screenCalls, type Dispatch, type ScreenCall } from "../support/screenCalls";
import { makeTempDir } from "../support/tempVault";
import { interleavedRatio, round, type Figure } from "./measure";
import { BENCH_ADMIN, type BenchVault } from "./tenYearVault";

const SCREEN_LIMIT_MS = 50;

/** "training.sessions.list" → "tenYearTrainingSessionsListMs". */
function figureName(channel: ChannelName): string {
  return `tenYear${channel
    .split(".")
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join("")}Ms`;
}

/**
 * Each request a screen makes as it opens, through the core's dispatch (validation, role check,
 * handler, result) on the unlocked ten-year vault: one call to warm up, then the median of several.
 */
export async function screenFigures(vault: BenchVault, quick: boolean): Promise<{ figures: Figure[]; calls: ScreenCall[] }> {
  const core = createAppCore({ vaultDir: vault.folder });
  try {
    const unlocked = await core.dispatch("session.unlock", BENCH_ADMIN);
    if (!unlocked.ok) throw new Error(unlocked.error.message);
    const dispatch: Dispatch = (channel, payload) => core.dispatch(channel, payload);
    const calls = await screenCalls(dispatch);
    const runs = quick ? 5 : 11;
    const figures: Figure[] = [];
    for (const call of calls) {
      const first = await dispatch(call.channel, call.input);
      if (!first.ok) throw new Error(`${call.channel} failed on the bench vault: ${first.error.message}`);
      const times: number[] = [];
      for (let run = 0; run < runs; run++) {
        const started = performance.now();
        await dispatch(call.channel, call.input);
        times.push(performance.now() - started);
      }
      const ms = times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
      figures.push({
        name: figureName(call.channel),
        value: round(ms),
        unit: "ms",
        target: `≤ ${SCREEN_LIMIT_MS} ms`,
        met: ms <= SCREEN_LIMIT_MS,
        baseline: `${call.screen} (${call.channel}) through the core's dispatch, median of ${runs}, on ${vault.describe}`,
      });
    }
    return { figures, calls };
  } finally {
    core.close();
  }
}

/** The screens' handlers run straight on a database, as the dispatcher runs them once the session is signed in. */
async function screenWorkload(db: SqliteDatabase, adminId: string, calls: readonly ScreenCall[]): Promise<void> {
  const user = requireActiveUser(db, adminId);
  const signedIn = { vault: { db }, user, actor: { id: user.id, name: user.username } };
  const session = { requireSignedIn: () => signedIn } as unknown as VaultSession;
  for (const call of calls) {
    const handler = handlers[call.channel] as Handler<ChannelName>;
    await handler(contract[call.channel].input.parse(call.input) as never, session);
  }
}

/**
 * What encryption costs at this size: the same screen workload (every call above once) on the
 * encrypted vault and on a decrypted copy of it (SQLCipher's `PRAGMA rekey = ''` on a copy of the
 * file), interleaved in one run so that load from elsewhere hits both alike.
 */
export async function scaleEncryptionFigures(vault: BenchVault, calls: readonly ScreenCall[], quick: boolean): Promise<Figure[]> {
  const state = inspectVaultFolder(vault.folder);
  if (state.state !== "present") throw new Error("The bench vault is missing.");
  const masterKey = await unwrapMasterKey(state.slots.vaultId, findUserSlot(state.slots, BENCH_ADMIN.username)!, BENCH_ADMIN.password);
  const temp = makeTempDir("safeguard-bench-plain-");
  try {
    const plainPath = join(temp.path, "plain.sqlite");
    copyFileSync(vaultPaths(vault.folder).database, plainPath);
    const decrypting = new Database(plainPath);
    applyKey(decrypting, masterKey);
    decrypting.pragma("journal_mode = DELETE");
    decrypting.pragma("rekey = ''");
    decrypting.close();
    const encrypted = openDatabase(vaultPaths(vault.folder).database, { masterKey, create: false });
    const plain = openDatabase(plainPath, { masterKey: null, create: false });
    try {
      const adminId = encrypted.prepare("SELECT id FROM users WHERE username = ?").pluck().get(BENCH_ADMIN.username) as string;
      // Both caches warm before measuring, as after a few minutes of use.
      await screenWorkload(encrypted, adminId, calls);
      await screenWorkload(plain, adminId, calls);
      const { variantMs, baselineMs, ratio } = await interleavedRatio(quick ? 5 : 9, () => screenWorkload(encrypted, adminId, calls), () => screenWorkload(plain, adminId, calls));
      return [
        {
          name: "tenYearEncryptionCostRatio",
          value: round(ratio, 3),
          unit: "x",
          target: "≤ 1.2x",
          met: ratio <= 1.2,
          baseline: `every screen's calls above, run on the encrypted vault and on a decrypted copy of the same file, interleaved, medians ${round(variantMs)} ms vs ${round(baselineMs)} ms, on ${vault.describe}`,
        },
      ];
    } finally {
      closeDatabase(encrypted);
      closeDatabase(plain);
    }
  } finally {
    masterKey.fill(0);
    temp.remove();
  }
}
