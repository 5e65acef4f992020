import { useId, useState } from "react";
import type { RiskAsset } from "../../../../shared/model/risk";
import { Dialog } from "../../components/Dialog";
import { PageHeading } from "../../components/PageHeading";
import { StatusMessage } from "../../components/StatusMessage";
import { useAnalysis } from "./AnalysisContext";
import { AssetCard } from "./AssetCard";
import { AssetForm } from "./AssetForm";
import { RetireAssetForm } from "./RetireAssetForm";
import { stepHref } from "./riskRoute";
import { ScopeForm } from "./ScopeForm";
import { TemplatePicker } from "./TemplatePicker";

type Editing = { kind: "add" } | { kind: "edit"; asset: RiskAsset } | { kind: "retire"; asset: RiskAsset } | null;

/**
 * OCR's elements 1 and 2: the scope, and an inventory of everywhere patient information is created,
 * received, kept or sent (45 CFR 164.306(a), 164.308(a)(1)(ii)(A)).
 */
export function InventoryStep() {
  const { year, detail, reload, canEdit, timeZone } = useAnalysis();
  const [editing, setEditing] = useState<Editing>(null);
  const [message, setMessage] = useState<string | null>(null);
  const ids = { scope: useId(), assets: useId(), starter: useId(), retired: useId() };
  const active = detail.assets.filter((asset) => asset.retired === null);
  const retired = detail.assets.filter((asset) => asset.retired !== null);

  const done = async (text: string) => {
    setEditing(null);
    setMessage(text);
    await reload();
  };

  return (
    <>
      <PageHeading level={2}>Scope and inventory</PageHeading>
      <p>
        List everywhere the practice keeps or sends patient information: software and online services, computers and devices, scanners and fax, locations and
        vendors. Start from the dental starter list, then correct each asset&apos;s owner, location and number of records.
      </p>

      <section aria-labelledby={ids.scope} className="risk-section">
        <h3 id={ids.scope}>Scope and method</h3>
        <ScopeForm />
      </section>

      <section aria-labelledby={ids.assets} className="risk-section">
        <h3 id={ids.assets}>{`Inventory (${active.length})`}</h3>
        <StatusMessage>{message}</StatusMessage>
        {active.length === 0 ? <p className="empty">No assets yet. Check the ones the office has in the starter list below.</p> : null}
        <div className="asset-grid">
          {active.map((asset) => (
            <AssetCard
              key={asset.id}
              asset={asset}
              timeZone={timeZone}
              actions={canEdit ? { onEdit: () => setEditing({ kind: "edit", asset }), onRetire: () => setEditing({ kind: "retire", asset }) } : null}
            />
          ))}
        </div>
        {canEdit ? (
          <div className="button-row button-row-start">
            <button type="button" className="button-secondary" onClick={() => setEditing({ kind: "add" })}>
              Add an asset of your own
            </button>
            {active.length > 0 ? (
              <a className="button-primary" href={stepHref(year, "risks")}>
                Next: threats and ratings
              </a>
            ) : null}
          </div>
        ) : null}
      </section>

      {canEdit ? (
        <section aria-labelledby={ids.starter} className="risk-section">
          <h3 id={ids.starter}>Dental starter list</h3>
          <p className="hint">Check what the office uses. Each comes with a typical owner, location, kinds of patient information and data flows, which you can change.</p>
          <TemplatePicker />
        </section>
      ) : null}

      {retired.length > 0 ? (
        <section aria-labelledby={ids.retired} className="risk-section">
          <h3 id={ids.retired}>{`Retired assets (${retired.length})`}</h3>
          <div className="asset-grid">
            {retired.map((asset) => (
              <AssetCard key={asset.id} asset={asset} timeZone={timeZone} actions={null} />
            ))}
          </div>
        </section>
      ) : null}

      <Dialog open={editing?.kind === "add" || editing?.kind === "edit"} title={editing?.kind === "edit" ? `Edit ${editing.asset.name}` : "Add an asset"} onClose={() => setEditing(null)}>
        {editing?.kind === "add" ? <AssetForm onSaved={(asset) => void done(`${asset.name} was added.`)} onCancel={() => setEditing(null)} /> : null}
        {editing?.kind === "edit" ? <AssetForm asset={editing.asset} onSaved={(asset) => void done(`${asset.name} was saved.`)} onCancel={() => setEditing(null)} /> : null}
      </Dialog>
      <Dialog open={editing?.kind === "retire"} title={editing?.kind === "retire" ? `Retire ${editing.asset.name}?` : "Retire"} onClose={() => setEditing(null)}>
        {editing?.kind === "retire" ? (
          <RetireAssetForm asset={editing.asset} onDone={() => void done(`${editing.asset.name} was retired.`)} onCancel={() => setEditing(null)} />
        ) : null}
      </Dialog>
    </>
  );
}
