import { useId } from "react";
import type { RiskPairView } from "../../../../shared/model/risk";
import { useAnalysis } from "./AnalysisContext";
import { MitigationForm } from "./MitigationForm";
import { MitigationSteps } from "./MitigationSteps";

/**
 * The steps that reduce a risk (risk management, 45 CFR 164.308(a)(1)(ii)(B)). They live in the same
 * remediation plan as the assessment's gaps and stay open across years until done.
 */
export function MitigationSection({ pair }: { pair: RiskPairView }) {
  const { canPlan } = useAnalysis();
  const titleId = useId();
  if (pair.treatment !== "mitigate" && pair.mitigations.length === 0) return null;
  return (
    <section aria-labelledby={titleId} className="risk-section">
      <h3 id={titleId}>Steps to reduce it (remediation plan)</h3>
      <MitigationSteps steps={pair.mitigations} />
      {canPlan && !pair.assetRetired ? <MitigationForm pair={pair} /> : null}
    </section>
  );
}
