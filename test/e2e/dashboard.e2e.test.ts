import type { Page } from "playwright-core";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { catalog } from "../../src/shared/catalog";
import { acknowledgmentWording } from "../../src/shared/rules/attestation";
import { addCalendarDays, calendarDateInZone } from "../../src/shared/rules/calendarDates";
import { formatDay } from "../../src/shared/time/zonedTime";
import { closeBrowser, type RunningApp } from "./harness";
import { expectAccessible, goTo, launch, seedVault, shot, SHOTS } from "./flows";

let app: RunningApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});
afterAll(closeBrowser);

const today = () => calendarDateInZone(new Date(), "America/Chicago");
const thisYear = () => Number(today().slice(0, 4));

async function dispatch<T>(running: RunningApp, channel: string, payload: unknown): Promise<T> {
  const result = await running.core.dispatch(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

function technicalQuestions(count: number) {
  return catalog
    .filter((requirement) => requirement.safeguard === "technical" && requirement.applicability === undefined)
    .flatMap((requirement) => requirement.questions)
    .slice(0, count);
}

interface Seeded {
  incidentId: string;
  vendorId: string;
  memberId: string;
}

/**
 * A practice a few weeks into its year: an assessment and a risk analysis started, a task overdue,
 * someone's training late, a vendor without a BAA, and a laptop stolen five days ago.
 */
async function seedPractice(running: RunningApp): Promise<Seeded> {
  const year = thisYear();
  const { assessment } = await dispatch<{ assessment: { id: string } }>(running, "assessment.start", { year });
  const [met, notMet] = technicalQuestions(2);
  await dispatch(running, "assessment.answer", { assessmentId: assessment.id, questionId: met!.id, value: met!.options.find((o) => o.isMostEffective)!.value });
  await dispatch(running, "assessment.answer", { assessmentId: assessment.id, questionId: notMet!.id, value: notMet!.options.find((o) => o.compliance === "not-met")!.value });

  await dispatch(running, "risk.start", { year });
  const [server] = await dispatch<{ id: string }[]>(running, "risk.assets.addFromTemplates", { year, templateIds: ["office-server"] });
  await dispatch(running, "risk.pairs.add", {
    assetId: server!.id,
    pairs: [
      { threatId: null, customThreat: "Ransomware", vulnerability: "No offline copy of the backup", inherentLikelihood: 5, inherentImpact: 5, residualLikelihood: 4, residualImpact: 5 },
      { threatId: null, customThreat: "Power cut", vulnerability: "No battery backup for the server", inherentLikelihood: 3, inherentImpact: 2, residualLikelihood: 2, residualImpact: 2 },
    ],
  });

  const session = await dispatch<{ user: { id: string } }>(running, "session.current", {});
  await dispatch(running, "tasks.create", { title: "Replace the broken lock on the records room", ownerUserId: session.user.id, dueDate: addCalendarDays(today(), -3), recurrence: "none" });

  const member = await dispatch<{ id: string; fullName: string }>(running, "workforce.add", { fullName: "Ben Cole", hireDate: "2020-02-03", jobTitle: "Dental Assistant", userId: null });
  const topics = (await dispatch<{ id: string; name: string; required: boolean; inUse: boolean }[]>(running, "training.topics.list", {})).filter((t) => t.required && t.inUse);
  const completedOn = "2021-03-01";
  await dispatch(running, "training.completions.record", {
    memberId: member.id,
    training: { kind: "own", topicIds: topics.map((t) => t.id), completedOn, trainer: "Maria Lopez" },
    typedName: member.fullName,
    wording: acknowledgmentWording({ personName: member.fullName, topicNames: topics.map((t) => t.name), completedOn, trainer: "Maria Lopez" }),
  });

  const vendor = await dispatch<{ id: string }>(running, "vendors.add", {
    vendor: { name: "Acme Cloud Backup", services: "Nightly online backup", ephiActivities: ["maintain", "transmit"], baaStatus: "none", baaSignedDate: null, baaReviewDate: null, endedOn: null },
  });

  const incident = await dispatch<{ incident: { id: string } }>(running, "incidents.create", {
    incident: {
      title: "Laptop stolen from a car",
      occurredOn: addCalendarDays(today(), -6),
      occurredTime: "19:30",
      discoveredOn: addCalendarDays(today(), -5),
      discoveredTime: "08:15",
      reportedBy: "Jamal Reed",
      description: "A laptop with the schedule of 40 patients was stolen from a parked car.",
      category: "theft",
      locations: ["laptop"],
      phi: "electronic",
      informationTypes: ["full-name", "date-of-birth"],
      individualsAffected: 40,
      residents: [{ state: "IL", count: 40 }],
    },
  });
  return { incidentId: incident.incident.id, vendorId: vendor.id, memberId: member.id };
}

/** Opens the dashboard afresh (it reads the records each time it is opened). */
async function openDashboard(page: Page): Promise<void> {
  await goTo(page, "Tasks");
  await goTo(page, "Dashboard");
  await page.getByRole("heading", { level: 2, name: /cycle, step by step/ }).waitFor();
}

async function backToDashboard(page: Page): Promise<void> {
  await page.goBack();
  await page.getByRole("heading", { level: 2, name: /cycle, step by step/ }).waitFor();
}

describe("the dashboard", () => {
  it("starts a new practice on the cycle's first steps, calmly", async () => {
    app = await launch();
    await seedVault(app);
    const { page } = app;
    const year = thisYear();
    await page.getByRole("heading", { level: 2, name: `The ${year} cycle, step by step` }).waitFor();
    const steps = page.getByRole("list").filter({ has: page.getByRole("link", { name: "Practice profile" }) });
    await expect(steps.getByRole("listitem").count()).resolves.toBe(7);
    await expect(page.getByText("1 of 7 steps done.", { exact: false }).isVisible()).resolves.toBe(true);
    await expect(page.getByText(`No safeguard assessment for ${year} yet.`).isVisible()).resolves.toBe(true);
    await page.getByRole("region", { name: "Compliance by safeguard category" }).getByText("No safeguard assessment yet, so there is no score.").waitFor();
    await page.getByRole("region", { name: "Incidents and breach notices" }).getByText("No open incidents, and no breach notice is owed.").waitFor();
    await shot(page, "dashboard-empty");
    await expectAccessible(page, "empty dashboard");
  });

  it("shows the checklist and the figures, and each figure opens the records behind it", async () => {
    app = await launch();
    await seedVault(app);
    const seeded = await seedPractice(app);
    const { page } = app;
    const year = thisYear();
    await openDashboard(page);

    // Breach notices owed come first, counting down.
    const incidents = page.getByRole("region", { name: "Incidents and breach notices" });
    const letters = incidents.getByRole("link", { name: /^55 days left Letters to the affected individuals, incident \d+ “Laptop stolen from a car”/ });
    await letters.waitFor();
    await incidents.getByText(`Last day ${formatDay(addCalendarDays(today(), 55))}`, { exact: false }).waitFor();
    const order = await page.getByRole("main").locator("section[aria-labelledby]").evaluateAll((sections) => sections.map((section) => section.querySelector("h2")?.textContent));
    expect(order[0]).toBe("Incidents and breach notices");
    expect(order[1]).toBe(`The ${year} cycle, step by step`);

    // The checklist: the roster lists 1 of the profile's 8 people, so the profile comes first again;
    // the assessment and the risk analysis are under way.
    const cycle = page.getByRole("region", { name: `The ${year} cycle, step by step` });
    await expect(cycle.getByRole("listitem").count()).resolves.toBe(7);
    const profileStep = cycle.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Practice profile" }) });
    await expect(profileStep.innerText()).resolves.toMatch(/In progress[\s\S]*Next step[\s\S]*The profile says 8 workforce members; the roster lists 1 person\./);
    const assessmentStep = cycle.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Safeguard assessment" }) });
    await expect(assessmentStep.innerText()).resolves.toMatch(/In progress[\s\S]*2 of \d+ questions answered/);
    const riskStep = cycle.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Risk analysis" }) });
    await expect(riskStep.innerText()).resolves.toContain("1 asset and 2 risks listed.");
    await expect(riskStep.innerText()).resolves.toContain(`Have an Administrator finalize the ${year} risk analysis.`);

    // The figures.
    const due = page.getByRole("region", { name: "Overdue and coming up" });
    await expect(due.getByRole("link", { name: /^\d+ items? overdue$/ }).innerText()).resolves.toMatch(/^[2-9]\d*\s+items overdue$/);
    const compliance = page.getByRole("region", { name: "Compliance by safeguard category" });
    await compliance.getByRole("link", { name: "Technical safeguards 50%" }).waitFor();
    await compliance.getByRole("link", { name: `50% overall, ${year} assessment (in progress)` }).waitFor();
    const risk = page.getByRole("region", { name: "Residual risk" });
    await risk.getByRole("table", { name: "Number of risks by likelihood and impact, after the current safeguards" }).waitFor();
    await expect(risk.getByRole("link").filter({ hasText: /^1/ }).count()).resolves.toBe(2);
    const training = page.getByRole("region", { name: "Training coverage" });
    await training.getByRole("link", { name: "0 of 1 person up to date" }).waitFor();
    const vendors = page.getByRole("region", { name: "Vendors without a BAA" });
    await vendors.getByRole("link", { name: "1 of 1 vendor handling patient information has no signed BAA" }).waitFor();
    await shot(page, "dashboard-figures");
    await risk.screenshot({ path: `${SHOTS}/dashboard-heat-map.png` });
    await cycle.screenshot({ path: `${SHOTS}/dashboard-cycle.png` });
    await expectAccessible(page, "dashboard with records");

    // Each figure opens the records behind it.
    await letters.click();
    await page.getByRole("heading", { level: 1, name: /^Incident \d+: Laptop stolen from a car$/ }).waitFor();
    expect(page.url()).toContain(`#/incidents/${seeded.incidentId}`);
    await backToDashboard(page);

    await risk.getByRole("link", { name: "1 risk, Critical: likelihood 4 Likely, impact 5 Severe. Open the register." }).click();
    await page.getByRole("heading", { level: 2, name: "Heat map and register" }).waitFor();
    expect(page.url()).toContain(`#/risk-analysis/${year}/register`);
    await backToDashboard(page);

    await compliance.getByRole("link", { name: "Technical safeguards 50%" }).click();
    await page.getByRole("heading", { level: 2, name: /^Technical safeguards/ }).waitFor();
    expect(page.url()).toContain(`#/assessment/${year}/technical`);
    await backToDashboard(page);

    await training.getByRole("link", { name: "Ben Cole" }).click();
    await page.getByRole("heading", { level: 1, name: "Ben Cole" }).waitFor();
    expect(page.url()).toContain(`#/workforce/person/${seeded.memberId}`);
    await backToDashboard(page);

    await vendors.getByRole("link", { name: "Acme Cloud Backup" }).click();
    await page.getByRole("heading", { level: 1, name: "Acme Cloud Backup" }).waitFor();
    expect(page.url()).toContain(`#/vendors/${seeded.vendorId}`);
    await backToDashboard(page);

    await due.getByRole("link", { name: "Replace the broken lock on the records room" }).click();
    await page.getByRole("heading", { level: 1, name: "Tasks" }).waitFor();
    await page.getByRole("row", { name: /Replace the broken lock on the records room/ }).waitFor();
    await backToDashboard(page);

    await cycle.getByRole("link", { name: "Policies and procedures" }).click();
    await page.getByRole("heading", { level: 1, name: "Policies" }).waitFor();
    await backToDashboard(page);

    // The training and vendor records are in the task list too, linked to their own pages.
    await due.getByRole("link", { name: "Security training for Ben Cole" }).click();
    await page.getByRole("heading", { level: 1, name: "Ben Cole" }).waitFor();
  }, 120_000);
});
