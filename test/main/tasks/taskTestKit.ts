import { randomUUID } from "node:crypto";
import Database from "better-sqlite3-multiple-ciphers";
import { insertPractice } from "../../../src/main/services/practiceService";
import { migrate } from "../../../src/main/vault/migrations";
import type { PracticeProfile } from "../../../src/shared/model/practice";
import { PRACTICE, type testCore } from "../../support/testCore";

export type Core = ReturnType<typeof testCore>;

/** A PDF as far as the signature check is concerned: the header, then some bytes. */
export function pdfBase64(text = "restore test log"): string {
  return Buffer.from(`%PDF-1.7\n${text}\n%%EOF\n`).toString("base64");
}

/**
 * A database at the latest schema, unencrypted and in memory, with the practice and two people: for
 * the functions that take a `today` (listDueTasks, the calendar), so the date is the test's to choose.
 */
export function memoryDatabase(): { db: Database.Database; maria: string; jamal: string; close: () => void } {
  const db = new Database(":memory:");
  db.pragma("foreign_keys = ON");
  migrate(db);
  insertPractice(db, PRACTICE as PracticeProfile);
  const maria = randomUUID();
  const jamal = randomUUID();
  const insertUser = db.prepare("INSERT INTO users (id, username, full_name, role, created_at) VALUES (?, ?, ?, ?, ?)");
  insertUser.run(maria, "maria", "Maria Lopez", "administrator", "2026-01-01T00:00:00.000Z");
  insertUser.run(jamal, "jamal", "Jamal Reed", "staff", "2026-01-02T00:00:00.000Z");
  return { db, maria, jamal, close: () => db.close() };
}

export const MARIA_ACTOR = (id: string) => ({ id, name: "maria" });
