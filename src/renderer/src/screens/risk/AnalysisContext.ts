import { createContext, useContext } from "react";
import type { RiskAnalysisDetail, RiskScales } from "../../../../shared/model/risk";

/** What every step of an open analysis needs: the analysis, the method, and what the user may do. */
export interface AnalysisValue {
  year: number;
  detail: RiskAnalysisDetail;
  scales: RiskScales;
  reload: () => Promise<void>;
  /** Staff or Administrator, and the analysis is not finalized: the analysis itself may change. */
  canEdit: boolean;
  /** Staff or Administrator: remediation steps may be planned and updated, even after finalizing. */
  canPlan: boolean;
  /** Administrator: may approve accepting a high or critical risk, and finalize. */
  isAdmin: boolean;
  timeZone: string | undefined;
}

export const AnalysisContext = createContext<AnalysisValue | null>(null);

export function useAnalysis(): AnalysisValue {
  const value = useContext(AnalysisContext);
  if (!value) throw new Error("useAnalysis must be used inside an open risk analysis.");
  return value;
}
