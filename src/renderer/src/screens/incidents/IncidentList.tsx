import { useEffect, useState } from "react";
import { INCIDENT_STATUS_LABELS, type IncidentSummary, type OpenIncidentDeadline } from "../../../../shared/model/incident";
import { formatDay } from "../../../../shared/time/zonedTime";
import { useInvoke } from "../../api/ApiContext";
import { useSession } from "../../app/SessionContext";
import { FormAlert } from "../../components/FormAlert";
import { PageHeading } from "../../components/PageHeading";
import { mayUse } from "../settings/permissions";
import { BREACH_STATE_LABELS, daysLeftText } from "./incidentText";
import { incidentHref, newIncidentHref } from "./incidentRoute";
import { SmallBreachLogSection } from "./SmallBreachLogSection";

/** The incident log, the notice deadlines still open, and the yearly log of small breaches. */
export function IncidentList() {
  const invoke = useInvoke();
  const { session } = useSession();
  const [incidents, setIncidents] = useState<IncidentSummary[] | null>(null);
  const [deadlines, setDeadlines] = useState<OpenIncidentDeadline[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void Promise.all([invoke("incidents.list", {}), invoke("incidents.deadlines", {})]).then(([list, open]) => {
      if (!live) return;
      if (list.ok) setIncidents(list.value);
      else setError(list.error.message);
      if (open.ok) setDeadlines(open.value);
      else setError(open.error.message);
    });
    return () => {
      live = false;
    };
  }, [invoke]);

  const years = [...new Set([new Date().getFullYear(), ...(incidents ?? []).map((incident) => Number(incident.discoveredOn.slice(0, 4)))])].sort((a, b) => b - a);

  return (
    <div className="page page-wide incidents-page">
      <PageHeading>Incidents</PageHeading>
      <p className="lead">
        Record every security incident, from a lost phone to a letter sent to the wrong patient, what was done about it, and whether it is a breach
        that must be reported (45 CFR 164.308(a)(6) and 164.400 to 164.414).
      </p>
      {mayUse(session, "edit") ? (
        <p>
          <a className="button-primary" href={newIncidentHref}>
            Record an incident
          </a>
        </p>
      ) : null}
      <FormAlert message={error} />

      <section className="incident-section" aria-labelledby="open-deadlines-heading">
        <h2 id="open-deadlines-heading">Notice deadlines still open</h2>
        {deadlines === null ? (
          <p>Loading…</p>
        ) : deadlines.length === 0 ? (
          <p className="empty">No notice is owed right now.</p>
        ) : (
          <ul className="deadline-list">
            {deadlines.map((deadline) => (
              <li key={`${deadline.incidentId}-${deadline.recipient}`} className={deadline.overdue ? "deadline deadline-overdue" : "deadline"}>
                <span className="deadline-date">{formatDay(deadline.dueDate)}</span>{" "}
                <span className="deadline-when">({daysLeftText(deadline.daysLeft)})</span>: {deadline.label} for{" "}
                <a href={incidentHref(deadline.incidentId)}>
                  Incident {deadline.incidentNumber}, {deadline.incidentTitle}
                </a>
                {deadline.presumed ? <span className="hint"> (a breach is presumed until the assessment is signed off)</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="incident-section" aria-labelledby="incident-log-heading">
        <h2 id="incident-log-heading">Incident log</h2>
        {incidents === null ? (
          <p>Loading…</p>
        ) : incidents.length === 0 ? (
          <p className="empty">No incidents are recorded yet.</p>
        ) : (
          <div className="table-wrap">
            <table className="data-table">
              <caption className="visually-hidden">Security incidents, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">No.</th>
                  <th scope="col">Incident</th>
                  <th scope="col">Discovered</th>
                  <th scope="col">Status</th>
                  <th scope="col">Breach</th>
                  <th scope="col">Next deadline</th>
                </tr>
              </thead>
              <tbody>
                {incidents.map((incident) => (
                  <tr key={incident.id}>
                    <td className="numeric">{incident.number}</td>
                    <td>
                      <a href={incidentHref(incident.id)}>{incident.title}</a>
                    </td>
                    <td className="nowrap">{formatDay(incident.discoveredOn)}</td>
                    <td>{INCIDENT_STATUS_LABELS[incident.status]}</td>
                    <td>{BREACH_STATE_LABELS[incident.breachState]}</td>
                    <td>
                      {incident.nextDeadline ? (
                        <span className={incident.nextDeadline.overdue ? "text-overdue" : undefined}>
                          {formatDay(incident.nextDeadline.dueDate)} ({daysLeftText(incident.nextDeadline.daysLeft)})
                        </span>
                      ) : (
                        "None"
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <SmallBreachLogSection years={years} />
    </div>
  );
}
