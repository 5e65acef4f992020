import { useId } from "react";
import { TASK_FILTER_LABELS, TASK_FILTERS, type TaskFilter } from "../../../../shared/model/task";

interface TaskFilterBarProps {
  filter: TaskFilter;
  counts: Record<TaskFilter, number> | null;
  onChange: (filter: TaskFilter) => void;
}

/** Which tasks to show: a group of radio buttons, so the arrow keys move between the choices. */
export function TaskFilterBar({ filter, counts, onChange }: TaskFilterBarProps) {
  const name = useId();
  return (
    <fieldset className="task-filters">
      <legend className="visually-hidden">Show</legend>
      {TASK_FILTERS.map((value) => (
        <label key={value} className={value === filter ? "task-filter task-filter-current" : "task-filter"}>
          <input type="radio" name={name} value={value} checked={value === filter} onChange={() => onChange(value)} />
          {TASK_FILTER_LABELS[value]}
          {counts ? <span className="task-filter-count"> ({counts[value]})</span> : null}
        </label>
      ))}
    </fieldset>
  );
}
