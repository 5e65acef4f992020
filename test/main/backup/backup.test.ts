import Database from "better-sqlite3-multiple-ciphers";
import { existsSync, readdirSync, readFileSync, truncateSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractDatabase, readLabel } from "../../../src/main/backup/backupFile";
import { verifyAuditChain } from "../../../src/main/audit/auditLog";
import { vaultPaths } from "../../../src/main/vault/vaultPaths";
import { makeTempDir } from "../../support/tempVault";
import { perTestCleanup } from "../../support/testCore";
import { adminCredential, ADMIN, practiceWithRecords, readAllTables, SECRET_MARKER, signInAs, STAFF, withVault } from "./backupTestKit";

const { newCore, afterThisTest } = perTestCleanup();

function tempFolder(): string {
  const folder = makeTempDir("safeguard-backups-");
  afterThisTest(folder.remove);
  return folder.path;
}

describe("Back up now", () => {
  it("writes the snapshot in a worker thread, so the main process's event loop (and the window) keeps running", async () => {
    const c = newCore();
    await practiceWithRecords(c);
    let turns = 0;
    let running = true;
    const tick = () => {
      turns += 1;
      if (running) setImmediate(tick);
    };
    setImmediate(tick);
    // Done on this thread, the whole backup would run before the first turn of the loop.
    const record = await c.must("backup.create", { folder: tempFolder() });
    running = false;
    expect(existsSync(record.path)).toBe(true);
    expect(turns).toBeGreaterThan(1);
  });

  it("writes one verified, encrypted file that opens only with the vault's key", async () => {
    const c = newCore();
    const { evidence } = await practiceWithRecords(c);
    const target = tempFolder();
    const record = await c.must("backup.create", { folder: target });
    expect(record).toMatchObject({ kind: "manual", madeBy: ADMIN.username });
    expect(readdirSync(target)).toEqual([record.path.slice(target.length + 1)]);
    expect(record.path).toMatch(/safeguard-backup-\d{4}-\d{2}-\d{2}-\d{6}-manual\.sgbackup$/);

    const bytes = readFileSync(record.path);
    expect(bytes.includes(SECRET_MARKER)).toBe(false);
    expect(bytes.includes(evidence.subarray(40, 4000))).toBe(false);
    expect(bytes.includes("Smile Dental")).toBe(false);

    // The database part, on its own, is an encrypted SQLite file: unreadable without the key.
    const label = readLabel(record.path);
    const extracted = join(tempFolder(), "snapshot.sqlite");
    extractDatabase(record.path, label, extracted);
    const keyless = new Database(extracted, { readonly: true });
    expect(() => keyless.prepare("SELECT count(*) FROM sqlite_master").get()).toThrow(/not a database/);
    keyless.close();
    const wrongKey = new Database(extracted, { readonly: true });
    wrongKey.pragma("cipher = 'sqlcipher'");
    wrongKey.pragma(`key = "x'${"00".repeat(32)}'"`);
    expect(() => wrongKey.prepare("SELECT count(*) FROM sqlite_master").get()).toThrow(/not a database/);
    wrongKey.close();

    const status = await c.must("backup.status", {});
    expect(status.lastBackup).toMatchObject({ id: record.id, path: record.path });
    expect(status.warning).toBeNull();
    expect(status.suggestedFolder).toBe(target);
    const audit = await c.must("audit.list", { filter: { action: "backup.created" }, offset: 0, limit: 5 });
    expect(audit.entries[0]?.summary).toContain(record.path);
  });

  it("opens with the same passwords and the recovery key, and holds exactly what the vault held", async () => {
    const c = newCore();
    const { recoveryKey } = await practiceWithRecords(c);
    const record = await c.must("backup.create", { folder: tempFolder() });
    await c.must("session.lock", { reason: "user" });
    const before = await withVault(c.folder, ADMIN, (vault) => readAllTables(vault.db));
    for (const credential of [adminCredential, { kind: "recovery-key" as const, recoveryKey }]) {
      const contents = await c.must("backup.inspect", { file: record.path, credential });
      expect(contents).toMatchObject({ practiceName: "Smile Dental", backupId: record.id, kind: "manual" });
      expect(contents.tables.find((t) => t.table === "users")).toMatchObject({ rows: 3, label: "user accounts" });
      expect(contents.tables.find((t) => t.table === "evidence")).toMatchObject({ rows: 1, label: "evidence files" });
      expect(contents.totalRecords).toBe(contents.tables.reduce((sum, t) => sum + t.rows, 0));
    }
    // The backup's record and its audit entry were written after the snapshot, and the lock after that.
    const restored = await c.must("backup.restore", { file: record.path, credential: adminCredential, backupId: record.id });
    const after = await withVault(c.folder, ADMIN, (vault) => readAllTables(vault.db));
    const restoreEntries = 1;
    for (const table of Object.keys(before)) {
      if (table === "audit_log" || table === "meta" || table === "backups" || table === "settings") continue;
      expect(after[table], table).toEqual(before[table]);
    }
    // The restored vault records the backup it came from, and no other.
    expect(after.backups!.map((row) => row[0])).toEqual([record.id]);
    const beforeAudit = before.audit_log!;
    // Everything up to the backup is there; then the restore's own entry. The backup's and the lock's entries came later.
    expect(after.audit_log!.length).toBe(beforeAudit.length - 2 + restoreEntries);
    expect(after.audit_log!.slice(0, -1)).toEqual(beforeAudit.slice(0, -2));
    expect(restored.setAsideTo).not.toBeNull();
  });

  it("refuses a relative path, a missing folder and a file, naming the field", async () => {
    const c = newCore();
    await c.setUp();
    const file = join(tempFolder(), "a-file.txt");
    writeFileSync(file, "x");
    for (const folder of ["relative/folder", "/no/such/folder/anywhere", file]) {
      const result = await c.call("backup.create", { folder });
      expect(result).toMatchObject({ ok: false, error: { code: "VALIDATION", fields: { folder: expect.any(String) } } });
    }
    expect((await c.must("backup.status", {})).lastBackup).toBeNull();
  });

  it("is for an Administrator; anyone signed in sees when the last one was", async () => {
    const c = newCore();
    await practiceWithRecords(c);
    await signInAs(c, STAFF);
    expect(await c.call("backup.create", { folder: tempFolder() })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await c.must("backup.status", {})).toMatchObject({ lastBackup: null, warning: { kind: "never" } });
  });
});

describe("the warning and the schedule", () => {
  it("warns when there has been no backup for a week", async () => {
    let now = new Date("2026-03-01T10:00:00Z");
    const c = newCore({ now: () => now });
    await c.setUp();
    expect((await c.must("backup.status", {})).warning).toEqual({ kind: "never" });
    await c.must("backup.create", { folder: tempFolder() });
    now = new Date("2026-03-07T10:00:00Z");
    expect((await c.must("backup.status", {})).warning).toBeNull();
    now = new Date("2026-03-09T11:00:00Z");
    expect((await c.must("backup.status", {})).warning).toEqual({ kind: "stale", days: 8 });
  });

  it("makes automatic backups at most daily, keeps the chosen number of days, and one more on close", async () => {
    let now = new Date("2026-03-01T10:00:00Z");
    const c = newCore({ now: () => now, automaticBackups: true, idleCheckMilliseconds: 20 });
    await c.setUp();
    await c.must("backup.updateSettings", { keepAutomatic: 2 });
    const folder = join(c.folder, "backups");
    const automaticFiles = () => (existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith("-automatic.sgbackup")).sort() : []);
    const waitFor = async (count: number) => {
      for (let i = 0; i < 500 && automaticFiles().length !== count; i++) await new Promise((done) => setTimeout(done, 20));
      expect(automaticFiles()).toHaveLength(count);
    };
    /** Moves the clock; the core's timer then backs up if due, and locks the long-idle session. */
    const later = async (iso: string) => {
      now = new Date(iso);
      await new Promise((done) => setTimeout(done, 200));
      if ((await c.must("vault.status", {})).state === "locked") await c.must("session.unlock", { username: ADMIN.username, password: ADMIN.password });
    };
    await waitFor(1);
    // Within the day: nothing more, however often the timer runs.
    await later("2026-03-01T20:00:00Z");
    expect(automaticFiles()).toHaveLength(1);
    await later("2026-03-02T10:00:01Z");
    await waitFor(2);
    await later("2026-03-03T10:00:02Z");
    // Two days are kept: the first day's backup went.
    await waitFor(2);
    expect(automaticFiles()[0]).toContain("2026-03-02");
    expect((await c.must("backup.status", {})).lastBackup).toMatchObject({ kind: "automatic" });
    const beforeClose = automaticFiles();
    now = new Date("2026-03-03T18:30:00Z");
    c.core.close();
    // Closing made one more, the same day: that day keeps only the newer one.
    const after = automaticFiles();
    expect(after).toHaveLength(2);
    expect(after[0]).toBe(beforeClose[0]);
    expect(after[1]).toContain("2026-03-03-183000");
  });
});

describe("restore", () => {
  it("puts back the records as they were, keeps the current vault aside, and records the restore", async () => {
    const c = newCore();
    await practiceWithRecords(c);
    const record = await c.must("backup.create", { folder: tempFolder() });
    await c.must("users.create", { username: "later", fullName: "Added Later", title: "", role: "staff", password: "later password 1" });
    const contents = await c.must("backup.inspect", { file: record.path, credential: adminCredential });
    expect(contents.tables.find((t) => t.table === "users")?.rows).toBe(3);

    const outcome = await c.must("backup.restore", { file: record.path, credential: adminCredential, backupId: record.id });
    expect(outcome).toMatchObject({ practiceName: "Smile Dental", createdAt: record.createdAt });
    expect(await c.must("vault.status", {})).toMatchObject({ state: "locked", lockReason: null });
    // The vault as it was is kept, whole, and still opens.
    expect(existsSync(join(outcome.setAsideTo!, "practice.sqlite"))).toBe(true);
    expect(await withVault(outcome.setAsideTo!, ADMIN, (vault) => vault.db.prepare("SELECT count(*) FROM users").pluck().get())).toBe(4);

    await c.must("session.unlock", { username: ADMIN.username, password: ADMIN.password });
    expect((await c.must("users.list", {})).map((u) => u.username).sort()).toEqual(["auditor", "jamal", "maria"]);
    expect(await c.call("session.unlock", { username: "later", password: "later password 1" })).toMatchObject({ ok: false });
    const check = await c.must("vault.check", {});
    expect(check).toMatchObject({ databaseProblems: [], audit: { intact: true } });
    const restoredEntry = await c.must("audit.list", { filter: { action: "vault.restored" }, offset: 0, limit: 1 });
    expect(restoredEntry.entries[0]).toMatchObject({ actorName: "maria" });
  });

  it("from the lock screen, over a vault that opens, asks for a credential that opens it too", async () => {
    const c = newCore();
    const { recoveryKey } = await practiceWithRecords(c);
    const record = await c.must("backup.create", { folder: tempFolder() });
    // Maria's password changes after the backup; the old one still opens the backup, not the vault.
    await c.must("session.changePassword", { currentPassword: ADMIN.password, newPassword: "a newer password for maria" });
    expect(await c.must("vault.status", {})).toMatchObject({ state: "locked" });
    const old = await c.call("backup.restore", { file: record.path, credential: adminCredential, backupId: record.id });
    expect(old).toMatchObject({ ok: false, error: { code: "FORBIDDEN", message: expect.stringContaining("opens the vault as it is now") } });
    await c.must("session.unlock", { username: ADMIN.username, password: "a newer password for maria" });
    await c.must("session.lock", { reason: "user" });
    // The recovery key opens both: the restore goes ahead.
    await c.must("backup.restore", { file: record.path, credential: { kind: "recovery-key", recoveryKey }, backupId: record.id });
    await c.must("session.unlock", { username: ADMIN.username, password: ADMIN.password });
  });

  it("over a vault from a newer version, asks for a credential that opens its key slots too", async () => {
    const c = newCore();
    const { recoveryKey } = await practiceWithRecords(c);
    const record = await c.must("backup.create", { folder: tempFolder() });
    await c.must("session.changePassword", { currentPassword: ADMIN.password, newPassword: "a newer password for maria" });
    await withVault(c.folder, { ...ADMIN, password: "a newer password for maria" }, (vault) => vault.db.pragma("user_version = 999"));
    // Signing in is what finds the newer version; from then on the vault shows as such.
    expect(await c.call("session.unlock", { username: ADMIN.username, password: "a newer password for maria" })).toMatchObject({ ok: false });
    expect(await c.must("vault.status", {})).toMatchObject({ state: "damaged", problem: "too-new" });
    // The password of the backup's day no longer opens the vault as it is: refused, and nothing moved.
    const old = await c.call("backup.restore", { file: record.path, credential: adminCredential, backupId: record.id });
    expect(old).toMatchObject({ ok: false, error: { code: "FORBIDDEN", message: expect.stringContaining("opens the vault as it is now") } });
    expect(await c.must("vault.status", {})).toMatchObject({ state: "damaged", problem: "too-new" });
    // The recovery key opens both.
    const outcome = await c.must("backup.restore", { file: record.path, credential: { kind: "recovery-key", recoveryKey }, backupId: record.id });
    expect(outcome.setAsideTo).toEqual(expect.any(String));
    await c.must("session.unlock", { username: ADMIN.username, password: ADMIN.password });
  });

  it("refuses wrong credentials, a Staff password, another file at the same place, and files that are not backups", async () => {
    const c = newCore();
    await practiceWithRecords(c);
    const folder = tempFolder();
    const record = await c.must("backup.create", { folder });
    const wrong = await c.call("backup.inspect", { file: record.path, credential: { ...adminCredential, password: "not the password" } });
    expect(wrong).toMatchObject({ ok: false, error: { code: "WRONG_CREDENTIALS", message: expect.stringContaining("in use on the day it was made") } });
    const nobody = await c.call("backup.inspect", { file: record.path, credential: { ...adminCredential, username: "nobody" } });
    expect(nobody).toMatchObject({ ok: false, error: { code: "WRONG_CREDENTIALS" } });
    const staff = await c.call("backup.inspect", { file: record.path, credential: { kind: "password", username: STAFF.username, password: STAFF.password } });
    expect(staff).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    const badKey = await c.call("backup.inspect", { file: record.path, credential: { kind: "recovery-key", recoveryKey: "not a key" } });
    expect(badKey).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    const other = await c.call("backup.restore", { file: record.path, credential: adminCredential, backupId: "00000000-0000-4000-8000-000000000000" });
    expect(other).toMatchObject({ ok: false, error: { code: "CONFLICT" } });

    const notBackup = join(folder, "notes.sgbackup");
    writeFileSync(notBackup, "x".repeat(10_000));
    expect(await c.call("backup.inspect", { file: notBackup, credential: adminCredential })).toMatchObject({ ok: false, error: { code: "VALIDATION", fields: { file: expect.any(String) } } });
    const cut = join(folder, "cut.sgbackup");
    writeFileSync(cut, readFileSync(record.path).subarray(0, statSync(record.path).size - 100));
    expect(await c.call("backup.inspect", { file: cut, credential: adminCredential })).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    // A page of the snapshot damaged: the label is intact, the database is not.
    const damaged = join(folder, "damaged.sgbackup");
    const bytes = readFileSync(record.path);
    bytes[5000] = bytes[5000]! ^ 0xff;
    writeFileSync(damaged, bytes);
    expect(await c.call("backup.restore", { file: damaged, credential: adminCredential, backupId: record.id })).toMatchObject({ ok: false, error: { code: "VAULT_DAMAGED" } });
    // None of that touched the vault, which is still open and whole.
    expect(await c.must("vault.status", {})).toMatchObject({ state: "unlocked" });
    expect((await c.must("vault.check", {})).audit.intact).toBe(true);
    // Listing reads only the labels, so the damaged copy is listed too; opening it is what refuses it.
    const listed = await c.must("backup.list", { folder });
    expect(listed.backups.map((backup) => backup.fileName).sort()).toEqual(["damaged.sgbackup", record.path.slice(folder.length + 1)]);
  });

  it("brings back a vault whose database was cut short, from the latest backup beside it", async () => {
    let now = new Date("2026-03-01T10:00:00Z");
    const c = newCore({ now: () => now, automaticBackups: true, idleCheckMilliseconds: 20 });
    await practiceWithRecords(c);
    const folder = join(c.folder, "backups");
    for (let i = 0; i < 500 && !(existsSync(folder) && readdirSync(folder).length > 0); i++) await new Promise((done) => setTimeout(done, 20));
    now = new Date("2026-03-01T11:00:00Z");
    await c.must("session.lock", { reason: "user" });
    const database = vaultPaths(c.folder).database;
    truncateSync(database, Math.floor(statSync(database).size / 3));

    const unlock = await c.call("session.unlock", { username: ADMIN.username, password: ADMIN.password });
    expect(unlock).toMatchObject({ ok: false, error: { code: "VAULT_DAMAGED", message: expect.stringContaining("Restore it from a backup") } });
    expect(await c.must("vault.status", {})).toMatchObject({ state: "damaged", problem: "database-unreadable" });
    const { backups } = await c.must("backup.list", {});
    expect(backups[0]).toMatchObject({ kind: "automatic", createdAt: "2026-03-01T10:00:00.000Z" });
    const latest = backups[0]!;
    await c.must("backup.restore", { file: latest.path, credential: adminCredential, backupId: latest.backupId });
    expect(await c.must("vault.status", {})).toMatchObject({ state: "locked" });
    await c.must("session.unlock", { username: ADMIN.username, password: ADMIN.password });
    expect((await c.must("vault.check", {})).databaseProblems).toEqual([]);
    await withVault(c.folder, ADMIN, (vault) => expect(verifyAuditChain(vault.db).intact).toBe(true));
  });
});
