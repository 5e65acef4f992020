import type { RosterEntry } from "../../../../shared/model/workforce";
import { formatDay } from "../../../../shared/time/zonedTime";
import { employmentStatus, STANDING_LABELS } from "./labels";
import { personHref } from "./workforceRoute";

/** Everyone on the roster: current people first, then those who have left. */
export function RosterTable({ roster, today }: { roster: RosterEntry[]; today: string }) {
  return (
    <div className="table-wrap">
      <table className="data-table roster-table">
        <caption className="visually-hidden">Everyone who works or worked at the practice</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Job title</th>
            <th scope="col">Hired</th>
            <th scope="col">Status</th>
            <th scope="col">Training</th>
            <th scope="col">Leaving checklist</th>
          </tr>
        </thead>
        <tbody>
          {roster.map((entry) => (
            <tr key={entry.id}>
              <th scope="row">
                <a href={personHref(entry.id)}>{entry.fullName}</a>
                {entry.account ? <span className="hint-inline"> (signs in as {entry.account.username})</span> : null}
              </th>
              <td>{entry.jobTitle}</td>
              <td className="nowrap">{formatDay(entry.hireDate)}</td>
              <td>{employmentStatus(entry, today)}</td>
              <td>
                <span className={`standing standing-${entry.training}`}>
                  {STANDING_LABELS[entry.training]}
                  {entry.overdueCount > 0 ? ` (${entry.overdueCount} ${entry.overdueCount === 1 ? "topic" : "topics"})` : ""}
                </span>
              </td>
              <td>{entry.openRemovalSteps === null ? "—" : entry.openRemovalSteps === 0 ? "Complete" : `${entry.openRemovalSteps} ${entry.openRemovalSteps === 1 ? "step" : "steps"} open`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
