import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { addCalendarDays, calendarDateInZone } from "../../src/shared/rules/calendarDates";
import { formatDay } from "../../src/shared/time/zonedTime";
import { poppler } from "../main/reports/reportTestKit";
import { makeTempDir } from "../support/tempVault";
import { closeBrowser, type RunningApp } from "./harness";
import { expectAccessible, goTo, launch, PRACTICE_PROFILE, seedVault, shot } from "./flows";

let app: RunningApp | null = null;
const folders: ReturnType<typeof makeTempDir>[] = [];
afterEach(async () => {
  await app?.close();
  app = null;
  folders.splice(0).forEach((folder) => folder.remove());
});
afterAll(closeBrowser);

/** Dates a week ago where the practice is, so the deadlines are still ahead whenever the test runs. */
const today = calendarDateInZone(new Date(), PRACTICE_PROFILE.timeZone);
const discovered = addCalendarDays(today, -7);
const occurred = addCalendarDays(today, -8);
const discoveredYear = Number(discovered.slice(0, 4));

async function dispatch(channel: string, payload: unknown) {
  const result = await app!.core.dispatch(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}

describe("incidents and breaches in the browser", () => {
  it("records an incident, assesses it as a breach, shows the deadlines, logs the notices and downloads the letter", async () => {
    app = await launch();
    await seedVault(app);
    const { page } = app;
    // A risk analysis with an inventory, so the incident can name the system involved.
    await dispatch("risk.start", { year: discoveredYear });
    await dispatch("risk.assets.addFromTemplates", { year: discoveredYear, templateIds: ["doctor-laptop", "practice-email"] });

    await goTo(page, "Incidents");
    await page.getByText("No incidents are recorded yet.").waitFor();
    await shot(page, "incidents-empty");
    await expectAccessible(page, "incident log, empty");

    // Record the incident; an empty form first shows what is missing.
    await page.getByRole("link", { name: "Record an incident" }).click();
    await page.getByRole("heading", { level: 1, name: "Record an incident" }).waitFor();
    await page.getByRole("button", { name: "Record the incident" }).click();
    await page.getByText("A short title is required.").waitFor();
    await expect(page.getByText("Say whether patient information was involved.").isVisible()).resolves.toBe(true);
    await shot(page, "incident-new-errors");
    await expectAccessible(page, "new incident form with errors");

    await page.getByLabel("A short title").fill("Dentist's laptop stolen from a car");
    await page.getByLabel("Date it happened").fill(occurred);
    await page.getByLabel("Time it happened").fill("19:30");
    await page.getByLabel("Date it was discovered").fill(discovered);
    await page.getByLabel("Time it was discovered").fill("08:15");
    await page.getByLabel("Who reported it").fill("Dr. Patel");
    await page.getByLabel("Kind of incident").selectOption("theft");
    await page.getByLabel("What happened", { exact: true }).fill("The dentist's laptop, with X-rays and the schedule of 40 patients, was stolen from a parked car.");
    await page.getByLabel(/Dentist's laptop/).check();
    await page.getByLabel("Laptop", { exact: true }).check();
    await page.getByLabel("Electronic patient information (ePHI)").check();
    await page.getByLabel("Full names").check();
    await page.getByLabel("Social Security numbers").check();
    await page.getByLabel("X-rays, photos or scans").check();
    await page.getByLabel("Number of people affected").fill("40");
    await page.getByRole("button", { name: "Add a State" }).click();
    await page.getByLabel("State 1", { exact: true }).selectOption("IL");
    await page.getByLabel("People in State 1").fill("40");
    await shot(page, "incident-new-filled");
    await page.getByRole("button", { name: "Record the incident" }).click();

    await page.getByRole("heading", { level: 1, name: "Incident 1: Dentist's laptop stolen from a car" }).waitFor();
    const deadlines = page.getByRole("region", { name: "Deadlines" });
    await deadlines.getByText(/the law presumes a breach/).waitFor();
    await expect(deadlines.innerText()).resolves.toContain(formatDay(addCalendarDays(discovered, 60)));
    await shot(page, "incident-page-new");
    await expectAccessible(page, "incident page");

    // A containment step, with who and when.
    const steps = page.getByRole("region", { name: "Response steps" });
    await steps.getByText("Add a step").click();
    await steps.getByLabel("Kind of step").selectOption("containment");
    await steps.getByLabel("What was done").fill("Locked the laptop's account and changed the dentist's passwords");
    await steps.getByLabel("Who did it").fill("Acme IT");
    await steps.getByRole("button", { name: "Add the step" }).click();
    await steps.getByRole("cell", { name: "Locked the laptop's account and changed the dentist's passwords" }).waitFor();

    // The guided assessment: no exception, not encrypted, and the four factors point to compromise.
    const assessment = page.getByRole("region", { name: "Breach assessment" });
    await assessment.getByRole("heading", { name: "Step 1: Does one of the three exceptions apply?" }).waitFor();
    await shot(page, "assessment-step-1");
    await assessment.getByRole("button", { name: "Save and continue" }).click();
    await assessment.getByText("Some questions are not answered yet: see the messages below.").waitFor();
    await assessment.getByLabel("None of these applies").check();
    await assessment.getByRole("button", { name: "Save and continue" }).click();
    await assessment.getByRole("heading", { name: "Step 2: Was the information secured?" }).waitFor();
    await assessment.getByLabel("No, or not all of it, or we are not sure").check();
    await assessment.getByRole("button", { name: "Save and continue" }).click();
    await assessment.getByRole("heading", { name: "Step 3: The four factors" }).waitFor();
    const answer = async (question: RegExp, option: string) => assessment.getByRole("group", { name: question }).getByLabel(option, { exact: true }).check();
    await answer(/Social Security, driver's license/, "Yes");
    await answer(/sensitive health details/, "No, only limited details such as an appointment time");
    await answer(/Could patients be identified/, "Yes");
    await answer(/must also protect health information/, "No: a member of the public, a thief or someone unknown");
    await answer(/meant to misuse it/, "Yes");
    await answer(/actually opened, viewed or copied/, "We don't know");
    await answer(/returned or destroyed/, "No");
    await assessment.getByLabel("Notes on “what information was involved”").fill("Names, Social Security numbers and X-rays of 40 patients.");
    await assessment.getByLabel("Notes on “who received or used it”").fill("A thief who broke into the car.");
    await assessment.getByLabel("Notes on “whether it was actually seen or taken”").fill("The laptop was not encrypted; we cannot tell.");
    await assessment.getByLabel("Notes on “how far the risk was reduced”").fill("The laptop was not recovered.");
    await expect(assessment.getByText("This factor points to a risk of compromise.").count()).resolves.toBe(4);
    await shot(page, "assessment-step-3");
    await expectAccessible(page, "assessment step 3");
    await assessment.getByRole("button", { name: "Save and continue" }).click();
    await assessment.getByRole("heading", { name: "Step 4: Conclusion" }).waitFor();
    await assessment.getByText("A breach of unsecured protected health information: notices are owed (45 CFR 164.404 to 164.410)").waitFor();
    await assessment.getByLabel("Your reasoning").fill("An unencrypted laptop with Social Security numbers was stolen; we cannot show a low probability of compromise.");
    await assessment.getByRole("button", { name: "Save the reasoning" }).click();
    await assessment.getByRole("button", { name: "Sign off the assessment" }).click();
    await assessment.getByText(/Signed off by Maria Lopez on/).waitFor();
    await shot(page, "assessment-signed");
    await expectAccessible(page, "assessment signed off");

    // The deadlines, as calendar dates where the practice is.
    await expect(deadlines.getByText(/the law presumes a breach/).count()).resolves.toBe(0);
    const individualsCard = deadlines.getByRole("listitem").filter({ hasText: "Letters to the affected individuals" });
    await expect(individualsCard.innerText()).resolves.toContain(formatDay(addCalendarDays(discovered, 60)));
    const hhsCard = deadlines.getByRole("listitem").filter({ hasText: "Report to the Secretary of HHS (annual log of small breaches)" });
    await expect(hhsCard.innerText()).resolves.toContain(formatDay(addCalendarDays(`${discoveredYear}-12-31`, 60)));
    await expect(deadlines.getByText("Notice to prominent media outlets").count()).resolves.toBe(0);
    await deadlines.scrollIntoViewIfNeeded();
    await shot(page, "incident-deadlines");

    // The same deadlines count down on the dashboard, and lead back to the incident.
    await goTo(page, "Dashboard");
    const dashboardCard = page.getByRole("region", { name: "Incidents and breach notices" });
    const letterDeadline = dashboardCard.getByRole("link", { name: /Letters to the affected individuals, incident 1/ });
    await expect(letterDeadline.innerText()).resolves.toMatch(/\d+ days? left/);
    await expect(dashboardCard.innerText()).resolves.toContain(`Last day ${formatDay(addCalendarDays(discovered, 60))}`);
    await shot(page, "incident-deadlines-dashboard");
    await letterDeadline.click();
    await page.getByRole("region", { name: "Deadlines" }).waitFor();

    // The letter: drafted from the incident, completed, saved, downloaded as a PDF.
    const letter = page.getByRole("region", { name: "Letter to the affected individuals" });
    await letter.getByText("This draft has not been saved yet.").waitFor();
    await expect(letter.getByLabel("What happened").inputValue()).resolves.toContain(`we discovered it on ${formatDay(discovered)}`);
    await letter.getByLabel("Toll-free phone number").fill("1-800-555-0199");
    await letter.getByRole("button", { name: "Save the letter" }).click();
    await letter.getByText("The letter was saved.").waitFor();
    await shot(page, "incident-letter");
    const downloading = page.waitForEvent("download");
    await letter.getByRole("button", { name: "Download the letter (PDF)" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`bright-smiles-dental-breach-letter-incident-1-${today}.pdf`);
    const folder = makeTempDir("incident-e2e-");
    folders.push(folder);
    const file = join(folder.path, "letter.pdf");
    await download.saveAs(file);
    const text = poppler("pdftotext", [file, "-"]).output.replace(/\s+/g, " ");
    for (const part of ["Notice of Data Breach", "What happened", "What information was involved", "your Social Security number", "What you can do", "What we are doing", "Call us toll-free: 1-800-555-0199", "Maria Lopez"]) {
      expect(text).toContain(part);
    }
    writeFileSync(join(folder.path, "letter.txt"), text);

    // The notices sent.
    const notices = page.getByRole("region", { name: "Notices sent" });
    await notices.getByText("Log a notice sent").click();
    await notices.getByLabel("Sent to").selectOption("individuals");
    await notices.getByLabel("How it was sent").selectOption("first-class-mail");
    await notices.getByLabel("Whom exactly").fill("40 patients");
    await notices.getByLabel("Number of people notified").fill("40");
    await notices.getByRole("button", { name: "Log the notice" }).click();
    await notices.getByText("The notice to the affected individuals was logged.").waitFor();
    await expect(notices.getByRole("row", { name: /40 patients/ }).innerText()).resolves.toContain("First-class mail");
    await expect(individualsCard.innerText()).resolves.toContain("Sent: recorded in the notice log");
    await notices.scrollIntoViewIfNeeded();
    await shot(page, "incident-notices");
    await expectAccessible(page, "notice log");
    const portal = page.getByRole("region", { name: "Checklist for the HHS breach portal" });
    await expect(portal.getByRole("row", { name: /Date individual notice provided/ }).innerText()).resolves.toContain(formatDay(today));

    // Back on the log: the small breach waits for the annual report to HHS.
    await page.getByRole("link", { name: "Incidents", exact: true }).first().click();
    await page.getByRole("heading", { level: 1, name: "Incidents" }).waitFor();
    const open = page.getByRole("region", { name: "Notice deadlines still open" });
    await expect(open.innerText()).resolves.toContain("Report to the Secretary of HHS (annual log of small breaches)");
    const small = page.getByRole("region", { name: "Small breaches to report to HHS each year" });
    await small.getByLabel("Calendar year").selectOption(String(discoveredYear));
    await small.getByRole("link", { name: "1. Dentist's laptop stolen from a car" }).waitFor();
    await shot(page, "incidents-log");
    await expectAccessible(page, "incident log with a breach");
  }, 180_000);

  it("lets a Read-only user look but change nothing; the main process refuses a change too", async () => {
    app = await launch();
    await seedVault(app);
    await dispatch("incidents.create", {
      incident: {
        title: "Misdirected fax",
        discoveredOn: discovered,
        reportedBy: "Front desk",
        description: "A referral was faxed to the wrong number.",
        category: "unauthorized-disclosure",
        phi: "paper",
        informationTypes: ["full-name", "diagnosis"],
        individualsAffected: 1,
      },
    });
    await dispatch("users.create", { username: "auditor", fullName: "Alex Auditor", title: "", role: "readonly", password: "only looking today" });
    const { page } = app;
    await page.keyboard.press("Control+l");
    await page.getByRole("heading", { name: "Safeguard Desk is locked" }).waitFor();
    await page.getByLabel("Username").fill("auditor");
    await page.getByLabel("Password", { exact: true }).fill("only looking today");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
    await goTo(page, "Incidents");
    await expect(page.getByRole("link", { name: "Record an incident" }).count()).resolves.toBe(0);
    await page.getByRole("link", { name: "Misdirected fax", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Incident 1: Misdirected fax" }).waitFor();
    await page.getByText("Your role is Read-only: you can look at this incident but not change it.").waitFor();
    await expect(page.getByRole("button", { name: "Edit what happened" }).count()).resolves.toBe(0);
    await expect(page.getByRole("button", { name: "Sign off the assessment" }).count()).resolves.toBe(0);
    await shot(page, "incident-readonly");
    await expectAccessible(page, "incident page, read-only");

    const answer = await page.evaluate(() => window.safeguard.invoke("incidents.setStatus", { id: location.hash.split("/")[2] ?? "", status: "closed", note: "" }));
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.error.code).toBe("FORBIDDEN");
  }, 120_000);
});
