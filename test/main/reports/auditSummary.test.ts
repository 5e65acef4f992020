import type { Database } from "better-sqlite3-multiple-ciphers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countAuditEntries, iterateAudit, verifyAuditChain } from "../../../src/main/audit/auditLog";
import { auditEntriesOfActions, summarizeAuditPeriod } from "../../../src/main/audit/auditSummary";
import { collectAuditSummary, countAudit, countTallies } from "../../../src/main/reports/documents/auditLogReport";
import { readPractice } from "../../../src/main/services/practiceService";
import { closeVault, findUserSlot, inspectVaultFolder, openVault } from "../../../src/main/vault/vault";
import { inPeriod, resolvePeriod, type ReportPeriod } from "../../../src/shared/model/reportPeriod";
import { ADMIN } from "../../support/testCore";
import { appendEntries, disposeVaults, ordinaryEntries, practiceVault, type SeedEntry } from "./reportTestKit";

const ZONE = "America/Chicago";

/** Entries on either side of the instants where 2025 begins and ends in Chicago, and account changes among them. */
const EDGES: SeedEntry[] = [
  { actorName: "maria", action: "settings.updated", summary: "Last moment of 2024", at: "2025-01-01T05:59:59.999Z" },
  { actorName: "maria", action: "settings.updated", summary: "First moment of 2025", at: "2025-01-01T06:00:00.000Z" },
  { actorName: "jreed", action: "user.created", summary: "Added Jamal Reed", at: "2025-06-01T15:00:00.000Z" },
  { actorName: "maria", action: "user.password-reset", summary: "Reset a password", at: "2025-12-31T23:00:00.000Z" },
  { actorName: "maria", action: "user.removed", summary: "Last moment of 2025", at: "2026-01-01T05:59:59.999Z" },
  { actorName: "maria", action: "settings.updated", summary: "First moment of 2026", at: "2026-01-01T06:00:00.000Z" },
  { actorName: "maria", action: "user.created", summary: "Added someone in 2026", at: "2026-02-01T15:00:00.000Z" },
];

const PERIODS: [string, ReportPeriod][] = [
  ["everything on record", {}],
  ["the calendar year 2024", { year: 2024 }],
  ["the calendar year 2025", { year: 2025 }],
  ["the calendar year 2026", { year: 2026 }],
  ["a range of days", { from: "2025-01-05", to: "2025-01-12" }],
  ["a range open at its end", { from: "2025-01-15" }],
  ["a range open at its start", { to: "2024-12-31" }],
  ["a year with no entries", { year: 2019 }],
];

let c: Awaited<ReturnType<typeof practiceVault>>;
let db: Database;
let close: () => void;

beforeAll(async () => {
  c = await practiceVault();
  // 600 ordinary entries an hour apart from late December 2024 into January 2025, the edges, and the vault's own entries (made now).
  await appendEntries(c, [...ordinaryEntries(600, Date.parse("2024-12-28T12:00:00Z")), ...EDGES]);
  await c.must("session.lock", { reason: "user" });
  const state = inspectVaultFolder(c.folder);
  if (state.state !== "present") throw new Error("no vault");
  const vault = await openVault(c.folder, findUserSlot(state.slots, ADMIN.username), ADMIN.password);
  db = vault.db;
  close = () => closeVault(vault);
}, 120_000);

afterAll(() => {
  close?.();
  disposeVaults();
});

/** What the entries themselves say: every entry read one by one, kept when its time is in the period, and counted. */
function countedOneByOne(period: ReportPeriod) {
  const resolved = resolvePeriod(period, ZONE);
  const entries = [...iterateAudit(db, {})].filter((entry) => inPeriod(entry.at, resolved)).map((entry) => ({ ...entry, hash: entry.hash.slice(0, 12) }));
  return { resolved, entries };
}

describe("the audit summary counted by SQLite", () => {
  it.each(PERIODS)("matches the entries one by one for %s", (_, period) => {
    const { resolved, entries } = countedOneByOne(period);
    const summary = summarizeAuditPeriod(db, resolved);
    expect(countTallies(summary)).toEqual(countAudit(entries));
    // Per action and person, too: each tally is the number of entries with that action by that person.
    for (const tally of summary.tallies) {
      expect(tally.entries).toBe(entries.filter((entry) => entry.action === tally.action && entry.actorName === tally.actorName).length);
    }
  });

  it("counts an entry at the first instant of a year in that year, and one a millisecond earlier in the year before", () => {
    const messages = (period: ReportPeriod) =>
      auditEntriesOfActions(db, ["settings.updated", "user.removed"], resolvePeriod(period, ZONE))
        .map((entry) => entry.summary)
        .filter((summary) => summary.startsWith("Last moment") || summary.startsWith("First moment"));
    expect(messages({ year: 2024 })).toEqual(["Last moment of 2024"]);
    expect(messages({ year: 2025 })).toEqual(["First moment of 2025", "Last moment of 2025"]);
    expect(messages({ year: 2026 })).toEqual(["First moment of 2026"]);
  });

  it("lists only the asked-for actions of the period, oldest first", () => {
    const period = resolvePeriod({ year: 2025 }, ZONE);
    const accounts = auditEntriesOfActions(db, ["user.created", "user.removed", "user.password-reset"], period);
    expect(accounts.map((entry) => entry.summary)).toEqual(["Added Jamal Reed", "Reset a password", "Last moment of 2025"]);
    expect(accounts.map((entry) => entry.seq)).toEqual([...accounts.map((entry) => entry.seq)].sort((a, b) => a - b));
    expect(auditEntriesOfActions(db, [], period)).toEqual([]);
    const everything = auditEntriesOfActions(db, ["user.created"], resolvePeriod({}, ZONE)).map((entry) => entry.summary);
    // The vault's own accounts (made when the test began) are there too.
    expect(everything).toEqual(expect.arrayContaining(["Added Jamal Reed", "Added someone in 2026"]));
  });

  it("counts the whole log as the chain check does", () => {
    const chain = verifyAuditChain(db);
    expect(chain.intact).toBe(true);
    expect(countAuditEntries(db)).toBe(chain.checked);
    expect(countAuditEntries(db)).toBe([...iterateAudit(db, {})].length);
  });

  it("is what the Compliance Binder's audit part holds: the chain's check and the period's counts, and no entry", () => {
    const practice = readPractice(db);
    const context = { db, practice, now: new Date(), period: resolvePeriod({ year: 2025 }, practice.timeZone) };
    const data = collectAuditSummary(context);
    expect(data.entries).toEqual([]);
    expect(data.chain.intact).toBe(true);
    expect(data.totalEntries).toBe(countAuditEntries(db));
    expect(data.summaryOnly).toEqual(countAudit(countedOneByOne({ year: 2025 }).entries));
    expect(data.summaryOnly!.byActivity).toEqual(expect.arrayContaining([["Account added", 1], ["Password reset", 1], ["Account removed", 1]]));
  });
});
