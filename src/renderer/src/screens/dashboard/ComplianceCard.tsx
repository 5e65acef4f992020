import type { ComplianceFigure } from "../../../../shared/model/dashboard";
import { DashboardCard } from "./DashboardCard";
import { plural } from "./dashboardText";

/** The latest assessment's score by safeguard category (45 CFR 164.308–164.316); each opens its questions. */
export function ComplianceCard({ compliance }: { compliance: ComplianceFigure | null }) {
  if (!compliance) {
    return (
      <DashboardCard title="Compliance by safeguard category">
        <p className="empty">No safeguard assessment yet, so there is no score.</p>
        <p>
          <a href="#/assessment">Start the assessment</a>
        </p>
      </DashboardCard>
    );
  }
  const state = compliance.status === "finalized" ? "finalized" : "in progress";
  return (
    <DashboardCard title="Compliance by safeguard category">
      <a className="dashboard-figure" href={compliance.href}>
        <span className="dashboard-figure-value">{compliance.overallPercent === null ? "—" : `${compliance.overallPercent}%`}</span>{" "}
        <span className="dashboard-figure-label">
          overall, {compliance.year} assessment ({state})
        </span>
      </a>
      <ul className="score-list">
        {compliance.categories.map((category) => (
          <li key={category.safeguard}>
            <a href={category.href} className="score-link">
              <span className="score-label">{category.label}</span>
              <span className="score-value">{category.percent === null ? "Not answered yet" : `${category.percent}%`}</span>
            </a>
            <progress className="score-bar" aria-hidden="true" max={100} value={category.percent ?? 0} />
          </li>
        ))}
      </ul>
      {compliance.notAnsweredYet > 0 ? (
        <p className="dashboard-list-meta">
          {plural(compliance.notAnsweredYet, "question is", "questions are")} not answered yet and left out of the score.
        </p>
      ) : null}
    </DashboardCard>
  );
}
