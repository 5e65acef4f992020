import { z } from "zod";
import {
  addAssetSchema,
  addAssetsFromTemplatesSchema,
  addMitigationSchema,
  addPairsSchema,
  addReviewTriggerSchema,
  approveAcceptanceSchema,
  byAssetSchema,
  byPairSchema,
  byYearSchema,
  compareSchema,
  finalizeRiskAnalysisSchema,
  registerQuerySchema,
  retireAssetSchema,
  startRiskAnalysisSchema,
  updateAssetSchema,
  updatePairSchema,
  updateRiskAnalysisSchema,
  type HeatMap,
  type RegisterPage,
  type ReviewTask,
  type RiskAnalysisDetail,
  type RiskAnalysisList,
  type RiskAsset,
  type RiskPairSuggestion,
  type RiskPairView,
  type RiskScales,
  type YearOverYear,
} from "../model/risk";
import { channel } from "./channel";

/**
 * The annual risk analysis (45 CFR 164.308(a)(1)(ii)(A)). Reading needs any signed-in role; building
 * the analysis needs Staff; approving the acceptance of a high or critical risk and finalizing (which
 * locks the year) need an Administrator. Analyses are named by year, their records by id.
 */
export const riskChannels = {
  "risk.scales": channel<RiskScales>()(z.object({}).strict(), "read"),
  "risk.list": channel<RiskAnalysisList>()(z.object({}).strict(), "read"),
  "risk.start": channel<RiskAnalysisDetail>()(startRiskAnalysisSchema, "edit"),
  "risk.get": channel<RiskAnalysisDetail>()(byYearSchema, "read"),
  "risk.update": channel<RiskAnalysisDetail>()(updateRiskAnalysisSchema, "edit"),
  "risk.assets.add": channel<RiskAsset>()(addAssetSchema, "edit"),
  "risk.assets.addFromTemplates": channel<RiskAsset[]>()(addAssetsFromTemplatesSchema, "edit"),
  "risk.assets.update": channel<RiskAsset>()(updateAssetSchema, "edit"),
  "risk.assets.retire": channel<RiskAsset>()(retireAssetSchema, "edit"),
  "risk.pairs.suggest": channel<RiskPairSuggestion[]>()(byAssetSchema, "read"),
  "risk.pairs.add": channel<RiskPairView[]>()(addPairsSchema, "edit"),
  "risk.pairs.update": channel<RiskPairView>()(updatePairSchema, "edit"),
  "risk.pairs.remove": channel<null>()(byPairSchema, "edit"),
  "risk.pairs.approveAcceptance": channel<RiskPairView>()(approveAcceptanceSchema, "admin"),
  "risk.mitigations.add": channel<RiskPairView>()(addMitigationSchema, "edit"),
  "risk.finalize": channel<RiskAnalysisDetail>()(finalizeRiskAnalysisSchema, "admin"),
  "risk.compare": channel<YearOverYear>()(compareSchema, "read"),
  "risk.triggers.add": channel<ReviewTask[]>()(addReviewTriggerSchema, "edit"),
  "risk.heatMap": channel<HeatMap>()(byYearSchema, "read"),
  "risk.register": channel<RegisterPage>()(registerQuerySchema, "read"),
} as const;
