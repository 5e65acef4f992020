import { useCallback, useEffect, useState } from "react";
import type { UserSummary } from "../../../../shared/model/account";
import { roleMayUse } from "../../../../shared/model/roles";
import type { Task, TaskCompleted, TaskFilter, TaskList } from "../../../../shared/model/task";
import { addCalendarDays } from "../../../../shared/rules/calendarDates";
import { formatDay } from "../../../../shared/time/zonedTime";
import { useInvoke } from "../../api/ApiContext";
import { useSession } from "../../app/SessionContext";
import { Dialog } from "../../components/Dialog";
import { FormAlert } from "../../components/FormAlert";
import { PageHeading } from "../../components/PageHeading";
import { StatusMessage } from "../../components/StatusMessage";
import { downloadText } from "../../files/download";
import { CompleteTaskForm } from "./CompleteTaskForm";
import { TaskFilterBar } from "./TaskFilterBar";
import { TaskForm } from "./TaskForm";
import { TaskHistory } from "./TaskHistory";
import { TaskTable } from "./TaskTable";

type Open = { kind: "add" } | { kind: "edit" | "complete" | "history"; task: Task } | null;

const EMPTY_MESSAGES: Record<TaskFilter, string> = {
  overdue: "Nothing is overdue.",
  "due-soon": "Nothing falls due in the next 30 days.",
  all: "There are no tasks yet.",
};

/**
 * Ongoing monitoring: everything that recurs or is due, in one list. The practice's own tasks (the
 * evaluation of 45 CFR 164.308(a)(8), the activity review of 164.308(a)(1)(ii)(D), the rest) are
 * completed here; items from other records are shown beside them and changed where they live.
 */
export function TasksScreen() {
  const invoke = useInvoke();
  const { session, practice } = useSession();
  const canEdit = roleMayUse(session.user.role, "edit");
  const [filter, setFilter] = useState<TaskFilter>("all");
  const [list, setList] = useState<TaskList | null>(null);
  const [owners, setOwners] = useState<UserSummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [open, setOpen] = useState<Open>(null);

  const load = useCallback(
    () =>
      invoke("tasks.list", { filter }).then((result) => {
        if (result.ok) {
          setList(result.value);
          setError(null);
        } else setError(result.error.message);
      }),
    [invoke, filter],
  );
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    let live = true;
    void invoke("users.list", {}).then((result) => {
      if (live && result.ok) setOwners(result.value.filter((user) => user.active));
    });
    return () => {
      live = false;
    };
  }, [invoke]);

  const finish = async (message: string) => {
    setOpen(null);
    setDone(message);
    await load();
  };

  const completed = ({ task, completion }: TaskCompleted) =>
    void finish(
      completion.nextDueDate
        ? `“${task.title}” was recorded as done on ${formatDay(completion.completedOn)}. It is next due on ${formatDay(completion.nextDueDate)}.`
        : `“${task.title}” was recorded as done on ${formatDay(completion.completedOn)} and is closed.`,
    );

  const downloadCalendar = async () => {
    setDone(null);
    setError(null);
    const result = await invoke("tasks.exportCalendar", {});
    if (!result.ok) return setError(result.error.message);
    downloadText(result.value.fileName, result.value.ics, "text/calendar;charset=utf-8");
    const { events, undated } = result.value;
    setDone(
      `The calendar was saved as ${result.value.fileName}, with ${events} ${events === 1 ? "event" : "events"}.` +
        (undated > 0 ? ` ${undated} ${undated === 1 ? "item has" : "items have"} no date yet and ${undated === 1 ? "is" : "are"} not in it.` : ""),
    );
  };

  const today = list?.today ?? null;
  return (
    <div className="page page-wide">
      <PageHeading>Tasks</PageHeading>
      <p className="lead">
        Everything the Security Rule asks the practice to do on a schedule, and what other records say is due. When something is done, record it here with notes and a
        file that shows it; a repeating task then moves to its next date.
      </p>
      <TaskFilterBar filter={filter} counts={list?.counts ?? null} onChange={setFilter} />
      <div className="toolbar">
        <p className="count" aria-live="polite">
          {list ? `${list.entries.length} ${list.entries.length === 1 ? "item" : "items"} shown${today ? `, today is ${formatDay(today)}` : ""}` : "Loading…"}
        </p>
        <div className="toolbar-actions">
          {canEdit ? (
            <button type="button" className="button-primary" onClick={() => setOpen({ kind: "add" })} disabled={owners.length === 0}>
              Add a task
            </button>
          ) : null}
          <button type="button" className="button-secondary" onClick={() => void downloadCalendar()}>
            Download calendar (.ics)
          </button>
        </div>
      </div>
      <StatusMessage>{done}</StatusMessage>
      <FormAlert message={error} />
      {!canEdit ? <p className="read-only-note">Your role is Read-only: you can see the tasks and their history but cannot add, change or complete them.</p> : null}
      {list ? (
        list.entries.length > 0 ? (
          <TaskTable
            entries={list.entries}
            actions={canEdit ? { onComplete: (task) => setOpen({ kind: "complete", task }), onEdit: (task) => setOpen({ kind: "edit", task }) } : null}
            onHistory={(task) => setOpen({ kind: "history", task })}
          />
        ) : (
          <p className="empty">{EMPTY_MESSAGES[filter]}</p>
        )
      ) : null}
      <p className="hint task-calendar-help">
        The calendar file opens in Outlook (File, Open &amp; Export, Import/Export) or Google Calendar (Settings, Import &amp; export). Each task is an all-day event on its due
        date, and repeating tasks repeat there too. Importing a newer file updates the same events. Nothing is sent over the internet.
      </p>

      <Dialog open={open?.kind === "add"} title="Add a task" onClose={() => setOpen(null)}>
        {open?.kind === "add" && today && owners.length > 0 ? (
          <TaskForm
            task={null}
            owners={owners}
            defaultOwnerId={session.user.id}
            defaultDueDate={addCalendarDays(today, 30)}
            onSaved={(task) => void finish(`“${task.title}” was added, due on ${formatDay(task.dueDate)}.`)}
            onCancel={() => setOpen(null)}
          />
        ) : null}
      </Dialog>
      <Dialog open={open?.kind === "edit"} title={open?.kind === "edit" ? `Edit “${open.task.title}”` : "Edit a task"} onClose={() => setOpen(null)}>
        {open?.kind === "edit" && today && owners.length > 0 ? (
          <TaskForm
            task={open.task}
            owners={owners}
            defaultOwnerId={session.user.id}
            defaultDueDate={today}
            onSaved={(task) => void finish(`The changes to “${task.title}” were saved.`)}
            onCancel={() => setOpen(null)}
          />
        ) : null}
      </Dialog>
      <Dialog open={open?.kind === "complete"} title={open?.kind === "complete" ? `Complete “${open.task.title}”` : "Complete a task"} onClose={() => setOpen(null)}>
        {open?.kind === "complete" && today ? <CompleteTaskForm task={open.task} today={today} onCompleted={completed} onCancel={() => setOpen(null)} /> : null}
      </Dialog>
      <Dialog open={open?.kind === "history"} title={open?.kind === "history" ? `History of “${open.task.title}”` : "History"} onClose={() => setOpen(null)}>
        {open?.kind === "history" ? <TaskHistory task={open.task} timeZone={practice?.timeZone} onClose={() => setOpen(null)} /> : null}
      </Dialog>
    </div>
  );
}
