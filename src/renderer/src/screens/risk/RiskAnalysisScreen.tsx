import { AnalysisPage } from "./AnalysisPage";
import { useRiskRoute } from "./riskRoute";
import { YearListPage } from "./YearListPage";

/**
 * The Risk analysis area: the list of yearly analyses, and one analysis worked through as OCR's
 * nine elements (45 CFR 164.308(a)(1)(ii)(A) risk analysis and (B) risk management).
 */
export function RiskAnalysisScreen() {
  const route = useRiskRoute();
  if (route.kind === "years") return <YearListPage />;
  return <AnalysisPage key={route.year} year={route.year} route={route} />;
}
