import type { Database } from "better-sqlite3-multiple-ciphers";
import { VaultDamagedError, VAULT_PROBLEM_MESSAGES } from "./vaultErrors";

/**
 * The schema's history, oldest first. Each step runs in its own transaction together with the
 * `user_version` bump, so a crash leaves the database at the last completed version. Never edit a
 * step that has shipped; add a new one.
 */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "practice, users, settings and the hash-chained audit log",
    up(db) {
      db.exec(`
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
        CREATE TABLE practice (
          id INTEGER PRIMARY KEY CHECK (id = 1),
          profile TEXT NOT NULL,
          updated_at TEXT NOT NULL
        ) STRICT;
        CREATE TABLE users (
          id TEXT PRIMARY KEY,
          username TEXT NOT NULL UNIQUE COLLATE NOCASE,
          full_name TEXT NOT NULL,
          title TEXT NOT NULL DEFAULT '',
          role TEXT NOT NULL CHECK (role IN ('administrator', 'staff', 'readonly')),
          must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
          created_at TEXT NOT NULL,
          removed_at TEXT
        ) STRICT;
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
        CREATE TABLE audit_log (
          seq INTEGER PRIMARY KEY,
          at TEXT NOT NULL,
          actor_id TEXT,
          actor_name TEXT NOT NULL,
          action TEXT NOT NULL,
          record_type TEXT,
          record_id TEXT,
          summary TEXT NOT NULL,
          changes TEXT,
          prev_hash TEXT NOT NULL,
          hash TEXT NOT NULL
        ) STRICT;
        CREATE INDEX audit_log_by_time ON audit_log (at);
        CREATE INDEX audit_log_by_action ON audit_log (action);
        -- Append-only inside the app; the hash chain catches edits made around these triggers.
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
          BEGIN SELECT RAISE(ABORT, 'The audit log is append-only.'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
          BEGIN SELECT RAISE(ABORT, 'The audit log is append-only.'); END;
      `);
    },
  },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

export function assertMigrationsOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration "${migration.name}" has version ${migration.version}; expected ${index + 1}.`);
    }
  });
}

export function schemaVersion(db: Database): number {
  return db.pragma("user_version", { simple: true }) as number;
}

/** Brings the database up to the last migration; refuses one written by a newer app. */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): { from: number; to: number } {
  assertMigrationsOrdered(migrations);
  const latest = migrations.at(-1)?.version ?? 0;
  const from = schemaVersion(db);
  if (from > latest) throw new VaultDamagedError("too-new", VAULT_PROBLEM_MESSAGES["too-new"]);
  for (const migration of migrations) {
    if (migration.version <= from) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return { from, to: latest };
}
