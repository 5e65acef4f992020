import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { verifyAuditChain } from "../../../src/main/audit/auditLog";
import { vaultPaths } from "../../../src/main/vault/vaultPaths";
import { makeTempDir } from "../../support/tempVault";
import { ADMIN, perTestCleanup, type testCore } from "../../support/testCore";
import { adminCredential, withVault } from "../backup/backupTestKit";

/**
 * Failed sign-ins wait in login-attempts.json beside the vault until the next successful unlock moves
 * them into the audit log. These tests damage that hand-over on purpose: none of them may be lost.
 */

const { newCore, afterThisTest } = perTestCleanup();

/** A locked vault and a clock the test moves. */
async function lockedVault() {
  const clock = { now: new Date("2026-03-01T09:00:00Z") };
  const c = newCore({ now: () => clock.now });
  await c.setUp();
  await c.must("session.lock", { reason: "user" });
  const tick = (seconds: number) => (clock.now = new Date(clock.now.getTime() + seconds * 1000));
  return { c, tick };
}

async function failSignIn(c: ReturnType<typeof testCore>, username: string) {
  const result = await c.call("session.unlock", { username, password: "not the right password" });
  expect(result).toMatchObject({ ok: false, error: { code: "WRONG_CREDENTIALS" } });
  return result;
}

function waitingInFile(folder: string): { account: string; kind: string }[] {
  return (JSON.parse(readFileSync(vaultPaths(folder).loginAttempts, "utf8")) as { pending: { account: string; kind: string }[] }).pending;
}

async function loggedFailures(c: ReturnType<typeof testCore>): Promise<string[]> {
  const { entries } = await c.must("audit.list", { filter: { action: "session.failed" } });
  return entries.map((entry) => entry.actorName).sort();
}

/** Makes every write of a failed sign-in into this vault's audit log fail, as a fault in the disk would. */
async function refuseFailedSignInEntries(folder: string, refuse: boolean) {
  await withVault(folder, ADMIN, (vault) => {
    if (refuse) vault.db.exec("CREATE TRIGGER refuse_failed BEFORE INSERT ON audit_log WHEN NEW.action = 'session.failed' BEGIN SELECT RAISE(ABORT, 'disk fault'); END");
    else vault.db.exec("DROP TRIGGER refuse_failed");
  });
}

describe("failed sign-ins on their way to the audit log", () => {
  it("stay in their file when writing them into the log fails, and are logged at the next unlock", async () => {
    const { c } = await lockedVault();
    await failSignIn(c, "maria");
    await failSignIn(c, "ghost");
    await refuseFailedSignInEntries(c.folder, true);

    const refused = await c.call("session.unlock", { username: ADMIN.username, password: ADMIN.password });
    expect(refused.ok).toBe(false);
    expect(await c.must("vault.status", {})).toMatchObject({ state: "locked" });
    expect(waitingInFile(c.folder).map((failure) => failure.account)).toEqual(["maria", "ghost"]);

    await refuseFailedSignInEntries(c.folder, false);
    await c.must("session.unlock", { username: ADMIN.username, password: ADMIN.password });
    expect(await loggedFailures(c)).toEqual(["ghost", "maria"]);
    expect(waitingInFile(c.folder)).toEqual([]);
  });

  it("are logged once even if the app stops after logging them and before clearing their file", async () => {
    const { c } = await lockedVault();
    await failSignIn(c, "maria");
    await failSignIn(c, "ghost");
    const beforeUnlock = readFileSync(vaultPaths(c.folder).loginAttempts);
    await c.must("session.unlock", { username: ADMIN.username, password: ADMIN.password });
    await c.must("session.lock", { reason: "user" });
    // The file as a crash between the commit and its clearing would leave it, then one more failure.
    writeFileSync(vaultPaths(c.folder).loginAttempts, beforeUnlock);
    await failSignIn(c, "jamal");

    await c.must("session.unlock", { username: ADMIN.username, password: ADMIN.password });
    expect(await loggedFailures(c)).toEqual(["ghost", "jamal", "maria"]);
    expect(waitingInFile(c.folder)).toEqual([]);
  });

  it("written before they were numbered are logged once", async () => {
    const { c } = await lockedVault();
    writeFileSync(
      vaultPaths(c.folder).loginAttempts,
      JSON.stringify({ failures: { maria: { count: 1, lastAt: "2026-03-01T08:59:00.000Z" } }, pending: [{ account: "maria", at: "2026-03-01T08:59:00.000Z", kind: "password" }] }),
    );
    await c.must("session.unlock", { username: ADMIN.username, password: ADMIN.password });
    await c.must("session.lock", { reason: "user" });
    await c.must("session.unlock", { username: ADMIN.username, password: ADMIN.password });
    expect(await loggedFailures(c)).toEqual(["maria"]);
  });

  it("survive a restore, keep their delay, and are logged in the restored vault under the names typed", async () => {
    const { c, tick } = await lockedVault();
    await c.must("session.unlock", { username: ADMIN.username, password: ADMIN.password });
    const backups = makeTempDir("safeguard-backups-");
    afterThisTest(backups.remove);
    const record = await c.must("backup.create", { folder: backups.path });
    await c.must("session.lock", { reason: "user" });
    for (let attempt = 0; attempt < 3; attempt++) await failSignIn(c, "maria");
    // A name that no account has, in either vault.
    await failSignIn(c, "ghost");

    const outcome = await c.must("backup.restore", { file: record.path, credential: adminCredential, backupId: record.id });
    expect(readdirSync(outcome.setAsideTo!)).not.toContain("login-attempts.json");
    expect(existsSync(vaultPaths(c.folder).loginAttempts)).toBe(true);
    expect(await c.call("session.unlock", { username: ADMIN.username, password: ADMIN.password })).toMatchObject({ ok: false, error: { code: "RATE_LIMITED" } });

    tick(1);
    await c.must("session.unlock", { username: ADMIN.username, password: ADMIN.password });
    expect(await loggedFailures(c)).toEqual(["ghost", "maria", "maria", "maria"]);
    expect((await c.must("audit.list", { filter: { action: "vault.restored" } })).total).toBe(1);
    expect(await c.must("audit.verify", {})).toEqual({ intact: true, checked: expect.any(Number) });
    // The vault set aside logged none of them: they were waiting for the next unlock.
    await withVault(outcome.setAsideTo!, ADMIN, (vault) => {
      expect(vault.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'session.failed'").pluck().get()).toBe(0);
      expect(verifyAuditChain(vault.db).intact).toBe(true);
    });
  });

  it("when their file is unreadable: keeps the delay going, keeps the file, and says so in the log", async () => {
    const { c, tick } = await lockedVault();
    await failSignIn(c, "maria");
    const paths = vaultPaths(c.folder);
    writeFileSync(paths.loginAttempts, '{"failures": {"maria": {"count": 9');

    // Read as "failures happened": the free tries are taken as used, so even the first wrong try now waits.
    const first = await failSignIn(c, "maria");
    expect(first).toMatchObject({ error: { message: expect.stringMatching(/Wait 2 seconds before the next try/) } });
    expect(await c.call("session.unlock", { username: ADMIN.username, password: ADMIN.password })).toMatchObject({ ok: false, error: { code: "RATE_LIMITED" } });
    const kept = readdirSync(c.folder).filter((name) => name.startsWith("login-attempts-unreadable-"));
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(c.folder, kept[0]!), "utf8")).toBe('{"failures": {"maria": {"count": 9');

    tick(2);
    await c.must("session.unlock", { username: ADMIN.username, password: ADMIN.password });
    const unreadable = await c.must("audit.list", { filter: { action: "session.failures-unreadable" } });
    expect(unreadable.entries).toHaveLength(1);
    expect(unreadable.entries[0]).toMatchObject({ actorName: "Safeguard Desk", summary: expect.stringContaining(kept[0]!), changes: { keptAs: kept[0] } });
    // The failure before the damage is lost with the file; the one after it is logged.
    expect(await loggedFailures(c)).toEqual(["maria"]);

    // Maria has signed in since: her own count starts again from nothing.
    await c.must("session.lock", { reason: "user" });
    const afterSuccess = await failSignIn(c, "maria");
    expect(afterSuccess).toEqual({ ok: false, error: { code: "WRONG_CREDENTIALS", message: "The username or password is not right." } });
  });
});
