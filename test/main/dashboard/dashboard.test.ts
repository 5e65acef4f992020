import { afterEach, describe, expect, it } from "vitest";
import { dashboardSummary } from "../../../src/main/dashboard/dashboardService";
import { addCalendarDays } from "../../../src/shared/rules/calendarDates";
import { answerEverything, decideEverything, READER, reviewEverything, signInAs, signInAsAdmin } from "../../support/assessmentFlows";
import { ADMIN } from "../../support/testCore";
import {
  adminUserId,
  CLOUD_BACKUP,
  dashboardCore,
  hire,
  optionWith,
  practiceToday,
  questionsOf,
  requiredTopics,
  STOLEN_LAPTOP,
  thisYear,
  train,
  withDatabase,
  type Core,
} from "./dashboardTestKit";

const cores: Core[] = [];
afterEach(() => cores.splice(0).forEach((c) => c.dispose()));

describe("the dashboard of an empty practice", () => {
  it("shows the cycle at its start, no scores yet, and the standing tasks coming up", async () => {
    const c = await dashboardCore(cores);
    const year = thisYear();
    const summary = await c.must("dashboard.get", {});

    expect(summary.today).toBe(practiceToday());
    expect(summary.cycle.year).toBe(year);
    expect(summary.cycle.steps.map((step) => [step.id, step.state, step.href])).toEqual([
      ["practice-profile", "done", "#/settings"],
      ["assessment", "not-started", "#/assessment"],
      ["risk-analysis", "not-started", "#/risk-analysis"],
      ["policies", "not-started", "#/policies"],
      ["training", "not-started", "#/workforce"],
      ["vendors", "not-started", "#/vendors"],
      ["sign-and-export", "not-started", "#/reports"],
    ]);
    expect(summary.cycle.doneCount).toBe(1);
    expect(summary.cycle.nextStepId).toBe("assessment");
    expect(summary.cycle.steps[0]!.status).toBe("Security Official: Maria Lopez; 8 workforce members.");
    expect(summary.cycle.steps[1]).toMatchObject({ status: `No safeguard assessment for ${year} yet.`, next: `Start the ${year} assessment and answer the questions for each safeguard.` });

    expect(summary.compliance).toBeNull();
    expect(summary.riskHeatMap).toBeNull();
    expect(summary.training).toEqual({ people: 0, upToDate: 0, overduePeople: 0, notYetTrained: 0, overdue: [], href: "#/workforce" });
    expect(summary.vendors).toEqual({ handlingEphi: 0, withoutBaa: [], href: "#/vendors" });
    expect(summary.incidents).toEqual({ open: [], deadlines: [], href: "#/incidents" });

    // The standing tasks start with the first look at the dashboard; the monthly log review is due this month.
    expect(summary.due).toMatchObject({ overdueCount: 0, overdue: [], undatedCount: 0, href: "#/tasks" });
    expect(summary.due.upcoming.map((entry) => [entry.title, entry.origin, entry.href])).toEqual([["Review the activity logs", "task", "#/tasks"]]);
    await c.must("dashboard.get", {});
    expect((await c.must("tasks.list", {})).entries).toHaveLength(8);
  });

  it("is open to every role, including Read-only", async () => {
    const c = await dashboardCore(cores);
    await signInAs(c, READER);
    const summary = await c.must("dashboard.get", {});
    expect(summary.cycle.steps).toHaveLength(7);
    await signInAsAdmin(c);
  });

  it("refuses anything in the request, and answers nobody signed out", async () => {
    const c = await dashboardCore(cores);
    const extra = await c.call("dashboard.get", { year: 2026 } as never);
    expect(extra.ok).toBe(false);
    await c.must("session.lock", { reason: "user" });
    const locked = await c.call("dashboard.get", {});
    expect(locked.ok).toBe(false);
    await c.must("session.unlock", { username: ADMIN.username, password: ADMIN.password });
  });
});

describe("a practice with an assessment, a risk analysis and an overdue task", () => {
  it("scores each safeguard category, maps the residual risks, and lists the overdue task, each with its link", async () => {
    const c = await dashboardCore(cores);
    const year = thisYear();
    const today = practiceToday();

    // The assessment: two technical questions, one met and one not; one physical question met.
    const { assessment } = await c.must("assessment.start", { year });
    const [met, notMet] = questionsOf("technical", 2);
    await c.must("assessment.answer", { assessmentId: assessment.id, questionId: met!.id, value: optionWith(met!, "met") });
    await c.must("assessment.answer", { assessmentId: assessment.id, questionId: notMet!.id, value: optionWith(notMet!, "not-met") });
    const [physical] = questionsOf("physical", 1);
    await c.must("assessment.answer", { assessmentId: assessment.id, questionId: physical!.id, value: optionWith(physical!, "met") });

    // The risk analysis: one asset with a critical, a low and an unrated residual risk.
    await c.must("risk.start", { year });
    const [server] = await c.must("risk.assets.addFromTemplates", { year, templateIds: ["office-server"] });
    await c.must("risk.pairs.add", {
      assetId: server!.id,
      pairs: [
        { threatId: null, customThreat: "Ransomware", vulnerability: "No offline copy of the backup", inherentLikelihood: 5, inherentImpact: 5, residualLikelihood: 4, residualImpact: 5 },
        { threatId: null, customThreat: "Power cut", vulnerability: "No battery backup for the server", inherentLikelihood: 3, inherentImpact: 2, residualLikelihood: 2, residualImpact: 2 },
        { threatId: null, customThreat: "Theft", vulnerability: "The server room door is not locked", inherentLikelihood: 2, inherentImpact: 4 },
      ],
    });

    const overdueTask = await c.must("tasks.create", {
      title: "Replace the broken lock on the records room",
      ownerUserId: await adminUserId(c),
      dueDate: addCalendarDays(today, -3),
      recurrence: "none",
    });

    const summary = await c.must("dashboard.get", {});

    expect(summary.compliance).toMatchObject({ year, status: "in-progress", overallPercent: 67, href: `#/assessment/${year}/results` });
    expect(summary.compliance!.categories.map((category) => [category.safeguard, category.percent, category.answered, category.href])).toEqual([
      ["administrative", null, 0, `#/assessment/${year}/administrative`],
      ["physical", 100, 1, `#/assessment/${year}/physical`],
      ["technical", 50, 2, `#/assessment/${year}/technical`],
      ["organizational", null, 0, `#/assessment/${year}/organizational`],
      ["documentation", null, 0, `#/assessment/${year}/documentation`],
    ]);
    expect(summary.compliance!.categories[2]!.label).toBe("Technical safeguards");

    const map = summary.riskHeatMap!;
    expect(map).toMatchObject({ year, status: "in-progress", total: 3, href: `#/risk-analysis/${year}/register` });
    expect(map.residual.cells[3]![4]).toBe(1);
    expect(map.residual.cells[1]![1]).toBe(1);
    expect(map.residual.cells.flat().reduce((sum, count) => sum + count, 0)).toBe(2);
    expect(map.residual.unrated).toBe(1);
    expect(map.residual.byLevel).toEqual({ low: 1, medium: 0, high: 0, critical: 1 });

    expect(summary.due.overdueCount).toBe(1);
    expect(summary.due.overdue).toEqual([
      {
        key: `task:${overdueTask.id}`,
        origin: "task",
        title: "Replace the broken lock on the records room",
        dueDate: addCalendarDays(today, -3),
        daysUntilDue: -3,
        owner: "Maria Lopez",
        href: "#/tasks",
      },
    ]);

    const steps = Object.fromEntries(summary.cycle.steps.map((step) => [step.id, step]));
    expect(steps.assessment).toMatchObject({ state: "in-progress", href: `#/assessment/${year}` });
    const { total } = (await c.must("assessment.get", { assessmentId: assessment.id })).assessment.progress;
    expect(steps.assessment!.status).toBe(`3 of ${total} questions answered (${Math.floor((3 / total) * 100)}%).`);
    expect(steps.assessment!.next).toBe(`Answer the ${total - 3} remaining questions.`);
    expect(steps["risk-analysis"]).toMatchObject({
      state: "in-progress",
      status: "1 asset and 3 risks listed; 1 not rated yet.",
      next: "Rate the likelihood and impact of the 1 risk not rated yet, before and after the current safeguards.",
      href: `#/risk-analysis/${year}/risks`,
    });
    expect(summary.cycle.nextStepId).toBe("assessment");
  });

  it("names what stands before finalizing each: decisions to write down, a risk to reduce without a step", async () => {
    const c = await dashboardCore(cores);
    const year = thisYear();
    const { assessment } = await c.must("assessment.start", { year });
    await answerEverything(c, assessment.id);
    await c.must("risk.start", { year });
    const [server] = await c.must("risk.assets.addFromTemplates", { year, templateIds: ["office-server"] });
    await c.must("risk.pairs.add", {
      assetId: server!.id,
      pairs: [{ threatId: null, customThreat: "Ransomware", vulnerability: "No offline copy", inherentLikelihood: 4, inherentImpact: 5, residualLikelihood: 4, residualImpact: 4, treatment: "mitigate" }],
    });

    const steps = Object.fromEntries((await c.must("dashboard.get", {})).cycle.steps.map((step) => [step.id, step]));
    expect(steps.assessment!.next).toMatch(/^Write down a decision for the \d+ requirements still missing one \(addressable safeguards and anything marked not applicable\)\.$/);
    expect(steps["risk-analysis"]).toMatchObject({ next: "Add a step to the remediation plan for the 1 risk to reduce.", href: `#/risk-analysis/${year}/register` });

    await decideEverything(c, assessment.id);
    const decided = (await c.must("dashboard.get", {})).cycle.steps.find((step) => step.id === "assessment")!;
    expect(decided.next).toBe("Review and sign off the 5 safeguard categories not reviewed yet.");
    await reviewEverything(c, assessment.id);
    const reviewed = (await c.must("dashboard.get", {})).cycle.steps.find((step) => step.id === "assessment")!;
    expect(reviewed.next).toBe(`Have an Administrator finalize the ${year} assessment.`);
    await c.must("assessment.finalize", { assessmentId: assessment.id });
    const finalized = (await c.must("dashboard.get", {})).cycle.steps.find((step) => step.id === "assessment")!;
    expect(finalized).toMatchObject({ state: "done", next: null, href: `#/assessment/${year}/results` });
    expect(finalized.status).toMatch(/^Finalized on \w+ \d+, \d{4}, with a score of 100%\.$/);
  }, 60_000);

  it("links a remediation item to the plan with the latest assessment's results", async () => {
    const c = await dashboardCore(cores);
    const year = thisYear();
    const { assessment } = await c.must("assessment.start", { year });
    const [question] = questionsOf("administrative", 1);
    await c.must("assessment.answer", { assessmentId: assessment.id, questionId: question!.id, value: optionWith(question!, "not-met") });
    await c.must("actionItems.createFromGap", { assessmentId: assessment.id, questionId: question!.id, title: "Write the sanction policy", dueDate: addCalendarDays(practiceToday(), -1) });
    const summary = await c.must("dashboard.get", {});
    expect(summary.due.overdue.map((entry) => [entry.origin, entry.title, entry.href])).toEqual([["action-item", "Write the sanction policy", `#/assessment/${year}/results`]]);
  });
});

describe("training, vendors and reports on the dashboard", () => {
  it("counts the people up to date, names the vendors without a BAA, and marks the signed report", async () => {
    const c = await dashboardCore(cores);
    const today = practiceToday();
    const topics = await requiredTopics(c);
    const trained = await hire(c, "Ana Ruiz", "2020-01-06");
    const late = await hire(c, "Ben Cole", "2020-02-03");
    await hire(c, "Cleo Park", addCalendarDays(today, -5));
    await train(c, trained, topics, addCalendarDays(today, -10));
    await train(c, late, topics, "2021-03-01");
    const acme = await c.must("vendors.add", { vendor: CLOUD_BACKUP });
    await c.must("vendors.add", { vendor: { ...CLOUD_BACKUP, name: "Paper Shredders Inc.", ephiActivities: [], baaStatus: "not-needed", baaNotNeededReason: "Never sees patient information." } });

    const summary = await c.must("dashboard.get", {});
    expect(summary.training).toMatchObject({ people: 3, upToDate: 1, overduePeople: 1, notYetTrained: 1, href: "#/workforce" });
    expect(summary.training.overdue).toEqual([
      { memberId: late.id, name: "Ben Cole", topics: topics.map((topic) => topic.name), dueDate: "2022-03-01", daysOverdue: expect.any(Number), href: `#/workforce/person/${late.id}` },
    ]);
    expect(summary.vendors).toEqual({ handlingEphi: 1, withoutBaa: [{ vendorId: acme.id, name: "Acme Cloud Backup", kind: "no-baa", href: `#/vendors/${acme.id}` }], href: "#/vendors" });
    const steps = Object.fromEntries(summary.cycle.steps.map((step) => [step.id, step]));
    expect(steps.training).toMatchObject({ state: "in-progress", status: "1 of 3 people are up to date; 1 overdue; 1 not yet trained on every topic." });
    expect(steps.vendors).toMatchObject({ state: "in-progress", next: "Get a Business Associate Agreement signed with Acme Cloud Backup." });
    expect(steps["practice-profile"]).toMatchObject({ state: "in-progress", status: "The profile says 8 workforce members; the roster lists 3 people." });
    expect(steps["sign-and-export"]).toMatchObject({ state: "not-started" });
    // Their training and the missing agreement are in the task list too.
    expect(summary.due.overdue.map((entry) => [entry.origin, entry.title, entry.href])).toEqual([["training", "Security training for Ben Cole", `#/workforce/person/${late.id}`]]);
    expect(summary.due.upcoming.map((entry) => entry.title)).toContain("Security training for Cleo Park");

    await c.must("reports.export", { kind: "accounts", period: {}, sign: { password: ADMIN.password, meaning: "Approved by the Security Official" } });
    const after = await c.must("dashboard.get", {});
    expect(after.cycle.steps.find((step) => step.id === "sign-and-export")).toMatchObject({
      state: "done",
      status: expect.stringMatching(/^Account and Access Report signed on \w+ \d+, \d{4} by Maria Lopez\.$/),
      href: "#/reports",
    });
  }, 60_000);
});

describe("breach notification deadlines", () => {
  it("counts the days left in the practice's time zone, not the computer's", async () => {
    const c = await dashboardCore(cores);
    const created = await c.must("incidents.create", { incident: STOLEN_LAPTOP });
    const id = created.incident.id;
    const incidentLink = `#/incidents/${id}`;

    // 03:00 UTC on 4 March is still the evening of 3 March in Chicago: the day of discovery, 60 days left.
    const evening = await withDatabase(c, (db) => dashboardSummary(db, new Date("2025-03-04T03:00:00Z")));
    expect(evening.today).toBe("2025-03-03");
    expect(evening.incidents.open).toEqual([
      { id, number: created.incident.number, title: STOLEN_LAPTOP.title, status: "open", breachState: "to-assess", discoveredOn: "2025-03-03", href: incidentLink },
    ]);
    const individuals = evening.incidents.deadlines.find((deadline) => deadline.recipient === "individuals")!;
    expect(individuals).toMatchObject({ dueDate: "2025-05-02", daysLeft: 60, overdue: false, presumed: true, href: incidentLink });
    const hhs = evening.incidents.deadlines.find((deadline) => deadline.recipient === "hhs")!;
    expect(hhs).toMatchObject({ dueDate: "2026-03-01", daysLeft: 363 });

    // At 07:00 UTC it is 4 March in Chicago too: one day less.
    const morning = await withDatabase(c, (db) => dashboardSummary(db, new Date("2025-03-04T07:00:00Z")));
    expect(morning.today).toBe("2025-03-04");
    expect(morning.incidents.deadlines.find((deadline) => deadline.recipient === "individuals")!.daysLeft).toBe(59);

    // Past the day, the notice is overdue and counts below zero; it leads the overdue items of the task list.
    const late = await withDatabase(c, (db) => dashboardSummary(db, new Date("2025-05-05T15:00:00Z")));
    expect(late.incidents.deadlines.find((deadline) => deadline.recipient === "individuals")).toMatchObject({ daysLeft: -3, overdue: true });
    expect(late.due.overdue.map((entry) => [entry.origin, entry.href])).toContainEqual(["incident", incidentLink]);

    // Once the letters are logged, that deadline leaves the dashboard.
    await c.must("incidents.notices.add", {
      incidentId: id,
      notice: { recipient: "individuals", sentOn: "2025-03-20", method: "first-class-mail", sentTo: "The 40 patients", recipientsCount: 40, notes: "" },
    });
    const after = await withDatabase(c, (db) => dashboardSummary(db, new Date("2025-03-21T15:00:00Z")));
    expect(after.incidents.deadlines.map((deadline) => deadline.recipient)).toEqual(["hhs"]);
  });
});
