import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { addCalendarDays, calendarDateInZone } from "../../src/shared/rules/calendarDates";
import { poppler } from "../main/reports/reportTestKit";
import { closeBrowser, type RunningApp } from "./harness";
import { expectAccessible, goTo, launch, lockWithShortcut, PRACTICE, PRACTICE_PROFILE, seedUser, seedVault, shot, signIn } from "./flows";

let app: RunningApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});
afterAll(closeBrowser);

const NO_BAA_WARNING = /Acme Cloud Backup handles patient information for the practice but has no signed Business Associate Agreement/;

/** A small file that is a PDF as far as the vault's checks go. */
function signedBaaPdf(): Buffer {
  return Buffer.concat([Buffer.from("%PDF-1.7\n% signed BAA\n"), randomBytes(2_000)]);
}

describe("vendors and BAAs", () => {
  it("adds a vendor that handles ePHI without a BAA, shows the warning, records the signed BAA, and the warning goes", async () => {
    app = await launch();
    await seedVault(app);
    const { page } = app;
    await goTo(page, "Vendors & BAAs");
    await page.getByText("No vendors yet.").waitFor();
    await shot(page, "vendors-empty");
    await expectAccessible(page, "vendor register, empty");

    await page.getByRole("link", { name: "Add a vendor" }).click();
    await page.getByRole("heading", { level: 1, name: "Add a vendor" }).waitFor();
    await page.getByLabel("Vendor name").fill("Acme Cloud Backup");
    await page.getByLabel("What they do for the practice").fill("Nightly online backup of the practice server");
    await page.getByLabel("Stores patient information").check();
    await page.getByLabel("Sends patient information on").check();
    await page.getByLabel("Contact name").fill("Dana Whitfield");
    await page.getByLabel("E-mail").fill("dana@acmebackup.example");
    await page.getByLabel("Phone").fill("555-0142");
    await page.getByLabel("Mailing address").fill("400 Harbor Way\nPortland, OR 97201");

    // "Not needed" must say why: the form refuses it, and loses nothing typed.
    await page.getByLabel("Where the BAA stands").selectOption("not-needed");
    await page.getByRole("button", { name: "Add the vendor" }).click();
    await page.getByText(/Say why this vendor needs no BAA/).waitFor();
    await expect(page.getByLabel("Vendor name").inputValue()).resolves.toBe("Acme Cloud Backup");
    await shot(page, "vendors-new-refused");
    await expectAccessible(page, "new vendor form with an error");
    await page.getByLabel("Where the BAA stands").selectOption("none");
    await shot(page, "vendors-new");
    await expectAccessible(page, "new vendor form");
    await page.getByRole("button", { name: "Add the vendor" }).click();

    await page.getByRole("heading", { level: 1, name: "Acme Cloud Backup" }).waitFor();
    await page.getByText(NO_BAA_WARNING).waitFor();
    await shot(page, "vendors-page-no-baa");
    await expectAccessible(page, "vendor page with a warning");

    await page.getByRole("link", { name: "← All vendors" }).click();
    await page.getByRole("heading", { level: 1, name: "Vendors & BAAs" }).waitFor();
    await page.getByText(NO_BAA_WARNING).waitFor();
    await expect(page.getByRole("row", { name: /Acme Cloud Backup/ }).innerText()).resolves.toMatch(/Stores, sends on[\s\S]*No BAA[\s\S]*1 problem/);
    await shot(page, "vendors-list-warning");
    await expectAccessible(page, "vendor register with a warning");

    // The BAA comes back signed: state, date, review date and the signed copy, in one dialog.
    await page.getByRole("link", { name: "Acme Cloud Backup", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Acme Cloud Backup" }).waitFor();
    await page.getByRole("button", { name: "Record the signed BAA" }).click();
    const dialog = page.getByRole("dialog", { name: "Record the signed BAA with Acme Cloud Backup" });
    await dialog.waitFor();
    const today = calendarDateInZone(new Date(), PRACTICE_PROFILE.timeZone);
    const signedOn = addCalendarDays(today, -20);
    await dialog.getByLabel("Signed on").fill(signedOn);
    await dialog.getByLabel("Review or renewal date").fill(addCalendarDays(signedOn, 365));
    const pdf = signedBaaPdf();
    await dialog.getByLabel("Signed BAA file").setInputFiles({ name: "Acme signed BAA.pdf", mimeType: "application/pdf", buffer: pdf });
    await shot(page, "vendors-record-signed");
    await expectAccessible(page, "record the signed BAA dialog");
    await dialog.getByRole("button", { name: "Save the signed BAA" }).click();
    await page.getByText("The signed BAA with Acme Cloud Backup was recorded and its copy is stored in the vault.").waitFor();
    await expect(dialog.isVisible()).resolves.toBe(false);
    await expect(page.getByText(NO_BAA_WARNING).count()).resolves.toBe(0);
    await expect(page.getByRole("heading", { name: "Needs attention" }).count()).resolves.toBe(0);
    await page.getByRole("row", { name: /Acme signed BAA\.pdf/ }).waitFor();

    // The copy comes back out exactly as it went in.
    const [copy] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download Acme signed BAA.pdf" }).click()]);
    expect(copy.suggestedFilename()).toBe("Acme signed BAA.pdf");
    expect((await readFile((await copy.path()) as string)).equals(pdf)).toBe(true);
    await shot(page, "vendors-page-signed");
    await expectAccessible(page, "vendor page with a signed BAA");

    await page.getByRole("link", { name: "← All vendors" }).click();
    await page.getByText("Every vendor that handles patient information has a signed BAA").waitFor();
    await expect(page.getByText(NO_BAA_WARNING).count()).resolves.toBe(0);
    await shot(page, "vendors-list-clear");
  }, 120_000);

  it("downloads a BAA request letter and a draft BAA filled with the practice's and the vendor's details", async () => {
    app = await launch();
    await seedVault(app);
    const added = await app.core.dispatch("vendors.add", {
      vendor: { name: "Quick Claims LLC", services: "Sends our insurance claims", ephiActivities: ["receive", "transmit"], contactName: "Pat Kim", baaStatus: "requested" },
    });
    if (!added.ok) throw new Error(added.error.message);
    const { page } = app;
    await goTo(page, "Vendors & BAAs");
    await page.getByRole("link", { name: "Quick Claims LLC", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Quick Claims LLC" }).waitFor();
    await page.getByText(/a Business Associate Agreement was requested but is not signed yet/).waitFor();

    const [draft] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download a draft BAA (PDF)" }).click()]);
    expect(draft.suggestedFilename()).toMatch(/^bright-smiles-dental-baa-draft-quick-claims-llc-\d{4}-\d{2}-\d{2}\.pdf$/);
    const draftText = poppler("pdftotext", [(await draft.path()) as string, "-"]).output.replace(/\s+/g, " ");
    expect(draftText).toContain(`between ${PRACTICE.name} and Quick Claims LLC`);
    expect(draftText).toContain("receives and transmits protected health information");
    for (const citation of ["164.504(e)(2)(i)", "164.504(e)(2)(ii)(A)", "164.314(a)(2)(i)(C)", "164.410", "164.308(b)(2)", "164.524", "164.526", "164.528", "164.504(e)(2)(ii)(J)", "164.504(e)(2)(iii)"]) {
      expect(draftText).toContain(citation);
    }
    await page.getByText(/The draft BAA was downloaded as bright-smiles-dental-baa-draft-quick-claims-llc/).waitFor();

    const [letter] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download the BAA request letter (PDF)" }).click()]);
    const letterText = poppler("pdftotext", [(await letter.path()) as string, "-"]).output.replace(/\s+/g, " ");
    expect(letterText).toContain("Dear Pat Kim,");
    expect(letterText).toContain("we do not yet have a signed BAA with Quick Claims LLC on file");
    expect(letterText).toContain(`${PRACTICE.securityOfficial} Security Official, ${PRACTICE.name}`);

    // The due-diligence answers are saved with the vendor, and what needs following up is named.
    await page.getByRole("group", { name: "Does the vendor encrypt stored patient information?" }).getByLabel("Yes", { exact: true }).check();
    await page.getByRole("group", { name: "Does the vendor encrypt patient information it sends or receives?" }).getByLabel("No", { exact: true }).check();
    await page.getByLabel("Days the vendor takes to report a breach").fill("90");
    await page.getByLabel("Where the data is kept").fill("Its own data center in Ohio");
    await page.getByRole("group", { name: "Does the vendor use subcontractors that handle patient information?" }).getByLabel("No", { exact: true }).check();
    await page.getByRole("group", { name: "Has each of those subcontractors signed a BAA with the vendor?" }).getByLabel("Not applicable: no subcontractors").check();
    await page.getByRole("button", { name: "Save the answers" }).click();
    await page.getByText("The answers were saved.").waitFor();
    await page.getByText(/allow 90 days to report a breach/).waitFor();
    await shot(page, "vendors-questionnaire");
    await expectAccessible(page, "vendor page with due-diligence answers");
    const saved = await app.core.dispatch("vendors.get", { vendorId: (added.value as { id: string }).id });
    expect(saved.ok && (saved.value as { questionnaire: unknown }).questionnaire).toMatchObject({ encryptionAtRest: "yes", encryptionInTransit: "no", breachNoticeDays: 90 });

    await page.getByRole("link", { name: "Edit the details" }).click();
    await page.getByRole("heading", { level: 1, name: "Edit Quick Claims LLC" }).waitFor();
    await expect(page.getByLabel("Where the BAA stands").inputValue()).resolves.toBe("requested");
    await shot(page, "vendors-edit");
    await expectAccessible(page, "edit vendor form");
    await page.getByRole("button", { name: "Cancel" }).click();
    await page.getByRole("heading", { level: 1, name: "Quick Claims LLC" }).waitFor();
  }, 60_000);

  it("a Read-only user sees the register and the warnings, but no control to change them", async () => {
    app = await launch();
    await seedVault(app);
    await app.core.dispatch("vendors.add", { vendor: { name: "Acme Cloud Backup", ephiActivities: ["maintain"], baaStatus: "none" } });
    await seedUser(app, { username: "auditor", fullName: "Alex Auditor", role: "readonly", password: "only looking today" });
    const { page } = app;
    await lockWithShortcut(page);
    await signIn(page, "auditor", "only looking today");
    await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
    await goTo(page, "Vendors & BAAs");
    await page.getByText(NO_BAA_WARNING).waitFor();
    await expect(page.getByRole("link", { name: "Add a vendor" }).count()).resolves.toBe(0);
    await page.getByRole("link", { name: "Acme Cloud Backup", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Acme Cloud Backup" }).waitFor();
    await expect(page.getByRole("button", { name: "Record the signed BAA" }).count()).resolves.toBe(0);
    await expect(page.getByRole("button", { name: "Save the answers" }).count()).resolves.toBe(0);
    await expect(page.getByRole("link", { name: "Edit the details" }).count()).resolves.toBe(0);
    await shot(page, "vendors-page-readonly");
    await expectAccessible(page, "vendor page as read-only");
  });
});
