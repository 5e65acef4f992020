import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { addCalendarDays, calendarDateInZone } from "../../src/shared/rules/calendarDates";
import { BAA_FILE_TYPE_MESSAGE } from "../../src/shared/rules/vendorFiles";
import { closeBrowser, type RunningApp } from "./harness";
import { expectAccessible, goTo, launch, PRACTICE_PROFILE, seedVault } from "./flows";

let app: RunningApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});
afterAll(closeBrowser);

/** A small file that is a PDF as far as the vault's checks go. */
function pdf(label: string): Buffer {
  return Buffer.concat([Buffer.from(`%PDF-1.7\n% ${label}\n`), randomBytes(1_000)]);
}

describe("the signed copies of a BAA", () => {
  it("attaches with the button (refusing no file and the wrong kind), downloads a copy, and removes one attached by mistake", async () => {
    app = await launch();
    await seedVault(app);
    const signedOn = addCalendarDays(calendarDateInZone(new Date(), PRACTICE_PROFILE.timeZone), -30);
    const added = await app.core.dispatch("vendors.add", {
      vendor: { name: "Bright Smile Labs", ephiActivities: ["maintain"], baaStatus: "signed", baaSignedDate: signedOn, baaReviewDate: addCalendarDays(signedOn, 365) },
    });
    if (!added.ok) throw new Error(added.error.message);
    const { page } = app;
    await goTo(page, "Vendors & BAAs");
    await page.getByRole("link", { name: "Bright Smile Labs", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Bright Smile Labs" }).waitFor();
    await page.getByText("No signed copy is attached yet.", { exact: true }).waitFor();

    const attachButton = page.getByRole("button", { name: "Attach the file" });
    await attachButton.click();
    await page.getByRole("alert").getByText("Choose a file first.", { exact: true }).waitFor();

    // The wrong kind is refused before it is read, and stays picked so the person sees what was refused.
    const picker = page.getByLabel("Attach the signed copy");
    await picker.setInputFiles({ name: "setup.exe", mimeType: "application/octet-stream", buffer: Buffer.from("MZ") });
    await attachButton.click();
    await page.getByRole("alert").getByText(BAA_FILE_TYPE_MESSAGE, { exact: true }).waitFor();
    await expect(picker.evaluate((input: HTMLInputElement) => input.files?.length ?? 0)).resolves.toBe(1);

    const copy = pdf("signed BAA");
    await picker.setInputFiles({ name: "Bright Smile BAA.pdf", mimeType: "application/pdf", buffer: copy });
    await attachButton.click();
    await page.getByText("Bright Smile BAA.pdf was attached.", { exact: true }).waitFor();
    await page.getByRole("row", { name: /Bright Smile BAA\.pdf/ }).waitFor();
    await expect(page.getByRole("alert").count()).resolves.toBe(0);

    const another = page.getByLabel("Attach another file");
    await expect(another.evaluate((input: HTMLInputElement) => input.files?.length ?? 0)).resolves.toBe(0);
    await another.setInputFiles({ name: "Wrong vendor.pdf", mimeType: "application/pdf", buffer: pdf("not this one") });
    await attachButton.click();
    await page.getByText("Wrong vendor.pdf was attached.", { exact: true }).waitFor();
    await page.getByRole("row", { name: /Wrong vendor\.pdf/ }).waitFor();
    await expectAccessible(page, "vendor page with two signed copies");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download Bright Smile BAA.pdf" }).click()]);
    expect(download.suggestedFilename()).toBe("Bright Smile BAA.pdf");
    expect((await readFile((await download.path()) as string)).equals(copy)).toBe(true);
    await page.getByText("A copy of Bright Smile BAA.pdf was downloaded.", { exact: true }).waitFor();

    await page.getByRole("button", { name: "Remove Wrong vendor.pdf" }).click();
    const confirm = page.getByRole("dialog", { name: "Remove Wrong vendor.pdf?" });
    await confirm.getByText(/must be kept for six years/).waitFor();
    await confirm.getByRole("button", { name: "Remove" }).click();
    await page.getByText("Wrong vendor.pdf was removed. The audit log keeps its name and fingerprint.", { exact: true }).waitFor();
    await expect(confirm.isVisible()).resolves.toBe(false);
    await expect(page.getByRole("row", { name: /Wrong vendor\.pdf/ }).count()).resolves.toBe(0);
    await page.getByRole("row", { name: /Bright Smile BAA\.pdf/ }).waitFor();
  }, 120_000);
});
