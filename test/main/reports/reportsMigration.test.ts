import Database from "better-sqlite3-multiple-ciphers";
import { afterEach, describe, expect, it } from "vitest";
import { reportsMigration } from "../../../src/main/reports/reportsMigration";
import { migrate, MIGRATIONS } from "../../../src/main/vault/migrations";

let db: Database.Database;
afterEach(() => db?.close());

function migrated(): Database.Database {
  db = new Database(":memory:");
  db.pragma("foreign_keys = ON");
  migrate(db, MIGRATIONS);
  db.prepare("INSERT INTO users (id, username, full_name, role, created_at) VALUES ('u1', 'maria', 'Maria Lopez', 'administrator', '2026-01-01')").run();
  return db;
}

const certificate = (id: string, serial: string, replacedAt: string | null) =>
  db
    .prepare(
      `INSERT INTO signing_certificates (id, user_id, serial, fingerprint_sha256, certificate_pem, private_key_pem, not_before, not_after, created_at, replaced_at, replaced_reason)
       VALUES (?, 'u1', ?, ?, 'PEM', ?, '2026-01-01', '2029-01-01', '2026-01-01', ?, ?)`,
    )
    .run(id, serial, `fp-${serial}`, replacedAt ? null : "KEY", replacedAt, replacedAt ? "renewed" : null);

const register = (id: string, signed: boolean, version: number) =>
  db
    .prepare(
      `INSERT INTO report_register (id, kind, title, period_key, period_label, version, file_name, sha256, byte_size, generated_at, generated_by,
         signed_by, signature_meaning, signed_at, certificate_id)
       VALUES (?, 'audit-log', 'Audit Log Report', 'all', 'Everything on record', ?, 'a.pdf', ?, 10, '2026-01-01', 'u1', ?, ?, ?, ?)`,
    )
    .run(id, version, "a".repeat(64), signed ? "u1" : null, signed ? "Reviewed by" : null, signed ? "2026-01-01" : null, signed ? "c1" : null);

describe("the reports migration", () => {
  it("is a standalone step without a version number, for the ordered list to place", () => {
    expect(Object.keys(reportsMigration).sort()).toEqual(["name", "up"]);
  });

  it("creates STRICT tables for certificates and the register", () => {
    migrated();
    const tables = db.prepare("SELECT name, strict FROM pragma_table_list WHERE name IN ('signing_certificates', 'report_register') ORDER BY name").all();
    expect(tables).toEqual([
      { name: "report_register", strict: 1 },
      { name: "signing_certificates", strict: 1 },
    ]);
  });

  it("allows one certificate in use per user, and keeps a key only on the one in use", () => {
    migrated();
    certificate("c0", "00AA", "2026-02-01");
    certificate("c1", "00BB", null);
    expect(() => certificate("c2", "00CC", null)).toThrow(/UNIQUE/);
    expect(() =>
      db.prepare("UPDATE signing_certificates SET private_key_pem = NULL WHERE id = 'c1'").run(),
    ).toThrow(/CHECK/);
  });

  it("keeps the register append-only, and a signature complete or absent", () => {
    migrated();
    certificate("c1", "00BB", null);
    register("r1", true, 1);
    register("r2", false, 2);
    expect(() => register("r3", false, 2)).toThrow(/UNIQUE/);
    expect(() => db.prepare("UPDATE report_register SET title = 'x' WHERE id = 'r1'").run()).toThrow(/append-only/);
    expect(() => db.prepare("DELETE FROM report_register WHERE id = 'r2'").run()).toThrow(/append-only/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO report_register (id, kind, title, period_key, period_label, version, file_name, sha256, byte_size, generated_at, generated_by, signed_by)
           VALUES ('r4', 'audit-log', 't', 'all', 'l', 3, 'b.pdf', ?, 10, '2026-01-01', 'u1', 'u1')`,
        )
        .run("b".repeat(64)),
    ).toThrow(/CHECK/);
  });
});
