import { afterEach, describe, expect, it } from "vitest";
import { addMonths } from "../../../src/shared/risk/reviewSchedule";
import { calendarDateInZone } from "../../../src/shared/rules/calendarDates";
import { PRACTICE } from "../../support/testCore";
import { approveAll, find, inputOf, rateAndAcceptAll, threeAssets, withSuggestedRisks } from "./riskFlows";
import { READER, refused, riskCore, signInAs, signInAsAdmin, STAFF, suggestedInputs, type Core } from "./riskTestKit";

const cores: Core[] = [];
afterEach(() => cores.splice(0).forEach((c) => c.dispose()));

const RATIONALE = "The server is replaced in the spring; until then the nightly online backup limits the damage.";
const today = () => calendarDateInZone(new Date(), PRACTICE.timeZone);

describe("scope and data collection", () => {
  it("starts a year's analysis and builds the inventory from the dental starter assets, with the flows between them", async () => {
    const c = await riskCore(cores);
    expect(await c.must("risk.list", {})).toEqual({ analyses: [], reviewTasks: [expect.objectContaining({ kind: "no-analysis" })] });
    const started = await c.must("risk.start", { year: 2026 });
    expect(started.analysis).toMatchObject({ year: 2026, status: "in-progress", startedBy: { name: "Maria Lopez" }, carriedFrom: null });
    expect(started.readiness.blockers.map((b) => b.kind)).toEqual(["no-assets"]);

    const [pms, server, frontDesk] = await c.must("risk.assets.addFromTemplates", {
      year: 2026,
      templateIds: ["practice-management", "office-server", "front-desk-workstations"],
    });
    expect(pms).toMatchObject({ name: "Practice management software", kind: "practice-software", templateId: "practice-management", owner: "Office manager", retired: null });
    expect(pms!.ephiKinds).toContain("ssn");
    expect(pms!.flows).toEqual([expect.objectContaining({ toAssetId: server!.id, toAssetName: "Office server", vendorName: "", description: "Database stored on the server" })]);
    expect(frontDesk!.flows.map((flow) => flow.toAssetName)).toEqual(["Practice management software"]);
    expect(server!.flows).toEqual([]);

    // Added later, the online backup gets the flows into it from the assets already there.
    const [backup] = await c.must("risk.assets.addFromTemplates", { year: 2026, templateIds: ["online-backup"] });
    const { assets } = await c.must("risk.get", { year: 2026 });
    const flowsInto = (id: string) => assets.flatMap((asset) => asset.flows.filter((flow) => flow.toAssetId === id).map(() => asset.name));
    expect(flowsInto(backup!.id).sort()).toEqual(["Office server", "Practice management software"]);

    const again = await refused(c, "risk.start", { year: 2026 });
    expect(again).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/already a risk analysis for 2026/) });
  });

  it("records the scope and method in words, and edits and retires an asset with its vendor, records and flows", async () => {
    const c = await riskCore(cores);
    const { pms, server } = await threeAssets(c);
    const described = await c.must("risk.update", {
      year: 2026,
      scope: "All patient information at 12 Main Street and with our vendors.",
      dataCollection: "Walked the office with the IT provider; reviewed vendor contracts.",
    });
    expect(described.analysis.scope).toMatch(/12 Main Street/);
    const edited = await c.must("risk.assets.update", {
      id: pms.id,
      asset: { ...pms, vendorName: "Dentrix", approxRecordCount: 3200, flows: [{ toAssetId: server.id, description: "Database" }, { vendorName: "DentalXChange", description: "Claims" }] },
    });
    expect(edited).toMatchObject({ vendorName: "Dentrix", approxRecordCount: 3200 });
    expect(edited.flows.map((flow) => flow.toAssetName ?? flow.vendorName)).toEqual(["Office server", "DentalXChange"]);

    const selfFlow = await refused(c, "risk.assets.update", { id: pms.id, asset: { ...pms, flows: [{ toAssetId: pms.id }] } });
    expect(selfFlow).toMatchObject({ code: "VALIDATION", fields: { "asset.flows.0.toAssetId": "Data can't flow from an asset to itself." } });

    const retired = await c.must("risk.assets.retire", { id: server.id, reason: "Moved to the cloud version of the software" });
    expect(retired.retired).toMatchObject({ by: { name: "Maria Lopez" }, reason: "Moved to the cloud version of the software" });
    expect((await c.must("risk.get", { year: 2026 })).assets.find((a) => a.id === pms.id)!.flows.map((f) => f.vendorName)).toEqual(["DentalXChange"]);
    expect(await refused(c, "risk.pairs.add", { assetId: server.id, pairs: suggestedInputs("server") })).toMatchObject({ code: "CONFLICT" });
    expect(await refused(c, "risk.assets.retire", { id: server.id, reason: "again" })).toMatchObject({ code: "CONFLICT" });
  });
});

describe("threats, vulnerabilities and safeguards", () => {
  it("suggests pairs for an asset's kind; the user confirms, edits, removes and adds their own", async () => {
    const c = await riskCore(cores);
    const { server, frontDesk } = await threeAssets(c);
    const suggestions = await c.must("risk.pairs.suggest", { assetId: server.id });
    expect(suggestions).toHaveLength(8);
    expect(suggestions[0]).toMatchObject({ threatId: "ransomware", inherentLevel: "critical", alreadyAdded: false });

    const added = await c.must("risk.pairs.add", { assetId: server.id, pairs: suggestedInputs("server") });
    expect(added).toHaveLength(8);
    expect(added[0]).toMatchObject({
      assetName: "Office server",
      threatName: "Ransomware",
      threatGroup: "deliberate-human",
      inherent: { likelihood: 4, impact: 5, level: "critical" },
      residual: { likelihood: null, impact: null, level: null },
      treatmentStatus: "not-decided",
      controlQuestionIds: ["q-308a5iiB-1", "q-308a7iiA-2", "q-308a7iiD-1", "q-312c1-2"],
    });
    expect((await c.must("risk.pairs.suggest", { assetId: server.id })).every((s) => s.alreadyAdded)).toBe(true);

    const [custom] = await c.must("risk.pairs.add", {
      assetId: frontDesk.id,
      pairs: [{ customThreat: "Patients reading screens at check-in", vulnerability: "Screens face the waiting room.", controls: "Privacy filters on two of three screens", controlQuestionIds: ["q-310b-2"] }],
    });
    expect(custom).toMatchObject({ threatId: null, threatName: "Patients reading screens at check-in", threatGroup: null, controls: "Privacy filters on two of three screens" });

    const unknownQuestion = await refused(c, "risk.pairs.update", { id: custom!.id, pair: inputOf(custom!, { controlQuestionIds: ["q-310b-2", "q-999z-9"] }) });
    expect(unknownQuestion).toMatchObject({ code: "VALIDATION", fields: { "pair.controlQuestionIds.1": "That is not a question of the assessment." } });

    const fire = find(added, "fire");
    await c.must("risk.pairs.remove", { id: fire.id });
    const { pairs } = await c.must("risk.get", { year: 2026 });
    expect(pairs.map((p) => p.id)).not.toContain(fire.id);
    expect(pairs).toHaveLength(8);
    expect(await refused(c, "risk.pairs.remove", { id: fire.id })).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("rating, treatment and finalizing", () => {
  it("accepting a high risk waits for an Administrator's approval; finalizing refuses and names what is missing until everything is done", async () => {
    const c = await riskCore(cores);
    const staff = (await c.must("users.list", {})).find((user) => user.username === STAFF.username)!;
    const { pairs } = await withSuggestedRisks(c);
    const notRated = await refused(c, "risk.finalize", { year: 2026 });
    expect(notRated.code).toBe("CONFLICT");
    expect(notRated.message).toMatch(/^The 2026 risk analysis can't be finalized yet\. 19 risks are not rated yet/);
    expect(Object.keys(notRated.fields ?? {})).toEqual(["unrated"]);

    await signInAs(c, STAFF);
    await rateAndAcceptAll(c);
    const ransomware = find(pairs.server, "ransomware", "No backup");
    const power = find(pairs.server, "power-outage");
    // The ransomware risk stays high after safeguards (3 × 5), and is accepted; the power outage is to be reduced.
    const accepted = await c.must("risk.pairs.update", { id: ransomware.id, pair: inputOf(ransomware, { residualLikelihood: 3, residualImpact: 5, treatment: "accept" }) });
    expect(accepted).toMatchObject({ residual: { level: "high" }, treatmentStatus: "pending-approval", acceptance: null });
    const toReduce = await c.must("risk.pairs.update", { id: power.id, pair: inputOf(power, { residualLikelihood: 3, residualImpact: 3, treatment: "mitigate" }) });
    expect(toReduce.treatmentStatus).toBe("needs-step");

    const missing = await refused(c, "risk.finalize", { year: 2026 });
    expect(missing.code).toBe("FORBIDDEN");
    await signInAsAdmin(c);
    const blocked = await refused(c, "risk.finalize", { year: 2026 });
    expect(blocked.message).toMatch(/accepted high or critical risks need an Administrator's approval: .*Office server: Ransomware/);
    expect(blocked.message).toMatch(/1 risk to reduce has no step in the remediation plan: Office server: Power outage or surge\./);
    expect(Object.keys(blocked.fields ?? {})).toEqual(["unapproved-acceptance", "mitigation-without-step"]);

    // Staff can't approve; the Administrator must, with a reason of a few words.
    await signInAs(c, STAFF);
    expect(await refused(c, "risk.pairs.approveAcceptance", { id: ransomware.id, rationale: RATIONALE })).toMatchObject({ code: "FORBIDDEN" });
    const step = await c.must("risk.mitigations.add", { pairId: power.id, title: "Put the server and router on a UPS", owner: { kind: "user", userId: staff.id }, dueDate: "2026-04-30" });
    expect(step.treatmentStatus).toBe("mitigating");
    expect(step.mitigations).toEqual([
      expect.objectContaining({ pairId: power.id, title: "Put the server and router on a UPS", owner: expect.objectContaining({ name: "Jamal Reed" }), dueDate: "2026-04-30", status: "open" }),
    ]);

    await signInAsAdmin(c);
    expect(await refused(c, "risk.pairs.approveAcceptance", { id: ransomware.id, rationale: "fine" })).toMatchObject({ code: "VALIDATION" });
    expect(await refused(c, "risk.pairs.approveAcceptance", { id: power.id, rationale: RATIONALE })).toMatchObject({ code: "CONFLICT" });
    const approved = await c.must("risk.pairs.approveAcceptance", { id: ransomware.id, rationale: RATIONALE });
    expect(approved).toMatchObject({ treatmentStatus: "accepted", acceptance: { approvedBy: { name: "Maria Lopez" }, rationale: RATIONALE } });

    // Changing what was approved withdraws the approval; a note or safeguards text doesn't.
    const noted = await c.must("risk.pairs.update", { id: ransomware.id, pair: inputOf(approved, { controls: "Nightly online backup" }) });
    expect(noted.acceptance).not.toBeNull();
    const worse = await c.must("risk.pairs.update", { id: ransomware.id, pair: inputOf(noted, { residualLikelihood: 4 }) });
    expect(worse).toMatchObject({ acceptance: null, treatmentStatus: "pending-approval", residual: { level: "critical" } });
    await approveAll(c);

    const detail = await c.must("risk.get", { year: 2026 });
    expect(detail.readiness).toMatchObject({ ready: true, blockers: [] });
    const finalized = await c.must("risk.finalize", { year: 2026 });
    expect(finalized.analysis).toMatchObject({ status: "finalized", finalizedBy: { name: "Maria Lopez" }, reviewIntervalMonths: 12, nextReviewDate: addMonths(today(), 12) });
    expect(finalized.readOnly).toBe(true);
    expect(finalized.analysis.counts).toMatchObject({ assets: 3, pairs: 19, unrated: 0 });
  });

  it("warns, without refusing, when residual is rated above inherent, until a note says why", async () => {
    const c = await riskCore(cores);
    const { pairs } = await withSuggestedRisks(c);
    const vendorish = find(pairs.server, "hardware-failure");
    const above = await c.must("risk.pairs.update", { id: vendorish.id, pair: inputOf(vendorish, { residualLikelihood: 5, residualImpact: 5 }) });
    expect(above.warnings).toEqual([expect.stringMatching(/Residual likelihood is higher/)]);
    expect((await c.must("risk.get", { year: 2026 })).readiness.warnings.map((w) => w.kind)).toContain("rating-warning");
    const explained = await c.must("risk.pairs.update", { id: vendorish.id, pair: inputOf(above, { ratingNote: "The refurbished server we bought fails more often than the old one did." }) });
    expect(explained.warnings).toEqual([]);
  });

  it("locks the finalized year: changes are refused, while mitigation steps can still be planned", async () => {
    const c = await riskCore(cores);
    await withSuggestedRisks(c);
    await rateAndAcceptAll(c);
    await approveAll(c);
    const { pairs, assets } = await c.must("risk.finalize", { year: 2026, reviewIntervalMonths: 6 });
    const pair = pairs[0]!;
    const locked = await refused(c, "risk.pairs.update", { id: pair.id, pair: inputOf(pair, { residualImpact: 1 }) });
    expect(locked).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/^The 2026 risk analysis was finalized by Maria Lopez on \d{4}-\d{2}-\d{2} and can no longer change\./) });
    for (const [channel, input] of [
      ["risk.assets.add", { year: 2026, asset: { name: "Laptop", kind: "laptop" } }],
      ["risk.assets.retire", { id: assets[0]!.id, reason: "Gone" }],
      ["risk.pairs.remove", { id: pair.id }],
      ["risk.pairs.approveAcceptance", { id: pair.id, rationale: RATIONALE }],
      ["risk.update", { year: 2026, scope: "x", dataCollection: "y" }],
      ["risk.finalize", { year: 2026 }],
    ] as const) {
      expect((await refused(c, channel, input as never)).code, channel).toBe("CONFLICT");
    }
    const planned = await c.must("risk.mitigations.add", { pairId: pair.id, title: "Test a restore from backup", owner: { kind: "name", name: "IT provider" } });
    expect(planned.mitigations).toHaveLength(1);
    const list = await c.must("risk.list", {});
    expect(list.analyses[0]).toMatchObject({ year: 2026, status: "finalized", nextReviewDate: addMonths(today(), 6) });
    expect(list.reviewTasks).toEqual([{ kind: "periodic-review", title: "Review the 2026 risk analysis", dueDate: addMonths(today(), 6), overdue: false, analysisYear: 2026 }]);
  });

  it("refuses to remove a risk with steps in the remediation plan", async () => {
    const c = await riskCore(cores);
    const { pairs } = await withSuggestedRisks(c);
    const pair = pairs.pms[0]!;
    await c.must("risk.mitigations.add", { pairId: pair.id, title: "Buy an offline backup drive" });
    expect(await refused(c, "risk.pairs.remove", { id: pair.id })).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/1 step in the remediation plan/) });
  });
});

describe("year over year", () => {
  it("starts next year's analysis from this year's and compares: assets added and retired, risks up, down, new and removed, steps completed", async () => {
    const c = await riskCore(cores);
    const { pairs } = await withSuggestedRisks(c);
    await rateAndAcceptAll(c);
    await approveAll(c);
    const power = find(pairs.server, "power-outage");
    const powerNow = (await c.must("risk.get", { year: 2026 })).pairs.find((p) => p.id === power.id)!;
    await c.must("risk.pairs.update", { id: power.id, pair: inputOf(powerNow, { treatment: "mitigate" }) });
    const [ups, drill] = [
      await c.must("risk.mitigations.add", { pairId: power.id, title: "Buy a UPS" }),
      await c.must("risk.mitigations.add", { pairId: power.id, title: "Practice a paper day" }),
    ].map((view, index) => view.mitigations[index]!);
    await c.must("risk.finalize", { year: 2026 });

    // Finished after finalizing. The action item service answers for assessment items only so far;
    // the change is stored either way, and the risk views read it back.
    await c.call("actionItems.update", { id: ups!.id, status: "done" });

    const next = await c.must("risk.start", { year: 2027, copyFromYear: 2026 });
    expect(next.analysis).toMatchObject({ year: 2027, status: "in-progress", carriedFrom: { year: 2026 } });
    expect(next.assets).toHaveLength(3);
    expect(next.assets.every((asset) => asset.predecessorId !== null)).toBe(true);
    expect(next.pairs).toHaveLength(19);
    const copiedPower = next.pairs.find((p) => p.predecessorId === power.id)!;
    expect(copiedPower).toMatchObject({ treatment: "mitigate", residual: powerNow.residual, controlQuestionIds: powerNow.controlQuestionIds });
    // The open step is carried into view; the one done before this year started is not.
    expect(copiedPower.mitigations.map((step) => step.title)).toEqual([drill!.title]);
    // Last year's approvals are asked again this year.
    expect(next.readiness.blockers.map((b) => b.kind)).toEqual(["unapproved-acceptance"]);

    const frontDesk = next.assets.find((asset) => asset.templateId === "front-desk-workstations")!;
    await c.must("risk.assets.retire", { id: frontDesk.id, reason: "Replaced by check-in tablets" });
    const portal = await c.must("risk.assets.add", { year: 2027, asset: { name: "Online forms", kind: "patient-portal", vendorName: "NexHealth", ephiKinds: ["demographics", "medical-history"] } });
    const [portalRisk] = await c.must("risk.pairs.add", { assetId: portal.id, pairs: suggestedInputs("patient-portal").slice(0, 1) });
    const ransomware = next.pairs.find((p) => p.threatId === "ransomware" && p.assetName === "Office server" && p.vulnerability.startsWith("No backup"))!;
    await c.must("risk.pairs.update", { id: ransomware.id, pair: inputOf(ransomware, { residualLikelihood: 1, residualImpact: 3 }) });
    const theft = next.pairs.find((p) => p.threatId === "theft-burglary" && p.assetName === "Office server")!;
    await c.must("risk.pairs.update", { id: theft.id, pair: inputOf(theft, { residualLikelihood: 4, residualImpact: 5 }) });
    const water = next.pairs.find((p) => p.threatId === "water-damage")!;
    await c.must("risk.pairs.remove", { id: water.id });

    const comparison = await c.must("risk.compare", { year: 2027 });
    expect(comparison).toMatchObject({ year: 2027, previousYear: 2026 });
    expect(comparison.assetsAdded.map((a) => a.name)).toEqual(["Online forms"]);
    expect(comparison.assetsRetired.map((a) => a.name)).toEqual(["Front desk computers"]);
    expect(comparison.risksDown).toEqual([expect.objectContaining({ pairId: ransomware.id, from: "high", to: "low" })]);
    expect(comparison.risksUp).toEqual([expect.objectContaining({ pairId: theft.id, from: "medium", to: "critical" })]);
    expect(comparison.risksNew.map((r) => r.pairId)).toEqual([portalRisk!.id]);
    expect(comparison.risksRemoved).toHaveLength(6); // the water damage risk and the five front desk risks
    expect(comparison.risksUnchanged).toBe(11);
    expect(comparison.mitigationsCompleted.map((step) => step.title)).toEqual(["Buy a UPS"]);

    expect(await refused(c, "risk.compare", { year: 2026 })).toMatchObject({ code: "NOT_FOUND", message: "There is no risk analysis before 2026 to compare with." });
    expect(await refused(c, "risk.start", { year: 2028, copyFromYear: 2025 })).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("register and heat map", () => {
  it("filters and sorts the register and counts each matrix cell, through the channels", async () => {
    const c = await riskCore(cores);
    const { assets } = await withSuggestedRisks(c);
    await rateAndAcceptAll(c);
    const all = await c.must("risk.register", { year: 2026 });
    expect(all.total).toBe(19);
    expect(all.rows[0]!.residual.level).toBe("high");
    const serverHigh = await c.must("risk.register", { year: 2026, filter: { assetIds: [assets.server.id], levels: ["high", "critical"] }, sort: "threat", direction: "asc" });
    expect(serverHigh.rows.every((row) => row.assetId === assets.server.id && ["high", "critical"].includes(row.residual.level!))).toBe(true);
    expect(serverHigh.rows.map((row) => row.threatName)).toEqual([...serverHigh.rows.map((row) => row.threatName)].sort());
    const pending = await c.must("risk.register", { year: 2026, filter: { treatmentStatuses: ["pending-approval"] }, limit: 2 });
    expect(pending.rows).toHaveLength(2);
    expect(pending.total).toBeGreaterThan(2);

    const map = await c.must("risk.heatMap", { year: 2026 });
    expect(map.total).toBe(19);
    expect(map.inherent.cells[3]![4]).toBe(2); // ransomware on the server and on the practice software, 4 × 5
    expect(map.residual.cells[2]![4]).toBe(2); // the same two, one step less likely
    expect(map.residual.unrated).toBe(0);
    const scales = await c.must("risk.scales", {});
    expect(scales.matrix[4]![4]).toBe("critical");
  });
});

describe("periodic review", () => {
  it("records events that call for an earlier review as tasks, until the next analysis is finalized", async () => {
    const c = await riskCore(cores);
    await withSuggestedRisks(c);
    await rateAndAcceptAll(c);
    await approveAll(c);
    await signInAs(c, STAFF);
    const tasks = await c.must("risk.triggers.add", { kind: "new-vendor", note: "Switched to a new dental lab that receives scans", occurredOn: "2026-01-10" });
    await c.must("risk.triggers.add", { kind: "move", note: "Planned move to the new building", occurredOn: "2099-06-01" });
    expect(tasks).toEqual([
      expect.objectContaining({ kind: "no-analysis" }),
      expect.objectContaining({ kind: "trigger", title: "Update the risk analysis: a new vendor (2026-01-10)", trigger: expect.objectContaining({ recordedBy: { id: expect.any(String), name: "Jamal Reed" } }) }),
    ]);
    expect(await refused(c, "risk.triggers.add", { kind: "new-vendor", note: "x", occurredOn: "2026-02-30" })).toMatchObject({ code: "VALIDATION" });
    await signInAsAdmin(c);
    await c.must("risk.finalize", { year: 2026 });
    const { reviewTasks } = await c.must("risk.list", {});
    expect(reviewTasks.map((task) => task.kind)).toEqual(["periodic-review", "trigger"]);
    expect(reviewTasks[1]).toMatchObject({ analysisYear: 2026, trigger: { kind: "move" } });
  });
});

describe("roles and the audit log", () => {
  it("lets a Read-only user read the analysis but change nothing", async () => {
    const c = await riskCore(cores);
    const { assets, pairs } = await withSuggestedRisks(c);
    await signInAs(c, READER);
    for (const [channel, input] of [
      ["risk.list", {}],
      ["risk.get", { year: 2026 }],
      ["risk.scales", {}],
      ["risk.heatMap", { year: 2026 }],
      ["risk.register", { year: 2026 }],
      ["risk.pairs.suggest", { assetId: assets.server.id }],
    ] as const) {
      expect((await c.call(channel, input as never)).ok, channel).toBe(true);
    }
    const pair = pairs.server[0]!;
    for (const [channel, input] of [
      ["risk.start", { year: 2027 }],
      ["risk.update", { year: 2026, scope: "x", dataCollection: "y" }],
      ["risk.assets.add", { year: 2026, asset: { name: "Laptop", kind: "laptop" } }],
      ["risk.assets.addFromTemplates", { year: 2026, templateIds: ["fax"] }],
      ["risk.assets.update", { id: assets.server.id, asset: { name: "Server", kind: "server" } }],
      ["risk.assets.retire", { id: assets.server.id, reason: "Gone" }],
      ["risk.pairs.add", { assetId: assets.server.id, pairs: suggestedInputs("server") }],
      ["risk.pairs.update", { id: pair.id, pair: inputOf(pair, { residualImpact: 1 }) }],
      ["risk.pairs.remove", { id: pair.id }],
      ["risk.pairs.approveAcceptance", { id: pair.id, rationale: RATIONALE }],
      ["risk.mitigations.add", { pairId: pair.id, title: "Buy a UPS" }],
      ["risk.triggers.add", { kind: "incident", note: "Phishing e-mail clicked", occurredOn: "2026-03-01" }],
      ["risk.finalize", { year: 2026 }],
    ] as const) {
      expect((await refused(c, channel, input as never)).code, channel).toBe("FORBIDDEN");
    }
    expect((await c.must("risk.get", { year: 2026 })).pairs).toHaveLength(19);
  });

  it("records each change in the audit log with what changed, and the chain stays intact", async () => {
    const c = await riskCore(cores);
    const { pairs } = await withSuggestedRisks(c);
    const pair = find(pairs.server, "ransomware", "No backup");
    await c.must("risk.pairs.update", { id: pair.id, pair: inputOf(pair, { residualLikelihood: 3, residualImpact: 5, treatment: "accept" }) });
    await c.must("risk.pairs.approveAcceptance", { id: pair.id, rationale: RATIONALE });
    await c.must("risk.mitigations.add", { pairId: pair.id, title: "Move the backup drive offline" });
    const { entries } = await c.must("audit.list", { filter: { text: "risk" }, limit: 500 });
    const actions = entries.map((entry) => entry.action).reverse();
    expect(actions).toEqual(
      expect.arrayContaining(["risk.started", "risk.assets-added-from-templates", "risk.pairs-added", "risk.pair-updated", "risk.acceptance-approved", "risk.mitigation-added"]),
    );
    const update = entries.find((entry) => entry.action === "risk.pair-updated")!;
    expect(update).toMatchObject({ recordType: "risk-pair", recordId: pair.id, actorName: "maria" });
    expect(update.changes).toMatchObject({
      residual_likelihood: { from: null, to: 3 },
      residual_level: { from: null, to: "high" },
      treatment: { from: null, to: "accept" },
    });
    const approval = entries.find((entry) => entry.action === "risk.acceptance-approved")!;
    expect(approval.changes).toEqual({ residualLevel: "high", rationale: RATIONALE });
    expect(await c.must("audit.verify", {})).toMatchObject({ intact: true });
  });
});
