import { afterAll, afterEach, describe, expect, it } from "vitest";
import { closeBrowser, type RunningApp } from "./harness";
import { ADMIN, expectAccessible, goTo, lockWithShortcut, seedUser, seedVault, shot, signIn, launch } from "./flows";

let app: RunningApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});
afterAll(closeBrowser);

describe("locking", () => {
  it("Ctrl+L locks over the app, and the same user finds their unsaved typing after unlocking", async () => {
    app = await launch();
    await seedVault(app);
    const { page } = app;
    await goTo(page, "Settings");
    const name = page.getByLabel("Practice name");
    await name.fill("Bright Smiles Dental and Orthodontics");

    await lockWithShortcut(page);
    await expect(page.getByRole("heading", { name: "Settings" }).isVisible()).resolves.toBe(false);
    await expect(page.getByText("Safeguard Desk was locked. Sign in to continue.").isVisible()).resolves.toBe(true);
    // The username is remembered, so the password box has focus.
    await expect(page.getByLabel("Username").inputValue()).resolves.toBe(ADMIN.username);
    await shot(page, "unlock");
    await expectAccessible(page, "unlock");

    await page.getByLabel("Password", { exact: true }).fill(ADMIN.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
    await expect(page.getByLabel("Practice name").inputValue()).resolves.toBe("Bright Smiles Dental and Orthodontics");
    await expect(page.getByText("Unsaved changes from the previous session were discarded").count()).resolves.toBe(0);
  });

  it("the Lock button locks too; a different user starts afresh and is told the last session's input was dropped", async () => {
    app = await launch();
    await seedVault(app);
    await seedUser(app, { username: "sam", fullName: "Sam Patel", role: "staff", password: "sam likes long walks" });
    const { page } = app;
    await goTo(page, "Settings");
    await page.getByLabel("Practice name").fill("Typed by Maria, not saved");
    await page.getByRole("button", { name: /^Lock/ }).click();
    await page.getByRole("heading", { name: "Safeguard Desk is locked" }).waitFor();

    await signIn(page, "sam", "sam likes long walks");
    await page.getByText("Unsaved changes from the previous session were discarded.").waitFor();
    await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
    await expect(page.getByRole("banner").innerText()).resolves.toContain("Sam Patel");
    await shot(page, "different-user-notice");
    await goTo(page, "Settings");
    await expect(page.getByLabel("Practice name").inputValue()).resolves.toBe("Bright Smiles Dental");
  });

  it("a wrong password shows the main process's message, and the failed try is in the audit log after a correct unlock", async () => {
    app = await launch();
    await seedVault(app, { locked: true });
    const { page } = app;
    await page.getByRole("heading", { name: "Safeguard Desk is locked" }).waitFor();
    await signIn(page, ADMIN.username, "not the right password");
    const alert = page.getByRole("alert");
    await alert.waitFor();
    await expect(alert.innerText()).resolves.toContain("The username or password is not right.");
    await expect(page.getByLabel("Password", { exact: true }).inputValue()).resolves.toBe("");
    await shot(page, "unlock-wrong-password");
    await expectAccessible(page, "unlock with an error");

    await signIn(page, ADMIN.username, ADMIN.password);
    await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
    await goTo(page, "Audit log");
    await page.getByLabel("Action").fill("session.failed");
    await page.getByRole("button", { name: "Show matching entries" }).click();
    await page.getByText("1 entry", { exact: true }).waitFor();
    await expect(page.getByRole("table").innerText()).resolves.toContain('A wrong password was entered for "maria"');
  });

  it("after several wrong passwords, the main process's request to wait (RATE_LIMITED) is shown", async () => {
    app = await launch();
    await seedVault(app, { locked: true });
    const { page } = app;
    // Three tries are free; the third failure starts a short wait.
    for (let attempt = 1; attempt <= 3; attempt++) {
      await signIn(page, ADMIN.username, `wrong password ${attempt}`);
      // The password box is emptied when the answer arrives.
      await expect.poll(() => page.getByLabel("Password", { exact: true }).inputValue()).toBe("");
      await page.getByRole("alert").getByText(/not right/).waitFor();
    }
    await signIn(page, ADMIN.username, ADMIN.password);
    await page.getByRole("alert").getByText(/Too many wrong attempts\. Wait \d+ seconds?/).waitFor();
    await shot(page, "unlock-rate-limited");
  });

  it("locks by itself after the auto-lock time set in Settings", async () => {
    app = await launch({ beforeLoad: (page) => page.clock.install() });
    await seedVault(app);
    const { page } = app;
    await goTo(page, "Settings");
    const minutes = page.getByLabel("Lock after this many minutes without activity");
    await minutes.fill("1");
    await page.getByRole("button", { name: "Save the automatic lock" }).click();
    await page.getByText("Saved. The app now locks after 1 minute without activity.").waitFor();

    await page.clock.fastForward("00:30");
    await expect(page.getByRole("heading", { name: "Safeguard Desk is locked" }).count()).resolves.toBe(0);
    await page.clock.fastForward("00:35");
    await page.getByRole("heading", { name: "Safeguard Desk is locked" }).waitFor();
    await expect(page.getByText("Locked after 1 minute without activity.").isVisible()).resolves.toBe(true);
    await shot(page, "unlock-idle");
    const status = await app.core.dispatch("vault.status", {});
    expect(status.ok && status.value).toMatchObject({ state: "locked", lockReason: "idle" });
  });

  it("a channel answering LOCKED (the main process locked on its own) brings up the lock screen", async () => {
    app = await launch();
    await seedVault(app);
    const { page } = app;
    await goTo(page, "Audit log");
    // Lock behind the window's back, without an event, as if the main process's idle timer fired.
    await app.core.dispatch("session.lock", { reason: "idle" });
    await page.getByRole("button", { name: "Check the log's integrity" }).click();
    await page.getByRole("heading", { name: "Safeguard Desk is locked" }).waitFor();
    await expect(page.getByText(/Locked after 10 minutes without activity/).isVisible()).resolves.toBe(true);
  });
});
