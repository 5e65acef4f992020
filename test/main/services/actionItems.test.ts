import { afterEach, describe, expect, it } from "vitest";
import { completeAssessment, practiceWithTeam, signInAs, STAFF } from "../../support/assessmentFlows";
import { testCore } from "../../support/testCore";
import { withSuggestedRisks } from "../risk/riskFlows";

const cores: ReturnType<typeof testCore>[] = [];
afterEach(() => cores.splice(0).forEach((c) => c.dispose()));

const BACKUP_PLAN = "q-308a7iiA-1"; // required; options all-automatic / some / none / unknown
const MAINTENANCE_LOG = "q-310a2iv-1"; // addressable
const RISK_ANALYSIS = "q-308a1iiA-1";

async function assessmentWithGaps() {
  const c = testCore({ reportInternalError: (error) => console.error(error) });
  cores.push(c);
  await practiceWithTeam(c);
  const { assessment } = await c.must("assessment.start", { year: 2026 });
  await c.must("assessment.answer", { assessmentId: assessment.id, questionId: BACKUP_PLAN, value: "none" });
  await c.must("assessment.answer", { assessmentId: assessment.id, questionId: MAINTENANCE_LOG, value: "partly" });
  await c.must("assessment.answer", { assessmentId: assessment.id, questionId: RISK_ANALYSIS, value: "yes" });
  const jamal = (await c.must("users.list", {})).find((user) => user.username === "jamal")!;
  return { c, assessmentId: assessment.id, jamal };
}

describe("the remediation plan", () => {
  it("turns a gap into an action item with owner, due date and notes, priority from its severity", async () => {
    const { c, assessmentId, jamal } = await assessmentWithGaps();
    const item = await c.must("actionItems.createFromGap", {
      assessmentId,
      questionId: BACKUP_PLAN,
      owner: { kind: "user", userId: jamal.id },
      dueDate: "2026-03-31",
      notes: "Ask the IT vendor for a quote.",
    });
    expect(item).toMatchObject({
      source: { kind: "assessment-gap", assessmentId, assessmentYear: 2026, questionId: BACKUP_PLAN, requirementId: "164.308(a)(7)(ii)(A)", cfr: "164.308(a)(7)(ii)(A)", name: "Data backup plan" },
      title: expect.stringMatching(/^164\.308\(a\)\(7\)\(ii\)\(A\) Data backup plan: /),
      priority: "high",
      owner: { kind: "user", userId: jamal.id, name: "Jamal Reed", active: true },
      dueDate: "2026-03-31",
      status: "open",
      notes: "Ask the IT vendor for a quote.",
      createdBy: { name: "Maria Lopez" },
      completedAt: null,
    });
    const low = await c.must("actionItems.createFromGap", { assessmentId, questionId: MAINTENANCE_LOG, title: "Start a repairs log", owner: { kind: "name", name: "Bob (landlord)" } });
    expect(low).toMatchObject({ priority: "low", title: "Start a repairs log", owner: { kind: "name", name: "Bob (landlord)" }, dueDate: null });

    const results = await c.must("assessment.results", { assessmentId });
    expect(results.gaps.map((gap) => [gap.questionId, gap.actionItem?.id])).toEqual([
      [BACKUP_PLAN, item.id],
      [MAINTENANCE_LOG, low.id],
    ]);
  });

  it("refuses an item for something that is not a gap, a second item for the same gap, a bad date or a removed owner", async () => {
    const { c, assessmentId } = await assessmentWithGaps();
    expect(await c.call("actionItems.createFromGap", { assessmentId, questionId: RISK_ANALYSIS })).toMatchObject({ ok: false, error: { code: "CONFLICT", message: expect.stringMatching(/not a gap/) } });
    expect(await c.call("actionItems.createFromGap", { assessmentId, questionId: "q-308a8-1" })).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    expect(await c.call("actionItems.createFromGap", { assessmentId, questionId: BACKUP_PLAN, dueDate: "2026-02-30" })).toMatchObject({
      ok: false,
      error: { code: "VALIDATION", fields: { dueDate: expect.stringMatching(/real date/) } },
    });
    const users = await c.must("users.list", {});
    const auditor = users.find((user) => user.username === "auditor")!;
    await c.must("users.remove", { id: auditor.id });
    expect(await c.call("actionItems.createFromGap", { assessmentId, questionId: BACKUP_PLAN, owner: { kind: "user", userId: auditor.id } })).toMatchObject({
      ok: false,
      error: { code: "VALIDATION", fields: { owner: expect.any(String) } },
    });
    await c.must("actionItems.createFromGap", { assessmentId, questionId: BACKUP_PLAN });
    expect(await c.call("actionItems.createFromGap", { assessmentId, questionId: BACKUP_PLAN })).toMatchObject({ ok: false, error: { code: "CONFLICT", message: expect.stringMatching(/already has an action item/) } });
  });

  it("updates status, owner and dates, records completion, and logs what changed", async () => {
    const { c, assessmentId, jamal } = await assessmentWithGaps();
    const item = await c.must("actionItems.createFromGap", { assessmentId, questionId: BACKUP_PLAN });
    await signInAs(c, STAFF);
    const started = await c.must("actionItems.update", { id: item.id, status: "in-progress", owner: { kind: "user", userId: jamal.id }, dueDate: "2026-04-15" });
    expect(started).toMatchObject({ status: "in-progress", owner: { name: "Jamal Reed" }, dueDate: "2026-04-15", updatedBy: { name: "Jamal Reed" }, completedAt: null });
    const done = await c.must("actionItems.update", { id: item.id, status: "done", notes: "Nightly encrypted backup set up." });
    expect(done).toMatchObject({ status: "done", completedAt: expect.stringMatching(/^\d{4}-/), overdue: false });
    const reopened = await c.must("actionItems.update", { id: item.id, status: "open", owner: null, dueDate: null });
    expect(reopened).toMatchObject({ status: "open", completedAt: null, owner: null, dueDate: null });
    expect(await c.call("actionItems.update", { id: item.id })).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    expect(await c.call("actionItems.update", { id: "6f1c1f9e-5d7b-4c1e-9a59-0a4f4f7c1e11", status: "done" })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });

    const log = (await c.must("audit.list", { filter: { text: item.id } })).entries;
    expect(log.map((entry) => entry.action)).toEqual(["action-item.updated", "action-item.updated", "action-item.updated", "action-item.created"]);
    expect(log[2]).toMatchObject({ actorName: "jamal", changes: { status: { from: "open", to: "in-progress" }, owner: { from: null, to: jamal.id }, dueDate: { from: null, to: "2026-04-15" } } });
  });

  it("lists open items for the dashboard, mine for a task list, overdue ones flagged, soonest due first", async () => {
    const { c, assessmentId, jamal } = await assessmentWithGaps();
    const overdue = await c.must("actionItems.createFromGap", { assessmentId, questionId: MAINTENANCE_LOG, dueDate: "2020-01-31", owner: { kind: "user", userId: jamal.id } });
    const later = await c.must("actionItems.createFromGap", { assessmentId, questionId: BACKUP_PLAN, dueDate: "2099-12-31" });
    expect((await c.must("actionItems.list", {})).map((item) => [item.id, item.overdue])).toEqual([
      [overdue.id, true],
      [later.id, false],
    ]);
    await signInAs(c, STAFF);
    expect((await c.must("actionItems.list", { assignedToMe: true })).map((item) => item.id)).toEqual([overdue.id]);
    await c.must("actionItems.update", { id: overdue.id, status: "done" });
    expect((await c.must("actionItems.list", { status: "open" })).map((item) => item.id)).toEqual([later.id]);
    expect((await c.must("actionItems.list", { status: "done" })).map((item) => [item.id, item.overdue])).toEqual([[overdue.id, false]]);
    expect(await c.must("actionItems.list", { status: "all", assessmentId })).toHaveLength(2);
  });

  it("shows last year's still-open item beside the same gap in the next year", async () => {
    const c = testCore({ reportInternalError: (error) => console.error(error) });
    cores.push(c);
    await practiceWithTeam(c);
    const { assessment } = await c.must("assessment.start", { year: 2026 });
    await completeAssessment(c, assessment.id, { [BACKUP_PLAN]: "none" });
    await c.must("assessment.finalize", { assessmentId: assessment.id });
    const item = await c.must("actionItems.createFromGap", { assessmentId: assessment.id, questionId: BACKUP_PLAN });
    const next = await c.must("assessment.start", { year: 2027, carryFromAssessmentId: assessment.id });
    const [gap] = (await c.must("assessment.results", { assessmentId: next.assessment.id })).gaps;
    expect(gap).toMatchObject({ questionId: BACKUP_PLAN, actionItem: { id: item.id, status: "open", assessmentYear: 2026 } });
  });
});

describe("one plan for every source", () => {
  it("lists and updates an item the risk analysis added like any other", async () => {
    const c = testCore();
    cores.push(c);
    await c.setUp();
    const { pairs } = await withSuggestedRisks(c);
    const pair = pairs.server[0]!;
    await c.must("risk.mitigations.add", { pairId: pair.id, title: "Encrypt the imaging laptop" });
    const [item] = (await c.must("actionItems.list", { status: "open" })).filter((i) => i.source.kind === "risk");
    expect(item).toMatchObject({ title: "Encrypt the imaging laptop", source: { kind: "risk", riskPairId: pair.id } });
    expect(await c.must("actionItems.update", { id: item!.id, status: "done" })).toMatchObject({ status: "done", completedAt: expect.any(String) });
  });
});
