import type { dashboardChannels } from "../../shared/ipc/dashboardChannels";
import { dashboardSummary } from "../dashboard/dashboardService";
import { ensureStandingTasks } from "../tasks/standingTasks";
import type { Handler } from "./handlers";

type DashboardHandlers = { [C in keyof typeof dashboardChannels]: Handler<C> };

/** The dashboard's handler, spread into `handlers`; the dispatcher has validated the payload and the role. */
export const dashboardHandlers: DashboardHandlers = {
  "dashboard.get": (_, session) => {
    const { vault } = session.requireSignedIn();
    // The dashboard is the first page after signing in: the standing tasks start here as in the task list.
    ensureStandingTasks(vault.db);
    return dashboardSummary(vault.db);
  },
};
