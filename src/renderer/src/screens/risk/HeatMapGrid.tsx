import type { HeatMapSide, RiskScales } from "../../../../shared/model/risk";
import type { Rating } from "../../../../shared/risk/riskScale";
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
  const rows = [...scales.likelihood].reverse();
  return (
    <div className="table-wrap">
      <table className="risk-matrix heat-map">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <td className="matrix-corner">Likelihood ↓ / Impact →</td>
            {scales.impact.map((impact) => (
              <th key={impact.value} scope="col">{`${impact.value} ${impact.name}`}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((likelihood) => (
            <tr key={likelihood.value}>
              <th scope="row">{`${likelihood.value} ${likelihood.name}`}</th>
              {scales.impact.map((impact) => {
                const level = scales.matrix[likelihood.value - 1]![impact.value - 1]!;
                const count = side.cells[likelihood.value - 1]![impact.value - 1]!;
                const isSelected = selected?.likelihood === likelihood.value && selected.impact === impact.value;
                return (
                  <td key={impact.value} className={`matrix-cell level-${level}${isSelected ? " matrix-cell-marked" : ""}`}>
                    {count > 0 ? (
                      <button
                        type="button"
                        className="heat-cell-button"
                        aria-pressed={isSelected}
                        aria-label={`${plural(count, "risk", "risks")}: likelihood ${likelihood.value} ${likelihood.name}, impact ${impact.value} ${impact.name}, ${levelLabel(level)}`}
                        onClick={() => onSelect({ likelihood: likelihood.value, impact: impact.value })}
                      >
                        <span className="heat-count">{count}</span>
                        <span className="matrix-level">{levelLabel(level)}</span>
                      </button>
                    ) : (
                      <span className="heat-empty">
                        <span className="heat-count">0</span>
                        <span className="matrix-level">{levelLabel(level)}</span>
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {side.unrated > 0 ? <p className="hint">{`${plural(side.unrated, "risk is", "risks are")} not rated yet and in no cell.`}</p> : null}
    </div>
  );
}
