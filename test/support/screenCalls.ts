import type { ChannelInput, ChannelName, ChannelOutput } from "../../src/shared/ipc/contract";
import type { Result } from "../../src/shared/result";

export type Dispatch = (channel: ChannelName, payload: unknown) => Promise<Result<unknown>>;

/** One request a screen makes when it opens, with the screen's name for a table or a failure message. */
export interface ScreenCall {
  screen: string;
  channel: ChannelName;
  input: unknown;
}

async function must<C extends ChannelName>(dispatch: Dispatch, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value as ChannelOutput<C>;
}

/**
 * The requests behind each screen as it first opens, on whatever vault is signed in: the dashboard,
 * this year's assessment and its results, the risk register, the workforce roster with training due
 * and the person with the most training records, the vendor register, the incident log, the first
 * page of the audit log, and the reports list. Record ids are looked up first, the way a person
 * clicks from a list into a record.
 */
export async function screenCalls(dispatch: Dispatch): Promise<ScreenCall[]> {
  const assessments = await must(dispatch, "assessment.list", {});
  const assessment = [...assessments].sort((a, b) => b.year - a.year)[0];
  const analyses = await must(dispatch, "risk.list", {});
  const year = Math.max(...analyses.analyses.map((analysis) => analysis.year));
  const roster = await must(dispatch, "workforce.list", {});
  const vendors = await must(dispatch, "vendors.list", {});
  const incidents = await must(dispatch, "incidents.list", {});
  const policies = await must(dispatch, "policies.list", {});
  const calls: ScreenCall[] = [
    { screen: "dashboard", channel: "dashboard.get", input: {} },
    { screen: "assessment list", channel: "assessment.list", input: {} },
    ...(assessment
      ? [
          { screen: "assessment", channel: "assessment.get" as const, input: { assessmentId: assessment.id } },
          { screen: "assessment results", channel: "assessment.results" as const, input: { assessmentId: assessment.id } },
        ]
      : []),
    { screen: "risk analyses", channel: "risk.list", input: {} },
    { screen: "risk analysis", channel: "risk.get", input: { year } },
    { screen: "risk register", channel: "risk.register", input: { year } },
    { screen: "workforce roster", channel: "workforce.list", input: {} },
    { screen: "training due", channel: "training.due", input: {} },
    { screen: "training sessions", channel: "training.sessions.list", input: {} },
    { screen: "vendor register", channel: "vendors.list", input: {} },
    { screen: "incident log", channel: "incidents.list", input: {} },
    { screen: "policies", channel: "policies.list", input: {} },
    { screen: "tasks", channel: "tasks.list", input: { filter: "all" } },
    { screen: "audit log page", channel: "audit.list", input: { filter: {}, offset: 0, limit: 100 } },
    { screen: "reports list", channel: "reports.kinds", input: {} },
    { screen: "report register", channel: "reports.register", input: {} },
  ];
  const busiest = roster[0] ? await busiestMember(dispatch, roster.map((member) => member.id)) : null;
  if (busiest) calls.push({ screen: "training records of one person", channel: "workforce.get", input: { memberId: busiest } });
  if (vendors.vendors[0]) calls.push({ screen: "vendor", channel: "vendors.get", input: { vendorId: vendors.vendors[0].id } });
  if (incidents[0]) calls.push({ screen: "incident", channel: "incidents.get", input: { id: incidents[0].id } });
  if (policies.policies[0]) calls.push({ screen: "policy", channel: "policies.get", input: { policyId: policies.policies[0].id } });
  return calls;
}

/** The person with the most training records: the longest list the person page shows. */
async function busiestMember(dispatch: Dispatch, memberIds: string[]): Promise<string> {
  let best = { id: memberIds[0]!, records: -1 };
  for (const memberId of memberIds) {
    const detail = await must(dispatch, "workforce.get", { memberId });
    if (detail.completionCount > best.records) best = { id: memberId, records: detail.completionCount };
  }
  return best.id;
}
