import type { Task, TaskEntry } from "../../../../shared/model/task";
import { RECURRENCE_LABELS } from "../../../../shared/rules/recurrence";
import { formatDay } from "../../../../shared/time/zonedTime";
import { areaLink, citationText, dueDateText, dueText, originText } from "./taskText";

export interface TaskActions {
  onComplete: (task: Task) => void;
  onEdit: (task: Task) => void;
}

interface TaskTableProps {
  entries: TaskEntry[];
  /** Null for someone who may not change tasks: the table is then only a list. */
  actions: TaskActions | null;
  onHistory: (task: Task) => void;
}

/** The merged list: the practice's tasks with their actions, and read-only items from other records. */
export function TaskTable({ entries, actions, onHistory }: TaskTableProps) {
  return (
    <div className="table-wrap">
      <table className="data-table task-table">
        <caption className="visually-hidden">Tasks and other items that are due, overdue first</caption>
        <thead>
          <tr>
            <th scope="col">Task</th>
            <th scope="col">Responsible</th>
            <th scope="col">Due</th>
            <th scope="col">Repeats</th>
            <th scope="col">Last done</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <TaskRow key={entry.key} entry={entry} actions={actions} onHistory={onHistory} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function TaskRow({ entry, actions, onHistory }: { entry: TaskEntry; actions: TaskActions | null; onHistory: (task: Task) => void }) {
  const task = entry.task;
  const origin = originText(entry);
  const link = areaLink(entry.area);
  return (
    <tr className={`task-row task-row-${entry.status}`}>
      <th scope="row">
        <span className="task-title">{entry.title}</span>
        {entry.cfr ? <span className="task-cfr">{citationText(entry.cfr)}</span> : null}
        {origin ? <span className="task-origin">From: {origin} (changed there)</span> : null}
        {!task && entry.detail ? <span className="task-detail">{entry.detail}</span> : null}
      </th>
      <td>
        {entry.owner ?? <span className="task-muted">Not set</span>}
        {task && !task.owner.active ? <span className="task-warning">No longer has an account: choose someone else</span> : null}
      </td>
      <td>
        <span className="nowrap">{dueDateText(entry.dueDate)}</span>
        <span className={`task-status task-status-${entry.status}`}>{dueText(entry)}</span>
      </td>
      <td>{task ? RECURRENCE_LABELS[task.recurrence] : <span className="task-muted">—</span>}</td>
      <td>
        {task?.lastCompletion ? (
          <>
            <span>{formatDay(task.lastCompletion.completedOn)}</span>
            <span className="task-muted"> by {task.lastCompletion.completedBy.name}</span>
          </>
        ) : (
          <span className="task-muted">{task ? "Not yet" : "—"}</span>
        )}
      </td>
      <td>
        <div className="row-actions">
          {task && actions && task.status === "open" ? (
            <>
              <button type="button" className="button-primary button-small" onClick={() => actions.onComplete(task)} aria-label={`Complete “${task.title}”`}>
                Complete
              </button>
              <button type="button" className="button-secondary button-small" onClick={() => actions.onEdit(task)} aria-label={`Edit “${task.title}”`}>
                Edit
              </button>
            </>
          ) : null}
          {task && task.completionCount > 0 ? (
            <button type="button" className="button-secondary button-small" onClick={() => onHistory(task)} aria-label={`History of “${task.title}”`}>
              History
            </button>
          ) : null}
          {!task && link ? (
            <a className="button-secondary button-small task-link" href={link.href} aria-label={`Open “${entry.title}” in ${link.label}`}>
              Open {link.label}
            </a>
          ) : null}
        </div>
      </td>
    </tr>
  );
}
