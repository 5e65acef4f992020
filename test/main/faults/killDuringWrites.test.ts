import { spawn } from "node:child_process";
import { mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { listBackups } from "../../../src/main/backup/backupService";
import { verifyAuditChain } from "../../../src/main/audit/auditLog";
import { createAppCore } from "../../../src/main/core/appCore";
import { FAST_TEST_KDF } from "../../../src/main/vault/kdf";
import { findUserSlot, inspectVaultFolder } from "../../../src/main/vault/vault";
import { makeTempDir } from "../../support/tempVault";
import { ADMIN, PRACTICE } from "../../support/testCore";
import { withVault } from "../backup/backupTestKit";

/**
 * Proof that no committed record is lost when the process dies: a child process writes through the
 * real services and prints each change once it is saved; it is killed with SIGKILL (no chance to
 * clean up) at a random moment, 25 times on the same vault. After every kill the vault must open,
 * pass SQLite's integrity check and the audit chain's, and hold every change that was printed.
 */
const ROOT = join(__dirname, "../../..");
const WORKER = join(__dirname, "writeWorker.ts");
const ITERATIONS = Number(process.env.KILL_ITERATIONS ?? 25);

const temp = makeTempDir("safeguard-kill-");
afterAll(() => temp.remove());

interface Reported {
  users: string[];
  evidence: string[];
  /** The last address printed: [run, i]. */
  address: [number, number] | null;
  backups: number;
}

function runAndKill(vaultDir: string, run: number, backupDir: string, reported: Reported): Promise<{ lines: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    // node itself with tsx's loader, not the tsx command: that one runs the script in a second process,
    // which a SIGKILL sent to the first would leave running.
    const child = spawn(process.execPath, ["--import", "tsx", WORKER, vaultDir, String(run), backupDir], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let buffered = "";
    let stderr = "";
    let lines = 0;
    let timer: NodeJS.Timeout | null = null;
    child.stdout.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      const complete = buffered.split("\n");
      buffered = complete.pop() ?? "";
      for (const line of complete) {
        const [word, kind, ...rest] = line.split(" ");
        if (word === "READY" && timer === null) {
          // A random moment: before the first write, in the middle of one, during a backup.
          timer = setTimeout(() => child.kill("SIGKILL"), 50 + Math.floor(Math.random() * 1500));
          continue;
        }
        if (word !== "COMMITTED") continue;
        lines += 1;
        if (kind === "user") reported.users.push(rest[0]!);
        else if (kind === "evidence") reported.evidence.push(rest[0]!);
        else if (kind === "address") reported.address = [Number(rest[0]), Number(rest[1])];
        else if (kind === "backup") reported.backups += 1;
      }
    });
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal !== "SIGKILL") reject(new Error(`The worker ended by itself (code ${code}): ${stderr}`));
      else resolve({ lines, stderr });
    });
  });
}

describe("killed at random moments during write-heavy work", () => {
  it(`keeps every change reported saved, ${ITERATIONS} kills in a row`, { timeout: 600_000 }, async () => {
    const vaultDir = join(temp.path, "vault");
    const backupDir = join(temp.path, "backups");
    mkdirSync(backupDir);
    const setup = createAppCore({ vaultDir, kdf: FAST_TEST_KDF });
    for (const [channel, payload] of [
      ["vault.create", { practice: { ...PRACTICE, address: "start" }, admin: { ...ADMIN, role: "administrator" } }],
      ["assessment.start", { year: 2026 }],
      ["session.lock", { reason: "user" }],
    ] as const) {
      const result = await setup.dispatch(channel, payload);
      expect(result.ok, `${channel}: ${JSON.stringify(result)}`).toBe(true);
    }
    setup.close();

    const reported: Reported = { users: [], evidence: [], address: null, backups: 0 };
    let totalLines = 0;
    for (let run = 0; run < ITERATIONS; run++) {
      const started = Date.now();
      const { lines } = await runAndKill(vaultDir, run, backupDir, reported);
      const killedAt = Date.now();
      totalLines += lines;

      // The vault opens through the app, as after a power cut, and passes both checks.
      const core = createAppCore({ vaultDir, kdf: FAST_TEST_KDF });
      try {
        expect(await core.dispatch("vault.status", {})).toMatchObject({ ok: true, value: { state: "locked" } });
        expect(await core.dispatch("session.unlock", { username: ADMIN.username, password: ADMIN.password })).toMatchObject({ ok: true });
        const check = await core.dispatch("vault.check", {});
        expect(check).toMatchObject({ ok: true, value: { databaseProblems: [], audit: { intact: true } } });
        await core.dispatch("session.lock", { reason: "user" });
      } finally {
        core.close();
      }
      // Every change printed as saved is there, with the key slot of every account printed as made.
      const slots = inspectVaultFolder(vaultDir);
      if (slots.state !== "present") throw new Error("The vault's files are gone.");
      await withVault(vaultDir, ADMIN, (vault) => {
        expect(vault.db.pragma("integrity_check", { simple: true })).toBe("ok");
        expect(verifyAuditChain(vault.db).intact).toBe(true);
        const users = new Set(vault.db.prepare("SELECT username FROM users").pluck().all() as string[]);
        for (const username of reported.users) {
          expect(users.has(username), `account ${username}`).toBe(true);
          expect(findUserSlot(slots.slots, username), `key slot of ${username}`).toBeDefined();
        }
        const files = new Set(vault.db.prepare("SELECT file_name FROM evidence").pluck().all() as string[]);
        for (const name of reported.evidence) expect(files.has(name), `evidence ${name}`).toBe(true);
        if (reported.address) {
          // The last printed address, or one written after it whose line was not printed before the kill.
          const profile = JSON.parse(vault.db.prepare("SELECT profile FROM practice").pluck().get() as string) as { address: string };
          const [run0, i0] = reported.address;
          const [, stored, index] = profile.address.split(" ").map(Number) as [number, number, number];
          expect(stored > run0 || (stored === run0 && index >= i0), `address ${profile.address} after ${reported.address.join(" ")}`).toBe(true);
        }
        const recorded = vault.db.prepare("SELECT count(*) FROM backups").pluck().get() as number;
        expect(recorded).toBeGreaterThanOrEqual(reported.backups);
      });
      // Backups that were recorded are whole; a backup cut off by the kill left at most a .partial file.
      for (const backup of listBackups(backupDir).backups) expect(backup.sizeBytes).toBeGreaterThan(4096);
      if (process.env.KILL_TIMING) console.warn(`run ${run}: child ${killedAt - started} ms, checks ${Date.now() - killedAt} ms, ${lines} changes`);
      // (VACUUM INTO keeps a rollback journal beside the file it writes, so a kill may leave that too.)
      const names = readdirSync(backupDir);
      expect(names.filter((name) => !/^safeguard-backup-[\d-]+-manual(-\d+)?\.sgbackup(\.partial(-journal)?)?$/.test(name))).toEqual([]);
    }
    // The kills really landed during work: across the runs, many changes were saved.
    expect(totalLines).toBeGreaterThan(ITERATIONS);
    expect(reported.users.length + reported.evidence.length).toBeGreaterThan(5);
  });
});
