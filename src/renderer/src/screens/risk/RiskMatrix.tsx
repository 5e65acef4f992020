import type { RiskScales } from "../../../../shared/model/risk";
import type { Rating } from "../../../../shared/risk/riskScale";
import { RiskGrid, type RiskGridCell } from "../../components/RiskGrid";
import { levelLabel } from "./riskLabels";

export interface MatrixMark {
  label: string;
  likelihood: Rating;
  impact: Rating;
}

/**
 * The documented method (OCR element 7): the level for every likelihood and impact, most likely on top.
 * Marks show where the risk being rated falls, without and with safeguards.
 */
export function RiskMatrix({ scales, marks }: { scales: RiskScales; marks: readonly MatrixMark[] }) {
  const marksIn = ({ likelihood, impact }: RiskGridCell) => marks.filter((mark) => mark.likelihood === likelihood.value && mark.impact === impact.value);
  return (
    <div className="table-wrap">
      <RiskGrid scales={scales} caption="Risk level = likelihood × impact" className="risk-matrix" cellClassName={(cell) => (marksIn(cell).length > 0 ? "matrix-cell matrix-cell-marked" : "matrix-cell")}>
        {(cell) => (
          <>
            <span className="matrix-level">{levelLabel(cell.level)}</span>
            {marksIn(cell).map((mark) => (
              <span key={mark.label} className="matrix-mark">
                {mark.label}
              </span>
            ))}
          </>
        )}
      </RiskGrid>
    </div>
  );
}
