import type { Database } from "better-sqlite3-multiple-ciphers";
import { randomBytes, randomUUID } from "node:crypto";
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { encodeRecoveryKey, normalizeRecoveryKey, RECOVERY_KEY_BYTES } from "../../shared/model/recoveryKey";
import { closeDatabase, openDatabase } from "./database";
import { DEFAULT_KDF, type KdfParams } from "./kdf";
import { newKeySlotFile, readKeySlotFile, unwrapMasterKey, wrapMasterKey, writeKeySlotFile, type KeySlot, type KeySlotFile } from "./keySlots";
import { VaultDamagedError, VAULT_PROBLEM_MESSAGES, WrongCredentialsError } from "./vaultErrors";
import { vaultPaths, type VaultPaths } from "./vaultPaths";

export interface VaultOptions {
  kdf?: KdfParams;
  nativeBinding?: string;
}

/** An open vault: the database and what is needed to maintain its key slots. Held only while unlocked. */
export interface OpenVault {
  db: Database;
  paths: VaultPaths;
  vaultId: string;
  masterKey: Buffer;
  kdf: KdfParams;
}

export type FolderState = { state: "no-vault" } | { state: "present"; slots: KeySlotFile };

/** Looks at a vault folder without a key: whether it is empty, complete, or missing half of itself. */
export function inspectVaultFolder(folder: string): FolderState {
  const paths = vaultPaths(folder);
  const hasDatabase = existsSync(paths.database);
  const hasSlots = existsSync(paths.keySlots);
  if (!hasDatabase && !hasSlots) return { state: "no-vault" };
  if (!hasSlots) throw new VaultDamagedError("missing-key-slots", VAULT_PROBLEM_MESSAGES["missing-key-slots"]);
  if (!hasDatabase) throw new VaultDamagedError("missing-database", VAULT_PROBLEM_MESSAGES["missing-database"]);
  return { state: "present", slots: readKeySlotFile(paths.keySlots) };
}

function readDatabaseSalt(databasePath: string): string {
  const fd = openSync(databasePath, "r");
  try {
    const salt = Buffer.alloc(16);
    readSync(fd, salt, 0, 16, 0);
    return salt.toString("hex");
  } finally {
    closeSync(fd);
  }
}

export function generateRecoveryKey(): string {
  return encodeRecoveryKey(randomBytes(RECOVERY_KEY_BYTES));
}

/**
 * Creates a new vault: a random master key, the encrypted database, and two key slots (the first
 * Administrator's and the recovery key's). Refuses a folder that already holds any vault file.
 */
export async function createVault(
  folder: string,
  admin: { userId: string; username: string; password: string },
  initialize: (db: Database) => void,
  options: VaultOptions = {},
): Promise<{ vault: OpenVault; recoveryKey: string }> {
  const paths = vaultPaths(folder);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  if (existsSync(paths.database) || existsSync(paths.keySlots)) {
    throw new Error("This folder already holds a vault; it will not be overwritten.");
  }
  const kdf = options.kdf ?? DEFAULT_KDF;
  const vaultId = randomUUID();
  const masterKey = randomBytes(32);
  const recoveryKey = generateRecoveryKey();
  const slots = [
    await wrapMasterKey(vaultId, masterKey, admin.password, { kind: "user", userId: admin.userId, username: admin.username }, kdf),
    await wrapMasterKey(vaultId, masterKey, normalizeRecoveryKey(recoveryKey), { kind: "recovery", userId: null, username: null }, kdf),
  ];
  const db = openDatabase(paths.database, { masterKey, create: true, nativeBinding: options.nativeBinding });
  const slotFile = { ...newKeySlotFile(vaultId, readDatabaseSalt(paths.database)), slots };
  let slotsWritten = false;
  try {
    db.transaction(() => {
      db.prepare("INSERT INTO meta (key, value) VALUES ('vault_id', ?), ('created_at', ?)").run(vaultId, new Date().toISOString());
      initialize(db);
      writeKeySlotFile(paths.keySlots, slotFile, { mustNotExist: true });
      slotsWritten = true;
    })();
  } catch (error) {
    // The database was created a moment ago and holds nothing yet: removing it leaves the folder as it was.
    closeDatabase(db);
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${paths.database}${suffix}`, { force: true });
    if (slotsWritten) rmSync(paths.keySlots, { force: true });
    throw error;
  }
  if (process.platform !== "win32") chmodSync(folder, 0o700);
  return { vault: { db, paths, vaultId, masterKey, kdf }, recoveryKey };
}

export function findUserSlot(slots: KeySlotFile, username: string): KeySlot | undefined {
  const wanted = username.toLowerCase();
  return slots.slots.find((slot) => slot.kind === "user" && slot.username === wanted);
}

export function findRecoverySlot(slots: KeySlotFile): KeySlot | undefined {
  return slots.slots.find((slot) => slot.kind === "recovery");
}

/** Unwraps the master key with one slot's secret and opens the database, checking the two files belong together. */
export async function openVault(folder: string, slot: KeySlot | undefined, secret: string, options: VaultOptions = {}): Promise<OpenVault> {
  const paths = vaultPaths(folder);
  const folderState = inspectVaultFolder(folder);
  if (folderState.state === "no-vault") throw new Error("There is no vault in this folder.");
  const { slots } = folderState;
  // Without a slot we still spend the KDF's time, so a missing username cannot be told from a wrong password.
  if (!slot) {
    await wrapMasterKey(slots.vaultId, randomBytes(32), secret, { kind: "user", userId: null, username: null }, options.kdf ?? DEFAULT_KDF);
    throw new WrongCredentialsError();
  }
  const masterKey = await unwrapMasterKey(slots.vaultId, slot, secret);
  if (statSync(paths.database).size >= 16 && readDatabaseSalt(paths.database) !== slots.databaseSalt) {
    masterKey.fill(0);
    throw new VaultDamagedError("mismatched", VAULT_PROBLEM_MESSAGES.mismatched);
  }
  const db = openDatabase(paths.database, { masterKey, create: false, nativeBinding: options.nativeBinding });
  const stored = db.prepare("SELECT value FROM meta WHERE key = 'vault_id'").pluck().get();
  if (stored !== slots.vaultId) {
    closeDatabase(db);
    throw new VaultDamagedError("mismatched", VAULT_PROBLEM_MESSAGES.mismatched);
  }
  return { db, paths, vaultId: slots.vaultId, masterKey, kdf: options.kdf ?? DEFAULT_KDF };
}

export function closeVault(vault: OpenVault): void {
  closeDatabase(vault.db);
  vault.masterKey.fill(0);
}

/**
 * Wraps the master key for one user or for the recovery key. The KDF is slow, so this is done before
 * the database transaction that records the change; `storeSlot` then writes it inside that transaction.
 */
export function prepareSlot(
  vault: OpenVault,
  identity: { kind: KeySlot["kind"]; userId: string | null; username: string | null },
  secret: string,
): Promise<KeySlot> {
  return wrapMasterKey(vault.vaultId, vault.masterKey, secret, identity, vault.kdf);
}

/** Replaces (or adds) one owner's slot; every other slot is kept as it is. */
export function storeSlot(vault: OpenVault, slot: KeySlot): void {
  const file = readKeySlotFile(vault.paths.keySlots);
  const others = file.slots.filter((existing) => !sameOwner(existing, slot));
  writeKeySlotFile(vault.paths.keySlots, { ...file, slots: [...others, slot] });
}

export function removeUserSlot(vault: OpenVault, userId: string): void {
  const file = readKeySlotFile(vault.paths.keySlots);
  writeKeySlotFile(vault.paths.keySlots, { ...file, slots: file.slots.filter((slot) => slot.userId !== userId) });
}

function sameOwner(slot: KeySlot, other: KeySlot): boolean {
  return other.kind === "recovery" ? slot.kind === "recovery" : slot.kind === "user" && slot.userId === other.userId;
}

/**
 * The files that make up the vault itself. The record of failed sign-ins (login-attempts.json) is not
 * one of them: it describes this workstation, so it stays when a vault is set aside or restored, and
 * the failures waiting in it still reach the audit log of whichever vault is unlocked next.
 */
export function isVaultFile(name: string): boolean {
  return /^(practice\.sqlite(-wal|-shm)?|keyslots\.json)$/.test(name);
}

/**
 * The way out of a damaged vault: its files are moved, never deleted, into a dated folder beside
 * it, so a new vault can be set up and the old files can still go to an IT provider.
 */
export function setAsideVaultFiles(folder: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, "-");
  const target = join(folder, `set-aside-${stamp}`);
  mkdirSync(target, { mode: 0o700 });
  for (const name of readdirSync(folder)) {
    if (isVaultFile(name)) renameSync(join(folder, name), join(target, name));
  }
  return target;
}
