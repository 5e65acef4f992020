import type { TrainingDueView } from "../../../../shared/model/training";
import type { TrainingDueItem } from "../../../../shared/rules/trainingDue";
import { UPCOMING_WINDOW_DAYS } from "../../../../shared/rules/trainingDue";
import { formatDay } from "../../../../shared/time/zonedTime";
import { DUE_KIND_LABELS, dueDistance } from "./labels";
import { personHref, trainingHref } from "./workforceRoute";

/** Who is late for which topic, and who is due in the next 30 days (45 CFR 164.308(a)(5)(i)). */
export function TrainingDueLists({ due }: { due: TrainingDueView }) {
  return (
    <section className="workforce-section" aria-labelledby="training-due-heading">
      <h2 id="training-due-heading">Training due</h2>
      <p>
        New people are trained within {due.settings.initialTrainingDays} days of their hire date, and everyone has a refresher every{" "}
        {due.settings.refresherMonths} months on each required topic. <a href={trainingHref()}>Change the topics or these periods</a>.
      </p>
      <DueTable
        heading="Overdue"
        caption="Training that is overdue"
        items={due.overdue}
        empty="Nobody is overdue for training."
        className="due-overdue"
      />
      <DueTable
        heading={`Coming up in the next ${UPCOMING_WINDOW_DAYS} days`}
        caption={`Training due in the next ${UPCOMING_WINDOW_DAYS} days`}
        items={due.upcoming}
        empty={`Nothing is due in the next ${UPCOMING_WINDOW_DAYS} days.`}
        className="due-upcoming"
      />
    </section>
  );
}

function DueTable({ heading, caption, items, empty, className }: { heading: string; caption: string; items: TrainingDueItem[]; empty: string; className: string }) {
  return (
    <div className={className}>
      <h3>
        {heading} ({items.length})
      </h3>
      {items.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">Person</th>
                <th scope="col">Topic</th>
                <th scope="col">Due</th>
                <th scope="col">Kind</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={`${item.memberId}-${item.topicId}`}>
                  <th scope="row">
                    <a href={personHref(item.memberId)}>{item.memberName}</a>
                  </th>
                  <td>{item.topicName}</td>
                  <td className="nowrap">
                    {formatDay(item.dueDate)} <span className="hint-inline">({dueDistance(item.daysLeft)})</span>
                  </td>
                  <td>{DUE_KIND_LABELS[item.kind]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
