import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdirSync, rmSync, statfsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { verifyAuditChain } from "../../../src/main/audit/auditLog";
import { AutomaticBackups, automaticBackupProblem } from "../../../src/main/backup/automaticBackups";
import { VaultSession } from "../../../src/main/core/vaultSession";
import { backupHandlers } from "../../../src/main/ipc/backupHandlers";
import { FAST_TEST_KDF } from "../../../src/main/vault/kdf";
import { makeTempDir } from "../../support/tempVault";
import { PRACTICE, testCore } from "../../support/testCore";
import { ADMIN, STAFF, withVault } from "../backup/backupTestKit";
import { practiceWithTeam } from "../../support/assessmentFlows";

/**
 * Running out of disk space, on a small filesystem of the test's own (a 2 MB tmpfs): while records are
 * written, and while a backup is written. The user gets a plain message (code STORAGE) and nothing
 * already stored is damaged. Mounting needs root (CI runs as root); elsewhere the test says why it is skipped.
 */
/** Why a small tmpfs cannot be mounted here (not root, or a container without the right), or null when it can. */
function cannotMount(): string | null {
  if (process.getuid?.() !== 0) return "mounting a small tmpfs needs root (CI runs as root)";
  const probe = makeTempDir("safeguard-mount-probe-").path;
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=1m", "tmpfs", probe], { stdio: "pipe" });
    execFileSync("umount", [probe]);
    return null;
  } catch (error) {
    return `this machine refuses to mount a tmpfs even as root (${(error as Error).message.split("\n")[0]})`;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}
const mountProblem = cannotMount();
if (mountProblem) console.warn(`diskFull.test.ts: skipped, because ${mountProblem}.`);

const mounts: string[] = [];
const cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.splice(0).forEach((clean) => clean());
  for (const mount of mounts.splice(0)) {
    execFileSync("umount", [mount]);
    rmSync(mount, { recursive: true, force: true });
  }
});

function smallDisk(megabytes: number): string {
  const folder = makeTempDir("safeguard-full-").path;
  execFileSync("mount", ["-t", "tmpfs", "-o", `size=${megabytes}m`, "tmpfs", folder]);
  mounts.push(folder);
  return folder;
}

function pdf(bytes: number): string {
  return Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(bytes)]).toString("base64");
}

describe.skipIf(mountProblem !== null)("out of disk space", { timeout: 120_000 }, () => {
  it("while records are written: a plain message, and every record saved before is intact", async () => {
    // Room for a new vault with its write-ahead log (which can outgrow the database before a
    // checkpoint), and far less than the 40 scans below.
    const disk = smallDisk(4);
    const vaultDir = join(disk, "vault");
    const c = testCore({ vaultDir });
    cleanups.push(() => c.dispose());
    await practiceWithTeam(c);
    const { assessment } = await c.must("assessment.start", { year: 2026 });
    const saved: string[] = [];
    let failure: { code: string; message: string } | null = null;
    for (let i = 0; i < 40 && failure === null; i++) {
      const result = await c.call("evidence.attach", {
        assessmentId: assessment.id,
        questionId: "q-308a7iiA-1",
        fileName: `scan-${i}.pdf`,
        mimeType: "application/pdf",
        contentBase64: pdf(150_000),
      });
      if (result.ok) saved.push(result.value.fileName);
      else failure = result.error;
    }
    expect(saved.length).toBeGreaterThan(0);
    expect(failure).toMatchObject({ code: "STORAGE", message: expect.stringMatching(/disk is full, so nothing was saved.*what was stored before is safe/) });
    // A new account needs room for its key slot too: refused the same way, the old key file untouched.
    const account = await c.call("users.create", { username: "newhire", fullName: "New Hire", title: "", role: "staff", password: "a new hire password" });
    expect(account).toMatchObject({ ok: false, error: { code: "STORAGE" } });
    // Reading still works while the disk is full.
    expect((await c.must("evidence.list", { assessmentId: assessment.id })).map((item) => item.fileName).sort()).toEqual([...saved].sort());
    c.core.close();

    // After the app closes (perhaps uncleanly, on a full disk), the vault opens with everything saved.
    await withVault(vaultDir, ADMIN, (vault) => {
      expect(vault.db.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(verifyAuditChain(vault.db).intact).toBe(true);
      expect((vault.db.prepare("SELECT file_name FROM evidence ORDER BY file_name").pluck().all() as string[]).sort()).toEqual([...saved].sort());
      expect(vault.db.prepare("SELECT count(*) FROM users WHERE username = 'newhire'").pluck().get()).toBe(0);
    });
    await withVault(vaultDir, STAFF, () => undefined);
  });

  it("while a backup is written: a plain message naming the folder, no half-written file, the vault unchanged", async () => {
    const usb = smallDisk(1);
    const c = testCore({ kdf: FAST_TEST_KDF });
    cleanups.push(() => c.dispose());
    await practiceWithTeam(c);
    const { assessment } = await c.must("assessment.start", { year: 2026 });
    for (let i = 0; i < 8; i++) {
      await c.must("evidence.attach", { assessmentId: assessment.id, questionId: "q-308a7iiA-1", fileName: `scan-${i}.pdf`, mimeType: "application/pdf", contentBase64: pdf(200_000) });
    }
    const before = await c.must("audit.list", { filter: {}, offset: 0, limit: 1 });
    const result = await c.call("backup.create", { folder: usb });
    expect(result).toMatchObject({ ok: false, error: { code: "STORAGE" } });
    if (!result.ok) expect(result.error.message).toBe(`The drive that holds ${usb} is full, so the backup was not made. Nothing in the vault was changed. Free some space there, or choose another folder, and back up again.`);
    expect(readdirSync(usb)).toEqual([]);
    expect((await c.must("backup.status", {})).lastBackup).toBeNull();
    expect((await c.must("audit.list", { filter: {}, offset: 0, limit: 1 })).total).toBe(before.total);
    expect(await c.must("vault.check", {})).toMatchObject({ databaseProblems: [], audit: { intact: true } });
    // With room again (another folder), the backup is made.
    const roomy = makeTempDir("safeguard-roomy-");
    cleanups.push(roomy.remove);
    expect(await c.call("backup.create", { folder: roomy.path })).toMatchObject({ ok: true });
  });

  it("when the automatic backup finds the disk full, Settings says so and the vault is unharmed", async () => {
    const disk = smallDisk(4);
    const vaultDir = join(disk, "vault");
    const session = new VaultSession(vaultDir, { kdf: FAST_TEST_KDF });
    cleanups.push(() => session.close());
    await session.create(PRACTICE, { ...ADMIN, role: "administrator" });
    const automatic = new AutomaticBackups(session, (error) => {
      throw error;
    });
    await automatic.runIfDue();
    expect(readdirSync(join(vaultDir, "backups")).filter((name) => name.endsWith(".sgbackup"))).toHaveLength(1);
    // Fill the disk but for a sliver, smaller than a snapshot of the vault.
    const { bavail, bsize } = statfsSync(disk);
    writeFileSync(join(disk, "filler"), Buffer.alloc(Math.max(0, bavail * bsize - 40_000)));
    automatic.runOnExit();
    expect(automaticBackupProblem(session)).toMatchObject({ message: expect.stringMatching(/is full, so the backup was not made/) });
    const status = await backupHandlers["backup.status"]({}, session);
    expect(status.automaticProblem?.message).toMatch(/is full/);
    expect(readdirSync(join(vaultDir, "backups")).filter((name) => name.endsWith(".partial"))).toEqual([]);
    rmSync(join(disk, "filler"));
    session.close();
    await withVault(vaultDir, ADMIN, (vault) => {
      expect(vault.db.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(verifyAuditChain(vault.db).intact).toBe(true);
    });
  });
});
