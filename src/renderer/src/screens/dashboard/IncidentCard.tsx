import type { IncidentFigure } from "../../../../shared/model/dashboard";
import { INCIDENT_STATUS_LABELS, type BreachState } from "../../../../shared/model/incident";
import { DashboardCard, FigureLink } from "./DashboardCard";
import { dayText, daysLeftText, plural } from "./dashboardText";

const BREACH_STATE_TEXT: Record<BreachState, string> = {
  "not-applicable": "No patient information involved",
  "to-assess": "Breach assessment not started",
  assessing: "Breach assessment not signed off",
  "not-a-breach": "Not a breach (signed off)",
  breach: "A breach",
};

/**
 * Open incidents (45 CFR 164.308(a)(6)) and the breach notices still owed, counting down in the
 * practice's calendar days (45 CFR 164.404–164.410). Shown first on the page while a notice is owed.
 */
export function IncidentCard({ incidents }: { incidents: IncidentFigure }) {
  const owed = incidents.deadlines;
  return (
    <DashboardCard title="Incidents and breach notices" tone={owed.length > 0 ? "urgent" : undefined} wide={owed.length > 0}>
      <div className="dashboard-figures">
        <FigureLink href={incidents.href} value={String(incidents.open.length)} label={incidents.open.length === 1 ? "open incident" : "open incidents"} />
        <FigureLink href={incidents.href} value={String(owed.length)} label={owed.length === 1 ? "breach notice owed" : "breach notices owed"} />
      </div>
      {owed.length > 0 ? (
        <>
          <h3 className="dashboard-subheading">Notices owed, soonest first</h3>
          <ul className="dashboard-list deadline-list">
            {owed.map((deadline) => (
              <li key={`${deadline.incidentId}-${deadline.recipient}`} className={deadline.overdue ? "deadline-overdue" : undefined}>
                <a href={deadline.href}>
                  <span className="deadline-days">{daysLeftText(deadline.daysLeft)}</span> {`${deadline.label}, incident ${deadline.incidentNumber} “${deadline.incidentTitle}”`}
                </a>
                <span className="dashboard-list-meta">
                  Last day {dayText(deadline.dueDate)}
                  {deadline.presumed ? ". Owed unless the breach assessment, once signed off, finds a low probability of compromise (45 CFR 164.402)." : "."}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {incidents.open.length > 0 ? (
        <>
          <h3 className="dashboard-subheading">Open incidents</h3>
          <ul className="dashboard-list">
            {incidents.open.map((incident) => (
              <li key={incident.id}>
                <a href={incident.href}>{`Incident ${incident.number}: ${incident.title}`}</a>
                <span className="dashboard-list-meta">
                  Discovered {dayText(incident.discoveredOn)} · {INCIDENT_STATUS_LABELS[incident.status]} · {BREACH_STATE_TEXT[incident.breachState]}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {incidents.open.length === 0 && owed.length === 0 ? <p className="empty">No open incidents, and no breach notice is owed.</p> : null}
      <p>
        <a href={incidents.href}>Open the incident log</a>
        {owed.length > 0 ? ` (${plural(owed.length, "notice", "notices")} to send and log)` : ""}
      </p>
    </DashboardCard>
  );
}
