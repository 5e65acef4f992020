import Database from "better-sqlite3-multiple-ciphers";
import { afterEach, describe, expect, it } from "vitest";
import { migrate, MIGRATIONS } from "../../../src/main/vault/migrations";
import { vendorMigration } from "../../../src/main/vendors/vendorMigration";

/** The vendor step on its own: a database brought to the version before it, the step, then its constraints tried. */
function databaseWithVendors(): Database.Database {
  const db = new Database(":memory:");
  db.pragma("foreign_keys = ON");
  const wiredAt = MIGRATIONS.findIndex((migration) => migration.name === vendorMigration.name);
  expect(wiredAt).toBeGreaterThan(0);
  migrate(db, MIGRATIONS.slice(0, wiredAt));
  db.exec("INSERT INTO users (id, username, full_name, role, created_at) VALUES ('u1', 'maria', 'Maria Lopez', 'administrator', '2026-01-01')");
  db.transaction(() => vendorMigration.up(db))();
  return db;
}

let db: Database.Database;
afterEach(() => db?.close());

const vendor = (id: string, columns: Record<string, unknown> = {}) => {
  const row = { id, name: `Vendor ${id}`, baa_status: "none", created_by: "u1", created_at: "x", updated_by: "u1", updated_at: "x", ...columns };
  const names = Object.keys(row);
  return db.prepare(`INSERT INTO vendors (${names.join(", ")}) VALUES (${names.map(() => "?").join(", ")})`).run(...Object.values(row));
};

describe("the vendor migration", () => {
  it("is wired into the ordered list of migrations, after the step that creates users", () => {
    expect(MIGRATIONS.findIndex((migration) => migration.name === vendorMigration.name)).toBeGreaterThan(0);
  });

  it("accepts a complete vendor record, its file and its answers", () => {
    db = databaseWithVendors();
    vendor("v1", { creates_ephi: 1, maintains_ephi: 1, baa_status: "signed", baa_signed_date: "2026-01-05", baa_review_date: "2027-01-05" });
    vendor("v2", { baa_status: "not-needed", baa_not_needed_reason: "Conduit exception." });
    db.prepare("INSERT INTO vendor_files (id, vendor_id, file_name, mime_type, size, sha256, content, added_by, added_at) VALUES ('f1', 'v1', 'baa.pdf', 'application/pdf', 3, ?, ?, 'u1', 'x')").run(
      "a".repeat(64),
      Buffer.from("abc"),
    );
    db.exec(
      "INSERT INTO vendor_questionnaires (vendor_id, encryption_at_rest, encryption_in_transit, uses_subcontractors, subcontractor_baas, answered_by, answered_at) VALUES ('v1', 'yes', 'unknown', 'no', 'not-applicable', 'u1', 'x')",
    );
    expect(db.pragma("foreign_key_check")).toEqual([]);
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
  });

  it.each<[string, () => unknown, RegExp]>([
    ["“not needed” without a reason", () => vendor("x", { baa_status: "not-needed", baa_not_needed_reason: "  " }), /CHECK/],
    ["a reason kept for another state", () => vendor("x", { baa_status: "none", baa_not_needed_reason: "Old reason" }), /CHECK/],
    ["a signed BAA without its date", () => vendor("x", { baa_status: "signed" }), /CHECK/],
    ["dates on a BAA never signed", () => vendor("x", { baa_status: "requested", baa_signed_date: "2026-01-01" }), /CHECK/],
    ["a review before the signature", () => vendor("x", { baa_status: "signed", baa_signed_date: "2026-01-05", baa_review_date: "2026-01-05" }), /CHECK/],
    ["an unknown BAA state", () => vendor("x", { baa_status: "pending" }), /CHECK/],
    ["a flag that is not 0 or 1", () => vendor("x", { transmits_ephi: 2 }), /CHECK/],
    ["a date that is not a date", () => vendor("x", { ended_on: "soon" }), /CHECK/],
    ["a second vendor of the same name in other letters", () => (vendor("a", { name: "Acme" }), vendor("b", { name: "ACME" })), /UNIQUE/],
    [
      "a file for no vendor",
      () =>
        db
          .prepare("INSERT INTO vendor_files (id, vendor_id, file_name, mime_type, size, sha256, content, added_by, added_at) VALUES ('f', 'nobody', 'a.pdf', 'application/pdf', 1, ?, ?, 'u1', 'x')")
          .run("a".repeat(64), Buffer.from("a")),
      /FOREIGN KEY/,
    ],
    [
      "a file whose size is not its content's",
      () => (
        vendor("v"),
        db
          .prepare("INSERT INTO vendor_files (id, vendor_id, file_name, mime_type, size, sha256, content, added_by, added_at) VALUES ('f', 'v', 'a.pdf', 'application/pdf', 5, ?, ?, 'u1', 'x')")
          .run("a".repeat(64), Buffer.from("a"))
      ),
      /CHECK/,
    ],
    [
      "an answer that is not a choice",
      () => (
        vendor("v"),
        db.exec(
          "INSERT INTO vendor_questionnaires (vendor_id, encryption_at_rest, encryption_in_transit, uses_subcontractors, subcontractor_baas, answered_by, answered_at) VALUES ('v', 'maybe', 'yes', 'no', 'no', 'u1', 'x')",
        )
      ),
      /CHECK/,
    ],
  ])("refuses %s", (_, insert, error) => {
    db = databaseWithVendors();
    expect(insert).toThrow(error);
  });
});
