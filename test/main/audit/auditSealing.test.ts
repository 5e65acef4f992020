import { createHash } from "node:crypto";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { join } from "node:path";
import Database from "better-sqlite3-multiple-ciphers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AuditFilter, AuditVerification } from "../../../src/shared/model/audit";
import {
  appendAudit,
  countAuditEntries,
  iterateAudit,
  iterateAuditPeriod,
  iterateChainedEntries,
  listAudit,
  verifyAuditChain,
} from "../../../src/main/audit/auditLog";
import { sealDueSegment } from "../../../src/main/audit/auditSealing";
import { preimageOf, SEGMENT_ENTRIES } from "../../../src/main/audit/auditSegment";
import { migrate } from "../../../src/main/vault/migrations";
import { closeVault } from "../../../src/main/vault/vault";
import { makeTempDir } from "../../support/tempVault";
import { testCore } from "../../support/testCore";
import { appendVaried, copyLiveRows, copyVault, openAsAdmin, unsealedDatabase, withAdminVault } from "./auditSealKit";

/**
 * A real encrypted vault whose log grows past four segments' worth, so that its three oldest segments
 * are sealed, beside the same entries kept live in a database without sealing (the schema before it).
 * Everything the app reads of the log must come out the same from both, and the chain check must
 * name the first broken entry however a sealed segment is changed.
 */
const temp = makeTempDir("safeguard-sealing-");
const pristine = join(temp.path, "pristine");
const TOTAL = 4 * SEGMENT_ENTRIES + 700;
let reference: Database.Database;

beforeAll(async () => {
  const c = testCore();
  await c.setUp();
  c.core.close();
  copyVault(c.folder, pristine);
  c.dispose();
  reference = unsealedDatabase();
  await withAdminVault(pristine, (db) => {
    copyLiveRows(db, reference);
    appendVaried(db, TOTAL - countAuditEntries(db), reference);
  });
}, 180_000);

afterAll(() => {
  reference.close();
  temp.remove();
});

let copies = 0;
/** A copy of the sealed vault, changed by `change` with its database open, as someone with a SQLite shell could. */
async function tampered(change: (db: Database.Database) => void): Promise<AuditVerification> {
  const folder = copyVault(pristine, join(temp.path, `copy-${++copies}`));
  const vault = await openAsAdmin(folder);
  try {
    vault.db.exec("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; DROP TRIGGER audit_sealed_no_update; DROP TRIGGER audit_sealed_no_delete; DROP TRIGGER audit_sealed_in_order;");
    change(vault.db);
    return verifyAuditChain(vault.db);
  } finally {
    closeVault(vault);
  }
}

function segmentText(db: Database.Database, firstSeq: number): string[] {
  const body = db.prepare("SELECT body FROM audit_sealed WHERE first_seq = ?").pluck().get(firstSeq) as Buffer;
  return inflateRawSync(body).toString("utf8").split("\n");
}

function storeSegmentText(db: Database.Database, firstSeq: number, lines: string[]): void {
  db.prepare("UPDATE audit_sealed SET body = ? WHERE first_seq = ?").run(deflateRawSync(lines.join("\n")), firstSeq);
}

describe("sealing the oldest entries", () => {
  it("seals the oldest three segments of a log past four segments' worth, and the chain verifies", async () => {
    await withAdminVault(pristine, (db) => {
      const segments = db.prepare("SELECT first_seq, last_seq, entry_count FROM audit_sealed ORDER BY first_seq").raw().all();
      expect(segments).toEqual([
        [1, SEGMENT_ENTRIES, SEGMENT_ENTRIES],
        [SEGMENT_ENTRIES + 1, 2 * SEGMENT_ENTRIES, SEGMENT_ENTRIES],
        [2 * SEGMENT_ENTRIES + 1, 3 * SEGMENT_ENTRIES, SEGMENT_ENTRIES],
      ]);
      expect(db.prepare("SELECT min(seq), max(seq), count(*) FROM audit_log").raw().get()).toEqual([3 * SEGMENT_ENTRIES + 1, TOTAL, TOTAL - 3 * SEGMENT_ENTRIES]);
      expect(countAuditEntries(db)).toBe(TOTAL);
      expect(verifyAuditChain(db)).toEqual({ intact: true, checked: TOTAL });
      expect(verifyAuditChain(reference)).toEqual({ intact: true, checked: TOTAL });
      // Stored far smaller than the live rows: the digests (32 bytes an entry) are most of it.
      const sealedBytes = db.prepare("SELECT sum(length(body) + length(hashes)) FROM audit_sealed").pluck().get() as number;
      expect(sealedBytes / (3 * SEGMENT_ENTRIES)).toBeLessThan(80);
    });
  });

  it("keeps each segment's earliest and latest time, out-of-order entries included", async () => {
    await withAdminVault(pristine, (db) => {
      const segments = db.prepare("SELECT first_seq AS firstSeq, last_seq AS lastSeq, first_at AS firstAt, last_at AS lastAt FROM audit_sealed").all() as {
        firstSeq: number;
        lastSeq: number;
        firstAt: string;
        lastAt: string;
      }[];
      for (const segment of segments) {
        const times = reference.prepare("SELECT min(at) AS firstAt, max(at) AS lastAt FROM audit_log WHERE seq BETWEEN ? AND ?").get(segment.firstSeq, segment.lastSeq);
        expect({ firstAt: segment.firstAt, lastAt: segment.lastAt }).toEqual(times);
      }
    });
  });

  it("gives every entry back exactly as written, with its fields and hash, oldest first", async () => {
    const live = reference.prepare("SELECT seq, at, actor_id, actor_name, action, record_type, record_id, summary, changes, prev_hash, hash FROM audit_log ORDER BY seq").raw().all();
    await withAdminVault(pristine, (db) => {
      const chained = [...iterateChainedEntries(db)].map((e) => [e.seq, e.at, e.actorId, e.actorName, e.action, e.recordType, e.recordId, e.summary, e.changes, e.prevHash, e.hash]);
      expect(chained).toEqual(live);
      expect([...iterateAudit(db, {})]).toEqual([...iterateAudit(reference, {})]);
    });
  });

  const FILTERS: [string, AuditFilter][] = [
    ["no filter", {}],
    ["a date range across segments", { from: "2025-01-03", to: "2025-01-06" }],
    ["one day", { from: "2025-01-04", to: "2025-01-04" }],
    ["a start date only", { from: "2025-01-09" }],
    ["an end date only", { to: "2025-01-02" }],
    ["dates that hold no entry", { from: "2024-01-01", to: "2024-12-31" }],
    ["an end date SQLite cannot read", { to: "2025-13-01" }],
    ["a person, in another case", { actor: "JAMAL" }],
    ["a person with LIKE's wildcards in the name", { actor: "_b%" }],
    ["a person with accents", { actor: "josé" }],
    ["an action", { action: "policies.approved" }],
    ["an action no entry has", { action: "nothing.happened" }],
    ["text in the summary, in another case", { text: "CAFÉ" }],
    ["text with accents and an emoji", { text: "日本 😀" }],
    ["text with a quote and a backslash", { text: 'said "hi" \\' }],
    ["text across a newline", { text: "lines\nsecond" }],
    ["a percent sign", { text: "100%" }],
    ["an underscore", { text: "done_now" }],
    ["text in the record", { text: "rec-4" }],
    ["text in the changes, with its quotes", { text: 'said \\"ok\\"' }],
    ["text in the changes, a backslash in a value", { text: "C:\\\\temp" }],
    ["a key of the changes", { text: '"reason":"idle"' }],
    ["everything at once", { from: "2025-01-02", to: "2025-01-10", actor: "maria", action: "session.unlocked", text: "signed" }],
  ];

  it.each(FILTERS)("lists the same entries, pages and totals as an unsealed log: %s", async (_, filter) => {
    await withAdminVault(pristine, (db) => {
      const total = listAudit(reference, filter, 0, 1).total;
      const live = db.prepare("SELECT count(*) FROM audit_log").pluck().get() as number;
      const offsets = [0, 99, live - 50, live, live + 1, live + SEGMENT_ENTRIES - 10, total - 30, total - 1, total, total + 5].filter((offset) => offset >= 0);
      for (const offset of offsets) {
        for (const limit of [1, 100, 500]) {
          expect(listAudit(db, filter, offset, limit), `offset ${offset}, limit ${limit}`).toEqual(listAudit(reference, filter, offset, limit));
        }
      }
      // Turning the pages one by one, after the counts are remembered, gives the same again.
      for (let offset = 0; offset < Math.min(total, 1500); offset += 500) expect(listAudit(db, filter, offset, 500)).toEqual(listAudit(reference, filter, offset, 500));
      expect([...iterateAudit(db, filter)]).toEqual([...iterateAudit(reference, filter)]);
    });
  });

  it("gives a report period's entries, of some actions or of all, as an unsealed log does", async () => {
    await withAdminVault(pristine, (db) => {
      const periods = [
        { startsAt: "2025-01-02T06:00:00.000Z", endsBefore: "2025-01-05T06:00:00.000Z" },
        { startsAt: null, endsBefore: "2025-01-03T00:00:00.000Z" },
        { startsAt: "2025-01-08T12:00:00.000Z", endsBefore: null },
        { startsAt: null, endsBefore: null },
      ];
      for (const period of periods) {
        for (const actions of [undefined, ["policies.approved"], ["session.locked", "note.added"], []]) {
          const sealed = [...iterateAuditPeriod(db, period, actions)];
          expect(sealed).toEqual([...iterateAuditPeriod(reference, period, actions)]);
          const expected = reference
            .prepare("SELECT seq FROM audit_log WHERE (@from IS NULL OR at >= @from) AND (@before IS NULL OR at < @before) ORDER BY seq")
            .pluck()
            .all({ from: period.startsAt, before: period.endsBefore }) as number[];
          expect(sealed.map((entry) => entry.seq)).toEqual(actions ? expected.filter((seq) => sealed.some((entry) => entry.seq === seq)) : expected);
          if (actions) expect(sealed.every((entry) => actions.includes(entry.action))).toBe(true);
        }
      }
    });
  });
});

describe("a sealed segment changed outside the app", () => {
  const second = SEGMENT_ENTRIES + 1;
  const third = 2 * SEGMENT_ENTRIES + 1;

  it("refuses changing or removing a sealed segment, or adding one out of order, from inside the app", async () => {
    await withAdminVault(copyVault(pristine, join(temp.path, "triggers")), (db) => {
      expect(() => db.prepare("UPDATE audit_sealed SET last_at = last_at WHERE first_seq = 1").run()).toThrow(/append-only/);
      expect(() => db.prepare("DELETE FROM audit_sealed WHERE first_seq = 1").run()).toThrow(/append-only/);
      expect(() => db.prepare("DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)").run()).toThrow(/append-only/);
      const copy = db.prepare("SELECT * FROM audit_sealed WHERE first_seq = 1").get() as Record<string, unknown>;
      expect(() => db.prepare("INSERT INTO audit_sealed VALUES (@first_seq, @last_seq, @first_at, @last_at, @entry_count, @body, @hashes)").run({ ...copy, first_seq: 99_999, last_seq: 99_999 + SEGMENT_ENTRIES - 1 })).toThrow(
        /must follow/,
      );
      expect(verifyAuditChain(db).intact).toBe(true);
    });
  });

  it("names the entry whose stored text was edited", async () => {
    const result = await tampered((db) => {
      const lines = segmentText(db, second);
      const fields = JSON.parse(lines[100]!) as unknown[];
      fields[7] = "Nothing happened";
      lines[100] = JSON.stringify(fields);
      storeSegmentText(db, second, lines);
    });
    expect(result).toEqual({ intact: false, checked: second + 99, firstBrokenSeq: second + 100, problem: `Entry ${second + 100} was changed after it was written, or the entry before it was replaced.` });
  });

  it("names the entry whose stored text has a different character outside ASCII", async () => {
    const result = await tampered((db) => {
      const lines = segmentText(db, 1);
      const index = lines.findIndex((line, i) => i > 10 && line.includes("日本"));
      lines[index] = lines[index]!.replace("日本", "中国");
      storeSegmentText(db, 1, lines);
    });
    expect(result).toMatchObject({ intact: false, problem: expect.stringMatching(/^Entry \d+ was changed/) });
    if (!result.intact) expect(result.firstBrokenSeq).toBeGreaterThan(11);
  });

  it("names the entry whose stored digest was changed", async () => {
    const result = await tampered((db) => {
      const hashes = Buffer.from(db.prepare("SELECT hashes FROM audit_sealed WHERE first_seq = ?").pluck().get(third) as Buffer);
      hashes[32 * 7 + 5]! ^= 0x01;
      db.prepare("UPDATE audit_sealed SET hashes = ? WHERE first_seq = ?").run(hashes, third);
    });
    expect(result).toMatchObject({ intact: false, firstBrokenSeq: third + 7, checked: third + 6 });
  });

  it("names the entry after one rewritten with its digest recomputed", async () => {
    // Someone edits an entry and stores the hash of the edited text: the next entry no longer follows.
    const result = await tampered((db) => {
      const entries = [...iterateChainedEntries(db)].filter((entry) => entry.seq >= second && entry.seq < second + 3);
      const lines = segmentText(db, second);
      const fields = JSON.parse(lines[1]!) as unknown[];
      fields[1] = "2020-01-01T00:00:00.000Z";
      lines[1] = JSON.stringify(fields);
      storeSegmentText(db, second, lines);
      const preimage = preimageOf(lines[1], entries[0]!.hash);
      const hashes = Buffer.from(db.prepare("SELECT hashes FROM audit_sealed WHERE first_seq = ?").pluck().get(second) as Buffer);
      createHash("sha256").update(preimage).digest().copy(hashes, 32);
      db.prepare("UPDATE audit_sealed SET hashes = ? WHERE first_seq = ?").run(hashes, second);
    });
    expect(result).toMatchObject({ intact: false, firstBrokenSeq: second + 2 });
  });

  it.each([
    ["the first segment", 1, 1, `Entry 1 is missing: the log jumps from entry 0 to entry ${SEGMENT_ENTRIES + 1}.`],
    ["a segment in the middle", SEGMENT_ENTRIES + 1, SEGMENT_ENTRIES + 1, `Entry ${SEGMENT_ENTRIES + 1} is missing: the log jumps from entry ${SEGMENT_ENTRIES} to entry ${2 * SEGMENT_ENTRIES + 1}.`],
    ["the last segment", 2 * SEGMENT_ENTRIES + 1, 2 * SEGMENT_ENTRIES + 1, `Entry ${2 * SEGMENT_ENTRIES + 1} is missing: the log jumps from entry ${2 * SEGMENT_ENTRIES} to entry ${3 * SEGMENT_ENTRIES + 1}.`],
  ])("names the first missing entry when %s is deleted", async (_, firstSeq, broken, problem) => {
    const result = await tampered((db) => db.prepare("DELETE FROM audit_sealed WHERE first_seq = ?").run(firstSeq));
    expect(result).toEqual({ intact: false, checked: broken - 1, firstBrokenSeq: broken, problem });
  });

  it("names the missing entries when every live entry is deleted after sealing", async () => {
    const result = await tampered((db) => db.exec("DELETE FROM audit_log"));
    expect(result).toEqual({
      intact: false,
      checked: 3 * SEGMENT_ENTRIES,
      firstBrokenSeq: 3 * SEGMENT_ENTRIES + 1,
      problem: `Entries ${3 * SEGMENT_ENTRIES + 1} to ${TOTAL} are missing: the log should end at entry ${TOTAL}, but it ends at entry ${3 * SEGMENT_ENTRIES}.`,
    });
  });

  it("names an entry taken out of a segment's text", async () => {
    const result = await tampered((db) => {
      const lines = segmentText(db, second);
      lines.splice(500, 1);
      storeSegmentText(db, second, lines);
    });
    expect(result).toMatchObject({ intact: false, firstBrokenSeq: second + 500, problem: `Entry ${second + 500} is missing: the log jumps from entry ${second + 499} to entry ${second + 501}.` });
  });

  it("names an entry whose line was moved within a segment", async () => {
    const result = await tampered((db) => {
      const lines = segmentText(db, second);
      [lines[40], lines[41]] = [lines[41]!, lines[40]!];
      storeSegmentText(db, second, lines);
    });
    expect(result).toMatchObject({ intact: false, firstBrokenSeq: second + 40 });
  });

  it("finds a segment damaged when a line has lost the previous hash's place", async () => {
    const result = await tampered((db) => {
      const lines = segmentText(db, second);
      lines[300] = JSON.stringify((JSON.parse(lines[300]!) as unknown[]).slice(0, 9));
      storeSegmentText(db, second, lines);
    });
    expect(result).toEqual({ intact: false, checked: second + 299, firstBrokenSeq: second + 300, problem: `Entries ${second} to ${second + SEGMENT_ENTRIES - 1} cannot be read: their stored copy was damaged.` });
  });

  it("checks each entry by its own fields, whatever the previous hash's place holds", async () => {
    // The place is overwritten with the previous entry's digest before hashing: it records nothing of
    // its own, so text put there changes no entry, and every entry still reads back as written.
    const result = await tampered((db) => {
      const lines = segmentText(db, second);
      expect(lines.every((line) => line.endsWith(`,"${"0".repeat(64)}"]`))).toBe(true);
      lines[7] = `${lines[7]!.slice(0, -66)}${"f".repeat(64)}"]`;
      storeSegmentText(db, second, lines);
      expect([...iterateAudit(db, {})]).toEqual([...iterateAudit(reference, {})]);
    });
    expect(result).toEqual({ intact: true, checked: TOTAL });
  });

  it("names the first entries of a segment whose stored text cannot be read", async () => {
    const result = await tampered((db) => db.prepare("UPDATE audit_sealed SET body = ? WHERE first_seq = ?").run(Buffer.from("not deflated at all"), third));
    expect(result).toEqual({ intact: false, checked: third - 1, firstBrokenSeq: third, problem: `Entries ${third} to ${third + SEGMENT_ENTRIES - 1} cannot be read: their stored copy was damaged.` });
  });

  it("names an entry put back into the live table after it was sealed", async () => {
    const result = await tampered((db) => {
      const row = reference.prepare("SELECT * FROM audit_log WHERE seq = 42").get();
      db.prepare(
        `INSERT INTO audit_log (seq, at, actor_id, actor_name, action, record_type, record_id, summary, changes, prev_hash, hash)
         VALUES (@seq, @at, @actor_id, @actor_name, @action, @record_type, @record_id, @summary, @changes, @prev_hash, @hash)`,
      ).run(row);
    });
    expect(result).toMatchObject({ intact: false, firstBrokenSeq: 42, problem: "Entry 42 is stored twice: the log was changed outside the app." });
  });

  it("names the first entry when the log was started again without its sealed start", async () => {
    const result = await tampered((db) => {
      const lines = segmentText(db, 1);
      lines[0] = lines[0]!.replace('"vault.created"', '"vault.restarted"');
      storeSegmentText(db, 1, lines);
    });
    expect(result).toMatchObject({ intact: false, firstBrokenSeq: 1 });
  });
});

describe("sealing only what is intact", () => {
  /** A log one entry short of sealing (two segments' worth less one), in a database of the current schema. */
  function almostDue(): Database.Database {
    const db = new Database(":memory:");
    migrate(db);
    appendVaried(db, 2 * SEGMENT_ENTRIES - 1);
    expect(db.prepare("SELECT count(*) FROM audit_sealed").pluck().get()).toBe(0);
    return db;
  }
  const next = { action: "note.added", summary: "One more" };

  it("seals once the live table reaches two segments' worth, inside the append's own transaction", () => {
    const db = almostDue();
    try {
      expect(() =>
        db.transaction(() => {
          appendAudit(db, { id: "u1", name: "maria" }, next);
          expect(db.prepare("SELECT count(*) FROM audit_sealed").pluck().get()).toBe(1);
          throw new Error("the change failed");
        })(),
      ).toThrow("the change failed");
      // The failed change took its entry and the sealing with it.
      expect(db.prepare("SELECT count(*) FROM audit_sealed").pluck().get()).toBe(0);
      appendAudit(db, { id: "u1", name: "maria" }, next);
      expect(db.prepare("SELECT first_seq, last_seq FROM audit_sealed").raw().all()).toEqual([[1, SEGMENT_ENTRIES]]);
      expect(verifyAuditChain(db)).toEqual({ intact: true, checked: 2 * SEGMENT_ENTRIES });
    } finally {
      db.close();
    }
  });

  it.each([
    ["a changed summary", "UPDATE audit_log SET summary = 'Nothing happened' WHERE seq = 100", 100, /Entry 100 was changed after it was written\./],
    ["a changed link to the entry before", `UPDATE audit_log SET prev_hash = '${"a".repeat(64)}' WHERE seq = 200`, 200, /Entry 200 does not follow entry 199/],
    ["a deleted entry", "DELETE FROM audit_log WHERE seq = 300", 300, /Entry 300 is missing/],
  ])("does not seal a run with %s, and the chain check still names it", (_, sql, broken, problem) => {
    const db = almostDue();
    try {
      db.exec("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;");
      db.exec(sql);
      for (let i = 0; i < 3; i++) appendAudit(db, { id: "u1", name: "maria" }, next);
      expect(sealDueSegment(db)).toBe("refused");
      expect(db.prepare("SELECT count(*) FROM audit_sealed").pluck().get()).toBe(0);
      const result = verifyAuditChain(db);
      expect(result).toMatchObject({ intact: false, firstBrokenSeq: broken, problem: expect.stringMatching(problem) });
    } finally {
      db.close();
    }
  });

  it("seals a log that grew before sealing existed, one segment with each new entry, once migrated", () => {
    const db = unsealedDatabase();
    try {
      appendVaried(db, 3 * SEGMENT_ENTRIES + 10);
      expect(db.prepare("SELECT count(*) FROM audit_log").pluck().get()).toBe(3 * SEGMENT_ENTRIES + 10);
      migrate(db);
      appendAudit(db, { id: "u1", name: "maria" }, next);
      expect(db.prepare("SELECT count(*) FROM audit_sealed").pluck().get()).toBe(1);
      appendAudit(db, { id: "u1", name: "maria" }, next);
      expect(db.prepare("SELECT count(*) FROM audit_sealed").pluck().get()).toBe(2);
      appendAudit(db, { id: "u1", name: "maria" }, next);
      expect(db.prepare("SELECT count(*) FROM audit_sealed").pluck().get()).toBe(2);
      expect(verifyAuditChain(db)).toEqual({ intact: true, checked: 3 * SEGMENT_ENTRIES + 13 });
    } finally {
      db.close();
    }
  });
});
