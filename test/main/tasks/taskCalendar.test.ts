import ICAL from "ical.js";
import { afterEach, describe, expect, it } from "vitest";
import { escapeText, foldLine, icsCalendar, rruleFor } from "../../../src/main/tasks/icsCalendar";
import { ensureStandingTasks } from "../../../src/main/tasks/standingTasks";
import { CALENDAR_PRODID, taskCalendar } from "../../../src/main/tasks/taskCalendar";
import { completeTask, createTask, updateTask } from "../../../src/main/tasks/taskService";
import { scheduleDayOf, upcomingDueDates, type Recurrence } from "../../../src/shared/rules/recurrence";
import { memoryDatabase, MARIA_ACTOR } from "./taskTestKit";

/**
 * The calendar file is read back with ical.js (Mozilla's iCalendar parser, the one Thunderbird uses):
 * the structure, each event's all-day date, its RRULE expanded into dates and compared with the
 * app's own schedule, and text with every character that needs escaping.
 */

let vault: ReturnType<typeof memoryDatabase> | null = null;
afterEach(() => {
  vault?.close();
  vault = null;
});

const TODAY = "2026-05-15";
const STAMP = new Date("2026-05-15T14:03:09.250Z");

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents("vevent").map((component) => ({ component, event: new ICAL.Event(component) }));
  return { calendar, events };
}

/** The first `count` dates of an event as ical.js expands it. */
function expand(event: ICAL.Event, count: number): string[] {
  const iterator = event.iterator();
  return Array.from({ length: count }, () => iterator.next()?.toString() ?? "end");
}

function singleEvent(date: string, rrule: string | null) {
  const ics = icsCalendar({ prodId: CALENDAR_PRODID, name: "Test", stamp: STAMP, events: [{ uid: "t@x", date, summary: "T", description: "", rrule, sequence: 0, categories: [] }] });
  return parse(ics).events[0]!.event;
}

describe("text and lines", () => {
  it("escapes backslashes, semicolons, commas and line breaks, and drops other control characters", () => {
    expect(escapeText("a\\b;c,d\r\ne\nf\rg\u0007h\ti")).toBe("a\\\\b\\;c\\,d\\ne\\nf\\ng" + "h\ti");
  });

  it("folds at 75 octets without splitting a UTF-8 character, continuation lines starting with a space", () => {
    expect(foldLine("X".repeat(75))).toBe("X".repeat(75));
    const folded = foldLine(`DESCRIPTION:${"é".repeat(80)}`);
    const lines = folded.split("\r\n");
    expect(lines.length).toBeGreaterThan(1);
    for (const [index, line] of lines.entries()) {
      expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
      if (index > 0) expect(line.startsWith(" ")).toBe(true);
      expect(line).not.toContain("\uFFFD");
    }
    expect(lines.map((line, index) => (index === 0 ? line : line.slice(1))).join("")).toBe(`DESCRIPTION:${"é".repeat(80)}`);
    // An emoji is four octets; none is cut in half either.
    const emoji = foldLine(`SUMMARY:${"🦷".repeat(40)}`).split("\r\n");
    expect(emoji.every((line) => Buffer.byteLength(line, "utf8") <= 75 && !line.includes("\uFFFD"))).toBe(true);
  });
});

describe("repeat rules, expanded by ical.js", () => {
  const cases: [label: string, dueDate: string, recurrence: Recurrence, rrule: string][] = [
    ["monthly on the 15th", "2026-01-15", "monthly", "FREQ=MONTHLY"],
    ["monthly at month ends", "2026-01-31", "monthly", "FREQ=MONTHLY;BYMONTHDAY=-1"],
    ["monthly month ends through a leap February", "2027-12-31", "monthly", "FREQ=MONTHLY;BYMONTHDAY=-1"],
    ["quarterly at quarter ends", "2026-03-31", "quarterly", "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1"],
    ["quarterly month ends through February", "2026-11-30", "quarterly", "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1"],
    ["quarterly on the 30th, never in February", "2026-01-30", "quarterly", "FREQ=MONTHLY;INTERVAL=3"],
    ["semiannual month ends", "2026-08-31", "semiannual", "FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=-1"],
    ["semiannual on a 31-day month end only", "2026-01-31", "semiannual", "FREQ=MONTHLY;INTERVAL=6"],
    ["annual on the year end", "2026-12-31", "annual", "FREQ=YEARLY"],
    ["annual on June 30", "2026-06-30", "annual", "FREQ=YEARLY"],
    ["annual on February 29", "2028-02-29", "annual", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1"],
    ["annual at February's end from a common year", "2027-02-28", "annual", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1"],
  ];

  it.each(cases)("%s: %s %s → %s, the same dates as the app schedules", (_, dueDate, recurrence, rrule) => {
    const day = scheduleDayOf(dueDate);
    expect(rruleFor(recurrence, dueDate, day)).toBe(rrule);
    const event = singleEvent(dueDate, rrule);
    expect(expand(event, 14)).toEqual(upcomingDueDates(dueDate, recurrence, 14, day));
  });

  it("writes the 29th or 30th through February as the last of the days up to it that the month has", () => {
    // ical.js 2.2.1 applies BYSETPOS only together with BYDAY, so this one is checked as RFC 5545 text.
    expect(rruleFor("monthly", "2026-01-30", 30)).toBe("FREQ=MONTHLY;BYMONTHDAY=28,29,30;BYSETPOS=-1");
    expect(rruleFor("quarterly", "2027-11-29", 29)).toBe("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=28,29;BYSETPOS=-1");
    const recur = singleEvent("2026-01-30", "FREQ=MONTHLY;BYMONTHDAY=28,29,30;BYSETPOS=-1").component.getFirstPropertyValue("rrule") as ICAL.Recur;
    expect(recur.freq).toBe("MONTHLY");
    expect(recur.parts).toMatchObject({ BYMONTHDAY: [28, 29, 30], BYSETPOS: [-1] });
    expect(rruleFor("none", "2026-01-30", 30)).toBeNull();
  });
});

describe("the task calendar file", () => {
  it("holds one all-day event per open dated task and item, with stable UIDs, RRULEs and escaped text that parse back", () => {
    vault = memoryDatabase();
    const maria = MARIA_ACTOR(vault.maria);
    ensureStandingTasks(vault.db, TODAY);
    const tricky = createTask(vault.db, maria, {
      title: 'Backup test; server, "NAS" \\ offsite 🦷',
      ownerUserId: vault.jamal,
      dueDate: "2026-06-30",
      recurrence: "quarterly",
      cfr: "164.308(a)(7)(ii)(D)",
      notes: "Restore one chart.\nThen the X-rays, the schedule, and the billing file; note how long it takes.\n".repeat(3).trim(),
    });
    const closed = createTask(vault.db, maria, { title: "One-off, already done", ownerUserId: vault.jamal, dueDate: "2026-05-01", recurrence: "none", cfr: "", notes: "" });
    completeTask(vault.db, maria, { id: closed.id, completedOn: "2026-05-02", notes: "", evidence: null });
    vault.db.prepare("INSERT INTO risk_review_triggers (id, kind, note, occurred_on, recorded_by, recorded_at) VALUES ('t1', 'move', 'Moved.', '2026-05-01', ?, 'x')").run(vault.maria);

    const file = taskCalendar(vault.db, TODAY, STAMP);
    expect(file).toMatchObject({ fileName: `safeguard-desk-tasks-${TODAY}.ics`, events: 9, undated: 1 });

    // Every line ends with CRLF and holds at most 75 octets.
    expect(file.ics.endsWith("\r\n")).toBe(true);
    const lines = file.ics.split("\r\n").slice(0, -1);
    expect(lines.every((line) => Buffer.byteLength(line, "utf8") <= 75 && !line.includes("\n") && !line.includes("\r"))).toBe(true);
    expect(file.ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);

    const { calendar, events } = parse(file.ics);
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("prodid")).toBe(CALENDAR_PRODID);
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Smile Dental: security tasks");
    expect(events).toHaveLength(9);
    expect(new Set(events.map(({ event }) => event.uid)).size).toBe(9);

    for (const { component, event } of events) {
      expect(event.startDate.isDate).toBe(true);
      expect(event.endDate.isDate).toBe(true);
      expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(86_400_000);
      expect((component.getFirstPropertyValue("dtstamp") as ICAL.Time).toString()).toBe("2026-05-15T14:03:09Z");
      expect(component.getFirstPropertyValue("summary")).not.toBe("");
    }

    const byUid = new Map(events.map((entry) => [entry.event.uid, entry]));
    const backup = byUid.get(`task-${tricky.id}@safeguard-desk`)!;
    expect(backup.event.summary).toBe(tricky.title);
    expect(backup.event.description).toBe(`${tricky.notes}\n\nRule: 45 CFR 164.308(a)(7)(ii)(D)\nResponsible: Jamal Reed\nRepeats: Every 3 months\nRecord the work in Safeguard Desk (Tasks) when it is done.`);
    expect(backup.event.startDate.toString()).toBe("2026-06-30");
    expect((backup.component.getFirstPropertyValue("rrule") as ICAL.Recur).toString()).toBe("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1");
    expect(expand(backup.event, 5)).toEqual(["2026-06-30", "2026-09-30", "2026-12-31", "2027-03-31", "2027-06-30"]);
    expect(backup.component.getFirstPropertyValue("sequence")).toBe(0);

    // The standing tasks: the monthly log review repeats at month ends from May 31.
    const review = events.find(({ event }) => event.summary === "Review the activity logs")!;
    expect(review.event.startDate.toString()).toBe("2026-05-31");
    expect(expand(review.event, 4)).toEqual(["2026-05-31", "2026-06-30", "2026-07-31", "2026-08-31"]);
    const evaluation = events.find(({ event }) => event.summary === "Yearly evaluation of the security program")!;
    expect((evaluation.component.getFirstPropertyValue("rrule") as ICAL.Recur).toString()).toBe("FREQ=YEARLY");
    expect(evaluation.event.description).toContain("Rule: 45 CFR 164.308(a)(8)");

    // Closed tasks and undated items are left out.
    expect(byUid.has(`task-${closed.id}@safeguard-desk`)).toBe(false);
    expect([...byUid.keys()].some((uid) => uid.startsWith("risk-trigger"))).toBe(false);
  });

  it("keeps each event's UID from one export to the next, raising SEQUENCE when the task changed", () => {
    vault = memoryDatabase();
    const maria = MARIA_ACTOR(vault.maria);
    const task = createTask(vault.db, maria, { title: "Check the alarm", ownerUserId: vault.maria, dueDate: "2026-05-20", recurrence: "monthly", cfr: "", notes: "" });
    const first = parse(taskCalendar(vault.db, TODAY, STAMP).ics).events[0]!;
    updateTask(vault.db, maria, { id: task.id, dueDate: "2026-05-22" });
    completeTask(vault.db, maria, { id: task.id, completedOn: TODAY, notes: "", evidence: null });
    const second = parse(taskCalendar(vault.db, TODAY, STAMP).ics).events[0]!;
    expect(second.event.uid).toBe(first.event.uid);
    expect(second.component.getFirstPropertyValue("sequence")).toBe(2);
    expect(second.event.startDate.toString()).toBe("2026-06-22");
  });

  it("shows the remediation plan's items as single events on their due dates", () => {
    vault = memoryDatabase();
    vault.db.exec(`
      INSERT INTO assessments (id, year, catalog_version, started_by, started_at) VALUES ('s1', 2026, '2026.1', '${vault.maria}', '2026-01-01');
      INSERT INTO action_items (id, source_kind, assessment_id, question_id, title, priority, owner_name, due_date, created_by, created_at, updated_by, updated_at)
        VALUES ('gap1', 'assessment-gap', 's1', 'q-308a7iiA-1', 'Set up an offsite backup, tested', 'high', 'Bob (IT)', '2026-06-01', '${vault.maria}', 'x', '${vault.maria}', 'x');
    `);
    const { events } = parse(taskCalendar(vault.db, TODAY, STAMP).ics);
    expect(events).toHaveLength(1);
    const [{ event, component }] = events as [(typeof events)[number]];
    expect(event.uid).toBe("action-item-gap1@safeguard-desk");
    expect(event.startDate.toString()).toBe("2026-06-01");
    expect(component.getFirstPropertyValue("rrule")).toBeNull();
    expect(event.description).toContain("Responsible: Bob (IT)");
    expect(event.description).toContain("From: Remediation plan in Safeguard Desk");
  });
});
