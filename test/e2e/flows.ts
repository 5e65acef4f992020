import AxeBuilder from "@axe-core/playwright";
import { expect } from "vitest";
import type { Page } from "playwright-core";
import { recoveryKeyGroups } from "../../src/shared/model/recoveryKey";
import type { RecoveryKeyIssued } from "../../src/shared/model/vaultStatus";
import { startApp, type RunningApp } from "./harness";

/** The practice and first Administrator every browser test starts from. */
export const PRACTICE = {
  name: "Bright Smiles Dental",
  address: "12 Main Street, Springfield, IL 62701",
  workforce: "8",
  securityOfficial: "Maria Lopez",
};
export const ADMIN = { fullName: "Maria Lopez", title: "Office Manager", username: "maria", password: "blue chairs in the waiting room" };

/** A step that waits longer than this has failed; the message then names the locator, not just the test. */
export const STEP_TIMEOUT_MS = 10_000;

/** startApp, with a step timeout shorter than the test's. */
export async function launch(options: Parameters<typeof startApp>[0] = {}): Promise<RunningApp> {
  const app = await startApp(options);
  app.page.setDefaultTimeout(STEP_TIMEOUT_MS);
  return app;
}

export const SHOTS = process.env.SHOTS_DIR ?? "/tmp/shots";

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** Runs axe-core on what is on screen and fails on any serious or critical violation. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${screen}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(bad).toEqual([]);
}

/** The groups of the recovery key as shown on screen, in order. */
export async function readRecoveryKey(page: Page): Promise<string[]> {
  const list = page.getByRole("list", { name: "Your recovery key" });
  // The key appears only after the main process has wrapped its slot (a KDF run): wait, don't race.
  await list.locator(".key-group-value").first().waitFor();
  return list.locator(".key-group-value").allTextContents();
}

/** On the confirmation step: types each group the app asks for ("Group 3", "Group 9"). */
export async function typeBackGroups(page: Page, groups: string[]): Promise<void> {
  await page.locator("form.recovery-key-confirm label").first().waitFor();
  const labels = await page.locator("form.recovery-key-confirm label").allTextContents();
  for (const label of labels) {
    const number = Number(/Group (\d+)/.exec(label)?.[1]);
    await page.getByLabel(label, { exact: true }).fill(groups[number - 1] ?? "");
  }
}

export interface SetupOptions {
  /** Take screenshots and run axe on each step. */
  inspect?: boolean;
}

/** Completes the first-run wizard and returns the recovery key's groups. */
export async function completeSetup(page: Page, options: SetupOptions = {}): Promise<string[]> {
  await page.getByRole("heading", { level: 1, name: "Set up your practice" }).waitFor();
  if (options.inspect) {
    await shot(page, "setup-1-practice");
    await expectAccessible(page, "setup step 1");
  }
  await page.getByLabel("Practice name").fill(PRACTICE.name);
  await page.getByLabel("Kind of practice").selectOption("dental");
  await page.getByLabel("Address").fill(PRACTICE.address);
  await page.getByLabel("Number of workforce members").fill(PRACTICE.workforce);
  await page.getByLabel("Security Official").fill(PRACTICE.securityOfficial);
  await page.getByRole("button", { name: "Next: the first Administrator" }).click();

  await page.getByRole("heading", { name: "The first Administrator" }).waitFor();
  await page.getByLabel("Full name").fill(ADMIN.fullName);
  await page.getByLabel("Title").fill(ADMIN.title);
  await page.getByLabel("Username").fill(ADMIN.username);
  await page.getByLabel("Password", { exact: true }).fill(ADMIN.password);
  await page.getByLabel("Type the password again").fill(ADMIN.password);
  if (options.inspect) {
    await shot(page, "setup-2-admin");
    await expectAccessible(page, "setup step 2");
  }
  await page.getByRole("button", { name: "Create the vault" }).click();

  const groups = await readRecoveryKey(page);
  if (options.inspect) {
    await shot(page, "setup-3-recovery-key");
    await expectAccessible(page, "setup step 3");
    await page.emulateMedia({ media: "print" });
    await shot(page, "setup-3-recovery-key-print");
    await page.emulateMedia({ media: "screen" });
  }
  await page.getByRole("button", { name: "I have printed or written down the key" }).click();
  await typeBackGroups(page, groups);
  if (options.inspect) {
    await shot(page, "setup-4-confirm");
    await expectAccessible(page, "setup confirmation");
  }
  await page.getByRole("button", { name: "Confirm the key" }).click();
  await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
  return groups;
}

export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function goTo(page: Page, area: string): Promise<void> {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: area, exact: true }).click();
  await page.getByRole("heading", { level: 1, name: area }).waitFor();
}

export async function lockWithShortcut(page: Page): Promise<void> {
  await page.keyboard.press("Control+l");
  await page.getByRole("heading", { name: "Safeguard Desk is locked" }).waitFor();
}

export const PRACTICE_PROFILE = {
  name: PRACTICE.name,
  kind: "dental",
  address: PRACTICE.address,
  timeZone: "America/Chicago",
  workforceCount: 8,
  securityOfficial: PRACTICE.securityOfficial,
  sponsorsGroupHealthPlan: false,
  isPartOfClearinghouse: false,
} as const;

/**
 * Creates the vault through the real core (the wizard has its own test), confirms the recovery key,
 * optionally locks, and reopens the window. Returns the recovery key.
 */
export async function seedVault(app: RunningApp, options: { locked?: boolean } = {}): Promise<string> {
  const created = await app.core.dispatch("vault.create", { practice: PRACTICE_PROFILE, admin: { ...ADMIN, role: "administrator" } });
  if (!created.ok) throw new Error(created.error.message);
  const issued = created.value as RecoveryKeyIssued;
  const groups = recoveryKeyGroups(issued.recoveryKey);
  const confirmed = await app.core.dispatch("recoveryKey.confirm", { answers: issued.confirmGroups.map((group) => ({ group, value: groups[group] })) });
  if (!confirmed.ok) throw new Error(confirmed.error.message);
  if (options.locked) await app.core.dispatch("session.lock", { reason: "user" });
  await app.reload();
  app.page.setDefaultTimeout(STEP_TIMEOUT_MS);
  await app.page.getByRole("heading", { level: 1, name: options.locked ? "Safeguard Desk is locked" : "Dashboard" }).waitFor();
  return issued.recoveryKey;
}

/** Adds a user through the real core while an Administrator is signed in. */
export async function seedUser(app: RunningApp, user: { username: string; fullName: string; role: "staff" | "readonly" | "administrator"; password: string }) {
  const created = await app.core.dispatch("users.create", { ...user, title: "" });
  if (!created.ok) throw new Error(created.error.message);
}
