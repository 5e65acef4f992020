import { randomBytes, randomUUID } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Database } from "better-sqlite3-multiple-ciphers";
import type { BackupContents, BackupCredential, RestoreOutcome } from "../../shared/model/backup";
import { isWellFormedRecoveryKey, normalizeRecoveryKey } from "../../shared/model/recoveryKey";
import { appendAudit, type Actor } from "../audit/auditLog";
import { AppFailure } from "../core/appFailure";
import type { VaultSession } from "../core/vaultSession";
import { readPractice } from "../services/practiceService";
import { closeDatabase, openDatabase } from "../vault/database";
import { DEFAULT_KDF, type KdfParams } from "../vault/kdf";
import { unwrapMasterKey, wrapMasterKey, writeKeySlotFile, type KeySlotFile } from "../vault/keySlots";
import { LATEST_SCHEMA_VERSION, schemaVersion } from "../vault/migrations";
import { closeVault, findRecoverySlot, findUserSlot, inspectVaultFolder, isVaultFile, openVault, setAsideVaultFiles, type OpenVault } from "../vault/vault";
import { VAULT_PROBLEM_MESSAGES, VaultDamagedError, WrongCredentialsError } from "../vault/vaultErrors";
import { vaultPaths } from "../vault/vaultPaths";
import { extractDatabase, readLabel, type BackupLabel } from "./backupFile";
import { checkSnapshot, DAMAGED_BACKUP_MESSAGE, openSnapshot } from "./snapshotDatabase";
import { requireExistingFile } from "./userPaths";
import { countTables, totalRecords } from "./vaultTables";

/**
 * Restoring a backup (the disaster recovery plan, 45 CFR 164.308(a)(7)(ii)(B)). A backup opens only
 * with its own key slots: a password or the recovery key that was in use when it was made. Only an
 * Administrator's password (or the recovery key) may restore, because a restore replaces everything.
 * The vault in place is moved aside, never deleted, and is moved back if the restore fails.
 */

export const WRONG_BACKUP_CREDENTIALS =
  "That does not open this backup. A backup opens with the passwords and the recovery key that were in use on the day it was made.";

export interface UnlockedKeys {
  masterKey: Buffer;
  /** The account the password belongs to, or null for the recovery key. */
  username: string | null;
}

/** Unwraps a master key from key slots carried in a backup or an archive. */
export async function unlockSlots(
  slots: KeySlotFile,
  credential: BackupCredential,
  kdf: KdfParams = DEFAULT_KDF,
  wrongMessage = WRONG_BACKUP_CREDENTIALS,
): Promise<UnlockedKeys> {
  if (credential.kind === "recovery-key" && !isWellFormedRecoveryKey(credential.recoveryKey)) {
    throw new AppFailure("VALIDATION", "That is not a recovery key: it has 52 letters and digits, in groups of four.", {
      "credential.recoveryKey": "Check the key against the printed copy.",
    });
  }
  const slot = credential.kind === "password" ? findUserSlot(slots, credential.username) : findRecoverySlot(slots);
  const secret = credential.kind === "password" ? credential.password : normalizeRecoveryKey(credential.recoveryKey);
  try {
    if (!slot) {
      // Spend the KDF's time anyway, so that a missing account cannot be told from a wrong password.
      await wrapMasterKey(slots.vaultId, randomBytes(32), secret, { kind: "user", userId: null, username: null }, kdf);
      throw new WrongCredentialsError();
    }
    const masterKey = await unwrapMasterKey(slots.vaultId, slot, secret);
    return { masterKey, username: credential.kind === "password" ? credential.username.toLowerCase() : null };
  } catch (error) {
    if (error instanceof WrongCredentialsError) throw new AppFailure("WRONG_CREDENTIALS", wrongMessage);
    throw error;
  }
}

interface UserRow {
  id: string;
  username: string;
  role: string;
  removed_at: string | null;
}

/** Who is restoring, as recorded in the restored vault's audit log; refuses anyone but an Administrator of the time. */
export function restoringActor(db: Database, username: string | null): Actor {
  if (username === null) return { id: null, name: "recovery key" };
  const user = db.prepare("SELECT id, username, role, removed_at FROM users WHERE username = ? COLLATE NOCASE").get(username) as UserRow | undefined;
  if (!user || user.removed_at !== null || user.role !== "administrator") {
    throw new AppFailure(
      "FORBIDDEN",
      "Only an Administrator's password, or the recovery key, can restore a backup or import an archive. Ask an Administrator, or use the recovery key.",
    );
  }
  return { id: user.id, name: user.username };
}

export function assertSchemaKnown(version: number): void {
  if (version > LATEST_SCHEMA_VERSION) throw new AppFailure("VAULT_TOO_NEW", VAULT_PROBLEM_MESSAGES["too-new"]);
}

interface Opened {
  label: BackupLabel;
  keys: UnlockedKeys;
}

async function openBackupFile(path: string, credential: BackupCredential, kdf: KdfParams | undefined): Promise<Opened> {
  const label = readLabel(path);
  assertSchemaKnown(label.schemaVersion);
  return { label, keys: await unlockSlots(label.keySlots, credential, kdf) };
}

/** Extracts the snapshot to `target`, checks it, and describes it; the caller removes `target` if it wants. */
function checkExtracted(path: string, opened: Opened, target: string, nativeBinding: string | undefined): Omit<BackupContents, "path"> & { actor: Actor } {
  const sha256 = extractDatabase(path, opened.label, target);
  if (sha256 !== opened.label.database.sha256) throw new AppFailure("VAULT_DAMAGED", DAMAGED_BACKUP_MESSAGE);
  const db = openSnapshot(target, opened.keys.masterKey, nativeBinding);
  try {
    checkSnapshot(db, opened.label.vaultId);
    assertSchemaKnown(schemaVersion(db));
    const actor = restoringActor(db, opened.keys.username);
    const tables = countTables(db);
    return {
      backupId: opened.label.backupId,
      kind: opened.label.kind,
      createdAt: opened.label.createdAt,
      practiceName: readPractice(db).name,
      tables,
      totalRecords: totalRecords(tables),
      openedAs: opened.keys.username,
      actor,
    };
  } finally {
    db.close();
  }
}

/** Opens a backup with the given credential and says what it holds, changing nothing. */
export async function inspectBackup(file: string, credential: BackupCredential, session: VaultSession): Promise<BackupContents> {
  const path = requireExistingFile(file);
  const opened = await openBackupFile(path, credential, session.vaultOptions.kdf);
  const work = mkdtempSync(join(tmpdir(), "safeguard-restore-check-"));
  try {
    const { actor: _actor, ...contents } = checkExtracted(path, opened, join(work, "practice.sqlite"), session.vaultOptions.nativeBinding);
    return { path, ...contents };
  } finally {
    opened.keys.masterKey.fill(0);
    rmSync(work, { recursive: true, force: true });
  }
}

async function assertOpensCurrentVault(session: VaultSession, credential: BackupCredential): Promise<void> {
  const state = inspectVaultFolder(session.folder);
  if (state.state !== "present") return;
  const slot = credential.kind === "password" ? findUserSlot(state.slots, credential.username) : findRecoverySlot(state.slots);
  const secret = credential.kind === "password" ? credential.password : normalizeRecoveryKey(credential.recoveryKey);
  let vault: OpenVault;
  try {
    vault = await openVault(session.folder, slot, secret, session.vaultOptions);
  } catch (error) {
    // A vault found damaged only now may be replaced with the backup's credentials alone. (For a vault
    // from a newer version, reaching its database at all means the credential opened its key slot.)
    if (error instanceof VaultDamagedError) return;
    if (error instanceof WrongCredentialsError) throw new AppFailure("FORBIDDEN", NOT_CURRENT_ADMIN);
    throw error;
  }
  try {
    restoringActor(vault.db, credential.kind === "password" ? credential.username : null);
  } catch (error) {
    if (error instanceof AppFailure) throw new AppFailure("FORBIDDEN", NOT_CURRENT_ADMIN);
    throw error;
  } finally {
    closeVault(vault);
  }
}

const NOT_CURRENT_ADMIN =
  "To replace this vault with a backup, use an Administrator's password, or the recovery key, that opens the vault as it is now and the backup as well. Or sign in, and restore from Settings.";

function hasVaultFiles(folder: string): boolean {
  return existsSync(folder) && readdirSync(folder).some(isVaultFile);
}

/** Undoes a failed restore: the new files go, the old ones come back from where they were set aside. */
function putBack(folder: string, setAsideTo: string | null): void {
  for (const name of readdirSync(folder)) if (isVaultFile(name)) rmSync(join(folder, name), { force: true });
  if (setAsideTo === null) return;
  for (const name of readdirSync(setAsideTo)) renameSync(join(setAsideTo, name), join(folder, name));
  rmdirSync(setAsideTo);
}

export async function restoreBackup(
  session: VaultSession,
  request: { file: string; credential: BackupCredential; backupId: string },
  now: Date,
): Promise<RestoreOutcome> {
  const signedInRole = session.currentRole;
  if (signedInRole !== null && signedInRole !== "administrator") {
    throw new AppFailure("FORBIDDEN", "Only an Administrator can restore a backup. Ask an Administrator to do it.");
  }
  const path = requireExistingFile(request.file);
  // Over a vault that still opens, from the lock screen: the credential must open that vault too, as an
  // Administrator's, so that an old backup and a password of its day (perhaps of someone since
  // removed) are not enough to replace the practice's current records. A vault from a newer version
  // is whole too: its key slots are checked the same way, though its newer tables cannot be read for
  // the role.
  const status = session.status();
  if (status.state === "locked" || (status.state === "damaged" && status.problem === "too-new")) {
    await assertOpensCurrentVault(session, request.credential);
  }
  const opened = await openBackupFile(path, request.credential, session.vaultOptions.kdf);
  const { masterKey } = opened.keys;
  const folder = session.folder;
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const staging = join(folder, `restoring-${randomUUID()}.sqlite`);
  try {
    if (opened.label.backupId !== request.backupId) {
      throw new AppFailure("CONFLICT", "The file there is no longer the backup you looked at. Choose the backup and open it again.");
    }
    const checked = checkExtracted(path, opened, staging, session.vaultOptions.nativeBinding);
    session.releaseFiles();
    const setAsideTo = hasVaultFiles(folder) ? setAsideVaultFiles(folder, now) : null;
    const paths = vaultPaths(folder);
    try {
      renameSync(staging, paths.database);
      writeKeySlotFile(paths.keySlots, opened.label.keySlots);
      const db = openDatabase(paths.database, { masterKey, create: false, nativeBinding: session.vaultOptions.nativeBinding });
      try {
        // The backup it came from is a backup of this vault: Settings names it as the last one.
        db.prepare(
          `INSERT OR IGNORE INTO backups (id, kind, path, size_bytes, sha256, created_at, made_by, made_by_name)
           VALUES (?, ?, ?, ?, ?, ?, NULL, ?)`,
        ).run(opened.label.backupId, opened.label.kind, path, statSync(path).size, opened.label.database.sha256, opened.label.createdAt, opened.label.madeBy);
        appendAudit(db, checked.actor, {
          action: "vault.restored",
          summary: `Restored the backup made ${opened.label.createdAt} from ${path}${setAsideTo ? `; the vault as it was is kept in ${setAsideTo}` : ""}`,
          changes: { backupId: opened.label.backupId, backupCreatedAt: opened.label.createdAt, file: path, setAsideTo },
        });
      } finally {
        closeDatabase(db);
      }
    } catch (error) {
      putBack(folder, setAsideTo);
      throw error;
    }
    return { createdAt: opened.label.createdAt, practiceName: checked.practiceName, setAsideTo };
  } finally {
    masterKey.fill(0);
    rmSync(staging, { force: true });
  }
}
