import { afterEach, describe, expect, it } from "vitest";
import { incidentCore, READER, recordIncident, refused, signInAs, signInAsAdmin, STAFF, STOLEN_LAPTOP, type Core } from "./incidentTestKit";

const cores: Core[] = [];
afterEach(() => cores.splice(0).forEach((c) => c.dispose()));

describe("the incident log (45 CFR 164.308(a)(6))", () => {
  it("records an incident with the systems involved from the current risk analysis, and lists it", async () => {
    const c = await incidentCore(cores);
    expect(await c.must("incidents.assetChoices", {})).toEqual({ analysisYear: null, assets: [] });
    await c.must("risk.start", { year: 2025 });
    const [laptop, email] = await c.must("risk.assets.addFromTemplates", { year: 2025, templateIds: ["doctor-laptop", "practice-email"] });
    const choices = await c.must("incidents.assetChoices", {});
    expect(choices.analysisYear).toBe(2025);
    expect(choices.assets.map((asset) => asset.id).sort()).toEqual([laptop!.id, email!.id].sort());

    const detail = await recordIncident(c, { assetIds: [laptop!.id], otherSystems: "The car's glovebox" });
    expect(detail.incident).toMatchObject({
      number: 1,
      title: STOLEN_LAPTOP.title,
      occurredOn: "2025-03-02",
      occurredTime: "19:30",
      discoveredOn: "2025-03-03",
      discoveredTime: "08:15",
      reportedBy: "Jamal Reed",
      category: "theft",
      phi: "electronic",
      individualsAffected: 40,
      residents: [
        { state: "IL", count: 38 },
        { state: "IN", count: 2 },
      ],
      businessAssociate: false,
      status: "open",
      closed: null,
      riskReview: null,
      createdBy: { name: "Maria Lopez" },
    });
    expect(detail.incident.assets).toEqual([{ id: laptop!.id, name: laptop!.name, kind: laptop!.kind, analysisYear: 2025, retired: false }]);
    expect(detail.breachState).toBe("to-assess");
    expect(detail.assessment?.outcome).toEqual({ kind: "incomplete", nextStep: "exceptions" });

    const second = await recordIncident(c, { title: "Phishing e-mail clicked", phi: "none", informationTypes: [], individualsAffected: null, residents: [] });
    expect(second.incident.number).toBe(2);
    expect(second.assessment).toBeNull();
    expect(second.breachState).toBe("not-applicable");
    expect(second.deadlines).toMatchObject({ applies: false, items: [] });

    const list = await c.must("incidents.list", {});
    expect(list.map((row) => [row.number, row.title, row.breachState])).toEqual([
      [2, "Phishing e-mail clicked", "not-applicable"],
      [1, STOLEN_LAPTOP.title, "to-assess"],
    ]);
    expect(list[1]!.nextDeadline).toMatchObject({ recipient: "individuals", dueDate: "2025-05-02" });

    const audit = await c.must("audit.list", { filter: { action: "incident.recorded" }, offset: 0, limit: 10 });
    expect(audit.entries.map((entry) => entry.summary)).toContain(`Recorded incident 1: “${STOLEN_LAPTOP.title}”, discovered 2025-03-03`);
  });

  it("refuses impossible facts with a message on the field, and keeps nothing", async () => {
    const c = await incidentCore(cores);
    const before = await refused(c, "incidents.create", { incident: { ...STOLEN_LAPTOP, occurredOn: "2025-03-05" } });
    expect(before).toMatchObject({ code: "VALIDATION", fields: { "incident.discoveredOn": "It can't have been discovered before it happened." } });
    const future = await refused(c, "incidents.create", { incident: { ...STOLEN_LAPTOP, occurredOn: null, discoveredOn: "2099-01-01" } });
    expect(future).toMatchObject({ code: "VALIDATION", fields: { "incident.discoveredOn": "The discovery date can't be in the future." } });
    const tooMany = await refused(c, "incidents.create", { incident: { ...STOLEN_LAPTOP, individualsAffected: 10 } });
    expect(tooMany.fields?.["incident.individualsAffected"]).toMatch(/add up to 40, more than the 10 people/);
    const twice = await refused(c, "incidents.create", { incident: { ...STOLEN_LAPTOP, residents: [{ state: "IL", count: 1 }, { state: "il", count: 2 }] } });
    expect(twice.fields?.["incident.residents.1.state"]).toBe("This State is listed twice.");
    const badState = await refused(c, "incidents.create", { incident: { ...STOLEN_LAPTOP, residents: [{ state: "ZZ", count: 1 }] } });
    expect(badState.fields?.["incident.residents.0.state"]).toBe("Choose a State or jurisdiction.");
    const ba = await refused(c, "incidents.create", { incident: { ...STOLEN_LAPTOP, businessAssociate: true } });
    expect(ba.fields?.["incident.coveredEntityName"]).toBe("Name the covered entity whose information it is.");
    const notAnAsset = await refused(c, "incidents.create", { incident: { ...STOLEN_LAPTOP, assetIds: ["6f1c2b9e-8a4d-4c3e-9b1a-2d3e4f5a6b7c"] } });
    expect(notAnAsset.fields?.["incident.assetIds"]).toMatch(/current risk analysis/);
    expect(await c.must("incidents.list", {})).toEqual([]);
  });

  it("records triage, containment and recovery steps with who and when, and edits one", async () => {
    const c = await incidentCore(cores);
    const { incident } = await recordIncident(c);
    const step = (phase: "triage" | "containment" | "recovery", action: string, doneOn: string, doneTime: string | null = null) => ({
      incidentId: incident.id,
      step: { phase, action, doneBy: "Maria Lopez", doneOn, doneTime },
    });
    await c.must("incidents.steps.add", step("recovery", "Restored the schedule from the nightly backup onto a new laptop", "2025-03-05"));
    await c.must("incidents.steps.add", step("triage", "Asked Jamal what was on the laptop", "2025-03-03", "08:30"));
    const detail = await c.must("incidents.steps.add", step("containment", "Changed Jamal's passwords and revoked the laptop's access", "2025-03-03", "09:10"));
    expect(detail.steps.map((s) => [s.phase, s.doneOn, s.doneTime])).toEqual([
      ["triage", "2025-03-03", "08:30"],
      ["containment", "2025-03-03", "09:10"],
      ["recovery", "2025-03-05", null],
    ]);
    expect(detail.steps[0]).toMatchObject({ doneBy: "Maria Lopez", recordedBy: { name: "Maria Lopez" } });

    const edited = await c.must("incidents.steps.update", { id: detail.steps[2]!.id, step: { ...step("recovery", "Restored the schedule from the backup", "2025-03-06").step, doneBy: "Acme IT" } });
    expect(edited.steps[2]).toMatchObject({ action: "Restored the schedule from the backup", doneBy: "Acme IT", doneOn: "2025-03-06" });
    const future = await refused(c, "incidents.steps.add", step("triage", "Later", "2099-01-01"));
    expect(future).toMatchObject({ code: "VALIDATION", fields: { "step.doneOn": "The date can't be in the future." } });
    const audit = await c.must("audit.list", { filter: { action: "incident.step-updated" }, offset: 0, limit: 10 });
    expect(audit.entries[0]!.summary).toMatch(/Changed a step \(recovery\) of Incident 1/);
  });

  it("edits the facts, moves the status along, and refuses changes to a closed incident until reopened", async () => {
    const c = await incidentCore(cores);
    const { incident } = await recordIncident(c, { phi: "none", informationTypes: [], individualsAffected: null, residents: [] });
    const edited = await c.must("incidents.update", { id: incident.id, incident: { ...STOLEN_LAPTOP, phi: "none", informationTypes: [], individualsAffected: null, residents: [], title: "Laptop stolen (no patient data)" } });
    expect(edited.incident.title).toBe("Laptop stolen (no patient data)");
    expect((await c.must("incidents.setStatus", { id: incident.id, status: "contained" })).incident.status).toBe("contained");
    const closed = await c.must("incidents.setStatus", { id: incident.id, status: "closed", note: "Nothing on it but the lunch menu." });
    expect(closed.incident.closed).toMatchObject({ by: { name: "Maria Lopez" }, note: "Nothing on it but the lunch menu." });
    expect(await refused(c, "incidents.update", { id: incident.id, incident: { ...STOLEN_LAPTOP, phi: "none" } })).toMatchObject({
      code: "CONFLICT",
      message: "Incident 1 is closed. Reopen it to make changes.",
    });
    const reopened = await c.must("incidents.setStatus", { id: incident.id, status: "open" });
    expect(reopened.incident).toMatchObject({ status: "open", closed: null });
    const actions = (await c.must("audit.list", { filter: {}, offset: 0, limit: 50 })).entries.map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(["incident.updated", "incident.status-changed", "incident.closed", "incident.reopened"]));
  });

  it("can't be closed while patient information may be involved and the assessment is not signed off", async () => {
    const c = await incidentCore(cores);
    const { incident, closeBlockers } = await recordIncident(c);
    expect(closeBlockers).toEqual([expect.stringMatching(/sign it off/)]);
    const error = await refused(c, "incidents.setStatus", { id: incident.id, status: "closed" });
    expect(error).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/^Incident 1 can't be closed yet\./) });
  });

  it("opens a review task for the risk analysis, once", async () => {
    const c = await incidentCore(cores);
    const { incident } = await recordIncident(c);
    const detail = await c.must("incidents.openRiskReview", { id: incident.id });
    expect(detail.incident.riskReview).toMatchObject({ resolvedByYear: null });
    const { reviewTasks } = await c.must("risk.list", {});
    const task = reviewTasks.find((t) => t.kind === "trigger");
    expect(task).toMatchObject({ kind: "trigger", trigger: { id: detail.incident.riskReview!.triggerId, kind: "incident", note: `Incident 1: ${STOLEN_LAPTOP.title}`, occurredOn: "2025-03-03" } });
    expect(await refused(c, "incidents.openRiskReview", { id: incident.id })).toMatchObject({ code: "CONFLICT" });
  });

  it("lets Staff record and Read-only look, but not change", async () => {
    const c = await incidentCore(cores);
    await signInAs(c, STAFF);
    const { incident } = await recordIncident(c);
    await signInAs(c, READER);
    expect((await c.must("incidents.get", { id: incident.id })).incident.title).toBe(STOLEN_LAPTOP.title);
    expect(await refused(c, "incidents.create", { incident: STOLEN_LAPTOP })).toMatchObject({ code: "FORBIDDEN" });
    expect(await refused(c, "incidents.steps.add", { incidentId: incident.id, step: { phase: "triage", action: "Look", doneBy: "Ann", doneOn: "2025-03-03" } })).toMatchObject({
      code: "FORBIDDEN",
    });
    await signInAsAdmin(c);
    expect(await refused(c, "incidents.get", { id: "6f1c2b9e-8a4d-4c3e-9b1a-2d3e4f5a6b7c" })).toMatchObject({ code: "NOT_FOUND" });
  });
});
