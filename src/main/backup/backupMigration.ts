import type { Database } from "better-sqlite3-multiple-ciphers";

/**
 * The record of backups made, so Settings can say when the last good one was and warn after a week
 * without one (45 CFR 164.308(a)(7)(ii)(A)), and so each copy of the records that left the vault can
 * be accounted for (164.310(d)(2)(iii)). Only backups that were written and verified are recorded.
 */
export const backupMigration: { name: string; up(db: Database): void } = {
  name: "the record of verified backups",
  up(db) {
    db.exec(`
      CREATE TABLE backups (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('manual', 'automatic')),
        path TEXT NOT NULL CHECK (length(path) BETWEEN 1 AND 4096),
        size_bytes INTEGER NOT NULL CHECK (size_bytes > 0),
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        created_at TEXT NOT NULL,
        made_by TEXT REFERENCES users (id),
        made_by_name TEXT NOT NULL
      ) STRICT;
      CREATE INDEX backups_by_time ON backups (created_at);
    `);
  },
};
