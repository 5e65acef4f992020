import type { TrainingFigure } from "../../../../shared/model/dashboard";
import { DashboardCard, FigureLink } from "./DashboardCard";
import { dayText, plural } from "./dashboardText";

/** Training coverage (45 CFR 164.308(a)(5)): people up to date out of everyone on the roster, and who is late. */
export function TrainingCard({ training }: { training: TrainingFigure }) {
  return (
    <DashboardCard title="Training coverage">
      {training.people === 0 ? (
        <>
          <p className="empty">Nobody is on the workforce roster yet.</p>
          <p>
            <a href={training.href}>Add the people who work at the practice</a>
          </p>
        </>
      ) : (
        <>
          <FigureLink href={training.href} value={`${training.upToDate} of ${training.people}`} label={training.people === 1 ? "person up to date" : "people up to date"} />
          {training.notYetTrained > 0 ? (
            <p className="dashboard-list-meta">
              <a href={training.href}>{plural(training.notYetTrained, "person has", "people have")} not done every topic yet</a>, and{" "}
              {training.notYetTrained === 1 ? "is" : "are"} not late yet.
            </p>
          ) : null}
          {training.overdue.length > 0 ? (
            <>
              <h3 className="dashboard-subheading">Overdue</h3>
              <ul className="dashboard-list">
                {training.overdue.map((person) => (
                  <li key={person.memberId}>
                    <a href={person.href}>{person.name}</a>
                    <span className="dashboard-list-meta">
                      <span className="dashboard-overdue">Overdue by {plural(person.daysOverdue, "day", "days")}</span> (due {dayText(person.dueDate)}):{" "}
                      {person.topics.join(", ")}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="empty">Nobody&apos;s training is overdue.</p>
          )}
        </>
      )}
    </DashboardCard>
  );
}
