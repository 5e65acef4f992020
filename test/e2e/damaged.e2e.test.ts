import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { FAST_TEST_KDF } from "../../src/main/vault/kdf";
import { closeVault, findUserSlot, inspectVaultFolder, openVault } from "../../src/main/vault/vault";
import { vaultPaths } from "../../src/main/vault/vaultPaths";
import { closeBrowser, type RunningApp } from "./harness";
import { ADMIN, expectAccessible, launch, seedVault, shot, signIn } from "./flows";

let app: RunningApp | null = null;
let parent: string | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
  if (parent) rmSync(parent, { recursive: true, force: true });
  parent = null;
});
afterAll(closeBrowser);

describe("a damaged vault", () => {
  it("explains, shows the folder, and moves the files aside (deleting nothing) before a new setup", async () => {
    parent = mkdtempSync(join(tmpdir(), "safeguard-damaged-"));
    const vaultDir = join(parent, "vault");
    mkdirSync(vaultDir);
    writeFileSync(join(vaultDir, "keyslots.json"), "this is not a key file");
    writeFileSync(join(vaultDir, "practice.sqlite"), "this is not a database");

    app = await launch({ vaultDir });
    const { page } = app;
    await page.getByRole("heading", { level: 1, name: "The practice's vault cannot be opened" }).waitFor();
    await expect(page.getByText(vaultDir, { exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.getByText(/keyslots\.json/).first().isVisible()).resolves.toBe(true);
    await expect(page.getByText(/restore it/i).first().isVisible()).resolves.toBe(true);
    await shot(page, "damaged");
    await expectAccessible(page, "damaged");

    await page.getByRole("button", { name: "Move these files aside and start again" }).click();
    const dialog = page.getByRole("dialog", { name: "Move these files aside and start again?" });
    await dialog.waitFor();
    await shot(page, "damaged-confirm");
    await expectAccessible(page, "damaged confirmation dialog");
    // Cancel has focus, so Enter by reflex does no harm.
    await expect(dialog.getByRole("button", { name: "Cancel" }).evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await dialog.getByRole("button", { name: "Move the files aside" }).click();

    await page.getByRole("heading", { level: 1, name: "The old files were moved aside" }).waitFor();
    const movedTo = await page.locator(".path").innerText();
    expect(existsSync(join(movedTo, "keyslots.json"))).toBe(true);
    expect(existsSync(join(movedTo, "practice.sqlite"))).toBe(true);
    await shot(page, "damaged-moved");
    await expectAccessible(page, "files moved aside");
    await page.getByRole("button", { name: "Set up the practice" }).click();
    await page.getByRole("heading", { level: 1, name: "Set up your practice" }).waitFor();
    expect(readdirSync(parent).length).toBeGreaterThanOrEqual(1);
  });

  it("from a newer version of the app is not called damaged: install that version, or restore a backup of this one", async () => {
    app = await launch();
    const { vaultDir } = app;
    await seedVault(app, { locked: true });
    const { page } = app;
    // As the newer version would leave it: its own schema version, which this version does not know.
    const state = inspectVaultFolder(vaultDir);
    if (state.state !== "present") throw new Error("no vault");
    const vault = await openVault(vaultDir, findUserSlot(state.slots, ADMIN.username), ADMIN.password, { kdf: FAST_TEST_KDF });
    vault.db.pragma("user_version = 999");
    closeVault(vault);
    const before = readFileSync(vaultPaths(vaultDir).database);

    await signIn(page, ADMIN.username, ADMIN.password);
    await page.getByRole("heading", { level: 1, name: "This vault needs a newer version of Safeguard Desk" }).waitFor();
    await expect(page.getByText(/saved by a newer version of Safeguard Desk/).isVisible()).resolves.toBe(true);
    await expect(page.getByText(/Install the newer version of Safeguard Desk/).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("button", { name: /start again|move/i }).count()).resolves.toBe(0);
    await expect(page.getByRole("button", { name: "Restore a backup made by this version…" }).isVisible()).resolves.toBe(true);
    await shot(page, "vault-too-new");
    await expectAccessible(page, "vault from a newer version");
    expect(readFileSync(vaultPaths(vaultDir).database).equals(before)).toBe(true);
  });
});
