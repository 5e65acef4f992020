import { cpSync } from "node:fs";
import Database from "better-sqlite3-multiple-ciphers";
import { appendAudit, type Actor, type AuditEvent } from "../../../src/main/audit/auditLog";
import { auditSealMigration } from "../../../src/main/audit/auditSealMigration";
import { FAST_TEST_KDF } from "../../../src/main/vault/kdf";
import { migrate, MIGRATIONS } from "../../../src/main/vault/migrations";
import { closeVault, findUserSlot, inspectVaultFolder, openVault, type OpenVault } from "../../../src/main/vault/vault";
import { ADMIN } from "../../support/testCore";

/** The schema version that adds sealed segments; a database migrated to the one before it never seals. */
export const SEAL_VERSION = MIGRATIONS.find((migration) => migration.name === auditSealMigration.name)!.version;

/** An in-memory database at the schema just before sealing existed: its audit log stays in one live table. */
export function unsealedDatabase(): Database.Database {
  const db = new Database(":memory:");
  migrate(db, MIGRATIONS.filter((migration) => migration.version < SEAL_VERSION));
  return db;
}

export async function openAsAdmin(folder: string): Promise<OpenVault> {
  const state = inspectVaultFolder(folder);
  if (state.state !== "present") throw new Error(`no vault in ${folder}`);
  return openVault(folder, findUserSlot(state.slots, ADMIN.username), ADMIN.password, { kdf: FAST_TEST_KDF });
}

export async function withAdminVault<T>(folder: string, work: (db: Database.Database) => T): Promise<T> {
  const vault = await openAsAdmin(folder);
  try {
    return work(vault.db);
  } finally {
    closeVault(vault);
  }
}

export function copyVault(from: string, to: string): string {
  cpSync(from, to, { recursive: true });
  return to;
}

const PEOPLE: Actor[] = [
  { id: "u-maria", name: "maria" },
  { id: "u-jamal", name: "Jamal Reed" },
  { id: null, name: "JOSÉ Núñez" },
  { id: "u-ana", name: "ana_b%" },
];

const ACTIONS = ["session.unlocked", "session.locked", "record.updated", "policies.approved", "note.added"];

/**
 * The i-th of a long run of varied entries: several people (one without an account), actions, records
 * or none, and summaries and changes with what JSON and LIKE treat specially (quotes, backslashes, a
 * newline, %, _, accented and non-Latin letters, an emoji). About 1,500 a day from 2025-01-01, and now
 * and then one recorded with an earlier time, as a failed sign-in recorded while locked keeps its own.
 */
export function variedEvent(i: number): { actor: Actor; event: AuditEvent } {
  const dayIndex = Math.floor(i / 1500) - (i % 997 === 0 ? 1 : 0);
  const day = new Date(Date.UTC(2025, 0, 1 + Math.max(0, dayIndex)));
  const secondOfDay = 7 * 3600 + ((i % 1500) * 25) % (12 * 3600);
  const at = new Date(day.getTime() + secondOfDay * 1000 + (i % 1000)).toISOString();
  const actor = PEOPLE[i % PEOPLE.length]!;
  const action = ACTIONS[i % ACTIONS.length]!;
  const summaries = [
    `${actor.name} signed in`,
    `Café visit — 日本 😀 number ${i}`,
    `Said "hi" \\ then left (${i})`,
    `Two lines\nsecond line ${i}`,
    `100% done_now ${i}`,
    `Plain entry ${i}`,
  ];
  const event: AuditEvent = { action, summary: summaries[i % summaries.length]!, at };
  if (i % 3 !== 0) {
    event.recordType = i % 2 ? "policy" : "risk";
    event.recordId = `REC-${i % 50}`;
  }
  if (i % 4 === 1) event.changes = { reason: i % 8 === 1 ? "idle" : "user" };
  if (i % 4 === 2) event.changes = { note: `He said "ok" — fine, Ünïcode ${i % 11}`, count: i, nested: { path: "C:\\temp" } };
  return { actor, event };
}

/**
 * Appends `count` varied entries to `db` through appendAudit, a few hundred to a transaction (sealing,
 * when due, in the same one), and copies each entry as written into `reference`, where it stays live.
 */
export function appendVaried(db: Database.Database, count: number, reference?: Database.Database, first = 0): void {
  const newest = db.prepare("SELECT * FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)");
  const copy = reference?.prepare(
    `INSERT INTO audit_log (seq, at, actor_id, actor_name, action, record_type, record_id, summary, changes, prev_hash, hash)
     VALUES (@seq, @at, @actor_id, @actor_name, @action, @record_type, @record_id, @summary, @changes, @prev_hash, @hash)`,
  );
  for (let start = 0; start < count; start += 500) {
    db.transaction(() => {
      for (let i = start; i < Math.min(count, start + 500); i++) {
        const { actor, event } = variedEvent(first + i);
        appendAudit(db, actor, event);
        copy?.run(newest.get());
      }
    })();
  }
  if (reference) copyHead(db, reference);
}

export function copyHead(from: Database.Database, to: Database.Database): void {
  const head = from.prepare("SELECT value FROM meta WHERE key = 'audit_head'").pluck().get() as string;
  to.prepare("INSERT INTO meta (key, value) VALUES ('audit_head', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(head);
}

/** Every live row of `from` into `to`'s live table, as stored. */
export function copyLiveRows(from: Database.Database, to: Database.Database): void {
  const insert = to.prepare(
    `INSERT INTO audit_log (seq, at, actor_id, actor_name, action, record_type, record_id, summary, changes, prev_hash, hash)
     VALUES (@seq, @at, @actor_id, @actor_name, @action, @record_type, @record_id, @summary, @changes, @prev_hash, @hash)`,
  );
  for (const row of from.prepare("SELECT * FROM audit_log ORDER BY seq").all()) insert.run(row);
  copyHead(from, to);
}
