import type { Database } from "better-sqlite3-multiple-ciphers";

const SAMPLE_KEY = "sample_practice";

/** Marks a vault as the made-up sample practice, so every screen and report can say so. */
export function markAsSample(db: Database): void {
  db.prepare("INSERT INTO meta (key, value) VALUES (?, '1') ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(SAMPLE_KEY);
}

export function isSampleVault(db: Database): boolean {
  return db.prepare("SELECT value FROM meta WHERE key = ?").pluck().get(SAMPLE_KEY) === "1";
}
