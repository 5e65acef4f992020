import Database from "better-sqlite3-multiple-ciphers";
import { afterEach, describe, expect, it } from "vitest";
import { taskMigration } from "../../../src/main/tasks/taskMigration";
import { migrate, MIGRATIONS } from "../../../src/main/vault/migrations";

/** The task step on its own: a database at the version before it, with a user, then the step, then its constraints tried. */
function databaseBeforeTasks(): Database.Database {
  const db = new Database(":memory:");
  db.pragma("foreign_keys = ON");
  const wiredAt = MIGRATIONS.findIndex((migration) => migration.name === taskMigration.name);
  expect(wiredAt).toBeGreaterThan(0);
  migrate(db, MIGRATIONS.slice(0, wiredAt));
  db.exec("INSERT INTO users (id, username, full_name, role, created_at) VALUES ('u1', 'maria', 'Maria Lopez', 'administrator', '2026-01-01')");
  db.transaction(() => taskMigration.up(db))();
  return db;
}

let db: Database.Database;
afterEach(() => db?.close());

const task = (id: string, kind: string, recurrence: string, status = "open") =>
  db
    .prepare(
      `INSERT INTO tasks (id, kind, title, owner_user_id, due_date, recurrence, schedule_day, status, created_by, created_at, updated_by, updated_at)
       VALUES (?, ?, 'A task', 'u1', '2026-03-31', ?, 31, ?, 'u1', 'x', 'u1', 'x')`,
    )
    .run(id, kind, recurrence, status);

const completion = (id: string, evidence: { name: string | null; content: Buffer | null; size: number | null }, next: string | null = "2026-04-30") =>
  db
    .prepare(
      `INSERT INTO task_completions (id, task_id, due_date, completed_on, completed_by, recorded_at, next_due_date,
         evidence_file_name, evidence_mime_type, evidence_size, evidence_sha256, evidence_content)
       VALUES (?, 't1', '2026-03-31', '2026-03-30', 'u1', 'x', ?, ?, ?, ?, ?, ?)`,
    )
    .run(id, next, evidence.name, evidence.name ? "application/pdf" : null, evidence.size, evidence.name ? "a".repeat(64) : null, evidence.content);

describe("the task migration", () => {
  it("is wired at the end of the migrations", () => {
    expect(MIGRATIONS.map((migration) => migration.name)).toContain(taskMigration.name);
  });

  it("keeps one standing task per kind, closes only a task done once, and checks dates and recurrences", () => {
    db = databaseBeforeTasks();
    task("t1", "audit-log-review", "monthly");
    expect(() => task("t2", "audit-log-review", "monthly")).toThrow(/UNIQUE/);
    task("c1", "custom", "none");
    task("c2", "custom", "none");
    expect(() => task("c3", "custom", "monthly", "done")).toThrow(/CHECK/);
    task("c4", "custom", "none", "done");
    expect(() => task("c5", "custom", "weekly")).toThrow(/CHECK/);
    expect(() => task("c6", "made-up", "none")).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare("INSERT INTO tasks (id, kind, title, owner_user_id, due_date, recurrence, schedule_day, created_by, created_at, updated_by, updated_at) VALUES ('c7', 'custom', 'x', 'nobody', '2026-03-31', 'none', 31, 'u1', 'x', 'u1', 'x')")
        .run(),
    ).toThrow(/FOREIGN KEY/);
  });

  it("keeps a completion's file all there or not at all, and never lets a completion change or go away", () => {
    db = databaseBeforeTasks();
    task("t1", "audit-log-review", "monthly");
    completion("k1", { name: null, content: null, size: null });
    completion("k2", { name: "log.pdf", content: Buffer.from("%PDF-1.7"), size: 8 });
    expect(() => completion("k3", { name: "log.pdf", content: null, size: 8 })).toThrow(/CHECK/);
    expect(() => completion("k4", { name: "log.pdf", content: Buffer.from("%PDF-1.7"), size: 9 })).toThrow(/CHECK/);
    expect(() => completion("k5", { name: null, content: null, size: null }, "2026-03-01")).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE task_completions SET notes = 'changed' WHERE id = 'k1'").run()).toThrow(/cannot be changed/);
    expect(() => db.prepare("DELETE FROM task_completions WHERE id = 'k1'").run()).toThrow(/cannot be deleted/);
    expect(db.prepare("SELECT count(*) FROM task_completions").pluck().get()).toBe(2);
  });
});
