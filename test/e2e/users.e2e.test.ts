import { afterAll, afterEach, describe, expect, it } from "vitest";
import { closeBrowser, type RunningApp } from "./harness";
import { expectAccessible, goTo, lockWithShortcut, seedUser, seedVault, shot, signIn, launch } from "./flows";

let app: RunningApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});
afterAll(closeBrowser);

describe("users", () => {
  it("an Administrator adds a Staff user, who can then sign in", async () => {
    app = await launch();
    await seedVault(app);
    const { page } = app;
    await goTo(page, "Settings");
    await page.getByRole("button", { name: "Add a user" }).click();
    const dialog = page.getByRole("dialog", { name: "Add a user" });
    await dialog.waitFor();
    await dialog.getByLabel("Full name").fill("Sam Patel");
    await dialog.getByLabel("Title").fill("Dental Hygienist");
    await dialog.getByLabel("Username").fill("sam");
    await dialog.getByLabel("Role").selectOption("staff");
    await dialog.getByLabel("First password", { exact: true }).fill("sam likes long walks");
    await dialog.getByLabel("Type the first password again").fill("sam likes long walks");
    await shot(page, "settings-add-user");
    await expectAccessible(page, "add user dialog");
    await dialog.getByRole("button", { name: "Add the user" }).click();
    await page.getByText("Sam Patel was added. They can now sign in as sam.").waitFor();
    await expect(dialog.isVisible()).resolves.toBe(false);
    await expect(page.getByRole("row", { name: /Sam Patel/ }).innerText()).resolves.toContain("Staff");

    await lockWithShortcut(page);
    await signIn(page, "sam", "sam likes long walks");
    await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
    await expect(page.getByRole("banner").innerText()).resolves.toMatch(/Sam Patel\s*\(Staff\)/);
  });

  it("Escape closes a dialog without adding anyone", async () => {
    app = await launch();
    await seedVault(app);
    const { page } = app;
    await goTo(page, "Settings");
    await page.getByRole("button", { name: "Add a user" }).click();
    const dialog = page.getByRole("dialog", { name: "Add a user" });
    await dialog.getByLabel("Full name").fill("Nobody");
    await page.keyboard.press("Escape");
    await expect(dialog.isVisible()).resolves.toBe(false);
    const users = await app.core.dispatch("users.list", {});
    expect(users.ok && (users.value as unknown[]).length).toBe(1);
  });

  it("the last Administrator cannot be demoted or removed: the main process's message is shown", async () => {
    app = await launch();
    await seedVault(app);
    const { page } = app;
    await goTo(page, "Settings");
    await page.getByRole("button", { name: "Remove Maria Lopez" }).click();
    const confirm = page.getByRole("dialog", { name: "Remove Maria Lopez?" });
    await shot(page, "settings-remove-confirm");
    await expectAccessible(page, "remove user confirmation");
    await confirm.getByRole("button", { name: "Remove" }).click();
    await expect(confirm.getByRole("alert").innerText()).resolves.toMatch(/Administrator/);
    await confirm.getByRole("button", { name: "Cancel" }).click();

    await page.getByRole("button", { name: "Edit Maria Lopez" }).click();
    const edit = page.getByRole("dialog", { name: "Edit Maria Lopez" });
    await edit.getByLabel("Role").selectOption("staff");
    await edit.getByRole("button", { name: "Save changes" }).click();
    await expect(edit.getByRole("alert").innerText()).resolves.toMatch(/Administrator/);
    await shot(page, "settings-edit-refused");
  });

  it("a reset password must be changed at the next sign-in, and the new one then works", async () => {
    app = await launch();
    await seedVault(app);
    await seedUser(app, { username: "sam", fullName: "Sam Patel", role: "staff", password: "sam likes long walks" });
    const { page } = app;
    await goTo(page, "Settings");
    await page.getByRole("button", { name: "Reset the password of Sam Patel" }).click();
    const dialog = page.getByRole("dialog", { name: "Reset the password of Sam Patel" });
    await dialog.getByLabel("Temporary password", { exact: true }).fill("temporary pass 123");
    await dialog.getByLabel("Type the temporary password again").fill("temporary pass 123");
    await dialog.getByRole("button", { name: "Reset the password" }).click();
    await page.getByText(/The password of Sam Patel was reset/).waitFor();

    await lockWithShortcut(page);
    await signIn(page, "sam", "temporary pass 123");
    await page.getByRole("heading", { level: 1, name: "Choose a new password" }).waitFor();
    await shot(page, "must-change-password");
    await expectAccessible(page, "must change password");
    // Maria's app is still mounted (hidden) behind this screen, so only visible fields are meant.
    await page.getByLabel("Temporary password").filter({ visible: true }).fill("temporary pass 123");
    await page.getByLabel("New password", { exact: true }).filter({ visible: true }).fill("my own secret sentence");
    await page.getByLabel("Type the new password again").filter({ visible: true }).fill("my own secret sentence");
    await page.getByRole("button", { name: "Change my password" }).filter({ visible: true }).click();
    await page.getByText("Your password was changed. Sign in with your new password.").waitFor();
    await shot(page, "unlock-password-changed");
    await signIn(page, "sam", "my own secret sentence");
    await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
  });

  it("a Read-only user sees disabled controls, and a direct practice.update is refused with FORBIDDEN", async () => {
    app = await launch();
    await seedVault(app);
    await seedUser(app, { username: "auditor", fullName: "Alex Auditor", role: "readonly", password: "only looking today" });
    const { page } = app;
    await lockWithShortcut(page);
    await signIn(page, "auditor", "only looking today");
    await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
    await goTo(page, "Settings");
    await page.getByText("Your role is Read-only: you can look at the settings but cannot change them, except your own password.").waitFor();
    await expect(page.getByLabel("Practice name").isDisabled()).resolves.toBe(true);
    await expect(page.getByLabel("Lock after this many minutes without activity").isDisabled()).resolves.toBe(true);
    await expect(page.getByRole("button", { name: "Save the practice profile" }).count()).resolves.toBe(0);
    await expect(page.getByRole("button", { name: "Add a user" }).count()).resolves.toBe(0);
    await expect(page.getByRole("button", { name: /^Remove/ }).count()).resolves.toBe(0);
    await shot(page, "settings-readonly");
    await expectAccessible(page, "settings as read-only");

    const answer = await page.evaluate(() =>
      window.safeguard.invoke("practice.update", {
        name: "Hacked Dental",
        kind: "dental",
        address: "",
        timeZone: "America/Chicago",
        workforceCount: 1,
        securityOfficial: "Nobody",
        sponsorsGroupHealthPlan: false,
        isPartOfClearinghouse: false,
      }),
    );
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.error.code).toBe("FORBIDDEN");
    const practice = await app.core.dispatch("practice.get", {});
    expect(practice.ok && practice.value).toMatchObject({ name: "Bright Smiles Dental" });
  });
});
