import type { RiskHeatMapFigure } from "../../../../shared/model/dashboard";
import { RISK_LEVEL_LABELS, RISK_LEVELS, RISK_MATRIX } from "../../../../shared/risk/riskMatrix";
import { IMPACT_SCALE, LIKELIHOOD_SCALE } from "../../../../shared/risk/riskScale";
import { DashboardCard } from "./DashboardCard";
import { plural } from "./dashboardText";

/**
 * The residual risk of the latest risk analysis (45 CFR 164.308(a)(1)(ii)(A)) as a table: likelihood
 * down, impact across, the number of risks in each cell and its level in words. A cell with risks
 * opens the risk register, where they are listed.
 */
export function RiskHeatMapCard({ heatMap }: { heatMap: RiskHeatMapFigure | null }) {
  if (!heatMap) {
    return (
      <DashboardCard title="Residual risk" className="dashboard-card-heat-map">
        <p className="empty">No risk analysis yet, so there is nothing to map.</p>
        <p>
          <a href="#/risk-analysis">Start the risk analysis</a>
        </p>
      </DashboardCard>
    );
  }
  const { residual } = heatMap;
  const rows = [...LIKELIHOOD_SCALE].reverse();
  const state = heatMap.status === "finalized" ? "finalized" : "in progress";
  return (
    <DashboardCard title="Residual risk" className="dashboard-card-heat-map">
      <p>
        <a href={heatMap.href}>
          {plural(heatMap.total, "risk", "risks")} in the {heatMap.year} risk analysis ({state})
        </a>
        , after the current safeguards:{" "}
        {RISK_LEVELS.slice()
          .reverse()
          .map((level) => `${residual.byLevel[level]} ${RISK_LEVEL_LABELS[level].toLowerCase()}`)
          .join(", ")}
        .
      </p>
      <div className="table-wrap">
        <table className="dashboard-heat-map">
          <caption>Number of risks by likelihood and impact, after the current safeguards</caption>
          <thead>
            <tr>
              <td className="heat-corner">Likelihood ↓ / Impact →</td>
              {IMPACT_SCALE.map((impact) => (
                <th key={impact.value} scope="col">{`${impact.value} ${impact.name}`}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((likelihood) => (
              <tr key={likelihood.value}>
                <th scope="row">{`${likelihood.value} ${likelihood.name}`}</th>
                {IMPACT_SCALE.map((impact) => {
                  const level = RISK_MATRIX[likelihood.value - 1]![impact.value - 1]!;
                  const count = residual.cells[likelihood.value - 1]![impact.value - 1]!;
                  return (
                    <td key={impact.value} className={`heat-cell heat-${level}`}>
                      {count > 0 ? (
                        <a
                          href={heatMap.href}
                          aria-label={`${plural(count, "risk", "risks")}, ${RISK_LEVEL_LABELS[level]}: likelihood ${likelihood.value} ${likelihood.name}, impact ${impact.value} ${impact.name}. Open the register.`}
                        >
                          <span className="heat-count">{count}</span>
                          <span className="heat-level">{RISK_LEVEL_LABELS[level]}</span>
                        </a>
                      ) : (
                        <span className="heat-empty">
                          <span className="heat-count">0</span>
                          <span className="heat-level">{RISK_LEVEL_LABELS[level]}</span>
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {residual.unrated > 0 ? (
        <p className="dashboard-list-meta">
          <a href={heatMap.href}>{plural(residual.unrated, "risk is", "risks are")} not rated yet</a> and in no cell.
        </p>
      ) : null}
    </DashboardCard>
  );
}
