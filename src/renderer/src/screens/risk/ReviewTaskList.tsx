import type { ReviewTask } from "../../../../shared/model/risk";
import { calendarDate } from "./riskLabels";

/** The scheduled review and each event that calls for an earlier one, as tasks (OCR element 9). */
export function ReviewTaskList({ tasks }: { tasks: readonly ReviewTask[] }) {
  if (tasks.length === 0) return <p className="empty">Nothing is due.</p>;
  return (
    <ul className="task-list">
      {tasks.map((task) => (
        <li key={task.kind === "trigger" ? task.trigger.id : task.kind} className={task.overdue ? "task task-overdue" : "task"}>
          <span className="task-title">{task.title}</span>
          {task.dueDate ? <span className="task-due">{`${task.overdue ? "Overdue since" : "Due by"} ${calendarDate(task.dueDate)}`}</span> : null}
          {task.kind === "no-analysis" ? <span className="task-due">Due now</span> : null}
          {task.kind === "trigger" ? <span className="task-note">{`${task.trigger.note} (recorded by ${task.trigger.recordedBy.name})`}</span> : null}
        </li>
      ))}
    </ul>
  );
}
