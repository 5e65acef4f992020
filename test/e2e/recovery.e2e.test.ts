import { afterAll, afterEach, describe, expect, it } from "vitest";
import { closeBrowser, type RunningApp } from "./harness";
import { ADMIN, expectAccessible, launch, lockWithShortcut, readRecoveryKey, seedVault, shot, signIn, typeBackGroups } from "./flows";

let app: RunningApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});
afterAll(closeBrowser);

const NEW_PASSWORD = "a new sentence for a new day";

describe("the recovery key", () => {
  it("lets a user who forgot the password choose a new one; the old password stops working", async () => {
    app = await launch();
    const recoveryKey = await seedVault(app, { locked: true });
    const { page } = app;
    await page.getByRole("button", { name: "Forgot your password? Use the recovery key" }).click();
    await page.getByRole("heading", { name: "Use the recovery key" }).waitFor();
    await shot(page, "recovery");
    await expectAccessible(page, "recovery form");

    // Typed the way a person copies from paper: lower case, spaces instead of dashes.
    await page.getByLabel("Recovery key", { exact: true }).fill(recoveryKey.toLowerCase().replace(/-/g, " "));
    await page.getByLabel("Username").fill(ADMIN.username);
    await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel("Type the new password again").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Set the new password and sign in" }).click();
    await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();

    await lockWithShortcut(page);
    await signIn(page, ADMIN.username, ADMIN.password);
    await page.getByRole("alert").getByText("The username or password is not right.").waitFor();
    await signIn(page, ADMIN.username, NEW_PASSWORD);
    await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
  });

  it("says so when the key is malformed or does not open the vault", async () => {
    app = await launch();
    await seedVault(app, { locked: true });
    const { page } = app;
    await page.getByRole("button", { name: "Forgot your password? Use the recovery key" }).click();
    await page.getByLabel("Recovery key", { exact: true }).fill("ABCD-EFGH");
    await page.getByLabel("Username").fill(ADMIN.username);
    await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel("Type the new password again").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Set the new password and sign in" }).click();
    await page.getByText(/A recovery key has 13 groups of 4/).waitFor();

    await page.getByLabel("Recovery key", { exact: true }).fill("0".repeat(52));
    await page.getByRole("button", { name: "Set the new password and sign in" }).click();
    await page.getByRole("alert").getByText(/That recovery key does not open this vault/).waitFor();
    await shot(page, "recovery-wrong-key");
    await expectAccessible(page, "recovery form with an error");
    await page.getByRole("button", { name: "Back to sign in" }).click();
    await page.getByRole("heading", { name: "Safeguard Desk is locked" }).waitFor();
  });

  it("an Administrator replaces the key in Settings: shown, printed, typed back; the banner is gone", async () => {
    app = await launch();
    await seedVault(app);
    // A fresh key that was never confirmed: the banner asks for a new one.
    await app.core.dispatch("recoveryKey.replace", { password: ADMIN.password });
    await app.reload();
    const { page } = app;
    const banner = page.getByRole("region", { name: "Recovery key warning" });
    await banner.waitFor();
    await shot(page, "banner-recovery-key");
    await expectAccessible(page, "dashboard with the recovery key banner");
    await banner.getByRole("link", { name: "replace the recovery key in Settings" }).click();
    await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();

    const form = page.getByRole("form", { name: "Replace the recovery key" });
    await form.getByLabel("Your password").fill("wrong password here");
    await form.getByRole("button", { name: "Replace the recovery key" }).click();
    await form.getByRole("alert").getByText("Your password is not right.").waitFor();
    await form.getByLabel("Your password").fill(ADMIN.password);
    await form.getByRole("button", { name: "Replace the recovery key" }).click();
    const groups = await readRecoveryKey(page);
    expect(groups).toHaveLength(13);
    await page.getByRole("button", { name: "I have printed or written down the key" }).click();
    await typeBackGroups(page, groups);
    await page.getByRole("button", { name: "Confirm the key" }).click();
    await page.getByText("The new recovery key is confirmed.", { exact: false }).waitFor();
    await expect(banner.count()).resolves.toBe(0);
  });
});
