import type { ReactNode } from "react";
import type { RiskLevel } from "../../../shared/risk/riskMatrix";
import type { ScaleLevel } from "../../../shared/risk/riskScale";

export interface RiskGridScales {
  likelihood: readonly ScaleLevel[];
  impact: readonly ScaleLevel[];
  /** matrix[likelihood - 1][impact - 1]. */
  matrix: readonly (readonly RiskLevel[])[];
}

/** One cell of the grid: a likelihood, an impact, and the level the matrix gives the pair. */
export interface RiskGridCell {
  likelihood: ScaleLevel;
  impact: ScaleLevel;
  level: RiskLevel;
}

interface RiskGridProps {
  scales: RiskGridScales;
  caption: string;
  /** The screen's own class for the table, and for each cell; riskGrid.css styles what they share. */
  className: string;
  cellClassName: (cell: RiskGridCell) => string;
  /** What a cell holds: the level in words, and whatever the screen counts or marks there. */
  children: (cell: RiskGridCell) => ReactNode;
}

/**
 * The likelihood × impact table of the risk analysis (45 CFR 164.308(a)(1)(ii)(A)): likelihood down, the
 * most likely on top, impact across, each cell coloured by its level. The Dashboard's heat map and the
 * Risk analysis's matrix and heat map are this table with different cells.
 */
export function RiskGrid({ scales, caption, className, cellClassName, children }: RiskGridProps) {
  const rows = [...scales.likelihood].reverse();
  return (
    <table className={`risk-grid ${className}`}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <td className="risk-grid-corner">Likelihood ↓ / Impact →</td>
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
              const cell = { likelihood, impact, level: scales.matrix[likelihood.value - 1]![impact.value - 1]! };
              return (
                <td key={impact.value} className={`risk-grid-cell ${cellClassName(cell)} risk-level-${cell.level}`}>
                  {children(cell)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
