import type { riskChannels } from "../../shared/ipc/riskChannels";
import { riskScales } from "../../shared/risk/riskScales";
import { describeAnalysis, finalizeAnalysis, getAnalysis, listAnalyses, startAnalysis } from "../risk/analysisService";
import { addAsset, addAssetsFromTemplates, retireAsset, updateAsset } from "../risk/assetService";
import { compareAnalyses, riskHeatMap, riskRegister } from "../risk/comparisonService";
import { addMitigation, addPairs, approveAcceptance, removePair, suggestForAsset, updatePair } from "../risk/pairService";
import { addReviewTrigger } from "../risk/reviewService";
import type { Handler } from "./handlers";

type RiskHandlers = { [C in keyof typeof riskChannels]: Handler<C> };

/** The risk analysis's handlers, spread into `handlers`; the dispatcher has validated the payload and the role. */
export const riskHandlers: RiskHandlers = {
  "risk.scales": () => riskScales(),
  "risk.list": (_, session) => listAnalyses(session.requireSignedIn().vault.db),
  "risk.start": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return startAnalysis(vault.db, actor, payload);
  },
  "risk.get": (payload, session) => getAnalysis(session.requireSignedIn().vault.db, payload.year),
  "risk.update": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return describeAnalysis(vault.db, actor, payload);
  },
  "risk.assets.add": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return addAsset(vault.db, actor, payload);
  },
  "risk.assets.addFromTemplates": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return addAssetsFromTemplates(vault.db, actor, payload);
  },
  "risk.assets.update": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return updateAsset(vault.db, actor, payload);
  },
  "risk.assets.retire": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return retireAsset(vault.db, actor, payload);
  },
  "risk.pairs.suggest": (payload, session) => suggestForAsset(session.requireSignedIn().vault.db, payload.assetId),
  "risk.pairs.add": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return addPairs(vault.db, actor, payload);
  },
  "risk.pairs.update": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return updatePair(vault.db, actor, payload);
  },
  "risk.pairs.remove": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return removePair(vault.db, actor, payload);
  },
  "risk.pairs.approveAcceptance": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return approveAcceptance(vault.db, actor, payload);
  },
  "risk.mitigations.add": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return addMitigation(vault.db, actor, payload);
  },
  "risk.finalize": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return finalizeAnalysis(vault.db, actor, payload);
  },
  "risk.compare": (payload, session) => compareAnalyses(session.requireSignedIn().vault.db, payload),
  "risk.triggers.add": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return addReviewTrigger(vault.db, actor, payload);
  },
  "risk.heatMap": (payload, session) => riskHeatMap(session.requireSignedIn().vault.db, payload.year),
  "risk.register": (payload, session) => riskRegister(session.requireSignedIn().vault.db, payload),
};
