import type { RiskAnalysisSummary } from "../../../../shared/model/risk";
import { RISK_LEVELS, RISK_LEVEL_LABELS } from "../../../../shared/risk/riskMatrix";
import { byOn, calendarDate } from "./riskLabels";
import { stepHref } from "./riskRoute";

/** One row per year: where it stands, how big it is, and its risks by level after safeguards. */
export function AnalysisTable({ analyses, timeZone }: { analyses: readonly RiskAnalysisSummary[]; timeZone: string | undefined }) {
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">Risk analyses by year</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col">Status</th>
            <th scope="col">Assets</th>
            <th scope="col">Risks</th>
            <th scope="col">Risk levels with safeguards</th>
            <th scope="col">Next review</th>
          </tr>
        </thead>
        <tbody>
          {analyses.map((analysis) => (
            <tr key={analysis.id}>
              <th scope="row">
                <a href={stepHref(analysis.year)}>{`${analysis.year} risk analysis`}</a>
                {analysis.carriedFrom ? <div className="hint">Started from {analysis.carriedFrom.year}</div> : null}
              </th>
              <td>
                {analysis.status === "finalized" && analysis.finalizedBy && analysis.finalizedAt
                  ? `Finalized by ${byOn(analysis.finalizedBy, analysis.finalizedAt, timeZone)}`
                  : `In progress, started by ${byOn(analysis.startedBy, analysis.startedAt, timeZone)}`}
              </td>
              <td>{analysis.counts.assets}</td>
              <td>
                {analysis.counts.pairs}
                {analysis.counts.unrated > 0 ? <div className="hint">{analysis.counts.unrated} not rated yet</div> : null}
              </td>
              <td>
                {RISK_LEVELS.filter((level) => analysis.counts.residual[level] > 0)
                  .toReversed()
                  .map((level) => `${analysis.counts.residual[level]} ${RISK_LEVEL_LABELS[level].toLowerCase()}`)
                  .join(", ") || "None rated yet"}
              </td>
              <td>{analysis.nextReviewDate ? calendarDate(analysis.nextReviewDate) : "Set when finalized"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
