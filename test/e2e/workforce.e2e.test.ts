import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { RosterEntry } from "../../src/shared/model/workforce";
import { closeBrowser, type RunningApp } from "./harness";
import { expectAccessible, goTo, launch, seedUser, seedVault, shot } from "./flows";

let app: RunningApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});
afterAll(closeBrowser);

const AREA = "Workforce & training";

async function roster(running: RunningApp): Promise<RosterEntry[]> {
  const result = await running.core.dispatch("workforce.list", {});
  if (!result.ok) throw new Error(result.error.message);
  return result.value as RosterEntry[];
}

describe("workforce and training", () => {
  it("hire a person, record a session and their typed acknowledgment, see them no longer overdue, then terminate them and complete the checklist", async () => {
    app = await launch();
    await seedVault(app);
    await seedUser(app, { username: "sam", fullName: "Sam Patel", role: "staff", password: "sam likes long walks" });
    const { page } = app;

    await goTo(page, AREA);
    await page.getByText("Nobody is on the roster yet.", { exact: false }).waitFor();
    await shot(page, "workforce-empty");
    await expectAccessible(page, "empty roster");

    // Hire: a hygienist hired almost two years ago, whose training was never recorded.
    await page.getByRole("button", { name: "Add a person" }).click();
    const add = page.getByRole("dialog", { name: "Add a person to the roster" });
    await add.getByLabel("Full name").fill("Sam Patel");
    await add.getByLabel("Job title").fill("Dental Hygienist");
    await add.getByLabel("Hire date").fill("2025-01-06");
    await add.getByRole("option", { name: "Sam Patel (sam)" }).waitFor({ state: "attached" });
    await add.getByLabel("App account").selectOption({ label: "Sam Patel (sam)" });
    await shot(page, "workforce-add-person");
    await expectAccessible(page, "add person dialog");
    await add.getByRole("button", { name: "Add to the roster" }).click();

    await page.getByRole("heading", { level: 1, name: "Sam Patel" }).waitFor();
    const due = page.getByRole("region", { name: "Training due" });
    await due.getByText("HIPAA basics").waitFor();
    await expect(due.locator("li.due-item-overdue").count()).resolves.toBe(5);
    await shot(page, "workforce-person-overdue");
    await expectAccessible(page, "person page, overdue");

    await page.getByRole("link", { name: AREA }).first().click();
    await page.getByRole("heading", { level: 1, name: AREA }).waitFor();
    await page.getByRole("heading", { name: "Overdue (5)" }).waitFor();
    await expect(page.getByRole("row", { name: /Sam Patel/ }).filter({ hasText: "Dental Hygienist" }).innerText()).resolves.toMatch(/Overdue \(5 topics\)/);
    await shot(page, "workforce-roster-overdue");
    await expectAccessible(page, "roster with overdue training");

    // A session covering every topic.
    await page.getByRole("link", { name: "Training topics and sessions" }).click();
    await page.getByRole("heading", { level: 1, name: "Training topics and sessions" }).waitFor();
    const sessionForm = page.getByRole("form", { name: "Record a session" });
    await sessionForm.getByLabel("Given by").fill("Maria Lopez");
    for (const topic of ["HIPAA basics", "Phishing and social engineering", "The practice's own policies", "Password practice", "Incident reporting"]) {
      await sessionForm.getByLabel(topic).check();
    }
    await sessionForm.getByRole("button", { name: "Record the session" }).click();
    await page.getByText(/The session of .* was recorded/).waitFor();
    await shot(page, "workforce-training-page");
    await expectAccessible(page, "training page");

    // Sam signs at the front desk: a wrong name is refused, their own name is accepted.
    await page.getByRole("link", { name: "Roster and training due" }).click();
    await page.getByRole("heading", { level: 1, name: AREA }).waitFor();
    await page.getByRole("row", { name: /Sam Patel/ }).filter({ hasText: "Dental Hygienist" }).getByRole("link", { name: "Sam Patel" }).click();
    await page.getByRole("heading", { level: 1, name: "Sam Patel" }).waitFor();
    await page.getByRole("button", { name: "Record training" }).click();
    const train = page.getByRole("dialog", { name: "Record training for Sam Patel" });
    await train.getByText(/I, Sam Patel, completed security awareness training on .*, given by Maria Lopez, covering: HIPAA basics; /).waitFor();
    await train.getByLabel("Type your full name to sign").fill("Maria Lopez");
    await train.getByRole("button", { name: "Sign and record the training" }).click();
    await train.getByText(/does not match the name on the roster/).waitFor();
    await shot(page, "workforce-sign-mismatch");
    await expectAccessible(page, "record training dialog with an error");
    await train.getByLabel("Type your full name to sign").fill("  sam patel ");
    await train.getByRole("button", { name: "Sign and record the training" }).click();
    await page.getByText(/Sam Patel's training of .* was recorded with their signature/).waitFor();
    await expect(train.isVisible()).resolves.toBe(false);
    await page.getByText("Up to date: nothing is overdue or due in the next 30 days.").waitFor();
    await page.getByText(/Signed by typing “sam patel” on/).waitFor();

    await page.getByLabel(/Attach a certificate to the training of/).setInputFiles({ name: "HIPAA certificate.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\nA training certificate\n") });
    await page.getByText("“HIPAA certificate.pdf” was attached and is stored encrypted in the vault.").waitFor();
    await page.getByRole("button", { name: "Download HIPAA certificate.pdf" }).waitFor();
    await shot(page, "workforce-person-trained");
    await expectAccessible(page, "person page, trained");

    await page.getByRole("link", { name: AREA }).first().click();
    await page.getByText("Nobody is overdue for training.").waitFor();
    await expect(page.getByRole("row", { name: /Sam Patel/ }).filter({ hasText: "Dental Hygienist" }).innerText()).resolves.toMatch(/Up to date/);
    expect((await roster(app))[0]).toMatchObject({ fullName: "Sam Patel", training: "current", overdueCount: 0 });

    // Sam leaves: the checklist opens, with his app account on it.
    await page.getByRole("row", { name: /Sam Patel/ }).filter({ hasText: "Dental Hygienist" }).getByRole("link", { name: "Sam Patel" }).click();
    await page.getByRole("heading", { level: 1, name: "Sam Patel" }).waitFor();
    await page.getByRole("button", { name: "Record last day of work" }).click();
    const leave = page.getByRole("dialog", { name: "Record Sam Patel's last day of work" });
    await leave.getByLabel("Note").fill("Moved to another city.");
    await expectAccessible(page, "last day dialog");
    await leave.getByRole("button", { name: "Record the last day and open the checklist" }).click();
    const checklist = page.getByRole("region", { name: "Access removal checklist" });
    await checklist.getByText("5 of 5 steps are still open.", { exact: false }).waitFor();
    await shot(page, "workforce-checklist-open");
    await expectAccessible(page, "access removal checklist");

    await checklist.getByLabel(/Note for “Collect keys and badges”/).fill("Two keys and the alarm fob.");
    for (const step of ["Collect keys and badges", "Disable their practice software login", "Close or forward their e-mail", "Change shared passwords they knew"]) {
      await checklist.getByRole("button", { name: `Mark done: ${step}` }).click();
      await page.getByText(`“${step}” is marked done.`).waitFor();
    }
    await checklist.getByRole("button", { name: "Remove the app account and mark done: Remove their Safeguard Desk account" }).click();
    const confirm = page.getByRole("dialog", { name: "Remove sam app account?" });
    await confirm.getByRole("button", { name: "Remove the account" }).click();
    await page.getByText("Sam Patel's app account was removed, and the step is marked done.").waitFor();
    await checklist.getByText(/Every step is done/).waitFor();
    await expect(checklist.getByText(/Done by Maria Lopez on/).count()).resolves.toBe(5);
    await checklist.getByText(/Note: Two keys and the alarm fob\./).waitFor();
    await shot(page, "workforce-checklist-done");
    await expectAccessible(page, "completed checklist");

    const users = await app.core.dispatch("users.list", {});
    expect(users.ok && (users.value as { username: string; active: boolean }[]).find((user) => user.username === "sam")).toMatchObject({ active: false });
    expect((await roster(app))[0]).toMatchObject({ openRemovalSteps: 0 });
  }, 150_000);

  it("previews a CSV file with a bad row, adds nothing until confirmed, then adds the good rows", async () => {
    app = await launch();
    await seedVault(app);
    const { page } = app;
    await goTo(page, AREA);
    await page.getByRole("link", { name: "Import from a CSV file" }).click();
    await page.getByRole("heading", { level: 1, name: "Import the roster from a CSV file" }).waitFor();
    await expectAccessible(page, "import page");

    const csv = ["Name,Job title,Hire date,Phone", "Ana Ruiz,Front Desk,3/2/2026,555-0101", "Ben Cho,Assistant,2026-02-30,555-0102", '"Lopez, Carmen",Hygienist,2025-03-01,'].join("\r\n");
    await page.getByLabel("CSV file to import").setInputFiles({ name: "staff.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    const preview = page.getByRole("region", { name: "Preview of “staff.csv”" });
    await preview.getByText("2 rows are ready to add, and 1 row has a problem and will be left out. Nothing has been added yet.").waitFor();
    const bad = preview.getByRole("row", { name: /^3 / });
    await expect(bad.innerText()).resolves.toContain('Hire date: "2026-02-30" is not a date.');
    await expect(preview.getByText("These columns are not read: Phone.").isVisible()).resolves.toBe(true);
    expect(await roster(app)).toEqual([]);
    await shot(page, "workforce-import-preview");
    await expectAccessible(page, "import preview");

    await preview.getByRole("button", { name: "Add 2 people to the roster" }).click();
    await page.getByText("2 people were added to the roster:", { exact: false }).waitFor();
    await shot(page, "workforce-import-done");
    expect((await roster(app)).map((entry) => entry.fullName)).toEqual(["Ana Ruiz", "Lopez, Carmen"]);

    await page.getByRole("link", { name: "Back to the roster" }).click();
    await page.getByRole("heading", { level: 1, name: AREA }).waitFor();
    await page.getByRole("link", { name: "Lopez, Carmen" }).first().waitFor();
  }, 60_000);

  it("a Read-only user sees the roster and training but no controls that change them", async () => {
    app = await launch();
    await seedVault(app);
    await seedUser(app, { username: "auditor", fullName: "Alex Auditor", role: "readonly", password: "only looking today" });
    const added = await app.core.dispatch("workforce.add", { fullName: "Ana Ruiz", jobTitle: "Front Desk", hireDate: "2026-01-05", userId: null });
    if (!added.ok) throw new Error(added.error.message);
    const { page } = app;
    await page.keyboard.press("Control+l");
    await page.getByRole("heading", { name: "Safeguard Desk is locked" }).waitFor();
    await page.getByLabel("Username").fill("auditor");
    await page.getByLabel("Password", { exact: true }).fill("only looking today");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
    await goTo(page, AREA);
    await page.getByText("Your role is Read-only: you can look at the roster but cannot change it.").waitFor();
    await expect(page.getByRole("button", { name: "Add a person" }).count()).resolves.toBe(0);
    await page.getByRole("link", { name: "Ana Ruiz" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Ana Ruiz" }).waitFor();
    await expect(page.getByRole("button", { name: "Record training" }).count()).resolves.toBe(0);
    await page.getByRole("link", { name: "Training topics and sessions" }).click();
    await page.getByText("Only an Administrator can change when training is due.").waitFor();
    await expect(page.getByLabel("Months between refreshers").isDisabled()).resolves.toBe(true);
    await expect(page.getByRole("button", { name: "Record the session" }).count()).resolves.toBe(0);
    await shot(page, "workforce-training-readonly");
    await expectAccessible(page, "training page as read-only");
  }, 60_000);
});
