import type { Database } from "better-sqlite3-multiple-ciphers";
import { appSettingsSchema, IDLE_LOCK_DEFAULT_MINUTES, type AppSettings } from "../../shared/model/settings";
import { appendAudit, type Actor } from "../audit/auditLog";
import { changedFields } from "./recordChanges";

export function readSettings(db: Database): AppSettings {
  const rows = db.prepare("SELECT key, value FROM settings").all() as { key: string; value: string }[];
  const stored = Object.fromEntries(rows.map((row) => [row.key, JSON.parse(row.value) as unknown]));
  return appSettingsSchema.parse({ idleLockMinutes: IDLE_LOCK_DEFAULT_MINUTES, ...stored });
}

export function updateSettings(db: Database, actor: Actor, settings: AppSettings): AppSettings {
  db.transaction(() => {
    const changes = changedFields(readSettings(db), settings);
    if (Object.keys(changes).length === 0) return;
    const upsert = db.prepare("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    for (const [key, value] of Object.entries(settings)) upsert.run(key, JSON.stringify(value));
    appendAudit(db, actor, { action: "settings.updated", recordType: "settings", summary: "Changed the app settings", changes });
  })();
  return readSettings(db);
}
