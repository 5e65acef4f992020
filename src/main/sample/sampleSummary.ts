import type { SampleDriver } from "./sampleDriver";

/** What the sample holds, read back through the channels once it is made, for `demo` to print. */
export interface SampleSummary {
  practiceName: string;
  year: number;
  accounts: number;
  people: { current: number; former: number };
  trainingSessions: number;
  /** People with at least one training topic overdue. */
  trainingOverdue: number;
  assessments: { year: number; status: string }[];
  riskAnalyses: { year: number; status: string; assets: number; risks: number }[];
  vendors: number;
  vendorWarnings: number;
  policies: number;
  policyDrafts: number;
  incidents: number;
  openDeadlines: number;
  tasks: number;
}

export async function summarizeSample(driver: SampleDriver, practiceName: string, year: number): Promise<SampleSummary> {
  const roster = await driver.must("workforce.list", {});
  const former = roster.filter((member) => member.terminationDate !== null).length;
  const risk = await driver.must("risk.list", {});
  const vendors = await driver.must("vendors.list", {});
  const policies = await driver.must("policies.list", {});
  const tasks = await driver.must("tasks.list", { filter: "all" });
  return {
    practiceName,
    year,
    accounts: (await driver.must("users.list", {})).filter((user) => user.active).length,
    people: { current: roster.length - former, former },
    trainingSessions: (await driver.must("training.sessions.list", {})).length,
    trainingOverdue: new Set((await driver.must("training.due", {})).overdue.map((item) => item.memberId)).size,
    assessments: (await driver.must("assessment.list", {})).map((a) => ({ year: a.year, status: a.status })).sort((a, b) => a.year - b.year),
    riskAnalyses: risk.analyses
      .map((a) => ({ year: a.year, status: a.status, assets: a.counts.assets, risks: a.counts.pairs }))
      .sort((a, b) => a.year - b.year),
    vendors: vendors.vendors.length,
    vendorWarnings: vendors.warnings.length,
    policies: policies.policies.length,
    policyDrafts: policies.policies.filter((policy) => policy.hasDraft).length,
    incidents: (await driver.must("incidents.list", {})).length,
    openDeadlines: (await driver.must("incidents.deadlines", {})).length,
    tasks: tasks.entries.filter((entry) => entry.origin === "task").length,
  };
}
