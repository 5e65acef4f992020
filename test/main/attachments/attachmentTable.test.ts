import Database from "better-sqlite3-multiple-ciphers";
import { describe, expect, it } from "vitest";
import { attachmentTable } from "../../../src/main/attachments/attachmentTable";
import { migrate } from "../../../src/main/vault/migrations";

const missingMessage = "That file is no longer attached.";
const evidence = attachmentTable("evidence", { missingMessage });
const certificates = attachmentTable("training_certificates", { missingMessage });
const vendorFiles = attachmentTable("vendor_files", { missingMessage, newestFirst: true });

/** The lists the services ask for, in the shapes they ask for them. */
const LISTS: [string, (db: Database.Database) => unknown][] = [
  ["the evidence of one question", (db) => evidence.list(db, { assessment_id: "a", question_id: "q" })],
  ["the evidence of a whole assessment", (db) => evidence.list(db, { assessment_id: "a" })],
  ["the certificates of one training record", (db) => certificates.list(db, { completion_id: "c" })],
  ["the certificates of many training records", (db) => certificates.list(db, { completion_id: ["c1", "c2"] })],
  ["a vendor's files, newest first", (db) => vendorFiles.list(db, { vendor_id: "v" })],
];

describe("the lists of an attachment table", () => {
  it.each(LISTS)("are answered from a covering index, never by reading the files' rows: %s", (_name, list) => {
    const statements: string[] = [];
    const db = new Database(":memory:", { verbose: (sql) => statements.push(String(sql)) });
    migrate(db);
    statements.length = 0;
    list(db);
    expect(statements).toHaveLength(1);
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${statements[0]}`).all() as { detail: string }[]).map((step) => step.detail).join(" | ");
    expect(plan).toMatch(/USING COVERING INDEX/);
    db.close();
  });
});
