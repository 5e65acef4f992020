import Database from "better-sqlite3-multiple-ciphers";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { auditCsv } from "../../../src/main/audit/auditCsv";
import { appendAudit, iterateAudit, listAudit, verifyAuditChain } from "../../../src/main/audit/auditLog";
import { migrate } from "../../../src/main/vault/migrations";

let db: Database.Database;
const maria = { id: "u1", name: "maria" };

beforeEach(() => {
  db = new Database(":memory:");
  migrate(db);
  for (let i = 1; i <= 5; i++) appendAudit(db, maria, { action: "test.event", recordType: "note", recordId: String(i), summary: `Event ${i}`, at: `2026-03-0${i}T10:00:00.000Z` });
});
afterEach(() => db.close());

/** What someone holding the key could do with a SQLite shell, around the app's triggers. */
function tamper(sql: string, ...params: unknown[]) {
  db.exec("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;");
  db.prepare(sql).run(...params);
}

describe("the hash-chained audit log", () => {
  it("verifies an untouched chain", () => {
    expect(verifyAuditChain(db)).toEqual({ intact: true, checked: 5 });
  });

  it("refuses updates and deletes from inside the app", () => {
    expect(() => db.prepare("UPDATE audit_log SET summary = 'x' WHERE seq = 2").run()).toThrow(/append-only/);
    expect(() => db.prepare("DELETE FROM audit_log WHERE seq = 2").run()).toThrow(/append-only/);
  });

  it.each([
    ["a changed summary", "UPDATE audit_log SET summary = 'Nothing happened' WHERE seq = 3", 3],
    ["a changed time", "UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' WHERE seq = 2", 2],
    ["a changed actor", "UPDATE audit_log SET actor_name = 'someone else' WHERE seq = 4", 4],
    ["a deleted entry in the middle", "DELETE FROM audit_log WHERE seq = 3", 3],
    ["a deleted first entry", "DELETE FROM audit_log WHERE seq = 1", 1],
    ["deleted entries at the end", "DELETE FROM audit_log WHERE seq >= 4", 4],
  ])("names the first broken entry after %s", (_, sql, broken) => {
    tamper(sql);
    const result = verifyAuditChain(db);
    expect(result.intact).toBe(false);
    if (!result.intact) {
      expect(result.firstBrokenSeq).toBe(broken);
      expect(result.problem).toMatch(new RegExp(`[Ee]ntr(y|ies) ${broken}`));
    }
  });

  it("catches an entry rewritten with a recomputed hash, because the next entry no longer follows", () => {
    tamper("UPDATE audit_log SET hash = ? WHERE seq = 2", "f".repeat(64));
    const result = verifyAuditChain(db);
    expect(result).toMatchObject({ intact: false, firstBrokenSeq: 2 });
  });

  it("filters by date range (whole days), person, action and text, newest first", () => {
    appendAudit(db, { id: "u2", name: "jamal" }, { action: "other.event", summary: "Jamal did 100% of it", at: "2026-03-09T23:59:00.000Z" });
    expect(listAudit(db, { from: "2026-03-02", to: "2026-03-04" }, 0, 100).entries.map((e) => e.seq)).toEqual([4, 3, 2]);
    expect(listAudit(db, { actor: "jam" }, 0, 100).total).toBe(1);
    expect(listAudit(db, { action: "test.event" }, 0, 2)).toMatchObject({ total: 5, entries: [{ seq: 5 }, { seq: 4 }] });
    expect(listAudit(db, { text: "100%" }, 0, 100).total).toBe(1);
    expect(listAudit(db, { text: "%" }, 0, 100).total).toBe(1);
    expect(listAudit(db, { to: "2026-03-09" }, 0, 100).total).toBe(6);
  });

  it("exports CSV that a spreadsheet reads as text, never as a formula", () => {
    appendAudit(db, { id: null, name: "=HYPERLINK(\"http://evil\")" }, { action: "session.failed", summary: 'Said "hi", then left' });
    const csv = auditCsv(iterateAudit(db, {}));
    const lines = csv.trimEnd().split("\r\n");
    expect(lines).toHaveLength(7);
    expect(lines[0]).toBe("Entry,When (UTC),Who,Action,Record type,Record,Summary,Changes,Hash");
    expect(lines[6]).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(lines[6]).toContain(`"Said ""hi"", then left"`);
  });
});
