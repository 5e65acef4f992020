import type { RiskScales } from "../../../../shared/model/risk";
import type { Rating } from "../../../../shared/risk/riskScale";
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
  const rows = [...scales.likelihood].reverse();
  return (
    <div className="table-wrap">
      <table className="risk-matrix">
        <caption>Risk level = likelihood × impact</caption>
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
                const here = marks.filter((mark) => mark.likelihood === likelihood.value && mark.impact === impact.value);
                return (
                  <td key={impact.value} className={`matrix-cell level-${level}${here.length > 0 ? " matrix-cell-marked" : ""}`}>
                    <span className="matrix-level">{levelLabel(level)}</span>
                    {here.map((mark) => (
                      <span key={mark.label} className="matrix-mark">
                        {mark.label}
                      </span>
                    ))}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
