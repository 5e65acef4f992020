import { randomBytes } from "node:crypto";
import { copyFileSync, mkdirSync, statSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { vaultPaths } from "../../../src/main/vault/vaultPaths";
import { testCore } from "../../support/testCore";
import { adminCredential, ADMIN, practiceWithRecords } from "../backup/backupTestKit";

/**
 * A vault whose database file was cut short or overwritten (a failing disk, a bad copy, another
 * program): signing in gives a plain message, the vault's status says what is wrong, and the latest
 * backup beside the vault is offered and restores cleanly.
 */
const cores: ReturnType<typeof testCore>[] = [];
afterEach(() => cores.splice(0).forEach((c) => c.dispose()));

async function vaultWithBackup() {
  const c = testCore();
  cores.push(c);
  await practiceWithRecords(c);
  const folder = join(c.folder, "backups");
  mkdirSync(folder);
  const backup = await c.must("backup.create", { folder });
  await c.must("session.lock", { reason: "user" });
  return { c, backup, database: vaultPaths(c.folder).database };
}

describe("a damaged vault file", () => {
  it.each([
    ["cut to nothing", (path: string) => truncateSync(path, 0), "database-unreadable", /damaged, cut short, or is not a Safeguard Desk database/],
    ["cut in half", (path: string) => truncateSync(path, Math.floor(statSync(path).size / 2)), "database-unreadable", /damaged, cut short/],
    ["overwritten with other bytes", (path: string) => writeFileSync(path, randomBytes(statSync(path).size)), "mismatched", /not the one its key file belongs to/],
  ])("%s: a plain message, and the latest backup is offered and restores", async (_name, damage, problem, message) => {
    const { c, backup, database } = await vaultWithBackup();
    damage(database);
    const unlock = await c.call("session.unlock", { username: ADMIN.username, password: ADMIN.password });
    expect(unlock).toMatchObject({ ok: false, error: { code: "VAULT_DAMAGED", message: expect.stringMatching(message) } });
    if (!unlock.ok) expect(unlock.error.message).not.toMatch(/SQLITE|Error|at /);
    expect(await c.must("vault.status", {})).toMatchObject({ state: "damaged", problem });
    const { backups } = await c.must("backup.list", {});
    expect(backups[0]).toMatchObject({ backupId: backup.id, path: backup.path });
    await c.must("backup.restore", { file: backups[0]!.path, credential: adminCredential, backupId: backups[0]!.backupId });
    await c.must("session.unlock", { username: ADMIN.username, password: ADMIN.password });
    expect(await c.must("vault.check", {})).toMatchObject({ databaseProblems: [], audit: { intact: true } });
  });

  it("replaced by another vault's database: told apart from a wrong password, and restorable", async () => {
    const { c, backup, database } = await vaultWithBackup();
    const other = testCore();
    cores.push(other);
    await other.setUp();
    await other.must("session.lock", { reason: "user" });
    copyFileSync(vaultPaths(other.folder).database, database);
    const unlock = await c.call("session.unlock", { username: ADMIN.username, password: ADMIN.password });
    expect(unlock).toMatchObject({ ok: false, error: { code: "VAULT_DAMAGED", message: expect.stringMatching(/not the one its key file belongs to/) } });
    await c.must("backup.restore", { file: backup.path, credential: adminCredential, backupId: backup.id });
    expect(await c.must("vault.status", {})).toMatchObject({ state: "locked" });
  });
});
