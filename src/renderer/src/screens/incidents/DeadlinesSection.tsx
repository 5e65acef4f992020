import type { IncidentDeadlines } from "../../../../shared/model/incident";
import { formatDay } from "../../../../shared/time/zonedTime";
import { daysLeftText } from "./incidentText";

/**
 * What is owed and by when, as calendar dates where the practice is, counted from the discovery date
 * (45 CFR 164.404 to 164.410). Each is the latest permitted date: notice should go out sooner.
 */
export function DeadlinesSection({ deadlines, businessAssociate }: { deadlines: IncidentDeadlines; businessAssociate: boolean }) {
  return (
    <section className="incident-section deadlines-section" aria-labelledby="deadlines-heading">
      <h2 id="deadlines-heading">Deadlines</h2>
      {deadlines.applies ? (
        <>
          <p>
            {businessAssociate
              ? "As a business associate, the practice owes one notice: to the covered entity."
              : "The latest dates for each notice. “Without unreasonable delay” comes first: send them as soon as you can."}
          </p>
          <ul className="deadline-cards">
            {deadlines.items.map((item) => (
              <li key={item.recipient} className={item.sent ? "deadline-card deadline-sent" : item.overdue ? "deadline-card deadline-overdue" : "deadline-card"}>
                <p className="deadline-label">{item.label}</p>
                <p className="deadline-date">{formatDay(item.dueDate)}</p>
                <p className="deadline-when">{item.sent ? "Sent: recorded in the notice log" : daysLeftText(item.daysLeft)}</p>
                <p className="hint">
                  {item.explanation} ({item.cite})
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {deadlines.notes.map((note) => (
        <p key={note} className={deadlines.applies ? "alert alert-warning" : "hint"}>
          {note}
        </p>
      ))}
    </section>
  );
}
