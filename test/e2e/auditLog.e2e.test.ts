import { readFile } from "node:fs/promises";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { closeBrowser, type RunningApp } from "./harness";
import { goTo, launch, seedVault, shot } from "./flows";

let app: RunningApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});
afterAll(closeBrowser);

/** Writes audit entries through real channels: each settings change is logged. */
async function makeEntries(running: RunningApp, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const result = await running.core.dispatch("settings.update", { idleLockMinutes: 10 + (i % 2) });
    if (!result.ok) throw new Error(result.error.message);
  }
}

describe("the audit log", () => {
  it("pages through 100 entries at a time and filters by action and text", async () => {
    app = await launch();
    await seedVault(app);
    await makeEntries(app, 120);
    const { page } = app;
    await goTo(page, "Audit log");
    const total = await app.core.dispatch("audit.list", { filter: {}, offset: 0, limit: 1 });
    const count = total.ok ? (total.value as { total: number }).total : 0;
    expect(count).toBeGreaterThan(120);
    await page.getByText(`${count} entries`, { exact: true }).waitFor();
    await expect(page.getByRole("table").locator("tbody tr").count()).resolves.toBe(100);
    await page.getByText(`Entries 1–100 of ${count}`).waitFor();
    await expect(page.getByRole("button", { name: "Previous page" }).isDisabled()).resolves.toBe(true);
    await shot(page, "audit-log");

    await page.getByRole("button", { name: "Next page" }).click();
    await page.getByText(`Entries 101–${Math.min(200, count)} of ${count}`).waitFor();
    await expect(page.getByRole("table").locator("tbody tr").count()).resolves.toBe(count - 100);
    await expect(page.getByRole("button", { name: "Next page" }).isDisabled()).resolves.toBe(true);

    await page.getByLabel("Action").fill("session.unlocked");
    await page.getByRole("button", { name: "Show matching entries" }).click();
    await page.getByText("0 entries", { exact: true }).waitFor();
    await expect(page.getByText("No entries match these filters.").isVisible()).resolves.toBe(true);

    await page.getByRole("button", { name: "Clear the filters" }).click();
    await page.getByText(`${count} entries`, { exact: true }).waitFor();
    await expect(page.getByLabel("Action").inputValue()).resolves.toBe("");
  });

  it("refuses a start date after the end date before asking the main process", async () => {
    app = await launch();
    await seedVault(app);
    const { page } = app;
    await goTo(page, "Audit log");
    await page.getByLabel("From date").fill("2026-03-10");
    await page.getByLabel("To date").fill("2026-03-01");
    await page.getByRole("button", { name: "Show matching entries" }).click();
    await page.getByText("The start date must be on or before the end date.").waitFor();
    await shot(page, "audit-log-date-error");
  });

  it("checks the log's integrity and exports it as CSV", async () => {
    app = await launch();
    await seedVault(app);
    const { page } = app;
    await goTo(page, "Audit log");
    await page.getByRole("button", { name: "Check the log's integrity" }).click();
    await page.getByText(/^All \d+ entries are intact\.$/).waitFor();

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export CSV" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await download.path()) as string, "utf8");
    expect(csv).toContain("vault.created");
    await page.getByText(/The log was exported as audit-log-/).waitFor();
    await shot(page, "audit-log-checked");
  });
});
