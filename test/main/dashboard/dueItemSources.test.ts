import ICAL from "ical.js";
import { afterEach, describe, expect, it } from "vitest";
import { collectDueItems } from "../../../src/main/tasks/dueItemSources";
import { listDueTasks } from "../../../src/main/tasks/taskList";
import type { DueItem, DueItemSource } from "../../../src/shared/model/task";
import { addCalendarDays } from "../../../src/shared/rules/calendarDates";
import { formatDay } from "../../../src/shared/time/zonedTime";
import { CLOUD_BACKUP, dashboardCore, hire, practiceToday, requiredTopics, STOLEN_LAPTOP, train, withDatabase, type Core } from "./dashboardTestKit";

/**
 * The training, vendor, policy and incident records plugged into the task list's due-item seam
 * (src/main/tasks/dueItemSources.ts): each source's items, read from the real encrypted vault, and
 * then seen where the office manager sees them, in the task list and the calendar file.
 */

const cores: Core[] = [];
afterEach(() => cores.splice(0).forEach((c) => c.dispose()));

const ofSource = (items: readonly DueItem[], source: DueItemSource) => items.filter((item) => item.source === source);

async function calendarEvents(c: Core) {
  const file = await c.must("tasks.exportCalendar", {});
  const calendar = new ICAL.Component(ICAL.parse(file.ics));
  return calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
}

describe("training due", () => {
  it("gives one item per person, due on their earliest topic, overdue and coming up alike", async () => {
    const c = await dashboardCore(cores);
    const today = practiceToday();
    const topics = await requiredTopics(c);
    const late = await hire(c, "Ben Cole", "2020-02-03");
    await train(c, late, topics, "2021-03-01");
    const newcomer = await hire(c, "Cleo Park", addCalendarDays(today, -5));
    const current = await hire(c, "Ana Ruiz", "2020-01-06");
    await train(c, current, topics, addCalendarDays(today, -10));

    const items = ofSource(await withDatabase(c, (db) => collectDueItems(db, today)), "training");
    expect(items.map((item) => [item.id, item.title, item.dueDate, item.owner, item.cfr, item.area])).toEqual([
      [`training:${late.id}`, "Security training for Ben Cole", "2022-03-01", "Ben Cole", "164.308(a)(5)", "workforce"],
      [`training:${newcomer.id}`, "Security training for Cleo Park", addCalendarDays(today, 25), "Cleo Park", "164.308(a)(5)", "workforce"],
    ]);
    expect(items[0]!.detail).toContain(`${topics[0]!.name} (refresher, due ${formatDay("2022-03-01")})`);
    expect(items[1]!.detail).toContain(`${topics[0]!.name} (first training, due ${formatDay(addCalendarDays(today, 25))})`);

    const list = await c.must("tasks.list", { filter: "all" });
    expect(list.entries.find((entry) => entry.key === `training:${late.id}`)).toMatchObject({ origin: "training", status: "overdue", area: "workforce", task: null });
    const events = await calendarEvents(c);
    expect(events.find((event) => event.uid === `training-${newcomer.id}@safeguard-desk`)?.summary).toBe("Security training for Cleo Park");
  });
});

describe("vendors' agreements", () => {
  it("asks for a missing BAA at once and for a review on its review date", async () => {
    const c = await dashboardCore(cores);
    const today = practiceToday();
    const acme = await c.must("vendors.add", { vendor: CLOUD_BACKUP });
    const reviewOn = addCalendarDays(today, 20);
    const billing = await c.must("vendors.add", {
      vendor: { ...CLOUD_BACKUP, name: "Cura Billing", baaStatus: "signed", baaSignedDate: addCalendarDays(today, -340), baaReviewDate: reviewOn },
    });

    const items = ofSource(await withDatabase(c, (db) => collectDueItems(db, today)), "vendor");
    expect(items.map((item) => [item.id, item.title, item.dueDate, item.cfr, item.area])).toEqual([
      [`vendor:${acme.id}:baa`, "Get a Business Associate Agreement signed with Acme Cloud Backup", null, "164.308(b)(1), 164.502(e)(1)", "vendors"],
      [`vendor:${billing.id}:review`, "Review the Business Associate Agreement with Cura Billing", reviewOn, "164.314(a), 164.504(e)", "vendors"],
      [`vendor:${billing.id}:copy`, "Attach the signed Business Associate Agreement of Cura Billing", null, "164.308(b)(3), 164.316(b)(1)", "vendors"],
    ]);
    expect(items[0]!.detail).toMatch(/has no signed Business Associate Agreement/);

    const list = await c.must("tasks.list", { filter: "all" });
    expect(list.entries.find((entry) => entry.key === `vendor:${acme.id}:baa`)).toMatchObject({ origin: "vendor", status: "undated" });
    expect(list.entries.find((entry) => entry.key === `vendor:${billing.id}:review`)).toMatchObject({ status: "due-soon", daysUntilDue: 20 });
    const events = await calendarEvents(c);
    expect(events.find((event) => event.uid === `vendor-${billing.id}-review@safeguard-desk`)?.startDate.toString()).toBe(reviewOn);
  });
});

describe("policy reviews", () => {
  it("asks for the review of a policy in effect once its review date has come", async () => {
    const c = await dashboardCore(cores);
    const generated = await c.must("policies.generate", {});
    const policy = generated.policies[0]!;
    const detail = await c.must("policies.get", { policyId: policy.id });
    const approved = await c.must("policies.approve", { versionId: detail.latestVersionId });
    const reviewDate = approved.policy.inEffect!.nextReviewDate;

    const before = ofSource(await withDatabase(c, (db) => collectDueItems(db, addCalendarDays(reviewDate, -1))), "policy");
    expect(before).toEqual([]);
    const due = ofSource(await withDatabase(c, (db) => collectDueItems(db, reviewDate)), "policy");
    expect(due).toEqual([
      {
        id: `policy:${policy.id}:review`,
        source: "policy",
        title: `Review the policy “${approved.policy.title}”`,
        dueDate: reviewDate,
        owner: null,
        cfr: "164.316(b)(2)(iii)",
        detail: "Version 1 is in effect. Read it, record the review, or approve a new version if something in the office has changed.",
        area: "policies",
      },
    ]);
    const later = await withDatabase(c, (db) => listDueTasks(db, addCalendarDays(reviewDate, 3)));
    expect(later.overdue.find((entry) => entry.key === `policy:${policy.id}:review`)).toMatchObject({ origin: "policy", daysUntilDue: -3 });
  });
});

describe("breach notices", () => {
  it("gives each notice owed and not logged, due on its last permitted day", async () => {
    const c = await dashboardCore(cores);
    const created = await c.must("incidents.create", { incident: STOLEN_LAPTOP });
    const id = created.incident.id;
    const items = ofSource(await withDatabase(c, (db) => collectDueItems(db, "2025-03-10")), "incident");
    expect(items.map((item) => [item.id, item.dueDate, item.cfr, item.area])).toEqual([
      [`incident:${id}:individuals`, "2025-05-02", "164.404(b)", "incidents"],
      [`incident:${id}:hhs`, "2026-03-01", "164.408", "incidents"],
    ]);
    expect(items[0]!.title).toBe(`Letters to the affected individuals: incident ${created.incident.number}, “${STOLEN_LAPTOP.title}”`);
    expect(items[0]!.detail).toMatch(/a breach is presumed/);

    await c.must("incidents.notices.add", {
      incidentId: id,
      notice: { recipient: "individuals", sentOn: "2025-03-20", method: "first-class-mail", sentTo: "The 40 patients", recipientsCount: 40, notes: "" },
    });
    const after = ofSource(await withDatabase(c, (db) => collectDueItems(db, "2025-03-21")), "incident");
    expect(after.map((item) => item.id)).toEqual([`incident:${id}:hhs`]);

    const events = await calendarEvents(c);
    expect(events.find((event) => event.uid === `incident-${id}-hhs@safeguard-desk`)?.startDate.toString()).toBe("2026-03-01");
  });
});
