import { z } from "zod";
import {
  backupSettingsSchema,
  choosePathSchema,
  createBackupSchema,
  exportArchiveSchema,
  importArchiveSchema,
  inspectBackupSchema,
  listBackupsSchema,
  restoreBackupSchema,
  type ArchiveOutcome,
  type BackupContents,
  type BackupListing,
  type BackupRecord,
  type BackupStatus,
  type ImportOutcome,
  type RestoreOutcome,
} from "../model/backup";
import { channel } from "./channel";

/**
 * Backups, restores and the portable archive (45 CFR 164.308(a)(7)(ii)(A), (B); 164.310(d)(2)(iv)).
 * Listing, opening and restoring a backup, and importing an archive, are "public": they are the way
 * back when the vault is damaged, locked with every password forgotten, or not set up on a new
 * computer yet. What authorizes them is the backup's own credentials (an Administrator's password of
 * the time, or the recovery key), checked in the main process.
 */
export const backupChannels = {
  "backup.status": channel<BackupStatus>()(z.object({}).strict(), "read"),
  "backup.create": channel<BackupRecord>()(createBackupSchema, "admin"),
  "backup.updateSettings": channel<BackupStatus>()(backupSettingsSchema, "admin"),
  /** The backups in a folder (by default the automatic folder beside the vault), newest first. */
  "backup.list": channel<BackupListing>()(listBackupsSchema, "public"),
  "backup.inspect": channel<BackupContents>()(inspectBackupSchema, "public"),
  "backup.restore": channel<RestoreOutcome>()(restoreBackupSchema, "public"),
  /** The native file or folder picker; null when the user cancelled. */
  "backup.choosePath": channel<{ path: string | null }>()(choosePathSchema, "public"),
  "archive.export": channel<ArchiveOutcome>()(exportArchiveSchema, "admin"),
  "archive.import": channel<ImportOutcome>()(importArchiveSchema, "public"),
} as const;
