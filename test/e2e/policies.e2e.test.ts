import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { PolicyDetail, PolicyList } from "../../src/shared/model/policy";
import { calendarDateInZone } from "../../src/shared/rules/calendarDates";
import { addYearsKeepingLonger, nextReviewDate } from "../../src/shared/rules/policyRetention";
import { formatDay } from "../../src/shared/time/zonedTime";
import { closeBrowser, type RunningApp } from "./harness";
import { expectAccessible, goTo, launch, lockWithShortcut, PRACTICE_PROFILE, seedUser, seedVault, shot, signIn } from "./flows";

let app: RunningApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});
afterAll(closeBrowser);

const today = () => calendarDateInZone(new Date(), PRACTICE_PROFILE.timeZone);

async function dispatch<T>(running: RunningApp, channel: string, payload: unknown): Promise<T> {
  const result = await running.core.dispatch(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

/** Generates the set and approves one policy through the real core, for the tests that start from there. */
async function approvedPolicy(running: RunningApp, templateId: string): Promise<PolicyDetail> {
  const list = await dispatch<PolicyList>(running, "policies.generate", {});
  const policy = list.policies.find((p) => p.templateId === templateId)!;
  const detail = await dispatch<PolicyDetail>(running, "policies.get", { policyId: policy.id });
  return dispatch<PolicyDetail>(running, "policies.approve", { versionId: detail.draft!.id });
}

describe("policies", () => {
  it("generate the policy set, edit one policy, approve it, and see the earlier version kept with its retention date", async () => {
    app = await launch();
    await seedVault(app);
    const { page } = app;
    await goTo(page, "Policies");
    await page.getByRole("heading", { level: 2, name: "Start your policy set" }).waitFor();
    await shot(page, "policies-empty");
    await expectAccessible(page, "policies, none yet");

    await page.getByRole("button", { name: "Generate the policy set" }).click();
    await page.getByText(/^21 policies were written as drafts for your practice\./).waitFor();
    const table = page.getByRole("table", { name: "The practice's security policies" });
    await expect(table.getByRole("row").count()).resolves.toBe(22);
    await expect(table.getByRole("row", { name: /Sanctions/ }).innerText()).resolves.toMatch(/Draft\s+Not approved yet/);
    await shot(page, "policies-list");
    await expectAccessible(page, "policies list");

    // A policy whose draft depends on answers the assessment doesn't have yet shows the editor's notes.
    await table.getByRole("link", { name: "Access control" }).click();
    await page.getByRole("heading", { level: 1, name: "Access control" }).waitFor();
    await page.getByText("Check before approving.").waitFor();
    await shot(page, "policy-draft-with-notes");
    await expectAccessible(page, "policy draft with notes");
    await page.getByRole("link", { name: "All policies" }).click();

    await page.getByRole("link", { name: "Sanctions" }).click();
    await page.getByRole("heading", { level: 1, name: "Sanctions" }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Draft: version 1, waiting for approval" }).waitFor();
    await page.getByRole("button", { name: "Approve version 1" }).click();
    const approve1 = page.getByRole("dialog", { name: "Approve version 1?" });
    await approve1.getByText(`Its yearly review will be due on ${formatDay(nextReviewDate(today()))}.`).waitFor();
    await shot(page, "policy-approve-dialog");
    await expectAccessible(page, "approve dialog");
    await approve1.getByRole("button", { name: "Approve and put into effect" }).click();
    await page.getByText("Version 1 is now in effect.", { exact: false }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Version 1, in effect" }).waitFor();

    await page.getByRole("button", { name: "Edit the policy" }).click();
    await page.getByRole("heading", { level: 2, name: "Edit the policy" }).waitFor();
    const body = page.getByLabel("Policy text");
    const original = await body.inputValue();
    await body.fill(original.replace("## Reporting in good faith", "## Contractors\n\nThe same sanctions apply to contractors and temporary staff, through their contracts.\n\n## Reporting in good faith"));
    await page.getByLabel("What you changed and why").fill("Said that contractors are covered too.");
    await shot(page, "policy-edit");
    await expectAccessible(page, "policy edit form");
    await page.getByRole("button", { name: "Save as a new draft" }).click();
    await page.getByText("Version 2 was saved as a draft.", { exact: false }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Draft: version 2, waiting for approval" }).waitFor();
    await page.getByRole("heading", { level: 3, name: "Contractors" }).waitFor();

    await page.getByRole("button", { name: "Approve version 2" }).click();
    const approve2 = page.getByRole("dialog", { name: "Approve version 2?" });
    const keptUntil = formatDay(addYearsKeepingLonger(today(), 6));
    await approve2.getByText(`is kept until ${keptUntil}`, { exact: false }).waitFor();
    await approve2.getByRole("button", { name: "Approve and put into effect" }).click();
    await page.getByText("Version 2 is now in effect.", { exact: false }).waitFor();

    const history = page.getByRole("table", { name: "Versions of this policy" });
    const v1 = history.getByRole("row", { name: /^1 / });
    await expect(v1.innerText()).resolves.toContain("Superseded");
    await expect(v1.innerText()).resolves.toContain(`Until ${keptUntil}: six years after it was last in effect`);
    await expect(v1.innerText()).resolves.toContain("Generated from the Safeguard Desk template");
    const v2 = history.getByRole("row", { name: /^2 / });
    await expect(v2.innerText()).resolves.toContain("While in effect, then six more years");
    await expect(v2.innerText()).resolves.toContain("2 lines added. New section: “Contractors”.");
    await page.getByText("Version 1: Sanctions").click();
    await expect(page.locator("details", { hasText: "Version 1: Sanctions" }).getByText("The same sanctions apply to contractors").count()).resolves.toBe(0);
    await shot(page, "policy-history");
    await expectAccessible(page, "policy with history");

    await page.getByRole("link", { name: "All policies" }).click();
    await expect(page.getByRole("row", { name: /Sanctions/ }).innerText()).resolves.toMatch(/In effect\s+Version 2, since/);
  }, 120_000);

  it("staff acknowledge by typing their own name; a name that matches no one is refused and kept on screen", async () => {
    app = await launch();
    await seedVault(app);
    await seedUser(app, { username: "sam", fullName: "Sam Patel", role: "staff", password: "sam likes long walks" });
    const approved = await approvedPolicy(app, "workstations");
    const { page } = app;
    await lockWithShortcut(page);
    await signIn(page, "sam", "sam likes long walks");
    await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
    await goTo(page, "Policies");
    await page.getByRole("link", { name: "Workstation use and security" }).click();
    await page.getByRole("heading", { level: 1, name: "Workstation use and security" }).waitFor();
    await expect(page.getByRole("button", { name: /^Approve/ }).count()).resolves.toBe(0);
    await expect(page.getByRole("button", { name: "Record the yearly review" }).count()).resolves.toBe(0);

    await page.getByRole("button", { name: "Acknowledge version 1" }).click();
    const dialog = page.getByRole("dialog", { name: "Acknowledge “Workstation use and security”" });
    const name = dialog.getByLabel("Type your full name to sign");
    await name.fill("Samuel Patel");
    await dialog.getByRole("button", { name: "Sign the acknowledgment" }).click();
    await dialog.getByText(/doesn't match anyone with a Safeguard Desk account/).waitFor();
    await expect(name.inputValue()).resolves.toBe("Samuel Patel");
    await shot(page, "policy-acknowledge-refused");
    await expectAccessible(page, "acknowledge dialog with an error");

    await name.fill("sam patel");
    await expect(dialog.getByText(/^I, sam patel, have read the Bright Smiles Dental policy “Workstation use and security” \(version 1, in effect since/).count()).resolves.toBe(1);
    await dialog.getByRole("button", { name: "Sign the acknowledgment" }).click();
    await page.getByText("sam patel's acknowledgment of version 1 was recorded.").waitFor();
    const acks = page.getByRole("table", { name: "Acknowledgments of this policy" });
    await expect(acks.getByRole("row", { name: /sam patel/ }).innerText()).resolves.toContain("Sam Patel");
    await expect(page.getByText("1 person has acknowledged version 1.", { exact: false }).count()).resolves.toBe(1);
    await shot(page, "policy-acknowledged");
    await expectAccessible(page, "policy with an acknowledgment");
    expect(approved.inEffect?.number).toBe(1);
  }, 90_000);

  it("an empty edit is refused with a clear message and the text typed so far stays", async () => {
    app = await launch();
    await seedVault(app);
    await dispatch<PolicyList>(app, "policies.generate", {});
    const { page } = app;
    await goTo(page, "Policies");
    await page.getByRole("link", { name: "Evaluation" }).click();
    await page.getByRole("button", { name: "Edit the policy" }).click();
    await page.getByLabel("Policy text").fill("   ");
    await page.getByLabel("Title").fill("Yearly evaluation");
    await page.getByRole("button", { name: "Save as a new draft" }).click();
    await page.getByText("The policy text can't be empty.").waitFor();
    await page.getByText("Say in a few words what you changed and why.").waitFor();
    await expect(page.getByLabel("Title").inputValue()).resolves.toBe("Yearly evaluation");
    await shot(page, "policy-edit-errors");
    await expectAccessible(page, "policy edit form with errors");
    await page.getByRole("button", { name: "Cancel" }).click();
    await page.getByRole("heading", { level: 2, name: "Draft: version 1, waiting for approval" }).waitFor();
  }, 90_000);
});
