import { useId } from "react";
import type { RiskAsset } from "../../../../shared/model/risk";
import { ASSET_KIND_INFO, EPHI_KIND_LABELS } from "../../../../shared/risk/assetKinds";
import { byOn, plural } from "./riskLabels";

interface AssetCardProps {
  asset: RiskAsset;
  timeZone: string | undefined;
  /** Null when the user may not change the inventory. */
  actions: { onEdit: () => void; onRetire: () => void } | null;
}

/** One asset of the inventory: what it is, who owns it, where it is, what it holds and where its data goes. */
export function AssetCard({ asset, timeZone, actions }: AssetCardProps) {
  const titleId = useId();
  return (
    <article className={asset.retired ? "asset-card asset-retired" : "asset-card"} aria-labelledby={titleId}>
      <div className="asset-card-head">
        <h4 id={titleId}>{asset.name}</h4>
        {actions ? (
          <div className="row-actions">
            <button type="button" className="button-secondary button-small" onClick={actions.onEdit} aria-label={`Edit ${asset.name}`}>
              Edit
            </button>
            <button type="button" className="button-danger-quiet button-small" onClick={actions.onRetire} aria-label={`Retire ${asset.name}`}>
              Retire
            </button>
          </div>
        ) : null}
      </div>
      <dl className="asset-facts">
        <dt>Kind</dt>
        <dd>{ASSET_KIND_INFO[asset.kind].label}</dd>
        <dt>Owner</dt>
        <dd>{asset.owner || "Not named"}</dd>
        <dt>Location</dt>
        <dd>{asset.location || "Not given"}</dd>
        {asset.vendorName ? (
          <>
            <dt>Vendor or product</dt>
            <dd>{asset.vendorName}</dd>
          </>
        ) : null}
        <dt>Patient records</dt>
        <dd>{asset.approxRecordCount === null ? "Not counted" : `About ${asset.approxRecordCount.toLocaleString()}`}</dd>
        <dt>Patient information</dt>
        <dd>{asset.ephiKinds.length === 0 ? "None listed" : asset.ephiKinds.map((kind) => EPHI_KIND_LABELS[kind]).join("; ")}</dd>
        <dt>Data goes to</dt>
        <dd>
          {asset.flows.length === 0
            ? "Nowhere listed"
            : asset.flows.map((flow) => `${flow.toAssetName ?? flow.vendorName}${flow.description ? ` (${flow.description})` : ""}`).join("; ")}
        </dd>
        <dt>Risks</dt>
        <dd>{plural(asset.pairCount, "risk", "risks")}</dd>
      </dl>
      {asset.notes ? <p className="asset-notes">{asset.notes}</p> : null}
      {asset.retired ? <p className="hint">{`Retired by ${byOn(asset.retired.by, asset.retired.at, timeZone)}: ${asset.retired.reason}`}</p> : null}
    </article>
  );
}
