import type { AssessmentSummary } from "../../../../shared/model/assessment";
import { formatDate } from "../../format/dates";
import { assessmentHref } from "./assessmentRoute";
import { ASSESSMENT_STATUS_LABELS } from "./labels";
import { ProgressBar } from "./ProgressBar";

/** One row per year: status, progress, the score so far, and who started and finalized it. */
export function AssessmentTable({ assessments, timeZone }: { assessments: AssessmentSummary[]; timeZone: string | undefined }) {
  return (
    <div className="table-wrap">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col">Status</th>
            <th scope="col">Progress</th>
            <th scope="col" className="numeric">
              Score so far
            </th>
            <th scope="col">Started</th>
            <th scope="col">Finalized</th>
          </tr>
        </thead>
        <tbody>
          {assessments.map((assessment) => (
            <tr key={assessment.id}>
              <th scope="row">
                <a href={assessmentHref(assessment.year)}>{assessment.year} assessment</a>
              </th>
              <td>{ASSESSMENT_STATUS_LABELS[assessment.status]}</td>
              <td className="progress-cell">
                <ProgressBar label={`Progress of the ${assessment.year} assessment`} progress={assessment.progress} compact />
              </td>
              <td className="numeric">{assessment.scorePercent === null ? "—" : `${assessment.scorePercent}%`}</td>
              <td>
                {assessment.startedBy.name}, {formatDate(assessment.startedAt, timeZone)}
                {assessment.carriedFrom ? <div className="hint">Answers carried over from {assessment.carriedFrom.year}</div> : null}
              </td>
              <td>{assessment.finalizedBy && assessment.finalizedAt ? `${assessment.finalizedBy.name}, ${formatDate(assessment.finalizedAt, timeZone)}` : "Not yet"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
