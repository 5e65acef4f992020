import { afterAll, afterEach, describe, expect, it } from "vitest";
import { closeBrowser, type RunningApp } from "./harness";
import { expectAccessible, goTo, launch, seedVault, shot } from "./flows";

let app: RunningApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});
afterAll(closeBrowser);

const AREAS = [
  ["Dashboard", "dashboard"],
  ["Tasks", "tasks"],
  ["Assessment", "assessment"],
  ["Risk analysis", "risk-analysis"],
  ["Policies", "policies"],
  ["Workforce & training", "workforce"],
  ["Vendors & BAAs", "vendors"],
  ["Incidents", "incidents"],
  ["Reports", "reports"],
  ["Audit log", "audit-log"],
  ["Settings", "settings"],
] as const;

describe("every screen of the signed-in app", () => {
  it("passes axe with no serious or critical violation, marks the current page, and moves focus to its heading", async () => {
    app = await launch();
    await seedVault(app);
    const { page } = app;
    for (const [label, slug] of AREAS) {
      await goTo(page, label);
      const link = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: label, exact: true });
      await expect(link.getAttribute("aria-current")).resolves.toBe("page");
      await expect(page.locator("[aria-current=page]").count()).resolves.toBe(1);
      await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe("H1");
      await shot(page, `area-${slug}`);
      await expectAccessible(page, label);
    }
  }, 90_000);

  it("is usable from the keyboard: the skip link, the navigation links and visible focus", async () => {
    app = await launch();
    await seedVault(app);
    const { page } = app;
    // The Dashboard's heading has focus and links follow it: start from the top of the page, as on a fresh load.
    await page.evaluate(() => Object.assign(document.body, { tabIndex: -1 }).focus());
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await shot(page, "skip-link");
    await page.keyboard.press("Enter");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("main-content");

    // Tab from the top to the "Audit log" link and follow it with Enter.
    await page.getByRole("link", { name: "Reports" }).focus();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Audit log" }).waitFor();
    await page.getByRole("button", { name: "Show matching entries" }).focus();
    await shot(page, "focus-visible");
    const outline = await page.getByRole("button", { name: "Show matching entries" }).evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe("solid");
  });
});
