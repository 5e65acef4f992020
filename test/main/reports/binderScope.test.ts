import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Database } from "better-sqlite3-multiple-ciphers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { iterateAudit } from "../../../src/main/audit/auditLog";
import type { AuditLogReportData } from "../../../src/main/reports/documents/auditLogReport";
import { binderReport, type BinderPart } from "../../../src/main/reports/documents/binderReport";
import type { IncidentsReportData } from "../../../src/main/reports/documents/incidentsReport";
import type { PoliciesReportData } from "../../../src/main/reports/documents/policiesReport";
import type { RemediationPlanReportData } from "../../../src/main/reports/documents/remediationPlanReport";
import { spansSeveralYears } from "../../../src/main/reports/documents/reportYear";
import type { TrainingReportData } from "../../../src/main/reports/documents/trainingReport";
import { readPractice } from "../../../src/main/services/practiceService";
import { closeVault, findUserSlot, inspectVaultFolder, openVault } from "../../../src/main/vault/vault";
import { inPeriod, resolvePeriod, type ReportPeriod } from "../../../src/shared/model/reportPeriod";
import { dayInZone } from "../../../src/shared/time/zonedTime";
import { RECORDS_YEAR, seedYearOfRecords } from "../../support/practiceRecords";
import { ADMIN } from "../../support/testCore";
import { appendEntries, disposeVaults, ordinaryEntries, poppler, practiceVault } from "./reportTestKit";

/**
 * What each part of the Compliance Binder holds for a year and for everything on record: a year's
 * binder is that year's records; a binder of several years counts what piles up year after year
 * (training, the audit log) instead of listing it.
 */

let c: Awaited<ReturnType<typeof practiceVault>>;
let db: Database;
let close: () => void;
/** The text of a signed binder of everything on record. */
let allYearsText: string;
let allYearsOutline: { title: string; kids: { title: string }[] }[];
const THIS_YEAR = Number(dayInZone(new Date(), "America/Chicago").slice(0, 4));

beforeAll(async () => {
  c = await practiceVault();
  await seedYearOfRecords(c);
  // Some of last year's activity in the audit log, and a policy changed once so that an earlier version is kept.
  await appendEntries(c, ordinaryEntries(40, Date.parse(`${RECORDS_YEAR - 1}-03-02T15:00:00Z`)));
  const policies = await c.must("policies.list", {});
  const program = policies.policies.find((policy) => policy.templateId === "security-program")!;
  const detail = await c.must("policies.get", { policyId: program.id });
  const edited = await c.must("policies.edit", {
    policyId: program.id,
    baseVersionId: detail.inEffect!.id,
    title: detail.inEffect!.title,
    body: `${detail.inEffect!.body}\n\nThe Security Official reports to the dentist every quarter.`,
    changeSummary: "Quarterly reports to the dentist.",
  });
  await c.must("policies.approve", { versionId: edited.draft!.id });
  // The laptop-encryption gap is done now: before next year's plan begins.
  const [item] = await c.must("actionItems.list", { status: "open", assignedToMe: false });
  await c.must("actionItems.update", { id: item!.id, status: "done" });

  const exported = await c.must("reports.export", { kind: "binder", period: {} });
  const file = join(c.folder, exported.fileName);
  writeFileSync(file, Buffer.from(exported.pdfBase64, "base64"));
  allYearsText = poppler("pdftotext", [file, "-"]).output.replace(/\s+/g, " ");
  allYearsOutline = (JSON.parse(poppler("qpdf", ["--json", file]).output) as { outlines: typeof allYearsOutline }).outlines;

  await c.must("session.lock", { reason: "user" });
  const state = inspectVaultFolder(c.folder);
  if (state.state !== "present") throw new Error("no vault");
  const vault = await openVault(c.folder, findUserSlot(state.slots, ADMIN.username), ADMIN.password);
  db = vault.db;
  close = () => closeVault(vault);
}, 300_000);

afterAll(() => {
  close?.();
  disposeVaults();
});

/** The binder's parts as collected for a period, by kind. */
function binderParts(period: ReportPeriod): Record<string, BinderPart> {
  const practice = readPractice(db);
  const data = binderReport.collect({ db, practice, now: new Date(), period: resolvePeriod(period, practice.timeZone) });
  return Object.fromEntries(data.parts.map((part) => [part.kind, part]));
}

function partData<T>(part: BinderPart | undefined): T {
  if (!part?.available) throw new Error(`The part is not available: ${part && !part.available ? part.reason : "missing"}`);
  return part.data as T;
}

describe("a year's Compliance Binder", () => {
  it("holds the year's training records with their signed statements, and not the year before's", () => {
    const training = partData<TrainingReportData>(binderParts({ year: RECORDS_YEAR }).training);
    expect(training.byYear).toBeUndefined();
    expect(training.completions.map((completion) => [completion.memberName, completion.completedOn])).toEqual([
      ["Lee Chen", `${RECORDS_YEAR}-03-02`],
      ["Pat Kim", `${RECORDS_YEAR}-03-02`],
    ]);
    expect(training.completions.every((completion) => completion.acknowledgment.wording.includes(completion.memberName))).toBe(true);
    expect(training.sessions.map((session) => session.heldOn)).toEqual([`${RECORDS_YEAR}-03-02`]);
    // The last training day still comes from every record on file.
    expect(training.roster.find((member) => member.fullName === "Lee Chen")?.lastTrainedOn).toBe(`${RECORDS_YEAR}-03-02`);
    const lastYear = partData<TrainingReportData>(binderParts({ year: RECORDS_YEAR - 1 }).training);
    expect(lastYear.completions.map((completion) => completion.completedOn)).toEqual([`${RECORDS_YEAR - 1}-05-10`]);
  });

  it("counts the year's audit entries only, as the entries themselves say", () => {
    for (const year of [RECORDS_YEAR - 1, RECORDS_YEAR]) {
      const period = resolvePeriod({ year }, "America/Chicago");
      const audit = partData<AuditLogReportData>(binderParts({ year })["audit-log"]);
      const expected = [...iterateAudit(db, {})].filter((entry) => inPeriod(entry.at, period)).length;
      expect(audit.summaryOnly?.entries).toBe(expected);
      expect(audit.entries).toEqual([]);
    }
    expect(partData<AuditLogReportData>(binderParts({ year: RECORDS_YEAR - 1 })["audit-log"]).summaryOnly?.entries).toBe(40);
  });

  it("holds the remediation items open at some time in the year, and leaves out those done before it or added after it", () => {
    const plan = (period: ReportPeriod) => partData<RemediationPlanReportData>(binderParts(period)["remediation-plan"]);
    const title = "Turn on disk encryption on every laptop";
    // Done this year: in this year's plan.
    expect(plan({ year: THIS_YEAR }).items.map((item) => item.title)).toContain(title);
    // Done before next year began: left out of next year's plan, and counted.
    expect(plan({ year: THIS_YEAR + 1 }).items.map((item) => item.title)).not.toContain(title);
    expect(plan({ year: THIS_YEAR + 1 }).doneBefore).toBe(1);
    // From the assessment of RECORDS_YEAR and added after the year before it ended: not in that year's plan.
    expect(plan({ year: RECORDS_YEAR - 1 }).items.map((item) => item.title)).not.toContain(title);
    expect(plan({ year: RECORDS_YEAR - 1 }).addedAfter).toBe(1);
    // Over several years, what was done is counted by the year it was done.
    expect(plan({}).items.map((item) => item.title)).not.toContain(title);
    expect(plan({}).completedByYear).toEqual([{ year: String(THIS_YEAR), items: 1 }]);
    expect(plan({ year: THIS_YEAR }).completedByYear).toBeUndefined();
  });

  it("holds the policies in effect in full, and of earlier versions only their history", () => {
    const policies = partData<PoliciesReportData>(binderParts({ year: RECORDS_YEAR }).policies);
    const program = policies.policies.find((detail) => detail.policy.templateId === "security-program")!;
    expect(program.inEffect?.body).toContain("reports to the dentist every quarter");
    const earlier = program.versions.filter((version) => version.status === "superseded");
    expect(earlier).toHaveLength(1);
    expect(earlier[0]!.body).toBe("");
  });
});

describe("a Compliance Binder of everything on record", () => {
  it("counts training year by year instead of listing every record and statement", () => {
    const training = partData<TrainingReportData>(binderParts({}).training);
    expect(training.completions).toEqual([]);
    expect(training.sessions).toEqual([]);
    expect(training.byYear).toEqual([
      { year: String(RECORDS_YEAR - 1), sessions: 0, records: 1, people: 1 },
      { year: String(RECORDS_YEAR), sessions: 1, records: 2, people: 2 },
    ]);
    expect(partData<AuditLogReportData>(binderParts({})["audit-log"]).summaryOnly?.entries).toBe([...iterateAudit(db, {})].length);
  });

  it("describes only the incidents still open in full; the closed ones are in the log", () => {
    const year = partData<IncidentsReportData>(binderParts({ year: RECORDS_YEAR }).incidents);
    expect(year.openOnlyInFull).toBeUndefined();
    const all = partData<IncidentsReportData>(binderParts({}).incidents);
    expect(all.openOnlyInFull).toBe(true);
    expect(all.incidents.map((detail) => detail.incident.title)).toEqual(["Door left unlocked overnight", "Hygienist's laptop stolen from a car", "Phishing e-mail clicked at the front desk"]);
    const incidents = allYearsOutline.find((item) => item.title === "Part 7: Security Incident Log")!;
    const described = incidents.kids.map((kid) => kid.title).filter((title) => title.startsWith("Incident "));
    expect(described).toEqual(expect.arrayContaining(["Incident details", "Incident 3: Door left unlocked overnight", "Incident 1: Hygienist's laptop stolen from a car"]));
    expect(described.some((title) => title.includes("Phishing"))).toBe(false);
    expect(allYearsText).toContain("Phishing e-mail clicked at the front desk");
    expect(allYearsText).toContain("The 1 closed incident is listed in the incident log above");
  });

  it("says so in the PDF: a training-by-year table, no signed statements, and the audit summary of every entry", () => {
    expect(allYearsText).toContain("A binder of several years");
    expect(allYearsText).toContain("Part 5: Security Awareness Training Record");
    expect(allYearsText).toContain("This period covers several years, so the training is counted year by year.");
    expect(allYearsText).toMatch(new RegExp(`${RECORDS_YEAR - 1} 0 1 1 ${RECORDS_YEAR} 1 2 2 All years 1 3`));
    const training = allYearsOutline.find((item) => item.title === "Part 5: Security Awareness Training Record")!;
    expect(training.kids.map((kid) => kid.title)).toEqual(["About this record", "Training topics", "Training by year", "Workforce and training standing", "Training due"]);
    expect(allYearsText).toContain("Entries counted");
    expect(allYearsText).toContain("1 replaced version (version 1)");
  });
});

describe("whether a period runs over several years", () => {
  it.each([
    [{}, true],
    [{ year: 2024 }, false],
    [{ year: 2025 }, false],
    [{ from: "2025-03-01", to: "2026-02-28" }, false],
    [{ from: "2025-01-01", to: "2026-01-01" }, false],
    [{ from: "2025-01-01", to: "2026-01-02" }, true],
    [{ from: "2026-01-01" }, false],
    [{ from: "2024-01-01" }, true],
    [{ to: "2026-12-31" }, true],
  ] as [ReportPeriod, boolean][])("%o: %s", (period, expected) => {
    expect(spansSeveralYears(resolvePeriod(period, "America/Chicago"), "2026-11-28")).toBe(expected);
  });
});
