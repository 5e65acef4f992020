import Database from "better-sqlite3-multiple-ciphers";
import { afterEach, describe, expect, it } from "vitest";
import { riskMigration } from "../../../src/main/risk/riskMigration";
import { riskSourcesOf, riskStepsFor } from "../../../src/main/risk/riskSteps";
import { migrate, MIGRATIONS } from "../../../src/main/vault/migrations";

/**
 * The risk migration on its own, as Signal tests each step: a database brought to the version before
 * it, with rows in it, then the step, then the tables read back and their constraints tried.
 */
function databaseBeforeRisk(): Database.Database {
  const db = new Database(":memory:");
  db.pragma("foreign_keys = ON");
  const wiredAt = MIGRATIONS.findIndex((migration) => migration.name === riskMigration.name);
  migrate(db, wiredAt === -1 ? MIGRATIONS : MIGRATIONS.slice(0, wiredAt));
  db.exec(`
    INSERT INTO users (id, username, full_name, role, created_at) VALUES ('u1', 'maria', 'Maria Lopez', 'administrator', '2026-01-01');
    INSERT INTO assessments (id, year, catalog_version, started_by, started_at) VALUES ('s1', 2026, '2026.1', 'u1', '2026-01-01');
    INSERT INTO action_items (id, source_kind, assessment_id, question_id, title, priority, created_by, created_at, updated_by, updated_at)
      VALUES ('gap1', 'assessment-gap', 's1', 'q-308a1i-1', 'Make an inventory', 'high', 'u1', '2026-01-01', 'u1', '2026-01-01');
  `);
  db.transaction(() => riskMigration.up(db))();
  db.exec(`
    INSERT INTO risk_analyses (id, year, started_by, started_at) VALUES ('a26', 2026, 'u1', '2026-01-02'), ('a27', 2027, 'u1', '2027-01-02');
    INSERT INTO risk_assets (id, analysis_id, name, kind, created_by, created_at, updated_by, updated_at)
      VALUES ('server', 'a26', 'Office server', 'server', 'u1', 'x', 'u1', 'x'), ('pms', 'a26', 'Practice software', 'practice-software', 'u1', 'x', 'u1', 'x'),
             ('server27', 'a27', 'Office server', 'server', 'u1', 'x', 'u1', 'x');
    INSERT INTO risk_pairs (id, analysis_id, asset_id, threat_id, vulnerability, inherent_likelihood, inherent_impact, inherent_level, created_by, created_at, updated_by, updated_at)
      VALUES ('p1', 'a26', 'server', 'fire', 'No offsite copy.', 1, 5, 'medium', 'u1', 'x', 'u1', 'x');
  `);
  return db;
}

let db: Database.Database;
afterEach(() => db?.close());

const flow = (id: string, analysis: string, from: string, to: string | null, vendor: string | null) =>
  db.prepare("INSERT INTO risk_asset_flows (id, analysis_id, from_asset_id, to_asset_id, vendor_name, position) VALUES (?, ?, ?, ?, ?, 0)").run(id, analysis, from, to, vendor);
const step = (id: string, kind: string, pair: string | null) =>
  db
    .prepare(
      `INSERT INTO action_items (id, source_kind, assessment_id, question_id, risk_pair_id, title, priority, created_by, created_at, updated_by, updated_at)
       VALUES (?, ?, ?, ?, ?, 'Step', 'medium', 'u1', 'x', 'u1', 'x')`,
    )
    .run(id, kind, kind === "assessment-gap" ? "s1" : null, kind === "assessment-gap" ? "q-308a1i-2" : null, pair);

describe("the risk migration", () => {
  it("keeps the remediation plan's rows and lets a risk be an action item's source", () => {
    db = databaseBeforeRisk();
    expect(db.prepare("SELECT id, source_kind, risk_pair_id FROM action_items").all()).toEqual([{ id: "gap1", source_kind: "assessment-gap", risk_pair_id: null }]);
    step("r1", "risk", "p1");
    expect(() => step("r2", "risk", null)).toThrow(/CHECK/);
    expect(() => step("g2", "assessment-gap", "p1")).toThrow(/CHECK/);
    expect(() => step("r3", "risk", "no-such-pair")).toThrow(/FOREIGN KEY/);
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(db.pragma("foreign_key_check")).toEqual([]);
  });

  it.each<[string, string]>([
    ["both a catalog and a custom threat", "INSERT INTO risk_pairs (id, analysis_id, asset_id, threat_id, custom_threat, vulnerability, created_by, created_at, updated_by, updated_at) VALUES ('x', 'a26', 'server', 'fire', 'Toner fire', 'v', 'u1', 'x', 'u1', 'x')"],
    ["a level without its ratings", "INSERT INTO risk_pairs (id, analysis_id, asset_id, threat_id, vulnerability, residual_level, created_by, created_at, updated_by, updated_at) VALUES ('x', 'a26', 'server', 'fire', 'v', 'high', 'u1', 'x', 'u1', 'x')"],
    ["a rating of 6", "INSERT INTO risk_pairs (id, analysis_id, asset_id, threat_id, vulnerability, inherent_likelihood, created_by, created_at, updated_by, updated_at) VALUES ('x', 'a26', 'server', 'fire', 'v', 6, 'u1', 'x', 'u1', 'x')"],
    ["an approval without treatment 'accept'", "UPDATE risk_pairs SET acceptance_approved_by = 'u1', acceptance_approved_at = 'x', acceptance_rationale = 'why' WHERE id = 'p1'"],
    ["an unknown asset kind", "INSERT INTO risk_assets (id, analysis_id, name, kind, created_by, created_at, updated_by, updated_at) VALUES ('x', 'a26', 'X', 'toaster', 'u1', 'x', 'u1', 'x')"],
    ["a second analysis for a year", "INSERT INTO risk_analyses (id, year, started_by, started_at) VALUES ('again', 2026, 'u1', 'x')"],
    ["a finalized analysis without a review date", "UPDATE risk_analyses SET status = 'finalized', finalized_by = 'u1', finalized_at = 'x', review_interval_months = 12 WHERE id = 'a26'"],
    ["a review trigger on a day that is not a date", "INSERT INTO risk_review_triggers (id, kind, note, occurred_on, recorded_by, recorded_at) VALUES ('t', 'move', 'n', 'soon', 'u1', 'x')"],
  ])("refuses %s", (_, sql) => {
    db = databaseBeforeRisk();
    expect(() => db.exec(sql)).toThrow(/CHECK|UNIQUE/);
  });

  it("keeps a risk and a data flow inside their own year's analysis", () => {
    db = databaseBeforeRisk();
    flow("f1", "a26", "pms", "server", null);
    flow("f2", "a26", "pms", null, "Dental lab");
    expect(() => flow("f3", "a26", "pms", "server27", null)).toThrow(/FOREIGN KEY/);
    expect(() => flow("f4", "a26", "pms", "server", "Dental lab")).toThrow(/CHECK/);
    expect(() =>
      db.exec("INSERT INTO risk_pairs (id, analysis_id, asset_id, threat_id, vulnerability, created_by, created_at, updated_by, updated_at) VALUES ('x', 'a27', 'server', 'fire', 'v', 'u1', 'x', 'u1', 'x')"),
    ).toThrow(/FOREIGN KEY/);
  });

  it("refuses, in the database too, any change to a finalized analysis", () => {
    db = databaseBeforeRisk();
    db.exec("INSERT INTO risk_pair_controls (pair_id, question_id) VALUES ('p1', 'q-308a7iiA-2')");
    db.exec("UPDATE risk_analyses SET status = 'finalized', finalized_by = 'u1', finalized_at = 'x', review_interval_months = 12, next_review_date = '2027-01-02' WHERE id = 'a26'");
    for (const sql of [
      "UPDATE risk_pairs SET controls = 'changed' WHERE id = 'p1'",
      "DELETE FROM risk_pairs WHERE id = 'p1'",
      "INSERT INTO risk_assets (id, analysis_id, name, kind, created_by, created_at, updated_by, updated_at) VALUES ('x', 'a26', 'X', 'server', 'u1', 'x', 'u1', 'x')",
      "UPDATE risk_assets SET name = 'Renamed' WHERE id = 'server'",
      "INSERT INTO risk_asset_flows (id, analysis_id, from_asset_id, vendor_name, position) VALUES ('f', 'a26', 'pms', 'Lab', 0)",
      "DELETE FROM risk_pair_controls WHERE pair_id = 'p1'",
      "INSERT INTO risk_pair_controls (pair_id, question_id) VALUES ('p1', 'q-310a1-1')",
      // Moving a row into the finalized year is refused as well.
      "UPDATE risk_assets SET analysis_id = 'a26' WHERE id = 'server27'",
    ]) {
      expect(() => db.exec(sql), sql).toThrow(/finalized and can no longer change/);
    }
    // The other year is still open, and the remediation plan outlives the analysis.
    db.exec("UPDATE risk_assets SET name = 'New server' WHERE id = 'server27'");
    step("r1", "risk", "p1");
  });

  it("lets the remediation plan read a risk step and say where it came from", () => {
    db = databaseBeforeRisk();
    db.exec("INSERT INTO practice (id, profile, updated_at) VALUES (1, '{\"name\":\"Smile Dental\",\"kind\":\"dental\",\"timeZone\":\"America/Chicago\",\"workforceCount\":8,\"securityOfficial\":\"Maria\"}', 'x')");
    db.exec("INSERT INTO action_items (id, source_kind, risk_pair_id, title, priority, owner_name, due_date, created_by, created_at, updated_by, updated_at) VALUES ('r1', 'risk', 'p1', 'Fire safe', 'medium', 'IT provider', '2000-01-01', 'u1', 'x', 'u1', 'x')");
    expect(riskStepsFor(db, ["p1"])).toEqual([expect.objectContaining({ id: "r1", pairId: "p1", owner: { kind: "name", name: "IT provider" }, overdue: true, status: "open" })]);
    expect(riskSourcesOf(db, ["p1", "gone"])).toEqual(
      new Map([["p1", { kind: "risk", pairId: "p1", analysisYear: 2026, assetName: "Office server", threatName: "Fire", vulnerability: "No offsite copy." }]]),
    );
  });
});
