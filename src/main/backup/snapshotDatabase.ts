import Database, { type Database as SqliteDatabase } from "better-sqlite3-multiple-ciphers";
import { AppFailure } from "../core/appFailure";
import { applyKey } from "../vault/database";

export const DAMAGED_BACKUP_MESSAGE =
  "This backup is damaged: it opened, but its records did not pass the integrity check. Choose an older backup, and keep this file for your IT provider.";

/**
 * Opens a snapshot (a backup's database, written by VACUUM INTO) read-only with the vault's key.
 * Read-only, so that checking a backup never changes it: no WAL, no migrations.
 */
export function openSnapshot(path: string, masterKey: Buffer, nativeBinding?: string): SqliteDatabase {
  const db = new Database(path, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    applyKey(db, masterKey);
    db.pragma("temp_store = MEMORY");
    db.prepare("SELECT count(*) FROM sqlite_master").get();
    return db;
  } catch (error) {
    db.close();
    if (isUnreadable(error)) throw new AppFailure("VAULT_DAMAGED", DAMAGED_BACKUP_MESSAGE);
    throw error;
  }
}

/**
 * The check every backup passes after it is written and before it is restored: SQLite's integrity
 * check, which reads every page (and so, with SQLCipher, verifies every page's HMAC), and the vault id
 * that ties it to its key slots. (SQLCipher's `cipher_integrity_check` is not a pragma of SQLite3
 * Multiple Ciphers: it answers nothing either way, so it proves nothing and is not used.)
 */
export function checkSnapshot(db: SqliteDatabase, vaultId: string): void {
  let problems: string[];
  try {
    problems = (db.pragma("integrity_check") as { integrity_check: string }[]).map((row) => row.integrity_check).filter((line) => line !== "ok");
  } catch (error) {
    if (isUnreadable(error)) throw new AppFailure("VAULT_DAMAGED", DAMAGED_BACKUP_MESSAGE);
    throw error;
  }
  if (problems.length > 0) throw new AppFailure("VAULT_DAMAGED", DAMAGED_BACKUP_MESSAGE);
  const stored = db.prepare("SELECT value FROM meta WHERE key = 'vault_id'").pluck().get();
  if (stored !== vaultId) throw new AppFailure("VAULT_DAMAGED", DAMAGED_BACKUP_MESSAGE);
}

export function isUnreadable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "SQLITE_NOTADB" || code === "SQLITE_CORRUPT";
}
