import type { taskChannels } from "../../shared/ipc/taskChannels";
import { ensureStandingTasks } from "../tasks/standingTasks";
import { exportTaskCalendar } from "../tasks/taskCalendar";
import { listTasks } from "../tasks/taskList";
import { practiceToday } from "../tasks/taskRecords";
import { completeTask, createTask, downloadCompletionEvidence, taskHistory, updateTask } from "../tasks/taskService";
import type { Handler } from "./handlers";

type TaskHandlers = { [C in keyof typeof taskChannels]: Handler<C> };

/** The task list's handlers, spread into `handlers`; the dispatcher has validated the payload and the role. */
export const taskHandlers: TaskHandlers = {
  "tasks.list": (payload, session) => {
    const { vault } = session.requireSignedIn();
    // The first time anyone opens the list, it starts with the practice's standing tasks.
    ensureStandingTasks(vault.db);
    return listTasks(vault.db, payload.filter, practiceToday(vault.db));
  },
  "tasks.create": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    ensureStandingTasks(vault.db);
    return createTask(vault.db, actor, payload);
  },
  "tasks.update": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return updateTask(vault.db, actor, payload);
  },
  "tasks.complete": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return completeTask(vault.db, actor, payload);
  },
  "tasks.history": (payload, session) => taskHistory(session.requireSignedIn().vault.db, payload.id),
  "tasks.downloadEvidence": (payload, session) => {
    const { vault, actor } = session.requireSignedIn();
    return downloadCompletionEvidence(vault.db, actor, payload.completionId);
  },
  "tasks.exportCalendar": (_, session) => {
    const { vault, actor } = session.requireSignedIn();
    ensureStandingTasks(vault.db);
    return exportTaskCalendar(vault.db, actor);
  },
};
