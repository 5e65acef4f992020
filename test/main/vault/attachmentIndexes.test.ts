import Database from "better-sqlite3-multiple-ciphers";
import { describe, expect, it } from "vitest";
import { migrate } from "../../../src/main/vault/migrations";

/** The queries that list attached files, as the services run them (their LISTED_COLUMNS). */
const LISTS = [
  "SELECT id, assessment_id, question_id, file_name, mime_type, size, sha256, added_by, added_at FROM evidence WHERE assessment_id = ? AND question_id = ? ORDER BY added_at, id",
  "SELECT id, assessment_id, question_id, file_name, mime_type, size, sha256, added_by, added_at FROM evidence WHERE assessment_id = ? ORDER BY question_id, added_at, id",
  "SELECT id, vendor_id, file_name, mime_type, size, sha256, added_by, added_at FROM vendor_files WHERE vendor_id = ? ORDER BY added_at DESC, id",
  "SELECT id, completion_id, file_name, mime_type, size, sha256, added_by, added_at FROM training_certificates WHERE completion_id = ? ORDER BY added_at, id",
];

describe("lists of attached files", () => {
  it.each(LISTS)("are answered from a covering index, never by reading the files' rows: %s", (sql) => {
    const db = new Database(":memory:");
    migrate(db);
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...Array.from({ length: (sql.match(/\?/g) ?? []).length }, () => "x")) as { detail: string }[])
      .map((step) => step.detail)
      .join(" | ");
    expect(plan).toMatch(/USING COVERING INDEX/);
    db.close();
  });
});
