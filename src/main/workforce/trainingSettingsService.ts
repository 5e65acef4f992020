import type { Database } from "better-sqlite3-multiple-ciphers";
import { trainingSettingsSchema, type TrainingSettings } from "../../shared/model/training";
import { DEFAULT_TRAINING_RULES } from "../../shared/rules/trainingDue";
import { appendAudit, type Actor } from "../audit/auditLog";
import { changedFields } from "../services/recordChanges";

/**
 * How soon new people are trained and how often everyone gets a refresher, kept in the vault's
 * settings table under their own keys (the app settings ignore keys they do not know).
 */
const KEYS: Record<keyof TrainingSettings, string> = {
  initialTrainingDays: "training.initialTrainingDays",
  refresherMonths: "training.refresherMonths",
};

export function readTrainingSettings(db: Database): TrainingSettings {
  const read = db.prepare("SELECT value FROM settings WHERE key = ?").pluck();
  const stored = (key: keyof TrainingSettings) => {
    const value = read.get(KEYS[key]) as string | undefined;
    return value === undefined ? DEFAULT_TRAINING_RULES[key] : (JSON.parse(value) as unknown);
  };
  return trainingSettingsSchema.parse({ initialTrainingDays: stored("initialTrainingDays"), refresherMonths: stored("refresherMonths") });
}

export function updateTrainingSettings(db: Database, actor: Actor, settings: TrainingSettings): TrainingSettings {
  db.transaction(() => {
    const changes = changedFields(readTrainingSettings(db), settings);
    if (Object.keys(changes).length === 0) return;
    const upsert = db.prepare("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    for (const key of Object.keys(KEYS) as (keyof TrainingSettings)[]) upsert.run(KEYS[key], JSON.stringify(settings[key]));
    appendAudit(db, actor, {
      action: "training.settings-updated",
      recordType: "settings",
      summary: `Training is now due ${settings.initialTrainingDays} days after hire, with a refresher every ${settings.refresherMonths} months`,
      changes,
    });
  })();
  return readTrainingSettings(db);
}
