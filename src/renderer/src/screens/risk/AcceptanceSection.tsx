import { useId } from "react";
import type { RiskPairView } from "../../../../shared/model/risk";
import { useAnalysis } from "./AnalysisContext";
import { ApprovalForm } from "./ApprovalForm";
import { byOn } from "./riskLabels";

/** For an accepted risk: the Administrator's approval, or the form to give it, or who must give it. */
export function AcceptanceSection({ pair }: { pair: RiskPairView }) {
  const { isAdmin, canEdit, timeZone, scales } = useAnalysis();
  const titleId = useId();
  if (pair.treatment !== "accept") return null;
  return (
    <section aria-labelledby={titleId} className="risk-section">
      <h3 id={titleId}>Approval to accept</h3>
      {pair.acceptance ? (
        <div className="approval">
          <p>
            <strong>{`Approved by ${byOn(pair.acceptance.approvedBy, pair.acceptance.approvedAt, timeZone)}.`}</strong>
          </p>
          <p>{pair.acceptance.rationale}</p>
        </div>
      ) : pair.treatmentStatus === "pending-approval" ? (
        <>
          <p className="alert alert-warning">{scales.acceptanceRule}</p>
          {isAdmin && canEdit ? <ApprovalForm pair={pair} /> : <p>Ask an Administrator to open this risk and approve it.</p>}
        </>
      ) : (
        <>
          <p>This risk is low or medium with the current safeguards, so accepting it needs no approval. An Administrator may still record one.</p>
          {isAdmin && canEdit ? <ApprovalForm pair={pair} /> : null}
        </>
      )}
    </section>
  );
}
