import type { DueEntry, DueFigure } from "../../../../shared/model/dashboard";
import { DUE_ITEM_SOURCE_LABELS, DUE_SOON_DAYS } from "../../../../shared/model/task";
import { DashboardCard, FigureLink } from "./DashboardCard";
import { dayText, dueText, plural } from "./dashboardText";

/** Overdue and upcoming items of the task list (45 CFR 164.308(a)(1)(ii)(D), 164.308(a)(8) and the rest), each opening where it is done. */
export function DueCard({ due }: { due: DueFigure }) {
  return (
    <DashboardCard title="Overdue and coming up" tone={due.overdueCount > 0 ? "urgent" : undefined}>
      <div className="dashboard-figures">
        <FigureLink href={due.href} value={String(due.overdueCount)} label={due.overdueCount === 1 ? "item overdue" : "items overdue"} />
        <FigureLink href={due.href} value={String(due.upcomingCount)} label={`due in the next ${DUE_SOON_DAYS} days`} />
      </div>
      {due.overdue.length > 0 ? <DueList title="Overdue" entries={due.overdue} total={due.overdueCount} href={due.href} /> : null}
      {due.upcoming.length > 0 ? <DueList title="Coming up" entries={due.upcoming} total={due.upcomingCount} href={due.href} /> : null}
      {due.overdueCount === 0 && due.upcomingCount === 0 ? <p className="empty">Nothing is overdue or due in the next {DUE_SOON_DAYS} days.</p> : null}
      {due.undatedCount > 0 ? (
        <p>
          <a href={due.href}>{plural(due.undatedCount, "item has", "items have")} no date yet</a>: do {due.undatedCount === 1 ? "it" : "them"} as soon as you can.
        </p>
      ) : null}
      <p>
        <a href={due.href}>Open the task list</a>
      </p>
    </DashboardCard>
  );
}

function DueList({ title, entries, total, href }: { title: string; entries: DueEntry[]; total: number; href: string }) {
  return (
    <>
      <h3 className="dashboard-subheading">{title}</h3>
      <ul className="dashboard-list">
        {entries.map((entry) => (
          <li key={entry.key}>
            <a href={entry.href}>{entry.title}</a>
            <span className="dashboard-list-meta">
              <span className={entry.daysUntilDue !== null && entry.daysUntilDue < 0 ? "dashboard-overdue" : undefined}>{dueText(entry.daysUntilDue)}</span>
              {entry.dueDate ? ` (${dayText(entry.dueDate)})` : ""}
              {entry.origin !== "task" ? ` · ${DUE_ITEM_SOURCE_LABELS[entry.origin]}` : ""}
              {entry.owner ? ` · ${entry.owner}` : ""}
            </span>
          </li>
        ))}
      </ul>
      {total > entries.length ? (
        <p className="dashboard-more">
          <a href={href}>and {total - entries.length} more in the task list</a>
        </p>
      ) : null}
    </>
  );
}
