import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { closeBrowser, type RunningApp } from "./harness";
import { expectAccessible, goTo, launch, lockWithShortcut, seedUser, seedVault, shot, signIn } from "./flows";

let app: RunningApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});
afterAll(closeBrowser);

const RATIONALE = "The server is replaced in the spring; until then the nightly online backup limits the damage.";

type Rating = readonly [likelihood: string, impact: string];

interface RatingPlan {
  inherent?: Rating;
  residual: Rating;
  treatment: "Reduce it" | "Accept it" | "Transfer it" | "Avoid it";
  controls?: string;
  /** The level the form must show live for the residual rating, before saving. */
  expectLevel: string;
}

/** Opens an asset's risk from the list of risks ("Threats and ratings"), rates it, decides, and saves. */
async function rate(page: Page, asset: string, risk: RegExp, plan: RatingPlan): Promise<Locator> {
  await page.getByRole("region", { name: asset }).getByRole("link", { name: risk }).click();
  const form = page.getByRole("form", { name: "Rate and decide" });
  await form.waitFor();
  if (plan.controls) await form.getByLabel("Current safeguards", { exact: true }).fill(plan.controls);
  if (plan.inherent) {
    await form.getByRole("group", { name: "Likelihood without safeguards" }).getByRole("radio", { name: plan.inherent[0], exact: true }).check();
    await form.getByRole("group", { name: "Impact without safeguards" }).getByRole("radio", { name: plan.inherent[1], exact: true }).check();
  }
  await form.getByRole("group", { name: "Likelihood with current safeguards" }).getByRole("radio", { name: plan.residual[0], exact: true }).check();
  await form.getByRole("group", { name: "Impact with current safeguards" }).getByRole("radio", { name: plan.residual[1], exact: true }).check();
  await expect(form.locator(".level-result").nth(1).innerText()).resolves.toBe(`Level with current safeguards: ${plan.expectLevel}`);
  await form.getByRole("group", { name: "What will the practice do about it?" }).getByRole("radio", { name: plan.treatment, exact: true }).check();
  await form.getByRole("button", { name: "Save", exact: true }).click();
  await form.getByText(/^Saved\./).waitFor();
  return form;
}

async function allRisks(page: Page): Promise<void> {
  await page.getByRole("navigation", { name: "Risks" }).getByRole("link", { name: "All risks" }).click();
  await page.getByRole("heading", { level: 2, name: "Threats and ratings" }).waitFor();
}

async function openStep(page: Page, step: string, heading = step): Promise<void> {
  await page.getByRole("navigation", { name: "Steps of the analysis" }).getByRole("link", { name: new RegExp(`^${step}`) }).click();
  await page.getByRole("heading", { level: 2, name: heading }).waitFor();
}

describe("risk analysis", () => {
  it("builds a year from the dental templates, rates, approves, plans a step, finalizes, carries it forward and shows what changed", async () => {
    app = await launch();
    await seedVault(app);
    const { page } = app;

    // The list of years, and starting 2026 fresh (there is nothing to carry forward yet).
    await goTo(page, "Risk analysis");
    await page.getByRole("heading", { level: 2, name: "Start a risk analysis" }).waitFor();
    await expect(page.getByText("Finish and finalize a risk analysis: the Security Rule requires one").isVisible()).resolves.toBe(true);
    await shot(page, "risk-01-years-empty");
    await expectAccessible(page, "risk analysis: years");
    await page.getByLabel("Year of the analysis").fill("");
    await page.getByRole("button", { name: "Start the analysis" }).click();
    await page.getByText("Enter the year, for example 2026.").waitFor();
    await page.getByLabel("Year of the analysis").fill("2026");
    await page.getByRole("button", { name: "Start the analysis" }).click();
    await page.getByRole("heading", { level: 1, name: "Risk analysis 2026" }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Scope and inventory" }).waitFor();

    // Elements 1 and 2: scope, method, and three assets from the dental starter list.
    await page.getByLabel("What the analysis covers").fill("All patient information at 12 Main Street and with our vendors.");
    await page.getByLabel("How the information was gathered").fill("Walked the office with the IT provider; reviewed vendor contracts.");
    await page.getByRole("button", { name: "Save the scope and method" }).click();
    await page.getByRole("status").filter({ hasText: "Saved." }).waitFor();
    const starter = page.getByRole("form", { name: "Add assets from the dental starter list" });
    await starter.getByRole("button", { name: "Add the checked assets" }).click();
    await starter.getByText("Check at least one asset to add.").waitFor();
    for (const name of ["Practice management software", "Office server", "Front desk computers"]) await starter.getByLabel(name, { exact: true }).check();
    await shot(page, "risk-02-inventory-templates");
    await expectAccessible(page, "risk analysis: inventory");
    await starter.getByRole("button", { name: "Add the checked assets" }).click();
    await starter.getByText(/^Added Practice management software, Front desk computers, Office server\./).waitFor();
    await expect(starter.getByLabel("Office server (already in the inventory)").isDisabled()).resolves.toBe(true);
    const serverCard = page.getByRole("article", { name: "Office server" });
    // The flows between the chosen starter assets came with them.
    await expect(page.getByRole("article", { name: "Practice management software" }).innerText()).resolves.toMatch(/Data goes to\s+Office server \(Database stored on the server\)/);

    // Edit an asset: a bad number is pointed out and nothing typed is lost; then the count and a vendor flow are saved.
    await page.getByRole("button", { name: "Edit Office server" }).click();
    const edit = page.getByRole("dialog", { name: "Edit Office server" });
    await edit.getByLabel("About how many patients' records").fill("lots");
    await edit.getByLabel("Vendor or product").fill("Dell PowerEdge");
    await edit.getByRole("button", { name: "Save the asset" }).click();
    await edit.getByText("Enter a number of patient records.").waitFor();
    await expect(edit.getByLabel("Vendor or product").inputValue()).resolves.toBe("Dell PowerEdge");
    await edit.getByLabel("About how many patients' records").fill("3,200");
    await edit.getByRole("button", { name: "Add a data flow" }).click();
    await edit.getByRole("group", { name: "Data flow 1" }).getByLabel("Vendor or recipient").fill("Bright IT Services");
    await edit.getByRole("group", { name: "Data flow 1" }).getByLabel("What is sent").fill("Remote maintenance");
    await shot(page, "risk-03-asset-edit");
    await expectAccessible(page, "risk analysis: edit asset");
    await edit.getByRole("button", { name: "Save the asset" }).click();
    await page.getByText("Office server was saved.").waitFor();
    await expect(serverCard.innerText()).resolves.toMatch(/About 3,200[\s\S]*Bright IT Services \(Remote maintenance\)/);

    // Element 3: confirm some suggested risks, remove one, and add one of our own.
    await page.getByRole("link", { name: "Next: threats and ratings" }).click();
    await page.getByRole("heading", { level: 2, name: "Threats and ratings" }).waitFor();
    const keep = async (asset: string, wanted: RegExp[]) => {
      const form = page.getByRole("form", { name: `Suggested risks for ${asset}` });
      await form.getByRole("checkbox").first().waitFor();
      for (const box of await form.getByRole("checkbox").all()) await box.uncheck();
      for (const name of wanted) await form.getByRole("checkbox", { name }).check();
      await form.getByRole("button", { name: `Add the checked risks to ${asset}` }).click();
      await page.getByRole("region", { name: asset }).getByRole("table").waitFor();
    };
    await shot(page, "risk-04-suggestions");
    await expectAccessible(page, "risk analysis: suggested risks");
    await keep("Office server", [/^Ransomware: No backup/, /^Power outage or surge/, /^Fire:/]);
    await keep("Practice management software", [/^Ransomware: No backup/]);
    await keep("Front desk computers", [/^Virus, spyware or other malware/]);
    const server = page.getByRole("region", { name: "Office server" });
    await server.getByRole("button", { name: /^Remove: Fire/ }).click();
    await page.getByRole("dialog", { name: "Remove this risk?" }).getByRole("button", { name: "Remove the risk" }).click();
    await server.getByRole("row", { name: /Fire/ }).waitFor({ state: "detached" });
    const frontDesk = page.getByRole("region", { name: "Front desk computers" });
    await frontDesk.getByText("Add a risk of your own to Front desk computers").click();
    const own = frontDesk.getByRole("form", { name: "Add a risk of your own to Front desk computers" });
    await own.getByLabel("Threat", { exact: true }).selectOption("custom");
    await own.getByRole("button", { name: "Add this risk" }).click();
    await own.getByText("Describe the threat.").waitFor();
    await own.getByLabel("Describe the threat").fill("Patients reading screens at check-in");
    await own.getByLabel("Describe the weakness").fill("The screens face the waiting room.");
    await own.getByRole("button", { name: "Add this risk" }).click();
    await frontDesk.getByRole("row", { name: /Patients reading screens at check-in/ }).waitFor();
    await shot(page, "risk-05-risks");
    await expectAccessible(page, "risk analysis: risks");

    // Elements 4 to 7 and the decision, with the scale descriptions and the matrix on screen.
    const accepted = await rate(page, "Office server", /^Rate and decide: Ransomware, No backup/, {
      residual: ["3 Possible", "5 Severe"],
      treatment: "Accept it",
      controls: "Nightly online backup, checked monthly by the IT provider.",
      expectLevel: "High",
    });
    await expect(accepted.getByText("Expected to happen this year, or it has happened here in the last few years.").first().isVisible()).resolves.toBe(true);
    const matrix = accepted.getByRole("table", { name: "Risk level = likelihood × impact" });
    await expect(matrix.getByRole("cell", { name: /With safeguards/ }).innerText()).resolves.toMatch(/^High/);
    await expect(matrix.getByRole("cell", { name: /Without safeguards/ }).innerText()).resolves.toMatch(/^Critical/);
    await accepted.getByText(/Accepting this risk now needs an Administrator's approval/).waitFor();
    await shot(page, "risk-06-rate-accept");
    await expectAccessible(page, "risk analysis: rate a risk");
    await allRisks(page);
    await rate(page, "Office server", /^Rate and decide: Power outage or surge/, { residual: ["3 Possible", "3 Moderate"], treatment: "Reduce it", expectLevel: "Medium" });
    await allRisks(page);
    await ratePms(page);
    await allRisks(page);
    await rate(page, "Front desk computers", /^Rate and decide: Virus, spyware or other malware/, { residual: ["1 Rare", "3 Moderate"], treatment: "Accept it", expectLevel: "Low" });
    await allRisks(page);
    await rate(page, "Front desk computers", /^Rate and decide: Patients reading screens at check-in/, {
      inherent: ["3 Possible", "2 Minor"],
      residual: ["2 Unlikely", "2 Minor"],
      treatment: "Avoid it",
      expectLevel: "Low",
    });

    // Element 8, first try: the main process refuses and names what is missing.
    await openStep(page, "Finalize");
    await page.getByRole("heading", { level: 3, name: "Still to do before finalizing" }).waitFor();
    await shot(page, "risk-07-finalize-blocked");
    await expectAccessible(page, "risk analysis: finalize with blockers");
    await page.getByRole("button", { name: "Finalize the 2026 analysis" }).click();
    const confirm = page.getByRole("dialog", { name: "Finalize the 2026 risk analysis?" });
    await confirm.getByRole("button", { name: "Finalize and lock" }).click();
    const refusal = confirm.getByRole("alert");
    await expect(refusal.innerText()).resolves.toMatch(
      /^The 2026 risk analysis can't be finalized yet\. 1 accepted high or critical risk needs an Administrator's approval: Office server: Ransomware\. 1 risk to reduce has no step in the remediation plan: Office server: Power outage or surge\./,
    );
    await shot(page, "risk-08-finalize-refused");
    await confirm.getByRole("button", { name: "Cancel" }).click();

    // The Administrator's approval, with a reason (a too-short one is refused with the schema's message).
    await page.getByRole("link", { name: "Office server: Ransomware" }).click();
    const approval = page.getByRole("form", { name: "Approve accepting this risk" });
    await approval.getByLabel("Why the practice accepts this risk").fill("fine");
    await approval.getByRole("button", { name: "Approve accepting this risk" }).click();
    await approval.getByText(/Say in a few words/).waitFor();
    await approval.getByLabel("Why the practice accepts this risk").fill(RATIONALE);
    await approval.getByRole("button", { name: "Approve accepting this risk" }).click();
    await page.getByText(/^Approved by Maria Lopez on /).waitFor();
    await expect(page.getByText(RATIONALE).isVisible()).resolves.toBe(true);
    await shot(page, "risk-09-approved");
    await expectAccessible(page, "risk analysis: approval");

    // A mitigation step into the remediation plan.
    await openStep(page, "Finalize");
    await page.getByRole("link", { name: "Office server: Power outage or surge" }).click();
    const step = page.getByRole("form", { name: "Add a step to reduce this risk" });
    await step.getByRole("button", { name: "Add the step to the remediation plan" }).click();
    await step.getByText("The step is required.").waitFor();
    await step.getByLabel("Step", { exact: true }).fill("Put the server and router on a battery backup (UPS)");
    await step.getByLabel("Owner", { exact: true }).selectOption({ label: "Maria Lopez" });
    await step.getByLabel("Due date").fill("2026-04-30");
    await step.getByRole("button", { name: "Add the step to the remediation plan" }).click();
    await page.getByRole("row", { name: /Put the server and router on a battery backup \(UPS\)/ }).waitFor();
    await expect(page.getByRole("row", { name: /UPS/ }).innerText()).resolves.toMatch(/Maria Lopez[\s\S]*2026/);
    await shot(page, "risk-10-mitigation");
    await expectAccessible(page, "risk analysis: mitigation step");

    // Element 8: finalize; the analysis is then read-only, with who and when.
    await openStep(page, "Finalize");
    await page.getByText("Nothing is missing: the analysis can be finalized.").waitFor();
    await page.getByRole("button", { name: "Finalize the 2026 analysis" }).click();
    await page.getByRole("dialog", { name: "Finalize the 2026 risk analysis?" }).getByRole("button", { name: "Finalize and lock" }).click();
    const finalized = page.getByRole("note", { name: "Finalized" });
    await expect(finalized.innerText()).resolves.toMatch(/^Finalized by Maria Lopez on .+\. This analysis is locked/);
    await shot(page, "risk-11-finalized");
    await expectAccessible(page, "risk analysis: finalized");
    await openStep(page, "Threats and ratings");
    await expect(page.getByRole("button", { name: /^Remove/ }).count()).resolves.toBe(0);
    await expect(page.getByRole("link", { name: /^Rate and decide/ }).count()).resolves.toBe(0);
    await openStep(page, "Scope and inventory");
    await expect(page.getByRole("button", { name: /^(Edit|Retire) / }).count()).resolves.toBe(0);
    await expect(page.getByText("All patient information at 12 Main Street and with our vendors.").isVisible()).resolves.toBe(true);

    // Periodic review: the next date, and a new vendor recorded as a task.
    await openStep(page, "Periodic review");
    await page.getByText(/^Review this analysis by /).waitFor();
    const trigger = page.getByRole("form", { name: "Record a change that calls for a review" });
    await trigger.getByLabel("What happened").selectOption({ label: "A new vendor" });
    await trigger.getByLabel("When").fill("2026-02-30");
    await trigger.getByLabel("Details").fill("Switched to a new dental lab that receives digital scans");
    await trigger.getByRole("button", { name: "Record the change" }).click();
    await trigger.getByText("Use a real date like 2026-01-31.").waitFor();
    await trigger.getByLabel("When").fill("2099-01-10");
    await trigger.getByRole("button", { name: "Record the change" }).click();
    await page.getByText("Update the risk analysis: a new vendor (2099-01-10)").waitFor();
    await expect(page.getByText(/^Review the 2026 risk analysis/).isVisible()).resolves.toBe(true);
    await shot(page, "risk-12-review");
    await expectAccessible(page, "risk analysis: periodic review");

    // The heat map and the register: clicking a cell filters the register to that cell's risks.
    await openStep(page, "Heat map and register");
    const cell = page.getByRole("button", { name: "1 risk: likelihood 3 Possible, impact 5 Severe, High" });
    await cell.click();
    await expect(cell.getAttribute("aria-pressed")).resolves.toBe("true");
    await page.getByText("1 risk with likelihood 3 Possible and impact 5 Severe, with current safeguards").waitFor();
    const register = page.getByRole("table", { name: "Risk register" });
    await expect(register.getByRole("row").count()).resolves.toBe(2);
    await expect(register.getByRole("row").nth(1).innerText()).resolves.toMatch(/Office server\s+Ransomware/);
    await shot(page, "risk-13-heat-map-filtered");
    await expectAccessible(page, "risk analysis: heat map and register");
    await page.getByRole("button", { name: "Show every cell" }).click();
    await page.getByText("5 risks", { exact: true }).waitFor();
    await page.getByRole("form", { name: "Filter the register" }).getByLabel("Asset").selectOption({ label: "Front desk computers" });
    await page.getByRole("button", { name: "Show matching risks" }).click();
    await page.getByText("2 risks", { exact: true }).waitFor();
    await page.getByRole("button", { name: /^Threat/ }).click();
    await expect(register.getByRole("columnheader", { name: /^Threat/ }).getAttribute("aria-sort")).resolves.toBe("ascending");
    await expect(register.getByRole("row").nth(1).innerText()).resolves.toMatch(/Patients reading screens/);

    // Next year, from this one: change things, then see the changes.
    await page.getByRole("link", { name: "All risk analyses" }).click();
    await page.getByRole("heading", { level: 1, name: "Risk analysis" }).waitFor();
    await expect(page.getByRole("row", { name: /2026 risk analysis/ }).innerText()).resolves.toMatch(/Finalized by Maria Lopez/);
    await page.getByLabel("Year of the analysis").fill("2027");
    await expect(page.getByLabel("Copy from").inputValue()).resolves.toBe("2026");
    await shot(page, "risk-14-years-carry");
    await page.getByRole("button", { name: "Start the analysis" }).click();
    await page.getByRole("heading", { level: 1, name: "Risk analysis 2027" }).waitFor();
    await expect(page.getByText("In progress: 3 assets, 5 risks. Started by Maria Lopez").isVisible()).resolves.toBe(true);

    await page.getByRole("button", { name: "Retire Front desk computers" }).click();
    const retire = page.getByRole("dialog", { name: "Retire Front desk computers?" });
    await retire.getByLabel("Why is it retired?").fill("Replaced by check-in tablets");
    await retire.getByRole("button", { name: "Retire the asset" }).click();
    await page.getByText("Front desk computers was retired.").waitFor();
    await page.getByRole("button", { name: "Add an asset of your own" }).click();
    const add = page.getByRole("dialog", { name: "Add an asset" });
    await add.getByLabel("Name", { exact: true }).fill("Online forms");
    await add.getByLabel("Kind", { exact: true }).selectOption({ label: "Patient portal, online forms or reminders" });
    await add.getByLabel("Vendor or product").fill("NexHealth");
    await add.getByLabel("Names, birth dates, addresses and phone numbers").check();
    await add.getByLabel("Health history, medications and allergies").check();
    await add.getByRole("button", { name: "Add a data flow" }).click();
    await add.getByRole("group", { name: "Data flow 1" }).getByLabel("Goes to").selectOption({ label: "Practice management software" });
    await add.getByRole("group", { name: "Data flow 1" }).getByLabel("What is sent").fill("Completed intake forms");
    await add.getByRole("button", { name: "Add the asset" }).click();
    await page.getByText("Online forms was added.").waitFor();
    await expect(page.getByRole("article", { name: "Online forms" }).innerText()).resolves.toMatch(/Practice management software \(Completed intake forms\)/);

    await openStep(page, "Threats and ratings");
    await rate(page, "Office server", /^Rate and decide: Ransomware, No backup/, { residual: ["1 Rare", "3 Moderate"], treatment: "Accept it", expectLevel: "Low" });
    await allRisks(page);
    await rate(page, "Office server", /^Rate and decide: Power outage or surge/, { residual: ["4 Likely", "5 Severe"], treatment: "Reduce it", expectLevel: "Critical" });
    // Last year's open step is still in view on the copied risk; it is done now.
    await page.getByRole("combobox", { name: "Status of Put the server and router on a battery backup (UPS)" }).selectOption("done");
    await page.getByRole("button", { name: "Save the status of Put the server and router on a battery backup (UPS)" }).click();
    await expect(page.getByRole("combobox", { name: "Status of Put the server and router on a battery backup (UPS)" }).inputValue()).resolves.toBe("done");
    await page.getByRole("button", { name: "Save the status of Put the server and router on a battery backup (UPS)" }).and(page.locator(":disabled")).waitFor();

    await openStep(page, "Changes since last year", "Changes since 2026");
    const changes = (title: string) => page.getByRole("region", { name: new RegExp(`^${title} \\(`) });
    await expect(changes("Assets added").innerText()).resolves.toMatch(/\(1\)[\s\S]*Online forms/);
    await expect(changes("Assets retired").innerText()).resolves.toMatch(/\(1\)[\s\S]*Front desk computers/);
    await expect(changes("Risks that went up").innerText()).resolves.toMatch(/Office server: Power outage or surge\s+Medium\s+to\s+Critical/);
    await expect(changes("Risks that went down").innerText()).resolves.toMatch(/Office server: Ransomware\s+High\s+to\s+Low/);
    await expect(changes("Remediation steps completed").innerText()).resolves.toMatch(/Put the server and router on a battery backup \(UPS\)/);
    await expect(changes("Risks no longer listed").innerText()).resolves.toMatch(/\(2\)/);
    await shot(page, "risk-15-year-over-year");
    await expectAccessible(page, "risk analysis: year over year");
  }, 300_000);

  it("a Read-only user can read every step but sees no control that changes anything", async () => {
    app = await launch();
    await seedVault(app);
    await seedUser(app, { username: "auditor", fullName: "Alex Auditor", role: "readonly", password: "only looking today" });
    const dispatch = async (channel: string, input: unknown) => {
      const result = await app!.core.dispatch(channel, input);
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    };
    await dispatch("risk.start", { year: 2026 });
    const [server] = (await dispatch("risk.assets.addFromTemplates", { year: 2026, templateIds: ["office-server"] })) as { id: string }[];
    await dispatch("risk.pairs.add", { assetId: server!.id, pairs: [{ threatId: "ransomware", vulnerability: "No backup copy is offline.", inherentLikelihood: 4, inherentImpact: 5 }] });
    const { page } = app;
    await lockWithShortcut(page);
    await signIn(page, "auditor", "only looking today");
    await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
    await goTo(page, "Risk analysis");
    await page.getByText("Your role is Read-only: you can open and read every analysis, but not start or change one.").waitFor();
    // The risk area's own page; the frame around it (a notice banner, say) is not its business.
    const main = page.locator(".risk-page");
    await expect(main.getByRole("button").count()).resolves.toBe(0);
    await page.getByRole("link", { name: "2026 risk analysis" }).click();
    await page.getByRole("heading", { level: 2, name: "Scope and inventory" }).waitFor();
    await expect(main.getByRole("button").count()).resolves.toBe(0);
    await expect(main.getByRole("textbox").count()).resolves.toBe(0);
    await openStep(page, "Threats and ratings");
    await expect(main.getByRole("button").count()).resolves.toBe(0);
    await page.getByRole("link", { name: /^Open: Ransomware/ }).click();
    await page.getByRole("heading", { level: 2, name: "Office server: Ransomware" }).waitFor();
    await expect(main.getByRole("radio").count()).resolves.toBe(0);
    await expect(main.getByRole("textbox").count()).resolves.toBe(0);
    await shot(page, "risk-16-readonly-risk");
    await expectAccessible(page, "risk analysis: read-only risk");
    await openStep(page, "Finalize");
    await page.getByText("Only an Administrator can finalize the analysis.").waitFor();
    await expect(main.getByRole("button").count()).resolves.toBe(0);
  }, 120_000);
});

/** The practice software's ransomware risk: lower with safeguards, and transferred (cyber insurance). */
async function ratePms(page: Page): Promise<void> {
  await page.getByRole("region", { name: "Practice management software" }).getByRole("link", { name: /^Rate and decide: Ransomware/ }).click();
  const form = page.getByRole("form", { name: "Rate and decide" });
  await form.getByRole("group", { name: "Likelihood with current safeguards" }).getByRole("radio", { name: "2 Unlikely", exact: true }).check();
  await form.getByRole("group", { name: "Impact with current safeguards" }).getByRole("radio", { name: "4 Major", exact: true }).check();
  await form.getByRole("group", { name: "What will the practice do about it?" }).getByRole("radio", { name: "Transfer it", exact: true }).check();
  await form.getByLabel("Note on the decision").fill("Covered by the practice's cyber insurance policy.");
  await form.getByRole("button", { name: "Save", exact: true }).click();
  await form.getByText(/^Saved\./).waitFor();
}
