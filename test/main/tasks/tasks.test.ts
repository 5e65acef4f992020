import { afterEach, describe, expect, it } from "vitest";
import { STANDING_TASKS } from "../../../src/main/tasks/standingTasks";
import { practiceToday } from "../../../src/main/tasks/taskRecords";
import { addCalendarDays, calendarDateInZone } from "../../../src/shared/rules/calendarDates";
import { isLastDayOfMonth, nextDueDate } from "../../../src/shared/rules/recurrence";
import { practiceWithTeam, READER, signInAs, STAFF } from "../../support/assessmentFlows";
import { ADMIN, testCore } from "../../support/testCore";
import { memoryDatabase, pdfBase64, type Core } from "./taskTestKit";

const cores: Core[] = [];
afterEach(() => cores.splice(0).forEach((c) => c.dispose()));

async function team(): Promise<{ c: Core; today: string; jamalId: string; mariaId: string }> {
  const c = testCore({ reportInternalError: (error) => console.error(error) });
  cores.push(c);
  await practiceWithTeam(c);
  const users = await c.must("users.list", {});
  const today = calendarDateInZone(new Date(), "America/Chicago");
  return { c, today, jamalId: users.find((u) => u.username === "jamal")!.id, mariaId: users.find((u) => u.username === "maria")!.id };
}

const taskOf = async (c: Core, title: string) => {
  const entry = (await c.must("tasks.list", {})).entries.find((e) => e.title === title && e.task);
  if (!entry?.task) throw new Error(`No task "${title}"`);
  return entry.task;
};

describe("the standing tasks", () => {
  it("are added the first time the list is opened, once, owned by the first Administrator, due at month ends", async () => {
    const { c, today, mariaId } = await team();
    const first = await c.must("tasks.list", {});
    const tasks = first.entries.filter((entry) => entry.origin === "task").map((entry) => entry.task!);
    expect(first.today).toBe(today);
    expect(tasks.map((task) => task.kind).sort()).toEqual(STANDING_TASKS.map((standing) => standing.kind).sort());
    expect(tasks).toHaveLength(8);
    for (const task of tasks) {
      expect(task).toMatchObject({ owner: { userId: mariaId, name: "Maria Lopez", active: true }, status: "open", scheduleDay: 31, lastCompletion: null, completionCount: 0 });
      expect(isLastDayOfMonth(task.dueDate)).toBe(true);
      expect(task.dueDate >= today).toBe(true);
    }
    const byKind = Object.fromEntries(tasks.map((task) => [task.kind, task]));
    expect(byKind["audit-log-review"]).toMatchObject({ cfr: "164.308(a)(1)(ii)(D)", recurrence: "monthly", title: "Review the activity logs" });
    expect(byKind["contingency-test"]).toMatchObject({ cfr: "164.308(a)(7)(ii)(D)", recurrence: "annual" });
    expect(byKind["evaluation"]).toMatchObject({ cfr: "164.308(a)(8)", recurrence: "annual" });
    expect(byKind["access-review"]).toMatchObject({ recurrence: "quarterly" });
    expect(byKind["risk-analysis"]!.notes).toMatch(/risk analysis/);

    const again = await c.must("tasks.list", {});
    expect(again.entries.filter((entry) => entry.origin === "task")).toHaveLength(8);
    const log = (await c.must("audit.list", { filter: { action: "tasks.seeded" } })).entries;
    expect(log).toHaveLength(1);
    // The seeding is the app's own work, not an edit by whoever opened the list first.
    expect(log[0]).toMatchObject({ actorId: null, actorName: "Safeguard Desk", summary: "Started the task list with the practice's 8 standing tasks of the Security Rule" });
  });

  it("are added when a Read-only user opens the list first, still owned by the Administrator, and the log does not name the reader", async () => {
    const { c, mariaId } = await team();
    await signInAs(c, READER);
    const readerId = (await c.must("session.current", {})).user.id;
    const list = await c.must("tasks.list", { filter: "all" });
    expect(list.entries.filter((entry) => entry.task?.owner.userId === mariaId)).toHaveLength(8);
    const log = (await c.must("audit.list", {})).entries;
    expect(log.find((entry) => entry.action === "tasks.seeded")).toMatchObject({ actorId: null, actorName: "Safeguard Desk" });
    // A Read-only user's look leaves only the sign-in under their name, nothing that reads as an edit.
    expect(log.filter((entry) => entry.actorId === readerId || entry.actorName === READER.username).map((entry) => entry.action)).toEqual(["session.unlocked"]);
  });

  it.each(["dashboard.get", "tasks.exportCalendar"] as const)("are added by a Read-only user's first %s, attributed to the app, and shown to every role", async (channel) => {
    const { c } = await team();
    await signInAs(c, READER);
    await c.must(channel, {});
    const seeded = (await c.must("audit.list", { filter: { action: "tasks.seeded" } })).entries;
    expect(seeded).toHaveLength(1);
    expect(seeded[0]).toMatchObject({ actorId: null, actorName: "Safeguard Desk" });
    expect((await c.must("audit.list", { filter: { actor: READER.username, action: "tasks.seeded" } })).total).toBe(0);
    for (const who of [READER, STAFF, { username: "maria", password: ADMIN.password }]) {
      await signInAs(c, who);
      expect((await c.must("tasks.list", { filter: "all" })).entries.filter((entry) => entry.origin === "task"), who.username).toHaveLength(8);
      expect((await c.must("dashboard.get", {})).due.upcoming.map((entry) => entry.title), who.username).toContain("Review the activity logs");
    }
    expect((await c.must("audit.list", { filter: { action: "tasks.seeded" } })).total).toBe(1);
  });
});

describe("completing a task", () => {
  it("records who, when, notes and the file, and moves a repeating task to its next date", async () => {
    const { c, today } = await team();
    await c.must("tasks.list", {});
    const review = await taskOf(c, "Review the activity logs");
    await signInAs(c, STAFF);
    const done = await c.must("tasks.complete", {
      id: review.id,
      completedOn: today,
      notes: "Two failed sign-ins on the front desk computer; both were Jamal mistyping.",
      evidence: { fileName: "C:\\fakepath\\March log review.PDF", mimeType: "application/pdf", contentBase64: pdfBase64() },
    });
    const expectedNext = nextDueDate({ dueDate: review.dueDate, recurrence: "monthly", completedOn: today, scheduleDay: 31 });
    expect(done.completion).toMatchObject({
      taskId: review.id,
      dueDate: review.dueDate,
      completedOn: today,
      completedBy: { name: "Jamal Reed" },
      notes: "Two failed sign-ins on the front desk computer; both were Jamal mistyping.",
      evidence: { fileName: "March log review.pdf", mimeType: "application/pdf", sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
      nextDueDate: expectedNext,
    });
    expect(expectedNext! > review.dueDate).toBe(true);
    expect(done.task).toMatchObject({ status: "open", dueDate: expectedNext, revision: review.revision + 1, completionCount: 1, lastCompletion: { id: done.completion.id } });

    const history = await c.must("tasks.history", { id: review.id });
    expect(history.map((entry) => entry.id)).toEqual([done.completion.id]);
    const file = await c.must("tasks.downloadEvidence", { completionId: done.completion.id });
    expect(Buffer.from(file.contentBase64, "base64").equals(Buffer.from(pdfBase64(), "base64"))).toBe(true);
    expect(file).toMatchObject({ fileName: "March log review.pdf", sha256: done.completion.evidence!.sha256 });

    // Completing again (the next month's review done early) moves it once more.
    const second = await c.must("tasks.complete", { id: review.id, completedOn: today });
    expect(second.completion).toMatchObject({ dueDate: expectedNext, evidence: null, notes: "" });
    expect(second.task.dueDate).toBe(nextDueDate({ dueDate: expectedNext!, recurrence: "monthly", completedOn: today, scheduleDay: 31 }));
    expect((await c.must("tasks.history", { id: review.id })).map((entry) => entry.id)).toEqual([second.completion.id, done.completion.id]);
    expect(await c.call("tasks.downloadEvidence", { completionId: second.completion.id })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });

    const log = (await c.must("audit.list", { filter: { text: review.id } })).entries;
    expect(log.map((entry) => entry.action)).toEqual(["task.completed", "task.completed"]);
    expect(log[1]).toMatchObject({ actorName: "jamal", changes: { dueDate: review.dueDate, nextDueDate: expectedNext, evidence: { fileName: "March log review.pdf" } } });
    expect((await c.must("audit.list", { filter: { action: "task.evidence-downloaded" } })).entries).toHaveLength(1);
  });

  it("closes a task done once, which then cannot be completed or changed again", async () => {
    const { c, today, jamalId } = await team();
    const task = await c.must("tasks.create", { title: "Replace the lock on the server closet", ownerUserId: jamalId, dueDate: addCalendarDays(today, 10), recurrence: "none" });
    expect(task).toMatchObject({ kind: "custom", status: "open", owner: { name: "Jamal Reed" }, cfr: "", notes: "" });
    const done = await c.must("tasks.complete", { id: task.id, completedOn: addCalendarDays(today, -1), notes: "Locksmith came." });
    expect(done.completion.nextDueDate).toBeNull();
    expect(done.task).toMatchObject({ status: "done", dueDate: task.dueDate });
    expect(await c.call("tasks.complete", { id: task.id, completedOn: today })).toMatchObject({ ok: false, error: { code: "CONFLICT", message: expect.stringMatching(/already done/) } });
    expect(await c.call("tasks.update", { id: task.id, title: "Changed" })).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    const all = await c.must("tasks.list", { filter: "all" });
    expect(all.entries.at(-1)).toMatchObject({ key: `task:${task.id}`, status: "done", daysUntilDue: null });
    expect((await c.must("tasks.list", { filter: "due-soon" })).entries.some((entry) => entry.key === `task:${task.id}`)).toBe(false);
  });

  it("refuses a completion dated after today in the practice's time zone, or a file that is not what it claims", async () => {
    const { c, today } = await team();
    await c.must("tasks.list", {});
    const test = await taskOf(c, "Test the backup and emergency plan");
    expect(await c.call("tasks.complete", { id: test.id, completedOn: addCalendarDays(today, 1) })).toMatchObject({
      ok: false,
      error: { code: "VALIDATION", fields: { completedOn: expect.stringMatching(/cannot be after today/) } },
    });
    expect(await c.call("tasks.complete", { id: test.id, completedOn: "2026-02-30" })).toMatchObject({ ok: false, error: { code: "VALIDATION", fields: { completedOn: expect.any(String) } } });
    expect(
      await c.call("tasks.complete", { id: test.id, completedOn: today, evidence: { fileName: "restore.pdf", contentBase64: Buffer.from("MZ a program").toString("base64") } }),
    ).toMatchObject({ ok: false, error: { code: "VALIDATION", fields: { evidence: expect.stringMatching(/does not look like a PDF/) } } });
    expect(await c.call("tasks.complete", { id: test.id, completedOn: today, evidence: { fileName: "setup.exe", contentBase64: "TVqQAAMAAAAEAAAA" } })).toMatchObject({
      ok: false,
      error: { code: "VALIDATION", fields: { evidence: expect.stringMatching(/Attach a PDF/) } },
    });
    // Nothing was recorded by the refusals.
    expect(await c.must("tasks.history", { id: test.id })).toEqual([]);
    expect((await taskOf(c, "Test the backup and emergency plan")).dueDate).toBe(test.dueDate);
  });

  it("counts today where the practice is", () => {
    const { db, close } = memoryDatabase();
    try {
      // 9 p.m. on December 31 in Chicago is already January 1 in UTC.
      expect(practiceToday(db, new Date("2027-01-01T03:00:00Z"))).toBe("2026-12-31");
      expect(practiceToday(db, new Date("2027-01-01T06:30:00Z"))).toBe("2027-01-01");
    } finally {
      close();
    }
  });
});

describe("adding and editing tasks", () => {
  it("adds a task of the practice's own and edits it; a new due date sets the day the series keeps to", async () => {
    const { c, jamalId, mariaId } = await team();
    await signInAs(c, STAFF);
    const task = await c.must("tasks.create", {
      title: "Check the fire extinguisher by the server",
      ownerUserId: jamalId,
      dueDate: "2031-01-30",
      recurrence: "monthly",
      cfr: "164.310(a)(2)(ii)",
      notes: "Gauge in the green.",
    });
    expect(task).toMatchObject({ kind: "custom", scheduleDay: 30, revision: 0, createdBy: { name: "Jamal Reed" } });
    const moved = await c.must("tasks.update", { id: task.id, dueDate: "2031-04-30", recurrence: "quarterly", ownerUserId: mariaId });
    expect(moved).toMatchObject({ dueDate: "2031-04-30", scheduleDay: 31, recurrence: "quarterly", owner: { name: "Maria Lopez" }, revision: 1 });
    const same = await c.must("tasks.update", { id: task.id, title: "Check the fire extinguisher by the server" });
    expect(same.revision).toBe(1);
    const log = (await c.must("audit.list", { filter: { text: task.id } })).entries;
    expect(log.map((entry) => entry.action)).toEqual(["task.updated", "task.created"]);
    expect(log[0]!.changes).toEqual({ owner: { from: jamalId, to: mariaId }, dueDate: { from: "2031-01-30", to: "2031-04-30" }, recurrence: { from: "monthly", to: "quarterly" } });
  });

  it("checks every field and names the one that is wrong", async () => {
    const { c, jamalId } = await team();
    const good = { title: "Shred old paper charts", ownerUserId: jamalId, dueDate: "2030-06-15", recurrence: "none" as const };
    expect(await c.call("tasks.create", { ...good, title: "  " })).toMatchObject({ ok: false, error: { code: "VALIDATION", fields: { title: "Give the task a short title." } } });
    expect(await c.call("tasks.create", { ...good, dueDate: "2030-02-30" })).toMatchObject({ ok: false, error: { code: "VALIDATION", fields: { dueDate: expect.stringMatching(/real date/) } } });
    expect(await c.call("tasks.create", { ...good, dueDate: "1999-12-31" })).toMatchObject({ ok: false, error: { code: "VALIDATION", fields: { dueDate: expect.stringMatching(/2000 and 2100/) } } });
    expect(await c.call("tasks.create", { ...good, recurrence: "weekly" as never })).toMatchObject({ ok: false, error: { code: "VALIDATION", fields: { recurrence: expect.any(String) } } });
    expect(await c.call("tasks.create", { ...good, ownerUserId: "" })).toMatchObject({ ok: false, error: { code: "VALIDATION", fields: { ownerUserId: "Choose who is responsible." } } });
    expect(await c.call("tasks.create", { ...good, ownerUserId: "6f1c1f9e-5d7b-4c1e-9a59-0a4f4f7c1e11" })).toMatchObject({
      ok: false,
      error: { code: "VALIDATION", fields: { ownerUserId: expect.stringMatching(/no longer has an account/) } },
    });
    await c.must("users.remove", { id: jamalId });
    expect(await c.call("tasks.create", good)).toMatchObject({ ok: false, error: { code: "VALIDATION", fields: { ownerUserId: expect.any(String) } } });
    const task = await taskOf(c, "Review the activity logs");
    expect(await c.call("tasks.update", { id: task.id })).toMatchObject({ ok: false, error: { code: "VALIDATION", message: "Nothing to change." } });
    expect(await c.call("tasks.update", { id: "6f1c1f9e-5d7b-4c1e-9a59-0a4f4f7c1e11", title: "x" })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
  });

  it("lets a Read-only user look, download the calendar and the history, but not add, edit or complete", async () => {
    const { c, jamalId, today } = await team();
    await c.must("tasks.list", {});
    const task = await taskOf(c, "Review the activity logs");
    await signInAs(c, READER);
    expect(await c.call("tasks.create", { title: "x", ownerUserId: jamalId, dueDate: "2030-01-01", recurrence: "none" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await c.call("tasks.update", { id: task.id, title: "x" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await c.call("tasks.complete", { id: task.id, completedOn: today })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await c.must("tasks.history", { id: task.id })).toEqual([]);
    const file = await c.must("tasks.exportCalendar", {});
    expect(file.fileName).toBe(`safeguard-desk-tasks-${today}.ics`);
    expect(file.ics).toContain("BEGIN:VCALENDAR");
    expect((await c.must("audit.list", { filter: { action: "tasks.calendar-exported" } })).entries[0]).toMatchObject({ actorName: "auditor" });
  });
});

describe("what other records say is due", () => {
  const BACKUP_PLAN = "q-308a7iiA-1";

  it("shows the remediation plan's open items and the risk analysis's review events, read-only, in date order", async () => {
    const { c, today, jamalId } = await team();
    const { assessment } = await c.must("assessment.start", { year: 2026 });
    await c.must("assessment.answer", { assessmentId: assessment.id, questionId: BACKUP_PLAN, value: "none" });
    const item = await c.must("actionItems.createFromGap", {
      assessmentId: assessment.id,
      questionId: BACKUP_PLAN,
      owner: { kind: "user", userId: jamalId },
      dueDate: addCalendarDays(today, -3),
    });
    await c.must("risk.triggers.add", { kind: "new-system", note: "New imaging software installed.", occurredOn: today });

    const list = await c.must("tasks.list", { filter: "all" });
    const merged = list.entries.find((entry) => entry.key === `action-item:${item.id}`);
    expect(merged).toMatchObject({
      origin: "action-item",
      title: item.title,
      dueDate: addCalendarDays(today, -3),
      status: "overdue",
      daysUntilDue: -3,
      owner: "Jamal Reed",
      area: "assessment",
      task: null,
      detail: expect.stringMatching(/High-priority item of the remediation plan/),
    });
    expect(list.entries[0]!.key).toBe(`action-item:${item.id}`);
    const trigger = list.entries.find((entry) => entry.origin === "risk-review");
    expect(trigger).toMatchObject({ status: "undated", dueDate: null, area: "risk-analysis", title: expect.stringMatching(/Update the risk analysis: a new system/), detail: expect.stringMatching(/New imaging software/) });

    const overdue = await c.must("tasks.list", { filter: "overdue" });
    expect(overdue.entries.map((entry) => entry.key)).toEqual([`action-item:${item.id}`]);
    expect(overdue.counts).toEqual({ overdue: 1, "due-soon": list.counts["due-soon"], all: list.entries.length });

    await c.must("actionItems.update", { id: item.id, status: "done" });
    expect((await c.must("tasks.list", { filter: "all" })).entries.some((entry) => entry.key === `action-item:${item.id}`)).toBe(false);
  });
});
