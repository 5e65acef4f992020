import { createHash } from "node:crypto";
import { cpSync } from "node:fs";
import { join } from "node:path";
import type { Database } from "better-sqlite3-multiple-ciphers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChannelName } from "../../../src/shared/ipc/contract";
import type { Result } from "../../../src/shared/result";
import { dayInZone } from "../../../src/shared/time/zonedTime";
import { createAppCore, type AppCore } from "../../../src/main/core/appCore";
import { buildSamplePractice, SAMPLE_PROFILE } from "../../../src/main/sample/buildSamplePractice";
import { countRecords, growPracticeHistory, type TenYearCounts } from "../../../src/main/sample/tenYearPractice";
import { MB, planForYears } from "../../../src/main/sample/tenYearPlan";
import { FAST_TEST_KDF } from "../../../src/main/vault/kdf";
import { closeVault, findUserSlot, inspectVaultFolder, openVault } from "../../../src/main/vault/vault";
import { screenCalls, type Dispatch } from "../../support/screenCalls";
import { makeTempDir } from "../../support/tempVault";

const ADMIN = { username: "dana", password: "ten years of dental records" };
const VAULT = { kdf: FAST_TEST_KDF };
/** A small growth: three years, a few of everything, 2 MB of files and 20,000 audit entries. */
const PLAN = planForYears(3, {
  people: 20,
  vendors: 10,
  latestRisks: 60,
  trainingRecords: 200,
  incidents: 8,
  policyVersions: 30,
  attachmentBytes: 2 * MB,
  auditEntries: 20_000,
});

const temp = makeTempDir("safeguard-ten-year-");
const folder = (name: string) => join(temp.path, name);

/** A copy of the one sample made for this file, grown with `seed`. */
async function grown(name: string, seed: number): Promise<TenYearCounts> {
  cpSync(folder("sample"), folder(name), { recursive: true });
  return growPracticeHistory(folder(name), { ...ADMIN, plan: { ...PLAN, seed }, vault: VAULT });
}

async function withDatabase<T>(name: string, read: (db: Database) => T): Promise<T> {
  const state = inspectVaultFolder(folder(name));
  if (state.state !== "present") throw new Error("no vault");
  const vault = await openVault(folder(name), findUserSlot(state.slots, ADMIN.username), ADMIN.password, VAULT);
  try {
    return read(vault.db);
  } finally {
    closeVault(vault);
  }
}

/** A fingerprint of rows the growth writes, the audit chain's head among them (it covers every entry). */
function digest(db: Database): string {
  const queries = [
    "SELECT id, full_name, job_title, hire_date, termination_date FROM workforce_members ORDER BY full_name, hire_date",
    "SELECT m.full_name, c.completed_on, c.trainer, c.ack_wording FROM training_completions c JOIN workforce_members m ON m.id = c.member_id ORDER BY c.id",
    "SELECT name, baa_status, baa_signed_date, baa_review_date, ended_on FROM vendors ORDER BY name",
    "SELECT year, status, finalized_at FROM assessments ORDER BY year",
    "SELECT a.year, p.vulnerability, p.residual_level, p.treatment FROM risk_pairs p JOIN risk_analyses a ON a.id = p.analysis_id ORDER BY p.id",
    "SELECT number, title, discovered_on, status FROM incidents ORDER BY number",
    "SELECT title, number, created_on, status, retain_until FROM policy_versions ORDER BY title, number",
    "SELECT sha256 FROM evidence UNION ALL SELECT sha256 FROM vendor_files UNION ALL SELECT sha256 FROM training_certificates UNION ALL SELECT evidence_sha256 FROM task_completions WHERE evidence_sha256 IS NOT NULL ORDER BY 1",
    "SELECT value FROM meta WHERE key = 'audit_head'",
  ];
  const hash = createHash("sha256");
  for (const sql of queries) hash.update(JSON.stringify(db.prepare(sql).raw().all()));
  return hash.digest("hex");
}

let first: TenYearCounts;
let again: TenYearCounts;
let other: TenYearCounts;

beforeAll(async () => {
  const year = Number(dayInZone(new Date(), SAMPLE_PROFILE.timeZone).slice(0, 4));
  await buildSamplePractice(folder("sample"), { ...ADMIN, year, vault: VAULT });
  first = await grown("first", PLAN.seed);
  again = await grown("again", PLAN.seed);
  other = await grown("other", PLAN.seed + 1);
}, 300_000);

afterAll(() => temp.remove());

describe("the grown practice", () => {
  it("reaches every planned count, the sample's records included", () => {
    expect(first).toMatchObject({
      years: 3,
      people: PLAN.people,
      vendors: PLAN.vendors,
      assessments: 3,
      riskAnalyses: 3,
      latestRisks: PLAN.latestRisks,
      trainingRecords: PLAN.trainingRecords,
      incidents: PLAN.incidents,
      policyVersions: PLAN.policyVersions,
      auditEntries: PLAN.auditEntries,
    });
    // The sample's own small PDFs come on top of the planned bytes.
    expect(first.attachmentBytes).toBeGreaterThanOrEqual(PLAN.attachmentBytes);
    expect(first.attachmentBytes).toBeLessThan(PLAN.attachmentBytes + MB);
    expect(first.formerPeople).toBeGreaterThan(1);
  });

  it("is the same practice from the same seed, and another from another seed", async () => {
    expect(again).toEqual(first);
    const [a, b, c] = [await withDatabase("first", digest), await withDatabase("again", digest), await withDatabase("other", digest)];
    expect(b).toBe(a);
    expect(c).not.toBe(a);
    expect(other.trainingRecords).toBe(first.trainingRecords);
  });

  it("stays small without its files: well under the 100 MB a ten-year vault may take", async () => {
    const bytes = await withDatabase("first", (db) => {
      const page = db.pragma("page_size", { simple: true }) as number;
      const pages = db.pragma("page_count", { simple: true }) as number;
      const files = db.prepare("SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name IN ('evidence', 'vendor_files', 'training_certificates', 'task_completions') AND pagetype = 'overflow'").pluck().get() as number;
      return page * pages - files;
    });
    expect(bytes).toBeLessThan(100 * MB);
    // Twenty thousand audit entries and the rest: a few MB, so a million entries would be the bulk of a ten-year vault.
    expect(bytes).toBeLessThan(20 * MB);
    expect(await withDatabase("first", (db) => countRecords(db, 3).auditEntries)).toBe(PLAN.auditEntries);
  });
});

describe("the grown vault in the app", () => {
  let core: AppCore;
  const dispatch: Dispatch = (channel, payload) => core.dispatch(channel, payload);
  const must = async (channel: ChannelName, payload: unknown) => {
    const result = (await dispatch(channel, payload)) as Result<unknown>;
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
    return result.value as never;
  };

  beforeAll(async () => {
    core = createAppCore({ vaultDir: folder("first"), kdf: FAST_TEST_KDF, reportInternalError: () => undefined });
    await must("session.unlock", ADMIN);
  });
  afterAll(() => core.close());

  it("passes the vault check: the database is intact and so is the whole audit chain", async () => {
    const check = (await must("vault.check", {})) as { databaseProblems: string[]; audit: { intact: boolean; checked: number } };
    expect(check.databaseProblems).toEqual([]);
    expect(check.audit.intact).toBe(true);
    expect(check.audit.checked).toBeGreaterThanOrEqual(PLAN.auditEntries);
  });

  it("keeps every foreign key", async () => {
    core.close();
    try {
      expect(await withDatabase("first", (db) => db.pragma("foreign_key_check"))).toEqual([]);
    } finally {
      core = createAppCore({ vaultDir: folder("first"), kdf: FAST_TEST_KDF, reportInternalError: () => undefined });
      await must("session.unlock", ADMIN);
    }
  });

  it("answers every screen's requests without an error", async () => {
    const calls = await screenCalls(dispatch);
    expect(calls.length).toBeGreaterThan(15);
    for (const call of calls) {
      const result = await dispatch(call.channel, call.input);
      expect(result.ok ? "ok" : `${call.channel}: ${result.error.message}`).toBe("ok");
    }
  });

  it("reads each part's records back through its channels", async () => {
    const assessments = (await must("assessment.list", {})) as { id: string; year: number; status: string }[];
    expect(assessments.map((assessment) => assessment.status).sort()).toEqual(["finalized", "finalized", "in-progress"]);
    const oldest = assessments.sort((a, b) => a.year - b.year)[0]!;
    const results = (await must("assessment.results", { assessmentId: oldest.id })) as { gaps: { actionItem: unknown }[] };
    expect(results.gaps.every((gap) => gap.actionItem !== null)).toBe(true);
    const evidence = (await must("evidence.list", { assessmentId: oldest.id })) as { id: string; sha256: string }[];
    if (evidence[0]) {
      const file = (await must("evidence.download", { evidenceId: evidence[0].id })) as { contentBase64: string };
      expect(createHash("sha256").update(Buffer.from(file.contentBase64, "base64")).digest("hex")).toBe(evidence[0].sha256);
    }

    const year = Number(dayInZone(new Date(), SAMPLE_PROFILE.timeZone).slice(0, 4));
    const history = (await must("risk.get", { year: year - 2 })) as { analysis: { status: string }; readiness: { ready: boolean } };
    expect(history.analysis.status).toBe("finalized");
    await must("risk.compare", { year: year - 1 });
    await must("risk.heatMap", { year });
    const register = (await must("risk.register", { year, limit: 1000, filter: { levelBasis: "residual", includeRetiredAssets: true } })) as { total: number };
    expect(register.total).toBe(PLAN.latestRisks);

    const roster = (await must("workforce.list", {})) as { id: string; terminationDate: string | null }[];
    const former = roster.find((member) => member.terminationDate !== null)!;
    const detail = (await must("workforce.get", { memberId: former.id })) as { removalSteps: { doneAt: string | null }[]; completionCount: number };
    expect(detail.removalSteps.every((step) => step.doneAt !== null)).toBe(true);
    const page = (await must("training.completions.page", { memberId: former.id, offset: 0, limit: 100 })) as { total: number };
    expect(page.total).toBe(detail.completionCount);

    const vendors = (await must("vendors.list", {})) as { vendors: { id: string }[] };
    for (const vendor of vendors.vendors) await must("vendors.get", { vendorId: vendor.id });

    const incidents = (await must("incidents.list", {})) as { id: string; status: string }[];
    expect(incidents).toHaveLength(PLAN.incidents);
    for (const incident of incidents) await must("incidents.get", { id: incident.id });
    await must("incidents.smallBreaches", { year: year - 2 });

    const policies = (await must("policies.list", {})) as { policies: { id: string; templateId: string | null }[] };
    for (const policy of policies.policies.filter((candidate) => candidate.templateId === null)) {
      const one = (await must("policies.get", { policyId: policy.id })) as { inEffect: unknown; versions: unknown[] };
      expect(one.inEffect).not.toBeNull();
      expect(one.versions.length).toBeGreaterThan(1);
    }

    const tasks = (await must("tasks.list", { filter: "all" })) as { entries: { task: { id: string } | null }[] };
    const task = tasks.entries.find((entry) => entry.task)!.task!;
    expect(((await must("tasks.history", { id: task.id })) as unknown[]).length).toBeGreaterThan(0);

    const log = (await must("audit.list", { filter: {}, offset: 0, limit: 100 })) as { total: number };
    expect(log.total).toBeGreaterThanOrEqual(PLAN.auditEntries);
    await must("reports.register", {});
  });
});
