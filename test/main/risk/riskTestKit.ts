import type { ChannelInput } from "../../../src/shared/ipc/contract";
import { suggestPairs } from "../../../src/shared/risk/suggestedPairs";
import { teamCore } from "../../support/team";
export { STAFF, READER, signInAs, signInAsAdmin, refused, type Core } from "../../support/team";

/** A fresh vault with the Administrator signed in, plus a Staff and a Read-only account. */
export const riskCore = teamCore;

/** The suggested pairs of an asset kind as `risk.pairs.add` takes them: inherent rating and control links filled in. */
export function suggestedInputs(kind: Parameters<typeof suggestPairs>[0]): ChannelInput<"risk.pairs.add">["pairs"] {
  return suggestPairs(kind).map((s) => ({
    threatId: s.threatId,
    vulnerability: s.vulnerability,
    controlQuestionIds: s.controlQuestionIds,
    inherentLikelihood: s.inherentLikelihood,
    inherentImpact: s.inherentImpact,
  }));
}

export { runCli as runRiskCli } from "../../support/runCli";
