import { BACKUP_FILE_EXTENSION, type BackupKind, type BackupWarning } from "../model/backup";

/**
 * When backups are due, when the practice is warned, which automatic backups are kept, and what the
 * files are called. The data backup plan of 45 CFR 164.308(a)(7)(ii)(A) asks for retrievable exact
 * copies; these rules decide how fresh and how many.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/** After a week without a backup, Settings says so. */
export const BACKUP_WARNING_DAYS = 7;

/** Automatic backups while a session is open: at most one a day (plus one when the app closes). */
export const AUTOMATIC_BACKUP_INTERVAL_MS = DAY_MS;

export function backupWarning(lastBackupAt: string | null, now: Date): BackupWarning | null {
  if (lastBackupAt === null) return { kind: "never" };
  const last = Date.parse(lastBackupAt);
  if (Number.isNaN(last)) return { kind: "never" };
  const days = Math.floor((now.getTime() - last) / DAY_MS);
  return days >= BACKUP_WARNING_DAYS ? { kind: "stale", days } : null;
}

export function automaticBackupDue(lastAutomaticAt: string | null, now: Date): boolean {
  if (lastAutomaticAt === null) return true;
  const last = Date.parse(lastAutomaticAt);
  // A clock set back (last backup "in the future") must not stop backups for good.
  return Number.isNaN(last) || last > now.getTime() || now.getTime() - last >= AUTOMATIC_BACKUP_INTERVAL_MS;
}

/**
 * Keeps the newest automatic backup of each of the newest `keepDays` days on which one was made
 * (days in UTC, as in the file names); every other automatic backup may go. Several closes of the
 * app on one day thus leave one file for that day, and a week away from the office loses nothing.
 */
export function automaticBackupsToDelete<T extends { createdAt: string }>(backups: readonly T[], keepDays: number): T[] {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const keptDays = new Set<string>();
  const doomed: T[] = [];
  for (const backup of newestFirst) {
    const day = backup.createdAt.slice(0, 10);
    if (!keptDays.has(day) && keptDays.size < keepDays) keptDays.add(day);
    else doomed.push(backup);
  }
  return doomed;
}

/** "safeguard-backup-2026-05-01-153000-automatic.sgbackup": sorts by time, says what it is, no spaces. */
export function backupFileName(createdAt: Date, kind: BackupKind): string {
  const stamp = createdAt.toISOString().replace(/\.\d+Z$/, "").replace("T", "-").replace(/:/g, "");
  return `safeguard-backup-${stamp}-${kind}${BACKUP_FILE_EXTENSION}`;
}

export function archiveFileName(createdAt: Date): string {
  return `safeguard-export-${createdAt.toISOString().slice(0, 10)}.sgexport`;
}
