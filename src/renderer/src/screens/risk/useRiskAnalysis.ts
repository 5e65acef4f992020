import { useCallback, useEffect, useState } from "react";
import type { RiskAnalysisDetail, RiskScales } from "../../../../shared/model/risk";
import { useInvoke } from "../../api/ApiContext";

export interface LoadedAnalysis {
  detail: RiskAnalysisDetail | null;
  scales: RiskScales | null;
  /** Why the analysis could not be read (for instance, no analysis for that year). */
  error: string | null;
  /** Reads the analysis again after a change; what is shown stays until the new answer arrives. */
  reload: () => Promise<void>;
}

/** One year's analysis and the rating scales, read through risk.get and risk.scales. */
export function useRiskAnalysis(year: number): LoadedAnalysis {
  const invoke = useInvoke();
  const [detail, setDetail] = useState<RiskAnalysisDetail | null>(null);
  const [scales, setScales] = useState<RiskScales | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    const result = await invoke("risk.get", { year });
    if (result.ok) {
      setDetail(result.value);
      setError(null);
    } else setError(result.error.message);
  }, [invoke, year]);

  useEffect(() => {
    let live = true;
    void Promise.all([invoke("risk.get", { year }), invoke("risk.scales", {})]).then(([analysis, method]) => {
      if (!live) return;
      if (analysis.ok) setDetail(analysis.value);
      else setError(analysis.error.message);
      if (method.ok) setScales(method.value);
      else setError(method.error.message);
    });
    return () => {
      live = false;
    };
  }, [invoke, year]);

  return { detail, scales, error, reload };
}
