import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { applicabilityFor, catalog } from "../../src/shared/catalog";
import { calendarDateInZone } from "../../src/shared/rules/calendarDates";
import { closeBrowser, type RunningApp } from "./harness";
import { expectAccessible, goTo, launch, lockWithShortcut, PRACTICE_PROFILE, seedUser, seedVault, shot, signIn } from "./flows";

let app: RunningApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});
afterAll(closeBrowser);

/** "This year" as the app works it out: in the practice's time zone. */
const THIS_YEAR = Number(calendarDateInZone(new Date(), PRACTICE_PROFILE.timeZone).slice(0, 4));
const LAST_YEAR = THIS_YEAR - 1;

const MAINTENANCE_RECORDS = "164.310(a)(2)(iv)"; // addressable: marked not applicable through the UI
const AUTOMATIC_LOGOFF = "164.312(a)(2)(iii)"; // addressable: its decision is left missing, then recorded through the UI
const ENCRYPTION = "164.312(a)(2)(iv)"; // addressable: an equivalent alternative, recorded through the UI
const EVIDENCE_QUESTION = "q-312b-1"; // audit controls: gets a file attached through the UI
const UNIQUE_ID_QUESTION = "q-312a2i-1"; // answered "I don't know" through the UI: a gap
const CARRIED_QUESTION = "q-314a2i-1"; // confirmed through the UI in the second year
const CHANGED_QUESTION = "q-314a2i-2"; // changed through the UI in the second year
const STILL_CARRIED_QUESTION = "q-314a2i-3"; // left carried over

const applicable = catalog.filter((requirement) => applicabilityFor(requirement, PRACTICE_PROFILE).applies);
const walkedInTheUi = (requirementId: string) => requirementId.startsWith("164.312") || requirementId === MAINTENANCE_RECORDS;

async function must(running: RunningApp, channel: string, input: unknown): Promise<unknown> {
  const result = await running.core.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}

/**
 * The bulk of a year that the browser does not need to click through: every applicable question
 * outside the technical safeguards answered with its most effective option, every addressable
 * decision but three recorded, and the administrative, organizational and documentation sections
 * signed off, through the real core channels. Maintenance records, Automatic logoff and Encryption
 * and decryption are left for the UI.
 */
async function answerTheBulk(running: RunningApp, assessmentId: string): Promise<void> {
  for (const requirement of applicable.filter((candidate) => !walkedInTheUi(candidate.id))) {
    for (const question of requirement.questions) {
      const best = question.options.find((option) => option.isMostEffective)!;
      await must(running, "assessment.answer", { assessmentId, questionId: question.id, value: best.value });
    }
  }
  for (const requirement of applicable.filter((candidate) => candidate.status === "addressable" && ![MAINTENANCE_RECORDS, AUTOMATIC_LOGOFF, ENCRYPTION].includes(candidate.id))) {
    await must(running, "assessment.decideAddressable", { assessmentId, requirementId: requirement.id, decision: "implemented", description: "As our written policy says." });
  }
  for (const safeguard of ["administrative", "organizational", "documentation"]) await must(running, "assessment.reviewSection", { assessmentId, safeguard });
}

const questionCard = (page: Page, questionId: string): Locator => page.locator(`[data-question-id="${questionId}"]`);
const signOff = (page: Page, section: string): Locator => page.getByRole("region", { name: `Sign-off: ${section}` });
const requirementCard = (page: Page, requirementId: string): Locator => page.locator(`[data-requirement-id="${requirementId}"]`);

/** Chooses an answer by clicking its radio button and waits for "Saved". */
async function answer(page: Page, questionId: string, value: string): Promise<void> {
  const card = questionCard(page, questionId);
  await card.locator(`input[type="radio"][value="${value}"]`).check();
  await card.getByRole("status").filter({ hasText: "Saved" }).waitFor();
}

async function openSection(page: Page, label: string): Promise<void> {
  await page.getByRole("navigation", { name: /^Sections of the/ }).getByRole("link", { name: label }).click();
  await page.getByRole("heading", { level: 2, name: new RegExp(`^${label}`) }).waitFor();
}

async function openAssessmentYear(page: Page, year: number): Promise<void> {
  await goTo(page, "Assessment");
  await page.getByRole("link", { name: `${year} assessment` }).click();
  await page.getByRole("heading", { level: 1, name: `${year} assessment` }).waitFor();
}

describe("the guided assessment", () => {
  it("completes a year through the UI, refuses to finalize while a decision is missing, finalizes, and carries it into the next year", async () => {
    app = await launch();
    await seedVault(app);
    const { page } = app;

    // Start last year's assessment, blank.
    await goTo(page, "Assessment");
    await page.getByText("No assessment has been started yet.").waitFor();
    await shot(page, "assessment-1-list-empty");
    await expectAccessible(page, "assessment list");
    await page.getByLabel("Year", { exact: true }).fill(String(LAST_YEAR));
    await page.getByRole("button", { name: "Start the assessment" }).click();
    await page.getByRole("heading", { level: 1, name: `${LAST_YEAR} assessment` }).waitFor();
    await page.getByText("Started by Maria Lopez").waitFor();
    const list = (await must(app, "assessment.list", {})) as { id: string; year: number }[];
    const lastYearId = list.find((assessment) => assessment.year === LAST_YEAR)!.id;

    // Most of the year goes in through the core; then the page is left and opened again, as after a break.
    await answerTheBulk(app, lastYearId);
    await openAssessmentYear(page, LAST_YEAR);
    await page.getByRole("link", { name: /^Continue with Physical safeguards/ }).waitFor();
    await shot(page, "assessment-2-overview");

    // Physical safeguards: "Maintenance records" does not apply here; a reason is required.
    await openSection(page, "Physical safeguards");
    const maintenance = requirementCard(page, MAINTENANCE_RECORDS);
    await maintenance.getByRole("button", { name: "Mark “Maintenance records” as not applicable" }).click();
    await maintenance.getByRole("button", { name: "Mark as not applicable" }).click();
    await maintenance.getByText(/Say in a few words \(at least 3\) why this does not apply/).waitFor();
    await maintenance.getByLabel("Why does this not apply to the practice?").fill("The landlord maintains the building and keeps every repair record.");
    await maintenance.getByRole("button", { name: "Mark as not applicable" }).click();
    await maintenance.getByText("Marked not applicable").waitFor();
    await expect(maintenance.innerText()).resolves.toContain("The landlord maintains the building and keeps every repair record.");
    await expect(maintenance.getByRole("radio").count()).resolves.toBe(0);
    await page.getByText("Everything in this section is answered and decided.").waitFor();
    await page.getByRole("button", { name: "Sign off Physical safeguards as reviewed" }).click();
    await signOff(page, "Physical safeguards").getByText(/^Reviewed by Maria Lopez/).waitFor();

    // Technical safeguards: every question answered by clicking, one "I don't know" and one "No" among them.
    await openSection(page, "Technical safeguards");
    const technical = applicable.filter((requirement) => requirement.safeguard === "technical").flatMap((requirement) => requirement.questions);
    for (const question of technical) {
      const value =
        question.id === UNIQUE_ID_QUESTION ? "unknown" : question.id === "q-312c1-1" ? question.options.find((o) => o.compliance === "not-met")!.value : question.options.find((o) => o.isMostEffective)!.value;
      await answer(page, question.id, value);
    }
    const unique = questionCard(page, UNIQUE_ID_QUESTION);
    await expect(unique.getByRole("radio", { name: /^I don't know/ }).isChecked()).resolves.toBe(true);
    await expect(unique.innerText()).resolves.toMatch(/Answered by Maria Lopez on /);
    await page.getByText(`${technical.length} of ${technical.length} questions answered (100%)`).first().waitFor();

    // Notes and an evidence file on one question.
    const audit = questionCard(page, EVIDENCE_QUESTION);
    await audit.getByText(/^Notes and evidence for question 1/).click();
    await audit.getByLabel("Notes on question 1").fill("The practice management system keeps the access log; reviewed monthly.");
    await audit.getByRole("button", { name: "Save notes" }).click();
    await audit.getByText("(notes written, 0 files)").waitFor();
    await expect(audit.getByRole("button", { name: "Save notes" }).isDisabled()).resolves.toBe(true);
    await audit.getByLabel("Attach a file to question 1").setInputFiles({ name: "access-log-review.txt", mimeType: "text/plain", buffer: Buffer.from("March access log reviewed by Maria.\n") });
    await audit.getByText(/“access-log-review.txt” was attached/).waitFor();
    await expect(audit.getByRole("listitem").first().innerText()).resolves.toMatch(/access-log-review\.txt.*added by Maria Lopez/s);
    const [download] = await Promise.all([page.waitForEvent("download"), audit.getByRole("button", { name: "Download access-log-review.txt" }).click()]);
    expect(download.suggestedFilename()).toBe("access-log-review.txt");
    await audit.getByLabel("Attach a file to question 1").setInputFiles({ name: "wrong-file.txt", mimeType: "text/plain", buffer: Buffer.from("Not this one.\n") });
    await audit.getByText(/“wrong-file.txt” was attached/).waitFor();
    await audit.getByRole("button", { name: "Remove wrong-file.txt" }).click();
    await page.getByRole("dialog", { name: "Remove “wrong-file.txt”?" }).getByRole("button", { name: "Remove" }).click();
    await audit.getByText("“wrong-file.txt” was removed.").waitFor();
    await expect(audit.getByRole("listitem").count()).resolves.toBe(1);

    // An addressable decision through the form: an equivalent alternative, which must be described. Automatic logoff stays missing.
    const encryption = requirementCard(page, ENCRYPTION);
    const form = encryption.getByRole("form", { name: "Record the decision on Encryption and decryption" });
    await form.getByLabel("An equivalent alternative measure is in place").check();
    await form.getByLabel("Describe the equivalent alternative measure").fill("n/a");
    await form.getByRole("button", { name: "Save the decision" }).click();
    await form.getByText(/Describe the equivalent measure the practice uses instead/).waitFor();
    await shot(page, "assessment-3-decision-form");
    // One axe run covers the walkthrough and the decision form on it, with a field error showing.
    await expectAccessible(page, "technical safeguards walkthrough and its addressable decision form");
    await form.getByLabel("Describe the equivalent alternative measure").fill("Patient data stays on the server in a locked closet; laptops hold none.");
    await form.getByRole("button", { name: "Save the decision" }).click();
    await encryption.getByText(/^An equivalent alternative measure is in place\. Recorded by Maria Lopez/).waitFor();

    // Signing off the section is refused while Automatic logoff has no decision, and says why.
    await page.getByText(`${AUTOMATIC_LOGOFF} Automatic logoff needs a documented decision.`).waitFor();
    await page.getByRole("button", { name: "Sign off Technical safeguards as reviewed" }).click();
    await page.getByRole("alert").filter({ hasText: "Technical safeguards can't be signed off yet" }).waitFor();
    await shot(page, "assessment-4-technical");

    // Finalizing is refused, naming the missing decision.
    await openSection(page, "Results and remediation plan");
    await page.getByRole("button", { name: `Finalize the ${LAST_YEAR} assessment` }).click();
    await page.getByRole("dialog", { name: `Finalize the ${LAST_YEAR} assessment?` }).getByRole("button", { name: "Finalize" }).click();
    const refusal = page.getByRole("alert").filter({ hasText: "can't be finalized yet" });
    await refusal.waitFor();
    await expect(refusal.innerText()).resolves.toContain(`1 addressable specification needs a documented decision: ${AUTOMATIC_LOGOFF} Automatic logoff.`);
    await shot(page, "assessment-5-finalize-refused");

    // Record the missing decision and sign the section off, all in the UI.
    await openSection(page, "Technical safeguards");
    const logoff = requirementCard(page, AUTOMATIC_LOGOFF).getByRole("form", { name: "Record the decision on Automatic logoff" });
    await logoff.getByLabel("Implemented as the regulation describes it").check();
    await logoff.getByLabel("How is it done? (optional)").fill("Every workstation locks after 5 minutes.");
    await logoff.getByRole("button", { name: "Save the decision" }).click();
    await requirementCard(page, AUTOMATIC_LOGOFF).getByText(/^Implemented as the regulation describes it\. Recorded by Maria Lopez/).waitFor();
    await page.getByLabel("Note with the sign-off (optional)").fill("Checked with our IT provider.");
    await page.getByRole("button", { name: "Sign off Technical safeguards as reviewed" }).click();
    await expect(signOff(page, "Technical safeguards").getByText(/^Reviewed by Maria Lopez/).innerText()).resolves.toBe("Reviewed by Maria Lopez");
    await expect(signOff(page, "Technical safeguards").innerText()).resolves.toContain("Note: Checked with our IT provider.");

    // Results: scores per section and overall with the method, the ranked gaps, and the plan.
    await openSection(page, "Results and remediation plan");
    const scores = page.getByRole("table", { name: /Compliance score by section/ });
    await scores.waitFor();
    await expect(scores.getByRole("row", { name: /^Administrative safeguards/ }).innerText()).resolves.toMatch(/100%/);
    await expect(scores.getByRole("row", { name: /^Overall/ }).innerText()).resolves.toMatch(/\d+%/);
    await page.getByText(/^Each answered question earns points/).waitFor();
    await page.getByText(/^Overall: .* points from \d+ answered questions = \d+%\./).waitFor();
    const gaps = page.getByRole("table", { name: "Gaps ranked by severity" });
    const gapRows = gaps.getByRole("row");
    await expect(gapRows.nth(1).innerText()).resolves.toMatch(/High[\s\S]*Integrity/); // a standard (so required), "No"
    await expect(gapRows.nth(2).innerText()).resolves.toMatch(/High[\s\S]*Unique user identification/); // required, "I don't know"
    await expect(gapRows.count()).resolves.toBe(3);
    await gaps.getByRole("button", { name: "Add gap 1 to the plan" }).click();
    const plan = page.getByRole("dialog", { name: "Add to the plan: 164.312(c)(1) Integrity" });
    await plan.getByLabel("Owner", { exact: true }).selectOption({ label: "Maria Lopez (Administrator)" });
    await plan.getByLabel("Due date").fill(`${THIS_YEAR}-12-31`);
    await shot(page, "assessment-6-add-action-item");
    await expectAccessible(page, "add an action item");
    await plan.getByRole("button", { name: "Add to the plan" }).click();
    await page.getByText("Gap 1 (164.312(c)(1) Integrity) was added to the remediation plan.").waitFor();
    const planTable = page.getByRole("table", { name: "Action items of the remediation plan" });
    const item = planTable.getByRole("row", { name: /Integrity/ });
    await expect(item.innerText()).resolves.toMatch(/High[\s\S]*Maria Lopez/);
    await item.getByRole("combobox", { name: /^Status of/ }).selectOption("in-progress");
    await page.getByText(/^Saved: .* is now in progress\./).waitFor();
    await gapRows.nth(1).getByText("In the plan: In progress").waitFor();
    await shot(page, "assessment-7-results");
    await expectAccessible(page, "results");

    // Finalize: now it goes through, and the year is read-only, saying who and when.
    await page.getByRole("button", { name: `Finalize the ${LAST_YEAR} assessment` }).click();
    await page.getByRole("dialog", { name: `Finalize the ${LAST_YEAR} assessment?` }).getByRole("button", { name: "Finalize" }).click();
    await page.getByText(/^Finalized by Maria Lopez on .+\. It can no longer be changed\./).waitFor();
    await page.getByText(/^Finalized by Maria Lopez on .+\. This assessment is the practice’s record/).waitFor();
    await shot(page, "assessment-8-finalized");
    await openSection(page, "Technical safeguards");
    await expect(questionCard(page, UNIQUE_ID_QUESTION).getByRole("radio").first().isDisabled()).resolves.toBe(true);
    await expect(page.getByRole("button", { name: /^Mark “/ }).count()).resolves.toBe(0);
    await expect(page.getByRole("button", { name: /Sign off/ }).count()).resolves.toBe(0);

    // This year: carry last year's answers forward, then confirm one and change another.
    await goTo(page, "Assessment");
    await expect(page.getByRole("row", { name: new RegExp(`^${LAST_YEAR} assessment`) }).innerText()).resolves.toMatch(/Finalized[\s\S]*Maria Lopez/);
    await page.getByRole("heading", { name: `Start the ${THIS_YEAR} assessment` }).waitFor();
    await expect(page.getByLabel(`Carry forward the answers of the ${LAST_YEAR} assessment`).isChecked()).resolves.toBe(true);
    await page.getByRole("button", { name: "Start the assessment" }).click();
    await page.getByRole("heading", { level: 1, name: `${THIS_YEAR} assessment` }).waitFor();
    await page.getByText(`with the answers of ${LAST_YEAR} carried forward for review`).waitFor();
    await openSection(page, "Organizational requirements");
    await requirementCard(page, "164.314(b)(1)").getByText(/^Does not apply to the practice\./).waitFor();
    const carried = questionCard(page, CARRIED_QUESTION);
    await carried.getByText("Carried over — confirm").waitFor();
    await shot(page, "assessment-9-carried");
    await expectAccessible(page, "carried-over walkthrough");
    await carried.getByRole("button", { name: "Confirm this answer" }).click();
    await carried.getByRole("status").filter({ hasText: "Saved" }).waitFor();
    await expect(carried.getByText("Carried over — confirm").count()).resolves.toBe(0);
    await expect(carried.innerText()).resolves.toMatch(/Answered by Maria Lopez on /);
    await answer(page, CHANGED_QUESTION, "unknown");
    await expect(questionCard(page, CHANGED_QUESTION).getByText("Carried over — confirm").count()).resolves.toBe(0);
    await expect(questionCard(page, STILL_CARRIED_QUESTION).getByText("Carried over — confirm").count()).resolves.toBe(1);

    const thisYear = ((await must(app, "assessment.list", {})) as { id: string; year: number }[]).find((assessment) => assessment.year === THIS_YEAR)!;
    const detail = (await must(app, "assessment.get", { assessmentId: thisYear.id })) as { sections: { requirements: { questions: { id: string; carriedOver: boolean }[] }[] }[] };
    const questions = detail.sections.flatMap((section) => section.requirements.flatMap((requirement) => requirement.questions));
    const carriedOver = (id: string) => questions.find((question) => question.id === id)?.carriedOver;
    expect([carriedOver(CARRIED_QUESTION), carriedOver(CHANGED_QUESTION), carriedOver(STILL_CARRIED_QUESTION)]).toEqual([false, false, true]);
  }, 300_000);

  it("shows a Read-only user every answer but no control that changes one", async () => {
    app = await launch();
    await seedVault(app);
    await seedUser(app, { username: "auditor", fullName: "Alex Auditor", role: "readonly", password: "only looking today" });
    const started = (await must(app, "assessment.start", { year: THIS_YEAR })) as { assessment: { id: string } };
    await must(app, "assessment.answer", { assessmentId: started.assessment.id, questionId: "q-312b-1", value: "unknown", notes: "Ask the IT provider." });
    const { page } = app;
    await lockWithShortcut(page);
    await signIn(page, "auditor", "only looking today");
    await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();

    await goTo(page, "Assessment");
    await page.getByText("Your role is Read-only: you can look at every assessment but cannot change one.").waitFor();
    await expect(page.getByRole("button", { name: "Start the assessment" }).count()).resolves.toBe(0);
    await page.getByRole("link", { name: `${THIS_YEAR} assessment` }).click();
    await openSection(page, "Technical safeguards");
    const card = questionCard(page, "q-312b-1");
    await expect(card.getByRole("radio", { name: /^I don't know/ }).isChecked()).resolves.toBe(true);
    await expect(card.getByRole("radio", { name: /^I don't know/ }).isDisabled()).resolves.toBe(true);
    await expect(card.innerText()).resolves.toContain("Ask the IT provider.");
    for (const name of [/^Mark “/, "Save the decision", "Save notes", /^Sign off/]) {
      await expect(page.getByRole("button", { name }).count()).resolves.toBe(0);
    }
    await expect(page.locator('input[type="file"]').count()).resolves.toBe(0);
    await shot(page, "assessment-readonly");
    await expectAccessible(page, "assessment as read-only");

    await openSection(page, "Results and remediation plan");
    await page.getByText("Only an Administrator can finalize the assessment.").waitFor();
    await expect(page.getByRole("button", { name: "Add gap 1 to the plan" }).count()).resolves.toBe(0);
    // The main process is the real guard: a write sent anyway is refused with the role in the message.
    const refused = await page.evaluate(
      (assessmentId) => window.safeguard.invoke("assessment.answer", { assessmentId, questionId: "q-312b-1", value: "yes" }),
      started.assessment.id,
    );
    expect(refused).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
  }, 120_000);
});
