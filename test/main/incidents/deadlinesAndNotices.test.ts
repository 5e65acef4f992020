import { afterEach, describe, expect, it } from "vitest";
import { listOpenIncidentDeadlines } from "../../../src/main/incidents/incidentDeadlines";
import { closeVault, findUserSlot, inspectVaultFolder, openVault } from "../../../src/main/vault/vault";
import { daysBetween } from "../../../src/shared/rules/calendarDates";
import { calendarDateInZone } from "../../../src/shared/rules/calendarDates";
import { ADMIN, PRACTICE } from "../../support/testCore";
import { assessAsBreach, incidentCore, LOW_PROBABILITY_ANSWERS, READER, recordIncident, refused, signInAs, STAFF, type Core, type IncidentFacts } from "./incidentTestKit";

const cores: Core[] = [];
afterEach(() => cores.splice(0).forEach((c) => c.dispose()));

const today = () => calendarDateInZone(new Date(), PRACTICE.timeZone);

type Due = { individuals?: string; hhs?: string; media?: string; "covered-entity"?: string };

describe("notice deadlines from the discovery date, in the practice's calendar", () => {
  it.each<[string, Partial<IncidentFacts>, Due]>([
    ["a small breach", { discoveredOn: "2025-04-15", occurredOn: null, individualsAffected: 12, residents: [] }, { individuals: "2025-06-14", hhs: "2026-03-01" }],
    [
      "discovered at 11:30 p.m. on 31 December (the practice's date counts)",
      { discoveredOn: "2024-12-31", discoveredTime: "23:30", occurredOn: null, individualsAffected: 3, residents: [] },
      { individuals: "2025-03-01", hhs: "2025-03-01" },
    ],
    ["a small breach whose annual log falls in a leap year", { discoveredOn: "2023-06-01", occurredOn: null, individualsAffected: 3, residents: [] }, { individuals: "2023-07-31", hhs: "2024-02-29" }],
    ["discovered on a leap day", { discoveredOn: "2024-02-29", occurredOn: null, individualsAffected: 40, residents: [] }, { individuals: "2024-04-29", hhs: "2025-03-01" }],
    ["exactly 500 individuals, all in one State", { discoveredOn: "2025-04-15", occurredOn: null, individualsAffected: 500, residents: [{ state: "TX", count: 500 }] }, { individuals: "2025-06-14", hhs: "2025-06-14" }],
    [
      "more than 500 in total but no more than 500 in any one State",
      { discoveredOn: "2025-04-15", occurredOn: null, individualsAffected: 900, residents: [{ state: "TX", count: 450 }, { state: "OK", count: 450 }] },
      { individuals: "2025-06-14", hhs: "2025-06-14" },
    ],
    [
      "501 residents of one State",
      { discoveredOn: "2025-04-15", occurredOn: null, individualsAffected: 620, residents: [{ state: "TX", count: 501 }, { state: "OK", count: 119 }] },
      { individuals: "2025-06-14", hhs: "2025-06-14", media: "2025-06-14" },
    ],
    [
      "the practice acting as a business associate",
      { discoveredOn: "2025-11-20", occurredOn: null, individualsAffected: 2000, residents: [{ state: "NY", count: 2000 }], businessAssociate: true, coveredEntityName: "Lakeside Oral Surgery" },
      { "covered-entity": "2026-01-19" },
    ],
  ])("%s", async (_, facts, due) => {
    const c = await incidentCore(cores);
    const { incident } = await recordIncident(c, facts);
    const { deadlines } = await assessAsBreach(c, incident.id);
    expect(deadlines).toMatchObject({ applies: true, presumed: false });
    expect(Object.fromEntries(deadlines.items.map((item) => [item.recipient, item.dueDate]))).toEqual(due);
    for (const item of deadlines.items) {
      expect(item.daysLeft).toBe(daysBetween(today(), item.dueDate));
      expect(item.overdue).toBe(item.daysLeft < 0);
      expect(item.sent).toBe(false);
    }
  });

  it("names the law for each notice and the State for the media", async () => {
    const c = await incidentCore(cores);
    const { incident } = await recordIncident(c, { individualsAffected: 620, residents: [{ state: "TX", count: 620 }] });
    const { deadlines } = await assessAsBreach(c, incident.id);
    expect(deadlines.items.map((item) => [item.recipient, item.cite])).toEqual([
      ["individuals", "45 CFR 164.404(b)"],
      ["hhs", "45 CFR 164.408(b)"],
      ["media", "45 CFR 164.406"],
    ]);
    expect(deadlines.items[2]!.explanation).toMatch(/More than 500 residents of Texas/);
  });

  it("counts the deadlines from the start, presuming a breach until the assessment is signed off", async () => {
    const c = await incidentCore(cores);
    const { incident, deadlines } = await recordIncident(c, { individualsAffected: null, residents: [] });
    expect(deadlines).toMatchObject({ applies: true, presumed: true });
    expect(deadlines.items.map((item) => item.recipient)).toEqual(["individuals", "hhs"]);
    expect(deadlines.notes.join(" ")).toMatch(/presumes a breach.*164\.414\(b\).*not recorded yet\. If it is 500 or more, HHS must be told by May 2, 2025/);
    await c.must("incidents.assessment.save", { incidentId: incident.id, assessment: LOW_PROBABILITY_ANSWERS });
    const unsigned = await c.must("incidents.get", { id: incident.id });
    expect(unsigned.deadlines).toMatchObject({ applies: true, presumed: true });
    const signed = await c.must("incidents.assessment.signOff", { incidentId: incident.id });
    expect(signed.deadlines).toMatchObject({ applies: false, items: [] });
    expect(signed.breachState).toBe("not-a-breach");
    // Not a breach, signed: the incident can be closed without any notice.
    expect((await c.must("incidents.setStatus", { id: incident.id, status: "closed" })).incident.status).toBe("closed");
  });
});

describe("the notice log", () => {
  it("records each notice with date, method and recipient, marks the deadline met, and then lets the incident close", async () => {
    const c = await incidentCore(cores);
    const { incident } = await recordIncident(c, { individualsAffected: 620, residents: [{ state: "TX", count: 601 }, { state: "OK", count: 19 }] });
    const assessed = await assessAsBreach(c, incident.id);
    expect(assessed.closeBlockers).toEqual([
      "Log the notice sent for “Letters to the affected individuals” (45 CFR 164.404(b)).",
      "Log the notice sent for “Report to the Secretary of HHS” (45 CFR 164.408(b)).",
      "Log the notice sent for “Notice to prominent media outlets” (45 CFR 164.406).",
    ]);
    const notice = (recipient: "individuals" | "hhs" | "media" | "state-attorney-general", method: "first-class-mail" | "hhs-breach-portal" | "press-release" | "other", sentTo: string, sentOn: string) => ({
      incidentId: incident.id,
      notice: { recipient, method, sentTo, sentOn },
    });
    await c.must("incidents.notices.add", { ...notice("individuals", "first-class-mail", "620 patients", "2025-04-01"), notice: { ...notice("individuals", "first-class-mail", "620 patients", "2025-04-01").notice, recipientsCount: 620 } });
    await c.must("incidents.notices.add", notice("hhs", "hhs-breach-portal", "HHS breach portal", "2025-04-02"));
    await c.must("incidents.notices.add", notice("state-attorney-general", "other", "Texas Attorney General", "2025-04-02"));
    const logged = await c.must("incidents.notices.add", notice("media", "press-release", "Dallas Morning News", "2025-04-03"));
    expect(logged.notices.map((n) => [n.recipient, n.sentOn, n.method, n.sentTo])).toEqual([
      ["individuals", "2025-04-01", "first-class-mail", "620 patients"],
      ["hhs", "2025-04-02", "hhs-breach-portal", "HHS breach portal"],
      ["state-attorney-general", "2025-04-02", "other", "Texas Attorney General"],
      ["media", "2025-04-03", "press-release", "Dallas Morning News"],
    ]);
    expect(logged.notices[0]).toMatchObject({ recipientsCount: 620, recordedBy: { name: "Maria Lopez" } });
    expect(logged.deadlines.items.every((item) => item.sent && !item.overdue)).toBe(true);
    expect(logged.closeBlockers).toEqual([]);
    expect(logged.portalChecklist.sections.flatMap((s) => s.items).find((item) => item.label === "Date individual notice provided")?.value).toBe("April 1, 2025");
    expect((await c.must("incidents.setStatus", { id: incident.id, status: "closed" })).incident.status).toBe("closed");
  });

  it("refuses a notice dated before the discovery or in the future, and Read-only can't log one", async () => {
    const c = await incidentCore(cores);
    const { incident } = await recordIncident(c);
    const base = { recipient: "individuals" as const, method: "first-class-mail" as const, sentTo: "40 patients" };
    expect(await refused(c, "incidents.notices.add", { incidentId: incident.id, notice: { ...base, sentOn: "2025-03-01" } })).toMatchObject({
      fields: { "notice.sentOn": "The notice can't have been sent before the incident was discovered." },
    });
    expect(await refused(c, "incidents.notices.add", { incidentId: incident.id, notice: { ...base, sentOn: "2099-03-01" } })).toMatchObject({ fields: { "notice.sentOn": "The date can't be in the future." } });
    await signInAs(c, READER);
    expect(await refused(c, "incidents.notices.add", { incidentId: incident.id, notice: { ...base, sentOn: "2025-03-10" } })).toMatchObject({ code: "FORBIDDEN" });
    await signInAs(c, STAFF);
    expect((await c.must("incidents.notices.add", { incidentId: incident.id, notice: { ...base, sentOn: "2025-03-10" } })).notices).toHaveLength(1);
  });

  it("keeps every entry: the database refuses to change or delete one", async () => {
    const c = await incidentCore(cores);
    const { incident } = await recordIncident(c);
    await c.must("incidents.notices.add", { incidentId: incident.id, notice: { recipient: "individuals", method: "first-class-mail", sentTo: "40 patients", sentOn: "2025-03-10" } });
    await withDatabase(c, (db) => {
      expect(() => db.prepare("UPDATE breach_notices SET sent_on = '2025-03-04'").run()).toThrow(/keeps every entry/);
      expect(() => db.prepare("DELETE FROM breach_notices").run()).toThrow(/keeps every entry/);
    });
  });
});

describe("open deadlines for the dashboard and the annual list of small breaches", () => {
  it("lists every deadline not yet met, soonest first, counted from the given day", async () => {
    const c = await incidentCore(cores);
    const small = await recordIncident(c, { title: "Fax to the wrong number", discoveredOn: "2025-02-10", occurredOn: null, individualsAffected: 3, residents: [] });
    await assessAsBreach(c, small.incident.id);
    const large = await recordIncident(c, { title: "Ransomware on the server", discoveredOn: "2025-03-20", occurredOn: null, individualsAffected: 1200, residents: [{ state: "IL", count: 1200 }] });
    await assessAsBreach(c, large.incident.id);
    await recordIncident(c, { title: "Unassessed lost phone", discoveredOn: "2025-04-01", occurredOn: null, individualsAffected: 10, residents: [] });
    await recordIncident(c, { title: "Power cut", phi: "none", informationTypes: [], individualsAffected: null, residents: [] });
    await c.must("incidents.notices.add", { incidentId: large.incident.id, notice: { recipient: "media", method: "press-release", sentTo: "Chicago Tribune", sentOn: "2025-04-10" } });

    const open = await withDatabase(c, (db) => listOpenIncidentDeadlines(db, "2025-05-01"));
    expect(open.map((d) => [d.incidentNumber, d.recipient, d.dueDate, d.daysLeft, d.overdue, d.presumed])).toEqual([
      [1, "individuals", "2025-04-11", -20, true, false],
      [2, "individuals", "2025-05-19", 18, false, false],
      [2, "hhs", "2025-05-19", 18, false, false],
      [3, "individuals", "2025-05-31", 30, false, true],
      [1, "hhs", "2026-03-01", 304, false, false],
      [3, "hhs", "2026-03-01", 304, false, true],
    ]);
    expect(open[0]).toMatchObject({ incidentTitle: "Fax to the wrong number", label: "Letters to the affected individuals" });
    // The channel answers the same list as of the practice's today.
    expect((await c.must("incidents.deadlines", {})).map((d) => [d.incidentNumber, d.recipient])).toEqual(open.map((d) => [d.incidentNumber, d.recipient]));
  });

  it("gathers a calendar year's breaches of fewer than 500 people, due 60 days after the year ends", async () => {
    const c = await incidentCore(cores);
    const a = await recordIncident(c, { title: "Fax to the wrong number", discoveredOn: "2024-02-10", occurredOn: "2024-02-09", individualsAffected: 3, residents: [] });
    const b = await recordIncident(c, { title: "Stolen laptop", discoveredOn: "2024-12-31", occurredOn: null, individualsAffected: 499, residents: [] });
    const large = await recordIncident(c, { title: "Ransomware", discoveredOn: "2024-06-01", occurredOn: null, individualsAffected: 500, residents: [] });
    const ba = await recordIncident(c, { title: "At a client's", discoveredOn: "2024-07-01", occurredOn: null, individualsAffected: 5, residents: [], businessAssociate: true, coveredEntityName: "Lakeside Oral Surgery" });
    const notBreach = await recordIncident(c, { title: "Returned fax", discoveredOn: "2024-08-01", occurredOn: null, individualsAffected: 1, residents: [] });
    const nextYear = await recordIncident(c, { title: "January mail-up", discoveredOn: "2025-01-01", occurredOn: null, individualsAffected: 2, residents: [] });
    for (const detail of [a, b, large, ba, nextYear]) await assessAsBreach(c, detail.incident.id);
    await c.must("incidents.assessment.save", { incidentId: notBreach.incident.id, assessment: LOW_PROBABILITY_ANSWERS });
    await c.must("incidents.notices.add", { incidentId: a.incident.id, notice: { recipient: "individuals", method: "first-class-mail", sentTo: "3 patients", sentOn: "2024-02-20" } });
    await c.must("incidents.notices.add", { incidentId: a.incident.id, notice: { recipient: "hhs", method: "hhs-breach-portal", sentTo: "HHS breach portal", sentOn: "2025-02-01" } });

    const log = await c.must("incidents.smallBreaches", { year: 2024 });
    expect(log).toMatchObject({ year: 2024, dueDate: "2025-03-01", unreported: 1 });
    expect(log.daysLeft).toBe(daysBetween(today(), "2025-03-01"));
    expect(log.entries.map((e) => [e.number, e.title, e.individualsAffected, e.individualsNotifiedOn, e.reportedToHhsOn])).toEqual([
      [1, "Fax to the wrong number", 3, "2024-02-20", "2025-02-01"],
      [2, "Stolen laptop", 499, null, null],
    ]);
    expect((await c.must("incidents.smallBreaches", { year: 2023 })).dueDate).toBe("2024-02-29");
    expect((await c.must("incidents.smallBreaches", { year: 2025 })).entries.map((e) => e.title)).toEqual(["January mail-up"]);
  });
});

/** Opens the real encrypted vault directly (the session locked meanwhile), for checks below the services. */
async function withDatabase<T>(c: Core, work: (db: Parameters<typeof listOpenIncidentDeadlines>[0]) => T): Promise<T> {
  await c.must("session.lock", { reason: "user" });
  const state = inspectVaultFolder(c.folder);
  if (state.state !== "present") throw new Error("no vault");
  const vault = await openVault(c.folder, findUserSlot(state.slots, ADMIN.username), ADMIN.password);
  try {
    return work(vault.db);
  } finally {
    closeVault(vault);
    await c.must("session.unlock", { username: ADMIN.username, password: ADMIN.password });
  }
}
