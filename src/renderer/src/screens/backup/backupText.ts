import type { BackupFileInfo, TableCount } from "../../../../shared/model/backup";
import { formatDateTime } from "../../format/dates";

export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${(bytes / (1024 * 1024 * 1024)).toFixed(2)} GB`;
}

export function describeBackupFile(backup: BackupFileInfo, timeZone: string | undefined): string {
  const kind = backup.kind === "automatic" ? "automatic backup" : "backup made by hand";
  return `${formatDateTime(backup.createdAt, timeZone)}: ${kind}, ${formatBytes(backup.sizeBytes)}`;
}

/** The tables that hold anything, largest first, for a summary a person can read. */
export function countsWorthShowing(tables: readonly TableCount[]): TableCount[] {
  return tables.filter((table) => table.rows > 0).sort((a, b) => b.rows - a.rows || a.label.localeCompare(b.label));
}

/** The last part of a path, for a button or a sentence; the whole path is shown beside it. */
export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).at(-1) ?? path;
}
