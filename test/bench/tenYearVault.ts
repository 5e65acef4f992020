import { performance } from "node:perf_hooks";
import { buildTenYearPractice, type TenYearCounts } from "../../src/main/sample/tenYearPractice";
import { MB, planForYears, TEN_YEAR_PLAN, type TenYearPlan } from "../../src/main/sample/tenYearPlan";
import { makeTempDir } from "../support/tempVault";

export const BENCH_ADMIN = { username: "dana", password: "ten years of dental records" };

export interface BenchVault {
  folder: string;
  plan: TenYearPlan;
  counts: TenYearCounts;
  growMs: number;
  /** What the vault is, in a few words, for each figure's baseline. */
  describe: string;
  remove: () => void;
}

/**
 * The ten-year practice the scale figures are measured on, made once per run with the real KDF (so
 * unlock is measured as a person meets it). `--quick` grows a three-year practice with 30 MB of files
 * instead, and every figure measured on it says so in its baseline. Its audit log still has the
 * 1,000,000 entries the chain check's target names: the check's fixed costs (the live entries, the
 * first runs) weigh more in a shorter log, so a smaller one would not show whether that target is met.
 */
export async function buildBenchVault(quick: boolean): Promise<BenchVault> {
  const plan = quick ? planForYears(3, { attachmentBytes: 30 * MB, auditEntries: TEN_YEAR_PLAN.auditEntries }) : TEN_YEAR_PLAN;
  const temp = makeTempDir("safeguard-bench-ten-year-");
  const started = performance.now();
  try {
    const counts = await buildTenYearPractice(temp.path, { ...BENCH_ADMIN, plan });
    const growMs = performance.now() - started;
    const kind = quick ? "QUICK RUN: a three-year practice instead of the ten-year one" : "the ten-year practice";
    const describe = `${kind} (${counts.people} people, ${counts.vendors} vendors, ${counts.assessments} assessments, ${counts.latestRisks} risks this year, ${counts.trainingRecords.toLocaleString("en-US")} training records, ${counts.incidents} incidents, ${counts.policyVersions} policy versions, ${Math.round(counts.attachmentBytes / MB)} MB of files, ${counts.auditEntries.toLocaleString("en-US")} audit entries)`;
    return { folder: temp.path, plan, counts, growMs, describe, remove: temp.remove };
  } catch (error) {
    temp.remove();
    throw error;
  }
}
