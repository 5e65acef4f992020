import type { FinalizeReadiness, ReadinessItem, RiskAsset, RiskPairView } from "../model/risk";

/**
 * What stands between an analysis and "finalize" (OCR's element "finalize documentation"). Blockers:
 * no asset in scope, a risk not rated on all four scales, a high or critical risk accepted without an
 * Administrator's approval, and a risk to reduce with no step in the remediation plan. Warnings are
 * shown too but don't stop anyone. Risks on retired assets are left out of both.
 */
export function finalizeReadiness(assets: readonly Pick<RiskAsset, "id" | "name" | "retired">[], pairs: readonly RiskPairView[]): FinalizeReadiness {
  const active = assets.filter((asset) => asset.retired === null);
  const activeIds = new Set(active.map((asset) => asset.id));
  const inScope = pairs.filter((pair) => activeIds.has(pair.assetId));
  const blockers: ReadinessItem[] = [];
  const warnings: ReadinessItem[] = [];

  if (active.length === 0) {
    blockers.push({
      kind: "no-assets",
      message: "Add at least one asset: the analysis must cover everywhere the practice keeps or sends patient information.",
      pairIds: [],
      assetIds: [],
    });
  }
  const unrated = inScope.filter((pair) => pair.inherent.level === null || pair.residual.level === null);
  if (unrated.length > 0) blockers.push(pairItem("unrated", unrated, (n) => `${count(n, "risk is", "risks are")} not rated yet for likelihood and impact, both inherent and residual`));
  const pending = inScope.filter((pair) => pair.treatmentStatus === "pending-approval");
  if (pending.length > 0) blockers.push(pairItem("unapproved-acceptance", pending, (n) => `${count(n, "accepted high or critical risk needs", "accepted high or critical risks need")} an Administrator's approval`));
  const stepless = inScope.filter((pair) => pair.treatmentStatus === "needs-step");
  if (stepless.length > 0) blockers.push(pairItem("mitigation-without-step", stepless, (n) => `${count(n, "risk to reduce has", "risks to reduce have")} no step in the remediation plan`));

  const undecided = inScope.filter((pair) => pair.treatmentStatus === "not-decided");
  if (undecided.length > 0) warnings.push(pairItem("not-decided", undecided, (n) => `${count(n, "risk has", "risks have")} no decision on what to do about it`));
  const oddRatings = inScope.filter((pair) => pair.warnings.length > 0);
  if (oddRatings.length > 0) warnings.push(pairItem("rating-warning", oddRatings, (n) => `${count(n, "risk is", "risks are")} rated higher with safeguards than without, with no note saying why`));
  const withRisks = new Set(inScope.map((pair) => pair.assetId));
  const bare = active.filter((asset) => !withRisks.has(asset.id));
  if (bare.length > 0) {
    warnings.push({
      kind: "asset-without-risks",
      message: `${count(bare.length, "asset has", "assets have")} no risks listed: ${names(bare.map((asset) => asset.name))}.`,
      pairIds: [],
      assetIds: bare.map((asset) => asset.id),
    });
  }
  return { ready: blockers.length === 0, blockers, warnings };
}

/** The blockers as one sentence each, for a refusal message. */
export function describeBlockers(readiness: FinalizeReadiness): string {
  return readiness.blockers.map((blocker) => blocker.message).join(" ");
}

function pairItem(kind: ReadinessItem["kind"], pairs: readonly RiskPairView[], lead: (n: number) => string): ReadinessItem {
  return {
    kind,
    message: `${lead(pairs.length)}: ${names(pairs.map((pair) => `${pair.assetName}: ${pair.threatName}`))}.`,
    pairIds: pairs.map((pair) => pair.id),
    assetIds: [...new Set(pairs.map((pair) => pair.assetId))],
  };
}

function count(n: number, one: string, many: string): string {
  return n === 1 ? `1 ${one}` : `${n} ${many}`;
}

const NAMED = 5;

/** "a; b; c and 4 more": enough to find them, short enough to read. */
function names(list: readonly string[]): string {
  const shown = list.slice(0, NAMED).join("; ");
  return list.length > NAMED ? `${shown} and ${list.length - NAMED} more` : shown;
}
