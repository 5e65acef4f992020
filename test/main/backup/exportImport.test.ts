import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeValue, encodeValue } from "../../../src/main/backup/archiveFormat";
import { verifyAuditChain } from "../../../src/main/audit/auditLog";
import { makeTempDir } from "../../support/tempVault";
import { perTestCleanup } from "../../support/testCore";
import { adminCredential, ADMIN, practiceWithRecords, readAllTables, SECRET_MARKER, STAFF, withVault } from "./backupTestKit";

const { newCore, afterThisTest } = perTestCleanup();

function tempFolder(): string {
  const folder = makeTempDir("safeguard-archive-");
  afterThisTest(folder.remove);
  return folder.path;
}

const PASSPHRASE = "moving day for the practice";

async function exported() {
  const c = newCore();
  const { recoveryKey } = await practiceWithRecords(c);
  const file = join(tempFolder(), "practice.sgexport");
  const outcome = await c.must("archive.export", { file, password: ADMIN.password, passphrase: PASSPHRASE });
  await c.must("session.lock", { reason: "user" });
  return { c, file, outcome, recoveryKey };
}

describe("the portable archive", () => {
  it("round-trips every table: the imported vault holds exactly what was exported", async () => {
    const { c, file, outcome } = await exported();
    expect(outcome.tables.find((t) => t.table === "evidence")?.rows).toBe(1);
    expect(readFileSync(file).includes(SECRET_MARKER)).toBe(false);
    expect(readFileSync(file).subarray(0, 24).toString()).toBe("SAFEGUARD-DESK-EXPORT 1\n");
    // The source as it was when exported: everything but the export's own audit entry and the lock after it.
    const source = await withVault(c.folder, ADMIN, (vault) => readAllTables(vault.db));

    const target = newCore();
    const imported = await target.must("archive.import", { file, passphrase: PASSPHRASE, credential: adminCredential });
    expect(imported).toMatchObject({ practiceName: "Smile Dental", totalRecords: outcome.totalRecords });
    expect(await target.must("vault.status", {})).toMatchObject({ state: "locked" });
    const copy = await withVault(target.folder, ADMIN, (vault) => {
      expect(verifyAuditChain(vault.db).intact).toBe(true);
      return readAllTables(vault.db);
    });

    expect(Object.keys(copy).sort()).toEqual(Object.keys(source).sort());
    for (const table of Object.keys(source)) {
      if (table === "audit_log" || table === "meta") continue;
      expect(copy[table], table).toEqual(source[table]);
    }
    // The audit log: the source's entries up to the export, then the import's own entry.
    const exportedEntries = source.audit_log!.slice(0, -2);
    expect(copy.audit_log!.slice(0, -1)).toEqual(exportedEntries);
    expect(copy.audit_log!.at(-1)![4]).toBe("vault.imported");
    const metaWithoutHead = (rows: unknown[][]) => rows.filter((row) => row[0] !== "audit_head");
    expect(metaWithoutHead(copy.meta!)).toEqual(metaWithoutHead(source.meta!));

    // Everyone signs in as before, on the "new computer".
    await target.must("session.unlock", { username: STAFF.username, password: STAFF.password });
    const evidence = await target.must("evidence.list", { assessmentId: (await target.must("assessment.list", {}))[0]!.id });
    expect(evidence).toHaveLength(1);
  });

  it("opens with the recovery key too, and a second export of the import matches the first", async () => {
    const { file, recoveryKey, outcome } = await exported();
    const target = newCore();
    await target.must("archive.import", { file, passphrase: PASSPHRASE, credential: { kind: "recovery-key", recoveryKey } });
    await target.must("session.unlock", { username: ADMIN.username, password: ADMIN.password });
    const again = join(tempFolder(), "again.sgexport");
    const second = await target.must("archive.export", { file: again, password: ADMIN.password, passphrase: "another passphrase here" });
    const counts = (tables: { table: string; rows: number }[]) => Object.fromEntries(tables.map((t) => [t.table, t.rows]));
    expect({ ...counts(second.tables), audit_log: 0 }).toEqual({ ...counts(outcome.tables), audit_log: 0 });
  });

  it("refuses a wrong passphrase, a changed file, a wrong password, a Staff password, and a folder that holds a vault, leaving nothing behind", async () => {
    const { c, file } = await exported();
    const target = newCore();
    const wrong = await target.call("archive.import", { file, passphrase: "not the passphrase", credential: adminCredential });
    expect(wrong).toMatchObject({ ok: false, error: { code: "WRONG_CREDENTIALS", fields: { passphrase: expect.any(String) } } });
    const changed = join(tempFolder(), "changed.sgexport");
    const bytes = readFileSync(file);
    bytes[bytes.length - 200] = bytes[bytes.length - 200]! ^ 0x01;
    writeFileSync(changed, bytes);
    expect(await target.call("archive.import", { file: changed, passphrase: PASSPHRASE, credential: adminCredential })).toMatchObject({
      ok: false,
      error: { code: "WRONG_CREDENTIALS" },
    });
    const badPassword = await target.call("archive.import", { file, passphrase: PASSPHRASE, credential: { ...adminCredential, password: "wrong password!" } });
    expect(badPassword).toMatchObject({ ok: false, error: { code: "WRONG_CREDENTIALS", message: expect.stringContaining("passphrase opened the export") } });
    const staff = await target.call("archive.import", { file, passphrase: PASSPHRASE, credential: { kind: "password", username: STAFF.username, password: STAFF.password } });
    expect(staff).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    const notArchive = join(tempFolder(), "notes.sgexport");
    writeFileSync(notArchive, "hello");
    expect(await target.call("archive.import", { file: notArchive, passphrase: PASSPHRASE, credential: adminCredential })).toMatchObject({
      ok: false,
      error: { code: "VALIDATION", fields: { file: expect.any(String) } },
    });
    expect(readdirSync(target.folder)).toEqual([]);
    expect(await target.must("vault.status", {})).toMatchObject({ state: "no-vault" });

    const existing = await c.call("archive.import", { file, passphrase: PASSPHRASE, credential: adminCredential });
    expect(existing).toMatchObject({ ok: false, error: { code: "VAULT_EXISTS" } });
  });

  it("is an Administrator's act, with the password asked again", async () => {
    const c = newCore();
    await practiceWithRecords(c);
    const file = join(tempFolder(), "x.sgexport");
    const wrong = await c.call("archive.export", { file, password: "not my password", passphrase: PASSPHRASE });
    expect(wrong).toMatchObject({ ok: false, error: { code: "WRONG_CREDENTIALS", fields: { password: expect.any(String) } } });
    const short = await c.call("archive.export", { file, password: ADMIN.password, passphrase: "short" });
    expect(short).toMatchObject({ ok: false, error: { code: "VALIDATION", fields: { passphrase: expect.any(String) } } });
    await c.must("session.lock", { reason: "user" });
    await c.must("session.unlock", { username: STAFF.username, password: STAFF.password });
    expect(await c.call("archive.export", { file, password: STAFF.password, passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(existsSync(file)).toBe(false);
  });

  it("keeps every kind of SQLite value exactly", () => {
    const values = [null, 0n, -7n, 2n ** 60n, 2.5, 3, Number.POSITIVE_INFINITY, "text", "", Buffer.from([0, 1, 255])];
    for (const value of values) {
      const decoded = decodeValue(JSON.parse(JSON.stringify(encodeValue(value as never))));
      if (typeof value === "number") expect(decoded).toBe(value);
      else expect(decoded).toEqual(value);
    }
    expect(() => decodeValue({ $base64: "not base64!" })).toThrow();
    expect(() => decodeValue({ other: "x" })).toThrow();
  });
});
