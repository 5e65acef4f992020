import { describe, expect, it } from "vitest";
import { addMitigationSchema, approveAcceptanceSchema, assetInputSchema, pairInputSchema, type RatingView, type RiskPairView } from "../../src/shared/model/risk";
import { finalizeReadiness } from "../../src/shared/risk/finalizeReadiness";
import { ratingWarnings } from "../../src/shared/risk/residualRule";
import { addMonths, nextReviewDate, reviewTasks } from "../../src/shared/risk/reviewSchedule";
import { riskLevelOrNull } from "../../src/shared/risk/riskMatrix";
import type { Rating } from "../../src/shared/risk/riskScale";
import { treatmentStatus, type TreatmentFacts } from "../../src/shared/risk/treatment";

const rating = (likelihood: Rating | null, impact: Rating | null): RatingView => ({ likelihood, impact, level: riskLevelOrNull(likelihood, impact) });

describe("treatment status", () => {
  it.each<[string, Partial<TreatmentFacts>, string]>([
    ["no decision", { treatment: null }, "not-decided"],
    ["accepting a low risk", { treatment: "accept", residualLevel: "low" }, "accepted"],
    ["accepting a medium risk", { treatment: "accept", residualLevel: "medium" }, "accepted"],
    ["accepting a high risk, not approved", { treatment: "accept", residualLevel: "high" }, "pending-approval"],
    ["accepting a critical risk, not approved", { treatment: "accept", residualLevel: "critical" }, "pending-approval"],
    ["accepting a critical risk, approved", { treatment: "accept", residualLevel: "critical", acceptanceApproved: true }, "accepted"],
    ["accepting an unrated risk", { treatment: "accept", residualLevel: null }, "accepted"],
    ["reducing, no step", { treatment: "mitigate" }, "needs-step"],
    ["reducing, a step open", { treatment: "mitigate", stepStatuses: ["done", "open"] }, "mitigating"],
    ["reducing, a step in progress", { treatment: "mitigate", stepStatuses: ["in-progress"] }, "mitigating"],
    ["reducing, every step done", { treatment: "mitigate", stepStatuses: ["done", "done"] }, "mitigated"],
    ["transferring", { treatment: "transfer" }, "transferred"],
    ["avoiding", { treatment: "avoid" }, "avoided"],
  ])("%s → %s", (_, facts, expected) => {
    expect(treatmentStatus({ treatment: null, residualLevel: null, acceptanceApproved: false, stepStatuses: [], ...facts })).toBe(expected);
  });
});

describe("the residual rule: warn, don't refuse", () => {
  it.each<[string, [Rating | null, Rating | null, Rating | null, Rating | null], string, number]>([
    ["residual below inherent", [4, 5, 2, 5], "", 0],
    ["residual equal", [3, 3, 3, 3], "", 0],
    ["residual likelihood higher", [2, 5, 3, 5], "", 1],
    ["residual impact higher", [2, 3, 2, 4], "", 1],
    ["both higher", [1, 1, 5, 5], "", 2],
    ["both higher, with a note saying why", [1, 1, 5, 5], "The cloud backup adds a vendor that can be breached.", 0],
    ["a note of only spaces does not count", [1, 1, 5, 5], "   ", 2],
    ["not rated yet", [null, null, 5, 5], "", 0],
  ])("%s", (_, [il, ii, rl, ri], ratingNote, count) => {
    expect(ratingWarnings({ inherentLikelihood: il, inherentImpact: ii, residualLikelihood: rl, residualImpact: ri, ratingNote })).toHaveLength(count);
  });
});

describe("review dates", () => {
  it.each([
    ["2026-03-15", 12, "2027-03-15"],
    ["2024-02-29", 12, "2025-02-28"],
    ["2027-02-28", 12, "2028-02-28"],
    ["2026-08-31", 6, "2027-02-28"],
    ["2027-08-31", 6, "2028-02-29"],
    ["2026-12-31", 1, "2027-01-31"],
    ["2026-01-31", 1, "2026-02-28"],
    ["2026-12-31", 12, "2027-12-31"],
    ["2026-05-10", 0, "2026-05-10"],
  ])("%s plus %i months is %s", (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });

  it("defaults to 12 months, and refuses a date that isn't one", () => {
    expect(nextReviewDate("2026-06-30")).toBe("2027-06-30");
    expect(() => addMonths("2026-02-30", 1)).toThrow();
  });

  it("lists the scheduled review, overdue after its day, then each event oldest first", () => {
    const trigger = (id: string, occurredOn: string) => ({ id, kind: "new-vendor" as const, note: "New lab", occurredOn, recordedBy: { id: "u", name: "Maria" }, recordedAt: `${occurredOn}T10:00:00.000Z` });
    const tasks = reviewTasks({ today: "2027-03-16", latest: { year: 2026, nextReviewDate: "2027-03-15" }, openTriggers: [trigger("b", "2026-09-01"), trigger("a", "2026-05-01")] });
    expect(tasks.map((task) => [task.kind, task.overdue])).toEqual([
      ["periodic-review", true],
      ["trigger", false],
      ["trigger", false],
    ]);
    expect(tasks[1]).toMatchObject({ title: "Update the risk analysis: a new vendor (2026-05-01)", analysisYear: 2026 });
    expect(reviewTasks({ today: "2027-03-15", latest: { year: 2026, nextReviewDate: "2027-03-15" }, openTriggers: [] })[0]?.overdue).toBe(false);
    expect(reviewTasks({ today: "2027-03-15", latest: null, openTriggers: [] })).toEqual([expect.objectContaining({ kind: "no-analysis", overdue: true })]);
  });
});

describe("readiness to finalize", () => {
  const asset = (id: string, retired = false) => ({ id, name: `Asset ${id}`, retired: retired ? { by: { id: "u", name: "M" }, at: "", reason: "gone" } : null });
  const pair = (id: string, assetId: string, over: Partial<RiskPairView>): RiskPairView =>
    ({
      id,
      assetId,
      assetName: `Asset ${assetId}`,
      threatName: `Threat ${id}`,
      inherent: rating(3, 3),
      residual: rating(2, 3),
      warnings: [],
      treatmentStatus: "accepted",
      ...over,
    }) as RiskPairView;

  it("is ready when every risk is rated and treated", () => {
    expect(finalizeReadiness([asset("a")], [pair("1", "a", {})])).toEqual({ ready: true, blockers: [], warnings: [] });
  });

  it("blocks with no active asset", () => {
    expect(finalizeReadiness([asset("a", true)], []).blockers.map((b) => b.kind)).toEqual(["no-assets"]);
  });

  it("names each blocker and the risks behind it; risks on retired assets don't count", () => {
    const readiness = finalizeReadiness(
      [asset("a"), asset("b"), asset("gone", true)],
      [
        pair("1", "a", { residual: rating(null, 3) }),
        pair("2", "a", { treatmentStatus: "pending-approval" }),
        pair("3", "b", { treatmentStatus: "needs-step" }),
        pair("4", "b", { treatmentStatus: "not-decided", warnings: ["x"] }),
        pair("5", "gone", { residual: rating(null, null), treatmentStatus: "needs-step" }),
      ],
    );
    expect(readiness.ready).toBe(false);
    expect(readiness.blockers.map((b) => [b.kind, b.pairIds])).toEqual([
      ["unrated", ["1"]],
      ["unapproved-acceptance", ["2"]],
      ["mitigation-without-step", ["3"]],
    ]);
    expect(readiness.blockers[0]!.message).toBe("1 risk is not rated yet for likelihood and impact, both inherent and residual: Asset a: Threat 1.");
    expect(readiness.warnings.map((w) => [w.kind, w.pairIds])).toEqual([
      ["not-decided", ["4"]],
      ["rating-warning", ["4"]],
    ]);
  });

  it("shortens a long list of names", () => {
    const pairs = Array.from({ length: 8 }, (_, i) => pair(String(i), "a", { residual: rating(null, null) }));
    expect(finalizeReadiness([asset("a")], pairs).blockers[0]!.message).toMatch(/^8 risks are not rated yet.*Threat 4 and 3 more\.$/);
  });

  it("warns about an asset with no risks", () => {
    expect(finalizeReadiness([asset("a"), asset("b")], [pair("1", "a", {})]).warnings).toEqual([expect.objectContaining({ kind: "asset-without-risks", assetIds: ["b"] })]);
  });
});

describe("input rules", () => {
  const base = { vulnerability: "No offline backup." };

  it.each<[string, Record<string, unknown>, string | null]>([
    ["a catalog threat", { threatId: "ransomware" }, null],
    ["a custom threat", { customThreat: "Toner fire" }, null],
    ["neither", {}, "threatId"],
    ["both", { threatId: "ransomware", customThreat: "Toner fire" }, "threatId"],
    ["an unknown threat", { threatId: "dragons" }, "threatId"],
    ["a rating of 6", { threatId: "fire", inherentLikelihood: 6 }, "inherentLikelihood"],
    ["a rating of 2.5", { threatId: "fire", residualImpact: 2.5 }, "residualImpact"],
    ["a question that exists", { threatId: "fire", controlQuestionIds: ["q-308a7iiA-2"] }, null],
    ["a question that doesn't", { threatId: "fire", controlQuestionIds: ["q-308a7iiA-2", "q-999z-1"] }, "controlQuestionIds.1"],
    ["an unknown treatment", { threatId: "fire", treatment: "ignore" }, "treatment"],
  ])("a pair with %s", (_, input, failingPath) => {
    const result = pairInputSchema.safeParse({ ...base, ...input });
    if (failingPath === null) expect(result.success).toBe(true);
    else expect(result.error?.issues.map((issue) => issue.path.join("."))).toContain(failingPath);
  });

  it("drops repeated control questions and kinds of information", () => {
    expect(pairInputSchema.parse({ ...base, threatId: "fire", controlQuestionIds: ["q-308a7iiA-2", "q-308a7iiA-2"] }).controlQuestionIds).toEqual(["q-308a7iiA-2"]);
    expect(assetInputSchema.parse({ name: "Server", kind: "server", ephiKinds: ["images", "images", "ssn"] }).ephiKinds).toEqual(["images", "ssn"]);
  });

  it("a data flow goes to an asset or a vendor, not both", () => {
    const asset = (flows: unknown[]) => assetInputSchema.safeParse({ name: "Server", kind: "server", flows }).success;
    expect(asset([{ vendorName: "Dental lab" }])).toBe(true);
    expect(asset([{ toAssetId: "7c9e6679-7425-40de-944b-e07fc1f90ae7" }])).toBe(true);
    expect(asset([{}])).toBe(false);
    expect(asset([{ toAssetId: "7c9e6679-7425-40de-944b-e07fc1f90ae7", vendorName: "Dental lab" }])).toBe(false);
  });

  it("an approval needs a reason of a few words; a step needs a real due date", () => {
    const id = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
    expect(approveAcceptanceSchema.safeParse({ id, rationale: "ok" }).success).toBe(false);
    expect(approveAcceptanceSchema.safeParse({ id, rationale: "Cyber insurance covers the cost; replacing the server is planned next year." }).success).toBe(true);
    expect(addMitigationSchema.safeParse({ pairId: id, title: "Buy a UPS", dueDate: "2026-02-30" }).success).toBe(false);
    expect(addMitigationSchema.parse({ pairId: id, title: "Buy a UPS" })).toMatchObject({ owner: null, dueDate: null, notes: "" });
  });
});
