import type { TaskKind } from "../../shared/model/task";
import type { SampleCalendar } from "./sampleCalendar";
import type { SampleDriver } from "./sampleDriver";
import { samplePdfFile } from "./sampleFiles";

/**
 * Ongoing monitoring: the standing tasks of the Security Rule (the task list adds them the first time
 * it is opened), two of them done lately with notes, so the list shows history and the next due dates.
 */
export async function buildSampleTasks(driver: SampleDriver, calendar: SampleCalendar): Promise<void> {
  const list = await driver.must("tasks.list", { filter: "all" });
  const task = (kind: TaskKind) => {
    const found = list.entries.find((entry) => entry.task?.kind === kind)?.task;
    if (!found) throw new Error(`The sample practice could not be made: the task list has no standing "${kind}" task.`);
    return found;
  };

  await driver.must("tasks.complete", {
    id: task("audit-log-review").id,
    completedOn: calendar.fromToday(-2),
    notes: "Looked over the practice software's sign-in report, the e-mail admin log and this app's audit log. Nothing unusual: two failed sign-ins at the front desk, both a mistyped password.",
    evidence: null,
  });
  await driver.must("tasks.complete", {
    id: task("access-review").id,
    completedOn: calendar.fromToday(-9),
    notes: "Went through every account in the practice software, imaging, e-mail and the server with the IT provider. Removed one leftover login of a former temp; everyone else reaches only what their job needs.",
    evidence: samplePdfFile("access-review-worksheet.pdf", "Access review worksheet", [
      "Systems: practice management software, imaging, practice e-mail, office server, Wi-Fi.",
      "Accounts checked against the workforce roster; one temp login removed.",
      "Reviewed with Prairie Tech Solutions.",
    ]),
  });
}
