import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAppCore, type AppCore } from "../../../src/main/core/appCore";
import { buildSamplePractice } from "../../../src/main/sample/buildSamplePractice";
import type { SampleSummary } from "../../../src/main/sample/sampleSummary";
import { FAST_TEST_KDF } from "../../../src/main/vault/kdf";
import type { ChannelInput, ChannelName, ChannelOutput } from "../../../src/shared/ipc/contract";
import { REPORT_KINDS } from "../../../src/shared/model/reports";
import { SAMPLE_PRACTICE_NAME } from "../../../src/shared/model/samplePractice";
import { calendarDateInZone } from "../../../src/shared/rules/calendarDates";
import { poppler } from "../reports/reportTestKit";
import { makeTempDir } from "../../support/tempVault";

const SIGN_IN = { username: "sample", password: "look around smile dental" };
const YEAR = Number(calendarDateInZone(new Date(), "America/Chicago").slice(0, 4));
const temp = makeTempDir("safeguard-sample-");
const vaultDir = join(temp.path, "vault");
let core: AppCore;
let summary: SampleSummary;

async function must<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await core.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
  return result.value as ChannelOutput<C>;
}

beforeAll(async () => {
  summary = await buildSamplePractice(vaultDir, { ...SIGN_IN, year: YEAR, vault: { kdf: FAST_TEST_KDF } });
  core = createAppCore({ vaultDir, kdf: FAST_TEST_KDF, reportInternalError: (error) => console.error(error) });
  await must("session.unlock", SIGN_IN);
}, 120_000);

afterAll(() => {
  core?.close();
  temp.remove();
});

describe("the sample practice", () => {
  it("is marked as sample data, with the published practice name", async () => {
    const session = await must("session.current", {});
    expect(session).toMatchObject({ samplePractice: true, practiceName: SAMPLE_PRACTICE_NAME, recoveryKeyConfirmed: true, user: { username: "sample", role: "administrator" } });
    expect(summary).toMatchObject({ practiceName: SAMPLE_PRACTICE_NAME, year: YEAR });
  });

  it("has last year's assessment and risk analysis finalized, and this year's in progress", async () => {
    const assessments = await must("assessment.list", {});
    expect(assessments.map((a) => [a.year, a.status]).sort()).toEqual([
      [YEAR - 1, "finalized"],
      [YEAR, "in-progress"],
    ]);
    const risk = await must("risk.list", {});
    expect(risk.analyses.map((a) => [a.year, a.status]).sort()).toEqual([
      [YEAR - 1, "finalized"],
      [YEAR, "in-progress"],
    ]);
    expect(risk.analyses.every((a) => a.counts.assets > 0 && a.counts.pairs > 0)).toBe(true);
    expect((await must("actionItems.list", {})).length).toBeGreaterThan(0);
  });

  it("has the office's people, one who left with the access-removal checklist done, and three app accounts", async () => {
    const users = await must("users.list", {});
    expect(users.filter((user) => user.active).map((user) => user.role).sort()).toEqual(["administrator", "readonly", "staff"]);
    expect(users.find((user) => user.username === "rsimmons")).toMatchObject({ active: false });
    const roster = await must("workforce.list", {});
    expect(roster).toHaveLength(10);
    expect(roster.filter((member) => member.account !== null).length).toBeGreaterThanOrEqual(3);
    const former = roster.filter((member) => member.terminationDate !== null);
    expect(former).toHaveLength(1);
    expect(former[0]!.terminationDate!.slice(0, 4)).toBe(String(YEAR - 1));
    expect(former[0]!.openRemovalSteps).toBe(0);
    const detail = await must("workforce.get", { memberId: former[0]!.id });
    expect(detail.removalSteps.map((step) => step.step)).toContain("app-account");
    expect(detail.removalSteps.every((step) => step.doneAt !== null && step.note.length > 0)).toBe(true);
  });

  it("has training sessions last year and this year, signed by each person in their own name, a certificate, and one person overdue", async () => {
    const sessions = await must("training.sessions.list", {});
    expect(sessions.map((session) => session.heldOn.slice(0, 4)).sort()).toEqual([String(YEAR - 1), String(YEAR)]);
    expect(sessions.every((session) => session.attendeeCount >= 7)).toBe(true);
    const roster = await must("workforce.list", {});
    let certificates = 0;
    for (const member of roster) {
      const { completions } = await must("workforce.get", { memberId: member.id });
      expect(completions.length).toBeGreaterThan(0);
      for (const completion of completions) {
        expect(completion.acknowledgment.typedName).toBe(member.fullName);
        expect(completion.acknowledgment.wording).toContain(`I, ${member.fullName}, completed security awareness training`);
        certificates += completion.certificates.length;
      }
    }
    expect(certificates).toBe(1);
    const due = await must("training.due", {});
    expect(due.overdue.length).toBeGreaterThan(0);
    expect(new Set(due.overdue.map((item) => item.memberName))).toEqual(new Set(["Tyler Brooks"]));
    expect(due.overdue.every((item) => item.kind === "refresher")).toBe(true);
    expect(roster.find((member) => member.fullName === "Tyler Brooks")).toMatchObject({ training: "overdue" });
  });

  it("has six vendors: signed BAAs on file, one review coming up, one requested and one expired, and the lab that needs none", async () => {
    const register = await must("vendors.list", {});
    expect(register.vendors).toHaveLength(6);
    const byStatus = (status: string) => register.vendors.filter((vendor) => vendor.baaStatus === status);
    expect(byStatus("signed")).toHaveLength(3);
    expect(byStatus("signed").every((vendor) => vendor.fileCount === 1)).toBe(true);
    expect(byStatus("requested")).toHaveLength(1);
    expect(byStatus("expired")).toHaveLength(1);
    const lab = byStatus("not-needed")[0]!;
    expect(lab.baaNotNeededReason).toContain("45 CFR 164.502(e)(1)(ii)(A)");
    expect(lab.warnings).toEqual([]);
    const warnings = await must("vendors.warnings", {});
    expect(warnings.map((warning) => warning.kind).sort()).toEqual(["baa-expired", "baa-requested", "review-due"]);
    const software = register.vendors.find((vendor) => vendor.name === "BrightChart Dental Software")!;
    const detail = await must("vendors.get", { vendorId: software.id });
    expect(detail.questionnaire).not.toBeNull();
    const file = await must("vendors.files.download", { fileId: detail.files[0]!.id });
    expect(Buffer.from(file.contentBase64, "base64").subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("has the policy set in effect, one edited policy waiting for approval, and staff acknowledgments", async () => {
    const list = await must("policies.list", {});
    expect(list.missingTemplates).toEqual([]);
    expect(list.policies.length).toBeGreaterThan(10);
    expect(list.policies.every((policy) => policy.inEffect !== null)).toBe(true);
    const drafts = list.policies.filter((policy) => policy.hasDraft);
    expect(drafts.map((policy) => policy.templateId)).toEqual(["device-media"]);
    const detail = await must("policies.get", { policyId: drafts[0]!.id });
    expect(detail.draft).toMatchObject({ number: 2, source: "edit" });
    expect(detail.draft!.body).toContain("## Intraoral sensors");
    const acknowledgments = list.policies.reduce((sum, policy) => sum + (policy.inEffect?.acknowledgments ?? 0), 0);
    expect(acknowledgments).toBeGreaterThanOrEqual(8);
  });

  it("has three incidents: one closed last year, a lost encrypted phone, and a small breach with its deadlines", async () => {
    const incidents = (await must("incidents.list", {})).sort((a, b) => a.number - b.number);
    expect(incidents.map((incident) => [incident.discoveredOn.slice(0, 4), incident.breachState, incident.status])).toEqual([
      [String(YEAR - 1), "not-a-breach", "closed"],
      [String(YEAR), "not-a-breach", "closed"],
      [String(YEAR), "breach", "recovered"],
    ]);
    const breach = await must("incidents.get", { id: incidents[2]!.id });
    expect(breach.assessment?.signedOff).not.toBeNull();
    expect(breach.letterSaved).not.toBeNull();
    expect(breach.notices.map((notice) => notice.recipient)).toEqual(["individuals"]);
    expect(breach.incident.individualsAffected).toBe(3);
    expect(breach.deadlines.items.map((item) => [item.recipient, item.sent])).toEqual(expect.arrayContaining([["individuals", true], ["hhs", false]]));
    const phone = await must("incidents.get", { id: incidents[1]!.id });
    expect(phone.assessment).toMatchObject({ safeHarbor: "secured", outcome: { kind: "not-a-breach", basis: "secured" } });
    const open = await must("incidents.deadlines", {});
    expect(open).toEqual([expect.objectContaining({ incidentId: breach.incident.id, recipient: "hhs", dueDate: `${YEAR + 1}-03-01` })]);
    const log = await must("incidents.smallBreaches", { year: YEAR });
    expect(log).toMatchObject({ unreported: 1, entries: [expect.objectContaining({ individualsAffected: 3, reportedToHhsOn: null })] });
  });

  it("has the standing tasks, two of them done with notes", async () => {
    const list = await must("tasks.list", { filter: "all" });
    const tasks = list.entries.flatMap((entry) => (entry.task ? [entry.task] : []));
    expect(tasks.length).toBeGreaterThanOrEqual(8);
    const done = tasks.filter((task) => task.lastCompletion !== null);
    expect(done.map((task) => task.kind).sort()).toEqual(["access-review", "audit-log-review"]);
    expect(done.every((task) => task.lastCompletion!.notes.length > 20)).toBe(true);
  });

  it("sums itself up with the counts the records hold", () => {
    expect(summary).toMatchObject({
      accounts: 3,
      people: { current: 9, former: 1 },
      trainingSessions: 2,
      trainingOverdue: 1,
      vendors: 6,
      vendorWarnings: 3,
      policyDrafts: 1,
      incidents: 3,
      openDeadlines: 1,
    });
  });

  // Each document is made in a worker, like in the app: seconds each on a busy machine.
  it.each(REPORT_KINDS)("previews the %s report (when available), saying SAMPLE DATA and naming the sample practice", async (kind) => {
    const info = (await must("reports.kinds", {})).find((candidate) => candidate.kind === kind)!;
    if (!info.available) {
      expect(info.unavailableReason).toBeTruthy();
      return;
    }
    const preview = await must("reports.preview", { kind, period: {} });
    expect(preview.pageCount).toBeGreaterThan(0);
    const file = join(temp.path, `${kind}.pdf`);
    writeFileSync(file, Buffer.from(preview.pdfBase64, "base64"));
    const text = poppler("pdftotext", [file, "-"]).output.replace(/\s+/g, " ");
    expect(text).toContain("SAMPLE DATA");
    expect(text).toContain(SAMPLE_PRACTICE_NAME);
  }, 300_000);

  it("marks the letters it makes as sample data too: the BAA request, the draft BAA and the breach letter", async () => {
    const textOf = (name: string, pdfBase64: string) => {
      const file = join(temp.path, name);
      writeFileSync(file, Buffer.from(pdfBase64, "base64"));
      return poppler("pdftotext", [file, "-"]).output.replace(/\s+/g, " ");
    };
    const requested = (await must("vendors.list", {})).vendors.find((vendor) => vendor.baaStatus === "requested")!;
    const letters = [
      await must("vendors.documents.requestLetter", { vendorId: requested.id }),
      await must("vendors.documents.baaDraft", { vendorId: requested.id }),
    ];
    const breach = (await must("incidents.list", {})).find((incident) => incident.breachState === "breach")!;
    letters.push(await must("incidents.letter.pdf", { incidentId: breach.id }));
    for (const letter of letters) expect(textOf(letter.fileName, letter.pdfBase64)).toContain("SAMPLE DATA: every person, record and date in this document is made up.");
  }, 120_000);

  it("has at least the program's documents available as reports", async () => {
    const available = (await must("reports.kinds", {})).filter((kind) => kind.available).map((kind) => kind.kind);
    expect(available).toEqual(expect.arrayContaining(["annual-risk-analysis", "gap-assessment", "remediation-plan", "vendors", "training", "incidents", "policies"]));
  });
});
