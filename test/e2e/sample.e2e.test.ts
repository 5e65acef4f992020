import { rmSync } from "node:fs";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { SAMPLE_PRACTICE_NAME } from "../../src/shared/model/samplePractice";
import { sampleFolderFor } from "../../src/main/sample/sampleVisit";
import { closeBrowser, type RunningApp } from "./harness";
import { expectAccessible, goTo, launch, shot } from "./flows";

let app: RunningApp | null = null;
afterEach(async () => {
  if (app) rmSync(sampleFolderFor(app.vaultDir), { recursive: true, force: true });
  await app?.close();
  app = null;
});
afterAll(closeBrowser);

describe("the sample practice", () => {
  it("opens from the first-run screen, says it is sample data on every page, and leaves back to the first-run screen", async () => {
    app = await launch();
    const { page } = app;
    await page.getByRole("heading", { level: 1, name: "Set up your practice" }).waitFor();
    await page.getByRole("button", { name: "Open the sample practice" }).click();
    await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor({ timeout: 120_000 });
    const banner = page.getByRole("region", { name: "Sample practice" });
    await banner.getByText(/every person, record and date here is made up/).waitFor();
    await expect(page.getByText(SAMPLE_PRACTICE_NAME).first().isVisible()).resolves.toBe(true);
    await shot(page, "sample-dashboard");
    await expectAccessible(page, "sample dashboard");

    // The records are there, and the banner follows every area.
    await goTo(page, "Vendors & BAAs");
    await page.getByText("FaxLink", { exact: false }).first().waitFor();
    await expect(banner.isVisible()).resolves.toBe(true);

    await banner.getByRole("button", { name: "Leave the sample practice" }).click();
    await page.getByRole("heading", { level: 1, name: "Set up your practice" }).waitFor();
    await expect(page.getByRole("region", { name: "Sample practice" }).count()).resolves.toBe(0);
  }, 240_000);
});
