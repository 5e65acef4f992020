import type { HeatMapSide, RiskScales } from "../../../../shared/model/risk";
import type { Rating } from "../../../../shared/risk/riskScale";
import { RiskGrid, type RiskGridCell } from "../../components/RiskGrid";
import { levelLabel, plural } from "./riskLabels";

export interface HeatCell {
  likelihood: Rating;
  impact: Rating;
}

interface HeatMapGridProps {
  scales: RiskScales;
  side: HeatMapSide;
  caption: string;
  selected: HeatCell | null;
  onSelect: (cell: HeatCell) => void;
}

/**
 * The 5×5 matrix with the number of risks in each cell. Each cell that holds risks is a button that
 * filters the register to them; the level is written in every cell, not only shown by colour.
 */
export function HeatMapGrid({ scales, side, caption, selected, onSelect }: HeatMapGridProps) {
  const isSelected = ({ likelihood, impact }: RiskGridCell) => selected?.likelihood === likelihood.value && selected.impact === impact.value;
  return (
    <div className="table-wrap">
      <RiskGrid scales={scales} caption={caption} className="risk-matrix heat-map" cellClassName={(cell) => (isSelected(cell) ? "matrix-cell matrix-cell-marked" : "matrix-cell")}>
        {(cell) => {
          const { likelihood, impact, level } = cell;
          const count = side.cells[likelihood.value - 1]![impact.value - 1]!;
          return count > 0 ? (
            <button
              type="button"
              className="heat-cell-body heat-cell-link"
              aria-pressed={isSelected(cell)}
              aria-label={`${plural(count, "risk", "risks")}: likelihood ${likelihood.value} ${likelihood.name}, impact ${impact.value} ${impact.name}, ${levelLabel(level)}`}
              onClick={() => onSelect({ likelihood: likelihood.value, impact: impact.value })}
            >
              <span className="heat-count">{count}</span>
              <span className="matrix-level">{levelLabel(level)}</span>
            </button>
          ) : (
            <span className="heat-cell-body heat-empty">
              <span className="heat-count">0</span>
              <span className="matrix-level">{levelLabel(level)}</span>
            </span>
          );
        }}
      </RiskGrid>
      {side.unrated > 0 ? <p className="hint">{`${plural(side.unrated, "risk is", "risks are")} not rated yet and in no cell.`}</p> : null}
    </div>
  );
}
