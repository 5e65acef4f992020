import type { backupChannels } from "../../shared/ipc/backupChannels";
import { exportArchive, importArchive } from "../backup/archiveService";
import { automaticBackupProblem } from "../backup/automaticBackups";
import { updateBackupSettings } from "../backup/backupRecords";
import { backupStatus, backUpNow, listBackups } from "../backup/backupService";
import { choosePath } from "../backup/pathChooser";
import { inspectBackup, restoreBackup } from "../backup/restoreService";
import { automaticBackupFolder, requireFolder } from "../backup/userPaths";
import { AppFailure } from "../core/appFailure";
import type { VaultSession } from "../core/vaultSession";
import type { Handler } from "./handlers";

type BackupChannelName = keyof typeof backupChannels;

/** Restoring or importing replaces a vault's files: only ever the practice's own, never the sample's. */
function requirePracticeVault(session: VaultSession): VaultSession {
  if (session.folder !== session.homeFolder) {
    throw new AppFailure("CONFLICT", "The sample practice is open. Leave it first, then restore or import into the practice's own vault.");
  }
  return session;
}

/** The handlers of backupChannels, spread into `handlers`. */
export const backupHandlers: { [C in BackupChannelName]: Handler<C> } = {
  "backup.status": (_, session) => backupStatus(session.requireSignedIn(), session.now(), automaticBackupProblem(session)),
  "backup.create": (payload, session) => backUpNow(session.requireSignedIn(), payload.folder, session.now(), session.vaultOptions.nativeBinding),
  "backup.updateSettings": (payload, session) => {
    const signedIn = session.requireSignedIn();
    updateBackupSettings(signedIn.vault.db, signedIn.actor, payload);
    return backupStatus(signedIn, session.now(), automaticBackupProblem(session));
  },
  "backup.list": (payload, session) => listBackups(payload.folder ? requireFolder(payload.folder) : automaticBackupFolder(session.folder)),
  "backup.inspect": (payload, session) => inspectBackup(payload.file, payload.credential, session),
  "backup.restore": (payload, session) => restoreBackup(requirePracticeVault(session), payload, session.now()),
  "backup.choosePath": (payload) => choosePath(payload.purpose),
  "archive.export": async (payload, session) => {
    const signedIn = session.requireSignedIn();
    // An archive carries every record out of the vault: the Administrator's password is asked again.
    await session.confirmPassword(payload.password, "password");
    return exportArchive(signedIn, payload, session.vaultOptions.kdf);
  },
  "archive.import": (payload, session) => importArchive(requirePracticeVault(session), payload),
};
