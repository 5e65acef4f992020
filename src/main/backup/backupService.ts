import { randomUUID } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import type { BackupFileInfo, BackupKind, BackupListing, BackupRecord, BackupStatus } from "../../shared/model/backup";
import { BACKUP_FILE_EXTENSION } from "../../shared/model/backup";
import { automaticBackupsToDelete, backupFileName, backupWarning } from "../../shared/rules/backupSchedule";
import type { SignedIn } from "../core/vaultSession";
import { AppFailure } from "../core/appFailure";
import { syncFolder } from "../vault/atomicFile";
import { readKeySlotFile } from "../vault/keySlots";
import { schemaVersion } from "../vault/migrations";
import type { OpenVault } from "../vault/vault";
import { appendLabel, hashFile, readLabel } from "./backupFile";
import { runBackupWorker } from "./runBackupWorker";
import { lastBackup, readBackupSettings, recordBackup, rememberedFolder, rememberFolder } from "./backupRecords";
import { checkSnapshot, openSnapshot } from "./snapshotDatabase";
import { isDiskFull } from "../core/diskFull";
import { automaticBackupFolder, requireWritableFolder } from "./userPaths";

/**
 * Making a backup (45 CFR 164.308(a)(7)(ii)(A)): a consistent snapshot of the live database taken
 * with VACUUM INTO, never a copy of the file under a running WAL. VACUUM INTO writes the copy with
 * the same SQLCipher key (better-sqlite3's backup() refuses an encrypted source: "incompatible source
 * and target databases"). The snapshot is opened with the key and integrity-checked, labelled with
 * the key slots that open it, flushed, renamed into place, and read back against its hash; only then
 * is it recorded as made.
 */

export interface WrittenBackup {
  id: string;
  kind: BackupKind;
  path: string;
  sizeBytes: number;
  sha256: string;
  createdAt: string;
}

const VERIFY_FAILED_MESSAGE =
  "The backup was written but did not read back the same, so it was removed. The drive may be failing or was disconnected. Try again, or choose another drive.";

function readSalt(path: string): string {
  const fd = openSync(path, "r");
  try {
    const salt = Buffer.alloc(16);
    readSync(fd, salt, 0, 16, 0);
    return salt.toString("hex");
  } finally {
    closeSync(fd);
  }
}

function uniquePath(folder: string, fileName: string): string {
  const base = fileName.slice(0, -BACKUP_FILE_EXTENSION.length);
  for (let attempt = 0; ; attempt++) {
    const candidate = join(folder, attempt === 0 ? fileName : `${base}-${attempt + 1}${BACKUP_FILE_EXTENSION}`);
    if (!existsSync(candidate) && !existsSync(`${candidate}.partial`)) return candidate;
  }
}

function storageFailure(folder: string): AppFailure {
  return new AppFailure(
    "STORAGE",
    `The drive that holds ${folder} is full, so the backup was not made. Nothing in the vault was changed. Free some space there, or choose another folder, and back up again.`,
  );
}

/** What a snapshot is taken from: an open connection to the vault's database and what labels it. */
export type BackupSource = Pick<OpenVault, "db" | "masterKey" | "vaultId"> & { paths: Pick<OpenVault["paths"], "keySlots"> };

/** Writes and verifies one backup file in `folder`. Throws (leaving no file behind) if anything fails. */
export function writeBackup(vault: BackupSource, folder: string, kind: BackupKind, now: Date, madeBy: string, nativeBinding?: string): WrittenBackup {
  const id = randomUUID();
  const path = uniquePath(folder, backupFileName(now, kind));
  const partial = `${path}.partial`;
  let renamed = false;
  try {
    vault.db.prepare("VACUUM INTO ?").run(partial);
    const snapshot = openSnapshot(partial, vault.masterKey, nativeBinding);
    try {
      checkSnapshot(snapshot, vault.vaultId);
    } finally {
      snapshot.close();
    }
    const sizeBytes = statSync(partial).size;
    const sha256 = hashFile(partial);
    const keySlots = { ...readKeySlotFile(vault.paths.keySlots), databaseSalt: readSalt(partial) };
    appendLabel(partial, {
      format: "safeguard-desk-backup",
      version: 1,
      backupId: id,
      kind,
      createdAt: now.toISOString(),
      madeBy,
      vaultId: vault.vaultId,
      schemaVersion: schemaVersion(vault.db),
      database: { sizeBytes, sha256 },
      keySlots,
    });
    renameSync(partial, path);
    renamed = true;
    syncFolder(folder);
    const label = readLabel(path);
    if (label.backupId !== id || hashFile(path, label.database.sizeBytes) !== sha256) throw new AppFailure("STORAGE", VERIFY_FAILED_MESSAGE);
    return { id, kind, path, sizeBytes: statSync(path).size, sha256, createdAt: now.toISOString() };
  } catch (error) {
    rmSync(partial, { force: true });
    rmSync(`${partial}-journal`, { force: true });
    if (renamed) rmSync(path, { force: true });
    if (isDiskFull(error)) throw storageFailure(folder);
    throw error;
  }
}

/**
 * "Back up now": to the folder the user chose (remembered for next time), or where they backed up
 * last. The snapshot is written and checked in a worker thread, so the window stays responsive.
 */
export async function backUpNow(signedIn: SignedIn, folder: string | undefined, now: Date, nativeBinding?: string): Promise<BackupRecord> {
  const { vault, actor } = signedIn;
  const target = requireWritableFolder(folder ?? rememberedFolder(vault.db) ?? ensureAutomaticFolder(vault.paths.folder));
  const written = await runBackupWorker(vault, target, "manual", now, actor.name, nativeBinding);
  const record = recordBackup(vault.db, actor, written);
  rememberFolder(vault.db, target);
  return record;
}

export function ensureAutomaticFolder(vaultFolder: string): string {
  const folder = automaticBackupFolder(vaultFolder);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  return folder;
}

/**
 * An automatic backup beside the vault, then the old ones beyond the practice's chosen number of
 * days go. The daily one runs in a worker thread while the app is in use.
 */
export async function automaticBackup(signedIn: SignedIn, now: Date, nativeBinding?: string): Promise<BackupRecord> {
  const folder = ensureAutomaticFolder(signedIn.vault.paths.folder);
  const written = await runBackupWorker(signedIn.vault, folder, "automatic", now, signedIn.actor.name, nativeBinding);
  return keepAutomatic(signedIn, folder, written, now);
}

/** The backup as the app closes: on this thread, since the vault is closed straight after it. */
export function automaticBackupOnExit(signedIn: SignedIn, now: Date, nativeBinding?: string): BackupRecord {
  const folder = ensureAutomaticFolder(signedIn.vault.paths.folder);
  const written = writeBackup(signedIn.vault, folder, "automatic", now, signedIn.actor.name, nativeBinding);
  return keepAutomatic(signedIn, folder, written, now);
}

function keepAutomatic(signedIn: SignedIn, folder: string, written: WrittenBackup, now: Date): BackupRecord {
  const record = recordBackup(signedIn.vault.db, signedIn.actor, written);
  pruneAutomaticBackups(folder, readBackupSettings(signedIn.vault.db).keepAutomatic, now);
  return record;
}

/** Half-written files older than this come from a process that was stopped mid-backup. */
const STALE_PARTIAL_MS = 60 * 60 * 1000;

export function pruneAutomaticBackups(folder: string, keepDays: number, now: Date): string[] {
  const automatic = listBackups(folder).backups.filter((backup) => backup.kind === "automatic");
  const removed: string[] = [];
  for (const backup of automaticBackupsToDelete(automatic, keepDays)) {
    rmSync(backup.path, { force: true });
    removed.push(backup.path);
  }
  for (const name of readdirSync(folder)) {
    // A snapshot cut off mid-write, and the rollback journal SQLite keeps beside it while writing.
    if (!name.endsWith(`${BACKUP_FILE_EXTENSION}.partial`) && !name.endsWith(`${BACKUP_FILE_EXTENSION}.partial-journal`)) continue;
    const path = join(folder, name);
    if (now.getTime() - statSync(path).mtimeMs > STALE_PARTIAL_MS) rmSync(path, { force: true });
  }
  return removed;
}

/** The backups in a folder, newest first, read from their labels; files that are not backups are skipped. */
export function listBackups(folder: string): BackupListing {
  if (!existsSync(folder)) return { folder, backups: [] };
  const backups: BackupFileInfo[] = [];
  for (const fileName of readdirSync(folder)) {
    if (!fileName.endsWith(BACKUP_FILE_EXTENSION)) continue;
    const path = join(folder, fileName);
    try {
      const label = readLabel(path);
      backups.push({ path, fileName, backupId: label.backupId, kind: label.kind, createdAt: label.createdAt, sizeBytes: statSync(path).size });
    } catch {
      // Not a backup, or cut short: never offered for a restore.
    }
  }
  backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return { folder, backups };
}

export function backupStatus(signedIn: SignedIn, now: Date, automaticProblem: BackupStatus["automaticProblem"]): BackupStatus {
  const { vault } = signedIn;
  const last = lastBackup(vault.db);
  const automaticFolder = automaticBackupFolder(vault.paths.folder);
  return {
    lastBackup: last,
    warning: backupWarning(last?.createdAt ?? null, now),
    automaticFolder,
    keepAutomatic: readBackupSettings(vault.db).keepAutomatic,
    suggestedFolder: rememberedFolder(vault.db) ?? automaticFolder,
    automaticProblem,
  };
}
