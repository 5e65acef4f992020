import type { Database } from "better-sqlite3-multiple-ciphers";

const APPEND_ONLY = "RAISE(ABORT, 'The audit log is append-only.')";

/**
 * Sealed audit segments: the oldest entries, a few thousand to a row, stored compressed (see
 * auditSealing.ts). Each row keeps the entries' fields as deflated JSON lines and their SHA-256 digests
 * side by side, so the chain is checked as before and a changed entry is still named exactly.
 * first_at and last_at are the earliest and latest times in the segment, so that a date filter opens
 * only the segments it can match.
 *
 * The live table's no-delete trigger is replaced by one that lets an entry leave audit_log only when
 * a sealed segment already covers its number. That is the one way sealing moves entries, and every
 * other delete is refused exactly as before: a sealed segment cannot be changed or removed (its own
 * triggers), and a new one must start right after the last, so covering entries cannot be invented
 * around the chain in the app's own code. Someone with a SQLite shell can drop any trigger; the hash
 * chain, checked over both tables, is what catches that. The trigger does not compare the row with the
 * segment's stored digest: reading a 128 KB BLOB once per deleted row would make every sealing slow,
 * and the sealing code checks the whole run before it moves it.
 */
export const auditSealMigration: { name: string; up(db: Database): void } = {
  name: "sealed, compressed segments of the oldest audit entries",
  up(db) {
    db.exec(`
      CREATE TABLE audit_sealed (
        first_seq INTEGER PRIMARY KEY CHECK (first_seq >= 1),
        last_seq INTEGER NOT NULL,
        first_at TEXT NOT NULL,
        last_at TEXT NOT NULL,
        entry_count INTEGER NOT NULL,
        body BLOB NOT NULL,
        hashes BLOB NOT NULL,
        CHECK (last_seq >= first_seq AND entry_count = last_seq - first_seq + 1),
        CHECK (length(hashes) = 32 * entry_count),
        CHECK (first_at <= last_at)
      ) STRICT;
      CREATE TRIGGER audit_sealed_no_update BEFORE UPDATE ON audit_sealed
        BEGIN SELECT ${APPEND_ONLY}; END;
      CREATE TRIGGER audit_sealed_no_delete BEFORE DELETE ON audit_sealed
        BEGIN SELECT ${APPEND_ONLY}; END;
      CREATE TRIGGER audit_sealed_in_order BEFORE INSERT ON audit_sealed
        WHEN NEW.first_seq IS NOT coalesce((SELECT last_seq FROM audit_sealed ORDER BY first_seq DESC LIMIT 1), 0) + 1
        BEGIN SELECT RAISE(ABORT, 'Sealed audit entries must follow the entries sealed before them.'); END;
      DROP TRIGGER audit_log_no_delete;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        WHEN NOT EXISTS (
          SELECT 1 FROM audit_sealed
          WHERE first_seq = (SELECT max(first_seq) FROM audit_sealed WHERE first_seq <= OLD.seq) AND last_seq >= OLD.seq
        )
        BEGIN SELECT ${APPEND_ONLY}; END;
    `);
  },
};
