import type { Database } from "better-sqlite3-multiple-ciphers";
import { practiceProfileSchema, type PracticeProfile } from "../../shared/model/practice";
import { appendAudit, type Actor } from "../audit/auditLog";
import { changedFields } from "./recordChanges";

export function readPractice(db: Database): PracticeProfile {
  const stored = db.prepare("SELECT profile FROM practice WHERE id = 1").pluck().get() as string | undefined;
  if (!stored) throw new Error("The vault has no practice profile.");
  return practiceProfileSchema.parse(JSON.parse(stored));
}

export function insertPractice(db: Database, profile: PracticeProfile): void {
  db.prepare("INSERT INTO practice (id, profile, updated_at) VALUES (1, ?, ?)").run(JSON.stringify(profile), new Date().toISOString());
}

export function updatePractice(db: Database, actor: Actor, profile: PracticeProfile): PracticeProfile {
  db.transaction(() => {
    const before = readPractice(db);
    const changes = changedFields(before, profile);
    if (Object.keys(changes).length === 0) return;
    db.prepare("UPDATE practice SET profile = ?, updated_at = ? WHERE id = 1").run(JSON.stringify(profile), new Date().toISOString());
    appendAudit(db, actor, { action: "practice.updated", recordType: "practice", recordId: "1", summary: "Changed the practice profile", changes });
  })();
  return readPractice(db);
}
