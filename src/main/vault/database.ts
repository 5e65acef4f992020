import Database, { type Database as SqliteDatabase } from "better-sqlite3-multiple-ciphers";
import { chmodSync, existsSync, statSync } from "node:fs";
import { migrate, type Migration, MIGRATIONS } from "./migrations";
import { VaultDamagedError, VAULT_PROBLEM_MESSAGES } from "./vaultErrors";

export interface OpenDatabaseOptions {
  /** null opens a plain SQLite file: only benchmarks use it, to measure what encryption costs. */
  masterKey: Buffer | null;
  create: boolean;
  nativeBinding?: string;
  migrations?: readonly Migration[];
}

/** 64 MB of page cache: with it, encrypted full scans cost about 1.04x plain (ENVIRONMENT.md). */
const PAGE_CACHE_KIB = 65_536;

/**
 * Opens the practice database in a fixed order: key, a first read that proves the key, the
 * durability settings, migrations, then a test query.
 */
export function openDatabase(path: string, options: OpenDatabaseOptions): SqliteDatabase {
  if (!options.create) assertPlausibleDatabaseFile(path);
  const db = new Database(path, {
    fileMustExist: !options.create,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    if (options.masterKey) applyKey(db, options.masterKey);
    proveReadable(db);
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = FULL");
    db.pragma("foreign_keys = ON");
    db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
    // Temporary tables and sort spills stay in memory: SQLite's temp files would not be encrypted.
    db.pragma("temp_store = MEMORY");
    migrate(db, options.migrations ?? MIGRATIONS);
    db.prepare("SELECT count(*) FROM sqlite_master").get();
    if (options.create) restrictToOwner(path);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function closeDatabase(db: SqliteDatabase): void {
  if (!db.open) return;
  try {
    db.pragma("optimize");
  } catch {
    // Only a tune-up of the query planner's statistics: a full disk must not stop the vault closing.
  } finally {
    db.close();
  }
}

/** Also used to open a backup's snapshot, which is encrypted with the same key and settings. */
export function applyKey(db: SqliteDatabase, masterKey: Buffer): void {
  if (masterKey.length !== 32) throw new Error("The master key must be 32 bytes.");
  const hex = masterKey.toString("hex");
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error("The master key is not well-formed hex.");
  db.pragma("cipher = 'sqlcipher'");
  // A raw key (x'...') skips SQLCipher's own KDF: the master key is already 256 random bits.
  db.pragma(`key = "x'${hex}'"`);
}

function proveReadable(db: SqliteDatabase): void {
  try {
    db.prepare("SELECT count(*) FROM sqlite_master").get();
  } catch (error) {
    if (isNotADatabase(error)) throw new VaultDamagedError("database-unreadable", VAULT_PROBLEM_MESSAGES["database-unreadable"]);
    throw error;
  }
}

function isNotADatabase(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === "SQLITE_NOTADB" || code === "SQLITE_CORRUPT";
}

/** SQLCipher pages are 4096 bytes; anything shorter than one page was cut short or is not ours. */
function assertPlausibleDatabaseFile(path: string): void {
  if (!existsSync(path)) return;
  if (statSync(path).size < 4096) throw new VaultDamagedError("database-unreadable", VAULT_PROBLEM_MESSAGES["database-unreadable"]);
}

function restrictToOwner(path: string): void {
  if (process.platform === "win32") return; // The user profile folder's ACL already restricts it.
  chmodSync(path, 0o600);
}
