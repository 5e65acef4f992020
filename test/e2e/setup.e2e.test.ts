import { afterAll, afterEach, describe, expect, it } from "vitest";
import { closeBrowser, type RunningApp } from "./harness";
import { ADMIN, PRACTICE, completeSetup, expectAccessible, readRecoveryKey, shot, typeBackGroups, launch } from "./flows";

let app: RunningApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});
afterAll(closeBrowser);

describe("first-run setup", () => {
  it("walks through the practice, the first Administrator and the recovery key, and lands on the Dashboard", async () => {
    app = await launch();
    const { page } = app;
    await completeSetup(page, { inspect: true });
    await expect(page.getByRole("link", { name: "Dashboard" }).getAttribute("aria-current")).resolves.toBe("page");
    await page.getByRole("heading", { level: 2, name: /cycle, step by step/ }).waitFor();
    // The key was confirmed, so no banner asks to replace it.
    await expect(page.getByRole("region", { name: "Recovery key warning" }).count()).resolves.toBe(0);
    const status = await app.core.dispatch("session.current", {});
    expect(status.ok && status.value).toMatchObject({ recoveryKeyConfirmed: true, practiceName: PRACTICE.name, user: { username: ADMIN.username, role: "administrator" } });
    await shot(page, "dashboard");
  });

  it("points out empty fields, a mismatched password confirmation and a wrongly typed key group", async () => {
    app = await launch();
    const { page } = app;
    await page.getByRole("button", { name: "Next: the first Administrator" }).click();
    await page.getByText("The practice name is required.").waitFor();
    // The message is tied to its field for screen readers.
    const describedBy = await page.getByLabel("Practice name").getAttribute("aria-describedby");
    await expect(page.locator(`[id="${describedBy}"]`).innerText()).resolves.toBe("The practice name is required.");
    await shot(page, "setup-1-errors");
    await expectAccessible(page, "setup step 1 with errors");

    await page.getByLabel("Practice name").fill(PRACTICE.name);
    await page.getByLabel("Kind of practice").selectOption("dental");
    await page.getByLabel("Number of workforce members").fill("8");
    await page.getByLabel("Security Official").fill(PRACTICE.securityOfficial);
    await page.getByRole("button", { name: "Next: the first Administrator" }).click();

    await page.getByLabel("Full name").fill(ADMIN.fullName);
    await page.getByLabel("Username").fill(ADMIN.username);
    await page.getByLabel("Password", { exact: true }).fill(ADMIN.password);
    await page.getByLabel("Type the password again").fill("blue chairs in the waiting rom");
    await page.getByRole("button", { name: "Create the vault" }).click();
    await page.getByText("The two passwords do not match. Type the same password in both boxes.").waitFor();
    await shot(page, "setup-2-mismatch");
    await expectAccessible(page, "setup step 2 with errors");
    // Back and forth keeps what was typed.
    await page.getByRole("button", { name: "Back" }).click();
    await expect(page.getByLabel("Practice name").inputValue()).resolves.toBe(PRACTICE.name);
    await page.getByRole("button", { name: "Next: the first Administrator" }).click();
    await expect(page.getByLabel("Full name").inputValue()).resolves.toBe(ADMIN.fullName);
    await page.getByLabel("Type the password again").fill(ADMIN.password);
    await page.getByRole("button", { name: "Create the vault" }).click();

    const groups = await readRecoveryKey(page);
    await page.getByRole("button", { name: "I have printed or written down the key" }).click();
    const wrong = groups.map((group) => (group === "AAAA" ? "BBBB" : "AAAA"));
    await typeBackGroups(page, wrong);
    await page.getByRole("button", { name: "Confirm the key" }).click();
    await page.getByText(/^That is not group \d+\./).first().waitFor();
    await shot(page, "setup-4-wrong-group");
    await expectAccessible(page, "recovery key confirmation with errors");
    await typeBackGroups(page, groups);
    await page.getByRole("button", { name: "Confirm the key" }).click();
    await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
  });
});
