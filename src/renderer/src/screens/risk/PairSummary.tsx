import { findQuestion } from "../../../../shared/catalog";
import type { RiskPairView } from "../../../../shared/model/risk";
import { TREATMENT_LABELS } from "../../../../shared/risk/treatment";
import { useAnalysis } from "./AnalysisContext";
import { LevelBadge } from "./LevelBadge";
import { ratingWords } from "./riskLabels";
import { RiskMatrix, type MatrixMark } from "./RiskMatrix";

/** A risk as recorded, for someone who may not change it (Read-only, or a finalized year). */
export function PairSummary({ pair }: { pair: RiskPairView }) {
  const { scales } = useAnalysis();
  const marks: MatrixMark[] = [];
  if (pair.inherent.likelihood && pair.inherent.impact) marks.push({ label: "Without safeguards", likelihood: pair.inherent.likelihood, impact: pair.inherent.impact });
  if (pair.residual.likelihood && pair.residual.impact) marks.push({ label: "With safeguards", likelihood: pair.residual.likelihood, impact: pair.residual.impact });
  return (
    <div className="risk-section">
      <dl className="facts">
        <dt>Threat</dt>
        <dd>{pair.threatName}</dd>
        <dt>Weakness</dt>
        <dd>{pair.vulnerability}</dd>
        <dt>Current safeguards</dt>
        <dd>{pair.controls || "None described."}</dd>
        {pair.controlQuestionIds.length > 0 ? (
          <>
            <dt>Assessment questions that show them</dt>
            <dd>
              <ul className="control-links">
                {pair.controlQuestionIds.map((id) => (
                  <li key={id}>{`45 CFR ${findQuestion(id)?.cfr ?? ""} ${findQuestion(id)?.text ?? id}`}</li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        <dt>Without safeguards</dt>
        <dd>
          <LevelBadge level={pair.inherent.level} /> {ratingWords(pair.inherent)}
        </dd>
        <dt>With current safeguards</dt>
        <dd>
          <LevelBadge level={pair.residual.level} /> {ratingWords(pair.residual)}
        </dd>
        {pair.ratingNote ? (
          <>
            <dt>Note on the ratings</dt>
            <dd>{pair.ratingNote}</dd>
          </>
        ) : null}
        <dt>Decision</dt>
        <dd>{pair.treatment ? TREATMENT_LABELS[pair.treatment] : "Not decided"}</dd>
        {pair.treatmentNote ? (
          <>
            <dt>Note on the decision</dt>
            <dd>{pair.treatmentNote}</dd>
          </>
        ) : null}
      </dl>
      <RiskMatrix scales={scales} marks={marks} />
    </div>
  );
}
