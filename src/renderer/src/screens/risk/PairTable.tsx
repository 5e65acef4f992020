import { useState } from "react";
import type { RiskPairView } from "../../../../shared/model/risk";
import { TREATMENT_STATUS_LABELS } from "../../../../shared/risk/treatment";
import { useInvoke } from "../../api/ApiContext";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { useAnalysis } from "./AnalysisContext";
import { LevelBadge } from "./LevelBadge";
import { pairHref } from "./riskRoute";

/** An asset's risks: threat, weakness, level without and with safeguards, and what the practice decided. */
export function PairTable({ pairs, caption }: { pairs: readonly RiskPairView[]; caption: string }) {
  const invoke = useInvoke();
  const { year, canEdit, reload } = useAnalysis();
  const [removing, setRemoving] = useState<RiskPairView | null>(null);

  const remove = async (): Promise<string | null> => {
    if (!removing) return null;
    const result = await invoke("risk.pairs.remove", { id: removing.id });
    if (!result.ok) return result.error.message;
    setRemoving(null);
    await reload();
    return null;
  };

  return (
    <div className="table-wrap">
      <table className="data-table pair-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Threat</th>
            <th scope="col">Weakness</th>
            <th scope="col">Without safeguards</th>
            <th scope="col">With safeguards</th>
            <th scope="col">Decision</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {pairs.map((pair) => (
            <tr key={pair.id}>
              <th scope="row">{pair.threatName}</th>
              <td>{pair.vulnerability}</td>
              <td>
                <LevelBadge level={pair.inherent.level} />
              </td>
              <td>
                <LevelBadge level={pair.residual.level} />
              </td>
              <td>{TREATMENT_STATUS_LABELS[pair.treatmentStatus]}</td>
              <td>
                <div className="row-actions">
                  <a className="button-secondary button-small" href={pairHref(year, pair.id)} aria-label={`${canEdit ? "Rate and decide" : "Open"}: ${pair.threatName}, ${pair.vulnerability}`}>
                    {canEdit ? "Rate and decide" : "Open"}
                  </a>
                  {canEdit ? (
                    <button
                      type="button"
                      className="button-danger-quiet button-small"
                      onClick={() => setRemoving(pair)}
                      aria-label={`Remove: ${pair.threatName}, ${pair.vulnerability}`}
                    >
                      Remove
                    </button>
                  ) : null}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ConfirmDialog open={removing !== null} title="Remove this risk?" confirmLabel="Remove the risk" danger onConfirm={remove} onCancel={() => setRemoving(null)}>
        <p>{removing ? `${removing.assetName}: ${removing.threatName}. ${removing.vulnerability}` : ""}</p>
        <p>Remove a risk only if it doesn&apos;t apply to the practice. The removal is recorded in the audit log.</p>
      </ConfirmDialog>
    </div>
  );
}
