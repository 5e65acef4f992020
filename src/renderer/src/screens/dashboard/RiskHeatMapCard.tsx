import type { RiskHeatMapFigure } from "../../../../shared/model/dashboard";
import { RISK_LEVEL_LABELS, RISK_LEVELS, RISK_MATRIX } from "../../../../shared/risk/riskMatrix";
import { IMPACT_SCALE, LIKELIHOOD_SCALE } from "../../../../shared/risk/riskScale";
import { RiskGrid } from "../../components/RiskGrid";
import { DashboardCard } from "./DashboardCard";
import { plural } from "./dashboardText";

const SCALES = { likelihood: LIKELIHOOD_SCALE, impact: IMPACT_SCALE, matrix: RISK_MATRIX };

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
        <RiskGrid scales={SCALES} caption="Number of risks by likelihood and impact, after the current safeguards" className="dashboard-heat-map" cellClassName={() => "heat-cell"}>
          {({ likelihood, impact, level }) => {
            const count = residual.cells[likelihood.value - 1]![impact.value - 1]!;
            return count > 0 ? (
              <a
                className="heat-cell-body heat-cell-link"
                href={heatMap.href}
                aria-label={`${plural(count, "risk", "risks")}, ${RISK_LEVEL_LABELS[level]}: likelihood ${likelihood.value} ${likelihood.name}, impact ${impact.value} ${impact.name}. Open the register.`}
              >
                <span className="heat-count">{count}</span>
                <span className="heat-level">{RISK_LEVEL_LABELS[level]}</span>
              </a>
            ) : (
              <span className="heat-cell-body heat-empty">
                <span className="heat-count">0</span>
                <span className="heat-level">{RISK_LEVEL_LABELS[level]}</span>
              </span>
            );
          }}
        </RiskGrid>
      </div>
      {residual.unrated > 0 ? (
        <p className="dashboard-list-meta">
          <a href={heatMap.href}>{plural(residual.unrated, "risk is", "risks are")} not rated yet</a> and in no cell.
        </p>
      ) : null}
    </DashboardCard>
  );
}
