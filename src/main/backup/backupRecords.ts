import type { Database } from "better-sqlite3-multiple-ciphers";
import { backupSettingsSchema, DEFAULT_AUTOMATIC_BACKUPS_KEPT, type BackupKind, type BackupRecord, type BackupSettings } from "../../shared/model/backup";
import { appendAudit, type Actor } from "../audit/auditLog";
import { changedFields } from "../services/recordChanges";

/** Backup settings live in the vault's settings table under their own keys (the app settings ignore keys they do not know). */
const KEEP_KEY = "backup.keepAutomatic";
const FOLDER_KEY = "backup.folder";

interface BackupRow {
  id: string;
  kind: BackupKind;
  path: string;
  size_bytes: number;
  created_at: string;
  made_by_name: string;
}

function toRecord(row: BackupRow): BackupRecord {
  return { id: row.id, kind: row.kind, path: row.path, sizeBytes: row.size_bytes, createdAt: row.created_at, madeBy: row.made_by_name };
}

export function recordBackup(
  db: Database,
  actor: Actor,
  backup: { id: string; kind: BackupKind; path: string; sizeBytes: number; sha256: string; createdAt: string },
): BackupRecord {
  db.transaction(() => {
    db.prepare(
      `INSERT INTO backups (id, kind, path, size_bytes, sha256, created_at, made_by, made_by_name)
       VALUES (@id, @kind, @path, @sizeBytes, @sha256, @createdAt, @madeBy, @madeByName)`,
    ).run({ ...backup, madeBy: actor.id, madeByName: actor.name });
    appendAudit(db, actor, {
      action: backup.kind === "automatic" ? "backup.automatic" : "backup.created",
      recordType: "backup",
      recordId: backup.id,
      summary:
        backup.kind === "automatic"
          ? `Made the automatic backup ${backup.path} and checked it`
          : `${actor.name} backed up the vault to ${backup.path} and checked the backup`,
      changes: { path: backup.path, sizeBytes: backup.sizeBytes, sha256: backup.sha256 },
    });
  })();
  return { id: backup.id, kind: backup.kind, path: backup.path, sizeBytes: backup.sizeBytes, createdAt: backup.createdAt, madeBy: actor.name };
}

export function lastBackup(db: Database, kind?: BackupKind): BackupRecord | null {
  const row = (
    kind
      ? db.prepare("SELECT * FROM backups WHERE kind = ? ORDER BY created_at DESC LIMIT 1").get(kind)
      : db.prepare("SELECT * FROM backups ORDER BY created_at DESC LIMIT 1").get()
  ) as BackupRow | undefined;
  return row ? toRecord(row) : null;
}

function readSetting(db: Database, key: string): unknown {
  const value = db.prepare("SELECT value FROM settings WHERE key = ?").pluck().get(key) as string | undefined;
  return value === undefined ? undefined : (JSON.parse(value) as unknown);
}

function writeSetting(db: Database, key: string, value: unknown): void {
  db.prepare("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(key, JSON.stringify(value));
}

export function readBackupSettings(db: Database): BackupSettings {
  const parsed = backupSettingsSchema.safeParse({ keepAutomatic: readSetting(db, KEEP_KEY) ?? DEFAULT_AUTOMATIC_BACKUPS_KEPT });
  return parsed.success ? parsed.data : { keepAutomatic: DEFAULT_AUTOMATIC_BACKUPS_KEPT };
}

export function updateBackupSettings(db: Database, actor: Actor, settings: BackupSettings): BackupSettings {
  db.transaction(() => {
    const changes = changedFields(readBackupSettings(db), settings);
    if (Object.keys(changes).length === 0) return;
    writeSetting(db, KEEP_KEY, settings.keepAutomatic);
    appendAudit(db, actor, {
      action: "backup.settings-updated",
      recordType: "settings",
      summary: `Automatic backups of the last ${settings.keepAutomatic} ${settings.keepAutomatic === 1 ? "day" : "days"} are now kept`,
      changes,
    });
  })();
  return readBackupSettings(db);
}

/** The folder "Back up now" used last; remembered with the backup's record, so it needs no audit entry of its own. */
export function rememberedFolder(db: Database): string | null {
  const value = readSetting(db, FOLDER_KEY);
  return typeof value === "string" ? value : null;
}

export function rememberFolder(db: Database, folder: string): void {
  writeSetting(db, FOLDER_KEY, folder);
}
