import { readFile } from "node:fs/promises";
import ICAL from "ical.js";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { TaskList } from "../../src/shared/model/task";
import { addCalendarDays, calendarDateInZone } from "../../src/shared/rules/calendarDates";
import { nextDueDate } from "../../src/shared/rules/recurrence";
import { formatDay } from "../../src/shared/time/zonedTime";
import { closeBrowser, type RunningApp } from "./harness";
import { expectAccessible, goTo, launch, lockWithShortcut, seedUser, seedVault, shot, signIn } from "./flows";

let app: RunningApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});
afterAll(closeBrowser);

const today = () => calendarDateInZone(new Date(), "America/Chicago");

async function dispatch<T>(running: RunningApp, channel: string, payload: unknown): Promise<T> {
  const result = await running.core.dispatch(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

const PDF = Buffer.from("%PDF-1.7\nlog review sheet, signed\n%%EOF\n");

describe("tasks", () => {
  it("completes a repeating task with notes and a file, and shows it scheduled for its next date", async () => {
    app = await launch();
    await seedVault(app);
    const { page } = app;
    await goTo(page, "Tasks");
    const row = page.getByRole("row", { name: /Review the activity logs/ });
    await row.waitFor();
    // Right after the Dashboard in the sidebar, marked as the current page, focus on its heading.
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link").allTextContents()).resolves.toEqual(expect.arrayContaining(["Dashboard", "Tasks"]));
    const navLabels = await page.getByRole("navigation", { name: "Main" }).getByRole("link").allTextContents();
    expect(navLabels.indexOf("Tasks")).toBe(navLabels.indexOf("Dashboard") + 1);
    await expect(page.getByRole("link", { name: "Tasks", exact: true }).getAttribute("aria-current")).resolves.toBe("page");
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe("H1");
    await expect(page.getByRole("table").locator("tbody tr").count()).resolves.toBe(8);
    await shot(page, "tasks-list");
    await expectAccessible(page, "tasks list");

    const before = (await dispatch<TaskList>(app, "tasks.list", {})).entries.find((entry) => entry.title === "Review the activity logs")!.task!;
    const next = nextDueDate({ dueDate: before.dueDate, recurrence: "monthly", completedOn: today(), scheduleDay: before.scheduleDay })!;
    await expect(row.innerText()).resolves.toContain(formatDay(before.dueDate));

    await row.getByRole("button", { name: "Complete “Review the activity logs”" }).click();
    const dialog = page.getByRole("dialog", { name: "Complete “Review the activity logs”" });
    await dialog.waitFor();
    await expect(dialog.getByLabel("Day the work was done").inputValue()).resolves.toBe(today());
    await dialog.getByText(`Once recorded, it will next be due on ${formatDay(next)}.`).waitFor();
    await dialog.getByLabel("Notes (optional)").fill("Checked sign-ins and failed sign-ins; nothing unusual.");
    await dialog.getByLabel("File that shows the work (optional)").setInputFiles({ name: "log review.pdf", mimeType: "application/pdf", buffer: PDF });
    await shot(page, "tasks-complete-dialog");
    await expectAccessible(page, "complete task dialog");

    // A date in the future is refused on the spot, and nothing typed is lost.
    await dialog.getByLabel("Day the work was done").fill(addCalendarDays(today(), 2));
    await dialog.getByRole("button", { name: "Record as done" }).click();
    await dialog.getByText(/cannot be after today/).waitFor();
    await expect(dialog.getByLabel("Notes (optional)").inputValue()).resolves.toBe("Checked sign-ins and failed sign-ins; nothing unusual.");
    await dialog.getByLabel("Day the work was done").fill(today());
    await dialog.getByRole("button", { name: "Record as done" }).click();

    await page.getByText(`“Review the activity logs” was recorded as done on ${formatDay(today())}. It is next due on ${formatDay(next)}.`).waitFor();
    await expect(dialog.isVisible()).resolves.toBe(false);
    const after = page.getByRole("row", { name: /Review the activity logs/ });
    await expect(after.innerText()).resolves.toContain(formatDay(next));
    await expect(after.innerText()).resolves.toMatch(new RegExp(`${formatDay(today())}\\s*by Maria Lopez`));
    await shot(page, "tasks-completed");

    await after.getByRole("button", { name: "History of “Review the activity logs”" }).click();
    const history = page.getByRole("dialog", { name: "History of “Review the activity logs”" });
    await history.getByText(`Done on ${formatDay(today())} by Maria Lopez`).waitFor();
    await history.getByText("Checked sign-ins and failed sign-ins; nothing unusual.").waitFor();
    await shot(page, "tasks-history");
    await expectAccessible(page, "task history dialog");
    const [download] = await Promise.all([page.waitForEvent("download"), history.getByRole("button", { name: "Download log review.pdf" }).click()]);
    expect(download.suggestedFilename()).toBe("log review.pdf");
    expect((await readFile((await download.path()) as string)).equals(PDF)).toBe(true);
    await history.getByRole("button", { name: "Close" }).click();
  });

  it("downloads the tasks as a calendar file that a calendar library reads back", async () => {
    app = await launch();
    await seedVault(app);
    const { page } = app;
    await goTo(page, "Tasks");
    await page.getByRole("row", { name: /Review the activity logs/ }).waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download calendar (.ics)" }).click()]);
    expect(download.suggestedFilename()).toBe(`safeguard-desk-tasks-${today()}.ics`);
    const ics = await readFile((await download.path()) as string, "utf8");
    await page.getByText(`The calendar was saved as safeguard-desk-tasks-${today()}.ics, with 8 events.`).waitFor();

    const calendar = new ICAL.Component(ICAL.parse(ics));
    const events = calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
    expect(events).toHaveLength(8);
    const list = await dispatch<TaskList>(app, "tasks.list", {});
    for (const entry of list.entries) {
      const event = events.find((candidate) => candidate.uid === `task-${entry.task!.id}@safeguard-desk`)!;
      expect(event.summary).toBe(entry.title);
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.toString()).toBe(entry.dueDate);
      expect(event.isRecurring()).toBe(true);
    }
    await shot(page, "tasks-calendar-downloaded");
  });

  it("adds and edits a task, filters overdue items with the keyboard, and shows the remediation plan's items read-only", async () => {
    app = await launch();
    await seedVault(app);
    const { assessment } = await dispatch<{ assessment: { id: string } }>(app, "assessment.start", { year: Number(today().slice(0, 4)) });
    await dispatch(app, "assessment.answer", { assessmentId: assessment.id, questionId: "q-308a7iiA-1", value: "none" });
    await dispatch(app, "actionItems.createFromGap", { assessmentId: assessment.id, questionId: "q-308a7iiA-1", title: "Set up an offsite backup", dueDate: addCalendarDays(today(), -5) });
    const { page } = app;
    await goTo(page, "Tasks");

    await page.getByRole("button", { name: "Add a task" }).click();
    const add = page.getByRole("dialog", { name: "Add a task" });
    await add.getByLabel("What needs doing").fill("   ");
    await add.getByLabel("Due date").fill(addCalendarDays(today(), -2));
    await add.getByRole("button", { name: "Add the task" }).click();
    await add.getByText("Give the task a short title.").waitFor();
    await shot(page, "tasks-add-error");
    await expectAccessible(page, "add task dialog with an error");
    await add.getByLabel("What needs doing").fill("Check the fire extinguisher by the server");
    await add.getByLabel("Repeats").selectOption("semiannual");
    await add.getByLabel("Rule reference (optional)").fill("164.310(a)(2)(ii)");
    await add.getByRole("button", { name: "Add the task" }).click();
    await page.getByText(`“Check the fire extinguisher by the server” was added, due on ${formatDay(addCalendarDays(today(), -2))}.`).waitFor();

    const row = page.getByRole("row", { name: /Check the fire extinguisher/ });
    await expect(row.innerText()).resolves.toMatch(/Overdue by 2 days/);
    await row.getByRole("button", { name: "Edit “Check the fire extinguisher by the server”" }).click();
    const edit = page.getByRole("dialog", { name: "Edit “Check the fire extinguisher by the server”" });
    await expect(edit.getByLabel("Repeats").inputValue()).resolves.toBe("semiannual");
    await edit.getByLabel("Due date").fill(addCalendarDays(today(), -1));
    await edit.getByRole("button", { name: "Save changes" }).click();
    await page.getByText("The changes to “Check the fire extinguisher by the server” were saved.").waitFor();
    await expect(page.getByRole("row", { name: /Check the fire extinguisher/ }).innerText()).resolves.toMatch(/Overdue by 1 day\b/);

    // The filter is a radio group: Tab to it, arrow keys move between the choices.
    await page.getByRole("radio", { name: /^All/ }).focus();
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await expect(page.getByRole("radio", { name: /^Overdue/ }).isChecked()).resolves.toBe(true);
    await page.getByText("2 items shown", { exact: false }).waitFor();
    const rows = page.getByRole("table").locator("tbody tr");
    await expect(rows.count()).resolves.toBe(2);
    const planRow = page.getByRole("row", { name: /Set up an offsite backup/ });
    await expect(planRow.innerText()).resolves.toMatch(/From: Remediation plan/);
    await expect(planRow.innerText()).resolves.toMatch(/Overdue by 5 days/);
    await expect(planRow.getByRole("button").count()).resolves.toBe(0);
    await expect(planRow.getByRole("link", { name: "Open “Set up an offsite backup” in Assessment" }).getAttribute("href")).resolves.toBe("#/assessment");
    await shot(page, "tasks-overdue");
    await expectAccessible(page, "overdue tasks");
  });

  it("shows a Read-only user the list without the controls that change it", async () => {
    app = await launch();
    await seedVault(app);
    await seedUser(app, { username: "auditor", fullName: "Alex Auditor", role: "readonly", password: "only looking today" });
    const { page } = app;
    await lockWithShortcut(page);
    await signIn(page, "auditor", "only looking today");
    await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
    await goTo(page, "Tasks");
    await page.getByRole("row", { name: /Review the activity logs/ }).waitFor();
    await page.getByText(/Your role is Read-only/).waitFor();
    await expect(page.getByRole("button", { name: "Add a task" }).count()).resolves.toBe(0);
    await expect(page.getByRole("button", { name: /^Complete/ }).count()).resolves.toBe(0);
    await expect(page.getByRole("button", { name: "Download calendar (.ics)" }).isEnabled()).resolves.toBe(true);
    await shot(page, "tasks-readonly");
  });
});
