import { useEffect, useId, useState } from "react";
import { INCIDENT_CATEGORY_LABELS, type SmallBreachLog } from "../../../../shared/model/incident";
import { formatDay } from "../../../../shared/time/zonedTime";
import { useInvoke } from "../../api/ApiContext";
import { FormAlert } from "../../components/FormAlert";
import { daysLeftText } from "./incidentText";
import { incidentHref } from "./incidentRoute";

/**
 * The annual log of 45 CFR 164.408(c): breaches of fewer than 500 people discovered in a calendar
 * year, reported to HHS within 60 days after the year ends.
 */
export function SmallBreachLogSection({ years }: { years: number[] }) {
  const invoke = useInvoke();
  const selectId = useId();
  const thisYear = new Date().getFullYear();
  const offered = [...new Set([...years, thisYear, thisYear - 1])].sort((a, b) => b - a);
  // In the first two months the report of last year's small breaches is the one falling due.
  const [year, setYear] = useState(() => (new Date().getMonth() < 2 ? thisYear - 1 : thisYear));
  const [log, setLog] = useState<SmallBreachLog | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void invoke("incidents.smallBreaches", { year }).then((result) => {
      if (!live) return;
      if (result.ok) {
        setLog(result.value);
        setError(null);
      } else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [invoke, year]);

  return (
    <section className="incident-section" aria-labelledby="small-breaches-heading">
      <h2 id="small-breaches-heading">Small breaches to report to HHS each year</h2>
      <p>
        A breach of fewer than 500 people is reported to HHS through its breach portal with the other small breaches of the year it was discovered,
        no later than 60 days after the end of that year (45 CFR 164.408(c)).
      </p>
      <div className="field">
        <label htmlFor={selectId}>Calendar year</label>
        <select id={selectId} className="input-short" value={year} onChange={(event) => setYear(Number(event.target.value))}>
          {offered.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </div>
      <FormAlert message={error} />
      {log ? (
        <>
          <p className="small-breach-due" aria-live="polite">
            {log.entries.length === 0
              ? `No small breach was discovered in ${log.year}, so there is nothing to report for it.`
              : `${log.entries.length} small breach${log.entries.length === 1 ? "" : "es"} discovered in ${log.year}; ${
                  log.unreported === 0 ? "all reported to HHS" : `${log.unreported} not yet reported to HHS`
                }. Due by ${formatDay(log.dueDate)} (${daysLeftText(log.daysLeft)}).`}
          </p>
          {log.entries.length > 0 ? (
            <div className="table-wrap">
              <table className="data-table">
                <caption className="visually-hidden">Small breaches discovered in {log.year}</caption>
                <thead>
                  <tr>
                    <th scope="col">Incident</th>
                    <th scope="col">Happened</th>
                    <th scope="col">Discovered</th>
                    <th scope="col">People</th>
                    <th scope="col">Kind</th>
                    <th scope="col">Patients told</th>
                    <th scope="col">Reported to HHS</th>
                  </tr>
                </thead>
                <tbody>
                  {log.entries.map((entry) => (
                    <tr key={entry.incidentId}>
                      <td>
                        <a href={incidentHref(entry.incidentId)}>
                          {entry.number}. {entry.title}
                        </a>
                      </td>
                      <td className="nowrap">{entry.occurredOn ? formatDay(entry.occurredOn) : "Not known"}</td>
                      <td className="nowrap">{formatDay(entry.discoveredOn)}</td>
                      <td className="numeric">{entry.individualsAffected ?? "Not known yet"}</td>
                      <td>{INCIDENT_CATEGORY_LABELS[entry.category]}</td>
                      <td className="nowrap">{entry.individualsNotifiedOn ? formatDay(entry.individualsNotifiedOn) : "Not yet"}</td>
                      <td className="nowrap">{entry.reportedToHhsOn ? formatDay(entry.reportedToHhsOn) : "Not yet"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
