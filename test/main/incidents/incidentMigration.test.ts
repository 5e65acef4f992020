import Database from "better-sqlite3-multiple-ciphers";
import { afterEach, describe, expect, it } from "vitest";
import { incidentMigration } from "../../../src/main/incidents/incidentMigration";
import { migrate, MIGRATIONS } from "../../../src/main/vault/migrations";

/**
 * The incident migration on its own: a database brought to the version before it, with a user and a
 * risk asset in it, then the step, then its constraints tried.
 */
function databaseWithIncidents(): Database.Database {
  const db = new Database(":memory:");
  db.pragma("foreign_keys = ON");
  const wiredAt = MIGRATIONS.findIndex((migration) => migration.name === incidentMigration.name);
  expect(wiredAt).toBeGreaterThan(0);
  migrate(db, MIGRATIONS.slice(0, wiredAt));
  db.exec(`
    INSERT INTO users (id, username, full_name, role, created_at) VALUES ('u1', 'maria', 'Maria Lopez', 'administrator', '2026-01-01');
    INSERT INTO risk_analyses (id, year, started_by, started_at) VALUES ('a26', 2026, 'u1', '2026-01-02');
    INSERT INTO risk_assets (id, analysis_id, name, kind, created_by, created_at, updated_by, updated_at) VALUES ('laptop', 'a26', 'Laptop', 'laptop', 'u1', 'x', 'u1', 'x');
  `);
  db.transaction(() => incidentMigration.up(db))();
  return db;
}

let db: Database.Database;
afterEach(() => db?.close());

const incident = (id: string, extra: Record<string, unknown> = {}) => {
  const row = { id, number: 1, title: "Stolen laptop", discovered_on: "2026-03-03", occurred_on: null, reported_by: "Jamal", description: "Stolen.", category: "theft", phi: "electronic", status: "open", closed_by: null, closed_at: null, business_associate: 0, covered_entity_name: "", ...extra };
  return db
    .prepare(
      `INSERT INTO incidents (id, number, title, discovered_on, occurred_on, reported_by, description, category, phi, status, closed_by, closed_at, business_associate, covered_entity_name,
         created_by, created_at, updated_by, updated_at)
       VALUES (@id, @number, @title, @discovered_on, @occurred_on, @reported_by, @description, @category, @phi, @status, @closed_by, @closed_at, @business_associate, @covered_entity_name, 'u1', 'x', 'u1', 'x')`,
    )
    .run(row);
};

describe("the incident migration", () => {
  it("creates the tables, linked to the risk inventory", () => {
    db = databaseWithIncidents();
    incident("i1");
    db.prepare("INSERT INTO incident_assets (incident_id, asset_id) VALUES ('i1', 'laptop')").run();
    expect(() => db.prepare("INSERT INTO incident_assets (incident_id, asset_id) VALUES ('i1', 'nowhere')").run()).toThrow(/FOREIGN KEY/);
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
  });

  it.each([
    ["discovered before it happened", { occurred_on: "2026-03-04" }],
    ["a date that is not a date", { discovered_on: "March 3" }],
    ["an unknown kind", { category: "meteor" }],
    ["closed without who and when", { status: "closed" }],
    ["a business associate without its covered entity", { business_associate: 1 }],
  ])("refuses %s", (_, extra) => {
    db = databaseWithIncidents();
    expect(() => incident("bad", extra)).toThrow(/CHECK constraint failed/);
  });

  it("keeps a signed assessment as signed: only withdrawing the sign-off lets it change", () => {
    db = databaseWithIncidents();
    incident("i1");
    db.exec(`INSERT INTO breach_assessments (incident_id, exception, conclusion, basis, signed_by, signed_at, updated_by, updated_at)
             VALUES ('i1', 'unable-to-retain', 'not-a-breach', 'exception', 'u1', 'x', 'u1', 'x')`);
    expect(() => db.prepare("UPDATE breach_assessments SET conclusion = 'breach', basis = 'factors' WHERE incident_id = 'i1'").run()).toThrow(/signed off/);
    db.prepare("UPDATE breach_assessments SET signed_by = NULL, signed_at = NULL WHERE incident_id = 'i1'").run();
    db.prepare("UPDATE breach_assessments SET conclusion = 'breach', basis = 'factors' WHERE incident_id = 'i1'").run();
    expect(() => db.prepare("UPDATE breach_assessments SET signed_by = 'u1', signed_at = 'y', conclusion = NULL, basis = NULL WHERE incident_id = 'i1'").run()).toThrow(/CHECK/);
  });

  it("requires the letter to give at least one way to reach the practice", () => {
    db = databaseWithIncidents();
    incident("i1");
    const letter = (address: string) =>
      db
        .prepare(
          `INSERT INTO breach_letters (incident_id, salutation, what_happened, information_involved, what_you_can_do, what_we_are_doing, contact_address, signer_name, updated_by, updated_at)
           VALUES ('i1', 'Dear Patient,', 'a', 'b', 'c', 'd', ?, 'Maria', 'u1', 'x')`,
        )
        .run(address);
    expect(() => letter("  ")).toThrow(/CHECK/);
    expect(() => letter("12 Main Street")).not.toThrow();
  });
});
