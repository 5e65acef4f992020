import { useId } from "react";
import type { RiskAsset, RiskPairView } from "../../../../shared/model/risk";
import { ASSET_KIND_INFO } from "../../../../shared/risk/assetKinds";
import { AddOwnRiskForm } from "./AddOwnRiskForm";
import { useAnalysis } from "./AnalysisContext";
import { PairTable } from "./PairTable";
import { SuggestedRisks } from "./SuggestedRisks";

/** One asset's risks, with the suggestions to confirm and a way to add a risk of your own. */
export function AssetRisks({ asset, pairs }: { asset: RiskAsset; pairs: readonly RiskPairView[] }) {
  const { canEdit } = useAnalysis();
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className="risk-section asset-risks">
      <h3 id={titleId}>{asset.name}</h3>
      <p className="hint">{ASSET_KIND_INFO[asset.kind].label}</p>
      {pairs.length === 0 ? <p className="empty">No risks listed for this asset yet.</p> : <PairTable pairs={pairs} caption={`Risks of ${asset.name}`} />}
      {canEdit ? (
        <>
          <SuggestedRisks asset={asset} openAtStart={pairs.length === 0} />
          <details className="disclosure">
            <summary>{`Add a risk of your own to ${asset.name}`}</summary>
            <AddOwnRiskForm asset={asset} />
          </details>
        </>
      ) : null}
    </section>
  );
}
