import { z } from "zod";
import type { DashboardSummary } from "../model/dashboard";
import { channel } from "./channel";

/** The dashboard: this year's cycle and the figures that need attention. Any signed-in role may read it. */
export const dashboardChannels = {
  "dashboard.get": channel<DashboardSummary>()(z.object({}).strict(), "read"),
} as const;
