import type { RiskAsset, RiskPairView } from "../../../src/shared/model/risk";
import { pairInputOf as inputOf } from "../../../src/shared/risk/pairInput";
import type { Rating } from "../../../src/shared/risk/riskScale";
import { suggestedInputs, type Core } from "./riskTestKit";

export { inputOf };

export const TEMPLATES = ["practice-management", "office-server", "front-desk-workstations"];

/** Starts the year and adds three assets from the dental templates: practice software, the server, the front desk. */
export async function threeAssets(c: Core, year = 2026): Promise<{ pms: RiskAsset; server: RiskAsset; frontDesk: RiskAsset }> {
  await c.must("risk.start", { year });
  const [pms, server, frontDesk] = await c.must("risk.assets.addFromTemplates", { year, templateIds: TEMPLATES });
  return { pms: pms!, server: server!, frontDesk: frontDesk! };
}

/** The three assets with their suggested risks: 8 on the server, 6 on the software, 5 on the front desk computers. */
export async function withSuggestedRisks(c: Core, year = 2026) {
  const assets = await threeAssets(c, year);
  const server = await c.must("risk.pairs.add", { assetId: assets.server.id, pairs: suggestedInputs("server") });
  const pms = await c.must("risk.pairs.add", { assetId: assets.pms.id, pairs: suggestedInputs("practice-software") });
  const frontDesk = await c.must("risk.pairs.add", { assetId: assets.frontDesk.id, pairs: suggestedInputs("workstation") });
  return { assets, pairs: { server, pms, frontDesk } };
}

export const find = (pairs: readonly RiskPairView[], threatId: string, vulnerabilityStart = "") =>
  pairs.find((pair) => pair.threatId === threatId && pair.vulnerability.startsWith(vulnerabilityStart))!;

/**
 * Rates every risk of the year one step below its inherent rating on likelihood and accepts it, so
 * the analysis is complete except for approvals of high and critical acceptances.
 */
export async function rateAndAcceptAll(c: Core, year = 2026): Promise<RiskPairView[]> {
  const { pairs } = await c.must("risk.get", { year });
  const rated: RiskPairView[] = [];
  for (const pair of pairs) {
    const likelihood = Math.max(1, (pair.inherent.likelihood ?? 3) - 1) as Rating;
    rated.push(await c.must("risk.pairs.update", { id: pair.id, pair: inputOf(pair, { residualLikelihood: likelihood, residualImpact: pair.inherent.impact ?? 3, treatment: "accept" }) }));
  }
  return rated;
}

/** Approves every accepted high or critical risk (signed in as the Administrator). */
export async function approveAll(c: Core, year = 2026): Promise<void> {
  const { pairs } = await c.must("risk.get", { year });
  for (const pair of pairs.filter((p) => p.treatmentStatus === "pending-approval")) {
    await c.must("risk.pairs.approveAcceptance", { id: pair.id, rationale: "Cyber insurance covers this, and the cost of more safeguards is not justified this year." });
  }
}
