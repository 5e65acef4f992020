import { z } from "zod";
import { newPasswordSchema, passwordSchema, usernameSchema } from "./account";

/**
 * Backups, restores and the portable archive: the contingency plan's data backup and disaster
 * recovery plans (45 CFR 164.308(a)(7)(ii)(A) and (B)) and a retrievable copy before equipment is
 * moved (164.310(d)(2)(iv)).
 */

export const BACKUP_FILE_EXTENSION = ".sgbackup";
export const ARCHIVE_FILE_EXTENSION = ".sgexport";

/** How many days of automatic backups are kept (the latest of each day), unless the practice chooses otherwise. */
export const DEFAULT_AUTOMATIC_BACKUPS_KEPT = 7;
export const MAX_AUTOMATIC_BACKUPS_KEPT = 60;

/**
 * A file or folder the user chose. The main process checks the rest (absolute, exists, writable); this
 * only keeps out what no real path contains.
 */
export const userPathSchema = z
  .string({ message: "Choose a folder or file." })
  .trim()
  .min(1, "Choose a folder or file.")
  .max(4096, "That path is too long.")
  .refine((path) => !path.includes("\0"), "That is not a valid path.");

export const backupSettingsSchema = z.object({
  keepAutomatic: z.coerce
    .number({ message: "Enter a number of days." })
    .int("Enter a whole number of days.")
    .min(1, "Keep at least 1 day of automatic backups.")
    .max(MAX_AUTOMATIC_BACKUPS_KEPT, `Keep at most ${MAX_AUTOMATIC_BACKUPS_KEPT} days of automatic backups; older ones use disk space without adding much.`),
});
export type BackupSettings = z.infer<typeof backupSettingsSchema>;

/** What opens a backup or an archive: a password of the time it was made, or the recovery key of that time. */
export const backupCredentialSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("password"), username: usernameSchema, password: passwordSchema }),
    z.object({ kind: z.literal("recovery-key"), recoveryKey: z.string().trim().min(1, "Enter the recovery key.").max(200, "That is not a recovery key.") }),
  ],
  { message: "Say whether you use a password or the recovery key." },
);
export type BackupCredential = z.infer<typeof backupCredentialSchema>;

/** The archive's own passphrase, chosen at export: as long as a password, and not the same as any. */
export const archivePassphraseSchema = newPasswordSchema;

export const PATH_PURPOSES = ["backup-folder", "backup-file", "archive-save", "archive-open"] as const;
export type PathPurpose = (typeof PATH_PURPOSES)[number];

export type BackupKind = "manual" | "automatic";

/** One backup made by this vault, as recorded in it. */
export interface BackupRecord {
  id: string;
  kind: BackupKind;
  path: string;
  sizeBytes: number;
  createdAt: string;
  madeBy: string;
}

export type BackupWarning = { kind: "never" } | { kind: "stale"; days: number };

export interface BackupStatus {
  lastBackup: BackupRecord | null;
  warning: BackupWarning | null;
  /** The folder beside the vault where automatic backups go. */
  automaticFolder: string;
  keepAutomatic: number;
  /** Where "Back up now" saves, until the user chooses another folder. */
  suggestedFolder: string;
  /** The last automatic backup that failed since the app started, if the next one has not succeeded yet. */
  automaticProblem: { at: string; message: string } | null;
}

/** A backup file found in a folder, described from its unencrypted label alone (no key needed). */
export interface BackupFileInfo {
  path: string;
  fileName: string;
  backupId: string;
  kind: BackupKind;
  createdAt: string;
  sizeBytes: number;
}

export interface BackupListing {
  folder: string;
  backups: BackupFileInfo[];
}

export interface TableCount {
  table: string;
  label: string;
  rows: number;
}

/** What a backup holds, read after it was unlocked: shown before the user confirms a restore. */
export interface BackupContents {
  path: string;
  backupId: string;
  kind: BackupKind;
  createdAt: string;
  practiceName: string;
  tables: TableCount[];
  totalRecords: number;
  /** The account that opened it, or null for the recovery key. */
  openedAs: string | null;
}

export interface RestoreOutcome {
  createdAt: string;
  practiceName: string;
  /** Where the vault as it was before the restore now is, or null when there was none. */
  setAsideTo: string | null;
}

export interface ArchiveOutcome {
  path: string;
  sizeBytes: number;
  tables: TableCount[];
  totalRecords: number;
}

export interface ImportOutcome {
  practiceName: string;
  tables: TableCount[];
  totalRecords: number;
}

export const createBackupSchema = z.object({ folder: userPathSchema.optional() }).strict();
export const listBackupsSchema = z.object({ folder: userPathSchema.optional() }).strict();
export const inspectBackupSchema = z.object({ file: userPathSchema, credential: backupCredentialSchema }).strict();
export const restoreBackupSchema = z
  .object({
    file: userPathSchema,
    credential: backupCredentialSchema,
    /** The backup the user saw and confirmed; a different file at the same path is refused. */
    backupId: z.string().uuid("That backup reference is not valid."),
  })
  .strict();
export const choosePathSchema = z.object({ purpose: z.enum(PATH_PURPOSES, { message: "Say what the file is for." }) }).strict();
export const exportArchiveSchema = z
  .object({
    file: userPathSchema,
    /** The Administrator's own password again: an archive carries every record out of the vault. */
    password: passwordSchema,
    passphrase: archivePassphraseSchema,
  })
  .strict();
export const importArchiveSchema = z
  .object({
    file: userPathSchema,
    passphrase: passwordSchema,
    credential: backupCredentialSchema,
  })
  .strict();
