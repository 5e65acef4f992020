import { spawnSync } from "node:child_process";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { ChannelInput, ChannelName } from "../../src/shared/ipc/contract";
import { closeBrowser, type RunningApp } from "./harness";
import { ADMIN, expectAccessible, goTo, launch, seedVault, shot } from "./flows";

let app: RunningApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});
afterAll(closeBrowser);

async function must<C extends ChannelName>(running: RunningApp, channel: C, input: ChannelInput<C>) {
  const result = await running.core.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}

/** A small risk analysis, so the Annual Risk Analysis has something to show. */
async function seedRiskAnalysis(running: RunningApp): Promise<void> {
  await must(running, "risk.start", { year: 2026 });
  await must(running, "risk.assets.addFromTemplates", { year: 2026, templateIds: ["practice-management", "office-server"] });
}

describe("the Reports area", () => {
  it("previews a report in the app, signs it with the password, registers it, and verifies the saved file", async () => {
    app = await launch();
    await seedVault(app);
    await seedRiskAnalysis(app);
    const { page } = app;
    await goTo(page, "Reports");
    await expectAccessible(page, "reports");

    await page.getByRole("radio", { name: /Annual Risk Analysis/ }).check();
    await page.getByRole("button", { name: "Preview" }).click();
    const firstPage = page.getByRole("img", { name: /^Page 1 of \d+$/ });
    await firstPage.waitFor({ timeout: 60_000 });
    // pdf.js has drawn something on the canvas: it is not all one colour.
    await expect
      .poll(() =>
        firstPage.evaluate((canvas: HTMLCanvasElement) => {
          const context = canvas.getContext("2d");
          if (!context || canvas.width === 0) return 0;
          const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
          let dark = 0;
          for (let i = 0; i < pixels.length; i += 4 * 97) if (pixels[i]! < 128) dark += 1;
          return dark;
        }),
      )
      .toBeGreaterThan(20);
    await shot(page, "reports-preview");
    await expectAccessible(page, "report preview and sign-off");

    // A wrong password is refused next to the field, and nothing is saved.
    const signOff = page.getByRole("form", { name: "Sign the report" });
    await signOff.getByLabel("Your password").fill("not my password at all");
    await signOff.getByRole("button", { name: "Sign and save" }).click();
    await signOff.getByText("This is not your current password.").first().waitFor();

    await signOff.getByLabel("What your signature means").fill("Reviewed by");
    await signOff.getByLabel("Your password").fill(ADMIN.password);
    // The first signature also makes the signer's RSA-3072 certificate: give it time on a busy machine.
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 90_000 }), signOff.getByRole("button", { name: "Sign and save" }).click()]);
    expect(download.suggestedFilename()).toMatch(/annual-risk-analysis-.*-signed\.pdf$/);
    const file = join(app.vaultDir, download.suggestedFilename());
    await download.saveAs(file);
    await page.getByRole("status").filter({ hasText: /Saved .*version 1, signed by Maria Lopez/ }).waitFor();

    const pdfsig = spawnSync("pdfsig", [file], { encoding: "utf8" });
    expect(pdfsig.stdout).toMatch(/Signature Validation: Signature is Valid/);
    expect(pdfsig.stdout).toMatch(/Total document signed/);

    const register = page.getByRole("table", { name: "Saved reports" });
    await register.getByRole("row").filter({ hasText: "Annual Risk Analysis" }).filter({ hasText: "Reviewed by" }).waitFor();

    // The saved file checks out in the app; one changed byte does not.
    await page.getByLabel("Choose a PDF file").setInputFiles(file);
    await page.getByRole("heading", { name: /: Valid: signed and unaltered$/ }).waitFor();
    await page.getByText("Yes: Annual Risk Analysis, version 1").waitFor();
    await page.getByText(/^Matches this vault's log up to entry \d+$/).waitFor();
    await shot(page, "reports-verified");

    const tampered = join(app.vaultDir, "tampered.pdf");
    copyFileSync(file, tampered);
    const bytes = readFileSync(tampered);
    const at = bytes.indexOf("Annual Risk Analysis");
    bytes[at] = "a".charCodeAt(0);
    writeFileSync(tampered, bytes);
    await page.getByLabel("Choose a PDF file").setInputFiles(tampered);
    await page.getByRole("heading", { name: /^tampered\.pdf: (Not valid|Altered after signing)$/ }).waitFor();

    // The signing certificate made for that signature can be saved for an auditor.
    await page.getByRole("heading", { name: "Your signing certificate" }).waitFor();
    const [certificate] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Save certificate (.cer)" }).click()]);
    expect(certificate.suggestedFilename()).toMatch(/^maria-lopez-signing-certificate-.*\.cer$/);
    await expectAccessible(page, "reports after signing");
  }, 240_000);

  it("checks the period before asking, and previews a year without records as a document that says so", async () => {
    app = await launch();
    await seedVault(app);
    const { page } = app;
    await goTo(page, "Reports");
    await page.getByRole("radio", { name: /Gap Assessment/ }).check();
    await page.getByRole("radio", { name: "One calendar year" }).check();
    await page.getByLabel("Year", { exact: true }).fill("20x5");
    await page.getByRole("button", { name: "Preview" }).click();
    await page.getByText("Enter a year like 2025.").waitFor();
    await page.getByLabel("Year", { exact: true }).fill("2025");
    await page.getByRole("button", { name: "Preview" }).click();
    // Without an assessment for 2025 the document is a short one that says so (checked in text by the service tests).
    await page.getByRole("img", { name: /^Page 1 of \d+$/ }).waitFor({ timeout: 60_000 });
    await expect(page.getByRole("alert").count()).resolves.toBe(0);
  });
});
