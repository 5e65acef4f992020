import { mkdirSync, readdirSync, statSync, truncateSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { configurePathChooser } from "../../src/main/backup/pathChooser";
import { FAST_TEST_KDF } from "../../src/main/vault/kdf";
import type { KeySlotFile } from "../../src/main/vault/keySlots";
import { closeVault, findUserSlot, inspectVaultFolder, openVault } from "../../src/main/vault/vault";
import type { PathPurpose } from "../../src/shared/model/backup";
import { makeTempDir } from "../support/tempVault";
import { closeBrowser, type RunningApp } from "./harness";
import { ADMIN, expectAccessible, goTo, launch, seedUser, seedVault, shot, signIn } from "./flows";

/**
 * The native file pickers are the Electron shell's; here the same channel answers with paths the test
 * chooses, as a person would in the dialog.
 */
let answers: Partial<Record<PathPurpose, string>> = {};
let app: RunningApp | null = null;
let usb: ReturnType<typeof makeTempDir> | null = null;

beforeEach(() => {
  usb = makeTempDir("safeguard-usb-");
  answers = {};
  configurePathChooser(async (purpose) => answers[purpose] ?? null);
});
afterEach(async () => {
  configurePathChooser(null);
  await app?.close();
  app = null;
  usb?.remove();
});
afterAll(closeBrowser);

function inspectSlots(folder: string): KeySlotFile {
  const state = inspectVaultFolder(folder);
  if (state.state !== "present") throw new Error("no vault");
  return state.slots;
}

describe("backups in the app", { timeout: 120_000 }, () => {
  it("backs up from Settings to a chosen folder, then restores it after seeing what it holds", async () => {
    app = await launch();
    await seedVault(app);
    const { page } = app;
    await goTo(page, "Settings");
    const section = page.getByRole("region", { name: "Backups" });
    await section.getByText("There is no backup yet.").waitFor();
    await shot(page, "backup-settings-none");
    await expectAccessible(page, "settings with backups");

    answers["backup-folder"] = usb!.path;
    await section.getByRole("button", { name: "Choose another folder…" }).click();
    await section.getByText(usb!.path, { exact: true }).waitFor();
    await section.getByRole("button", { name: "Back up now" }).click();
    await section.getByRole("status").filter({ hasText: "Backed up and checked" }).waitFor();
    await section.getByText(/^Last backup:/).waitFor();
    await expect(section.getByText("There is no backup yet.").count()).resolves.toBe(0);
    const [file] = readdirSync(usb!.path);
    expect(file).toMatch(/-manual\.sgbackup$/);
    await shot(page, "backup-settings-done");

    // Something added after the backup, which the restore will take away.
    await seedUser(app, { username: "later", fullName: "Added Later", role: "staff", password: "added after the backup" });

    await section.getByRole("button", { name: "Restore from a backup…" }).click();
    await section.getByRole("heading", { name: "Choose a backup" }).waitFor();
    await section.getByText(/There are no backups in the folder beside the vault/).waitFor();
    answers["backup-file"] = join(usb!.path, file!);
    await section.getByRole("button", { name: "Choose a backup file…" }).click();
    await section.getByRole("heading", { name: "Open the backup" }).waitFor();
    await expectAccessible(page, "restore: open the backup");
    await section.getByLabel("Username", { exact: true }).fill(ADMIN.username);
    await section.getByLabel("Password", { exact: true }).fill("not the password");
    await section.getByRole("button", { name: "Open the backup" }).click();
    await section.getByRole("alert").filter({ hasText: "does not open this backup" }).waitFor();
    await section.getByLabel("Password", { exact: true }).fill(ADMIN.password);
    await section.getByRole("button", { name: "Open the backup" }).click();

    await section.getByRole("heading", { name: "What this backup holds" }).waitFor();
    const counts = section.getByRole("table", { name: "Records in the backup, by kind" });
    await expect(counts.getByRole("row", { name: /user accounts/ }).getByRole("cell").innerText()).resolves.toBe("1");
    await expect(section.getByText("Bright Smiles Dental", { exact: true }).isVisible()).resolves.toBe(true);
    await shot(page, "backup-restore-review");
    await expectAccessible(page, "restore: what the backup holds");
    await section.getByRole("button", { name: "Restore this backup" }).click();
    const dialog = page.getByRole("dialog", { name: "Restore this backup?" });
    await dialog.waitFor();
    await expectAccessible(page, "restore confirmation");
    await dialog.getByRole("button", { name: "Restore the backup" }).click();

    await page.getByRole("heading", { name: "The backup is restored" }).waitFor();
    await expectAccessible(page, "restore done");
    await page.getByRole("button", { name: "Go to sign in" }).click();
    await page.getByRole("heading", { level: 1, name: "Safeguard Desk is locked" }).waitFor();
    await signIn(page, ADMIN.username, ADMIN.password);
    // The window starts again where it was: Settings, which now names the restored backup as the last one.
    await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
    await page.getByRole("region", { name: "Backups" }).getByText(/^Last backup:/).waitFor();
    const users = await app.core.dispatch("users.list", {});
    expect(users.ok && (users.value as { username: string }[]).map((user) => user.username)).toEqual(["maria"]);
  });

  it("offers the latest backup on the damaged screen when the vault's file was cut short", async () => {
    app = await launch();
    await seedVault(app);
    const backups = join(app.vaultDir, "backups");
    mkdirSync(backups);
    const made = await app.core.dispatch("backup.create", { folder: backups });
    expect(made.ok).toBe(true);
    await app.core.dispatch("session.lock", { reason: "user" });
    const database = join(app.vaultDir, "practice.sqlite");
    truncateSync(database, Math.floor(statSync(database).size / 2));

    await app.reload();
    const { page } = app;
    await page.getByRole("heading", { level: 1, name: "Safeguard Desk is locked" }).waitFor();
    await signIn(page, ADMIN.username, ADMIN.password);
    await page.getByRole("heading", { level: 1, name: "The practice's vault cannot be opened" }).waitFor();
    await page.getByText(/cut short/).first().waitFor();
    await page.getByText(/The latest backup beside the vault was made on/).waitFor();
    await shot(page, "backup-damaged-offer");
    await expectAccessible(page, "damaged with a backup to restore");
    await page.getByRole("button", { name: "Restore the latest backup" }).click();
    await page.getByRole("heading", { name: "Open the backup" }).waitFor();
    await page.getByLabel("Username", { exact: true }).fill(ADMIN.username);
    await page.getByLabel("Password", { exact: true }).fill(ADMIN.password);
    await page.getByRole("button", { name: "Open the backup" }).click();
    await page.getByRole("heading", { name: "What this backup holds" }).waitFor();
    await page.getByRole("button", { name: "Restore this backup" }).click();
    await page.getByRole("dialog", { name: "Restore this backup?" }).getByRole("button", { name: "Restore the backup" }).click();
    await page.getByRole("heading", { name: "The backup is restored" }).waitFor();
    await page.getByRole("button", { name: "Go to sign in" }).click();
    await page.getByRole("heading", { level: 1, name: "Safeguard Desk is locked" }).waitFor();
    await signIn(page, ADMIN.username, ADMIN.password);
    await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
  });

  it("moves the practice to another computer: export in Settings, import on the first screen", async () => {
    app = await launch();
    await seedVault(app);
    const { page } = app;
    await goTo(page, "Settings");
    const section = page.getByRole("region", { name: "Move to another computer" });
    const archive = join(usb!.path, "practice.sgexport");
    answers["archive-save"] = archive;
    await section.getByRole("button", { name: "Choose where to save…" }).click();
    await section.getByText(archive, { exact: true }).waitFor();
    await section.getByLabel("Your password").fill(ADMIN.password);
    await section.getByLabel("A passphrase for the export").fill("moving to the new front desk");
    await section.getByLabel("Type the passphrase again").fill("moving to the new front desk");
    await section.getByRole("button", { name: "Export everything" }).click();
    await section.getByRole("status").filter({ hasText: "Exported" }).waitFor();
    await expectAccessible(page, "settings after an export");
    await app.close();
    app = null;

    app = await launch();
    const next = app.page;
    // A second window on a busy machine: its first paint may take longer than one step.
    await next.getByRole("heading", { level: 1, name: "Set up your practice" }).waitFor({ timeout: 30_000 });
    await next.getByRole("button", { name: "Bring the practice from another computer" }).click();
    await next.getByRole("heading", { name: "Bring the practice from another computer" }).waitFor();
    await expectAccessible(next, "import");
    answers["archive-open"] = archive;
    await next.getByRole("button", { name: "Choose the export file…" }).click();
    await next.getByText(archive, { exact: true }).waitFor();
    await next.getByLabel("The export's passphrase").fill("moving to the new front desk");
    await next.getByLabel("Username", { exact: true }).fill(ADMIN.username);
    await next.getByLabel("Password", { exact: true }).fill(ADMIN.password);
    await next.getByRole("button", { name: "Import the records" }).click();
    await next.getByRole("heading", { name: "The practice's records are here" }).waitFor();
    await expectAccessible(next, "import done");
    await next.getByRole("button", { name: "Go to sign in" }).click();
    await next.getByRole("heading", { level: 1, name: "Safeguard Desk is locked" }).waitFor();
    await signIn(next, ADMIN.username, ADMIN.password);
    await next.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
  });

  it("shows an audit log changed outside the app as not intact, naming the entry", async () => {
    app = await launch();
    await seedVault(app, { locked: true });
    const vault = await openVault(app.vaultDir, findUserSlot(inspectSlots(app.vaultDir), ADMIN.username), ADMIN.password, { kdf: FAST_TEST_KDF });
    vault.db.exec("DROP TRIGGER audit_log_no_update");
    vault.db.prepare("UPDATE audit_log SET summary = 'Nothing happened here' WHERE seq = 2").run();
    closeVault(vault);
    const { page } = app;
    await signIn(page, ADMIN.username, ADMIN.password);
    await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
    await goTo(page, "Audit log");
    await page.getByRole("button", { name: "Check the log's integrity" }).click();
    await page.getByRole("alert").filter({ hasText: "The log is not intact." }).waitFor();
    await expect(page.getByText(/entry 2: Entry 2 was changed after it was written/).isVisible()).resolves.toBe(true);
    await shot(page, "backup-audit-tampered");
    await expectAccessible(page, "audit log not intact");
    await goTo(page, "Settings");
    await page.getByRole("button", { name: "Check the vault" }).click();
    await page.getByRole("region", { name: "Check the vault" }).getByText("The log is not intact.").waitFor();
  });
});
