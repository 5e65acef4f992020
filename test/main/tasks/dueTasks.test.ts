import { afterEach, describe, expect, it } from "vitest";
import { collectDueItems, dueItemSources, type DueItemSourceFn } from "../../../src/main/tasks/dueItemSources";
import { ensureStandingTasks } from "../../../src/main/tasks/standingTasks";
import { allTaskEntries, listDueTasks } from "../../../src/main/tasks/taskList";
import { createTask } from "../../../src/main/tasks/taskService";
import { memoryDatabase, MARIA_ACTOR } from "./taskTestKit";

let vault: ReturnType<typeof memoryDatabase>;
afterEach(() => vault?.close());

const TODAY = "2026-05-15";

function addTask(title: string, dueDate: string) {
  return createTask(vault.db, MARIA_ACTOR(vault.maria), { title, ownerUserId: vault.jamal, dueDate, recurrence: "none", cfr: "", notes: "" });
}

/** A finalized risk analysis, inserted as the risk analysis's own service would leave it. */
function finalizedAnalysis(year: number, nextReviewDate: string) {
  vault.db
    .prepare(
      `INSERT INTO risk_analyses (id, year, status, started_by, started_at, finalized_by, finalized_at, review_interval_months, next_review_date)
       VALUES (?, ?, 'finalized', ?, ?, ?, ?, 12, ?)`,
    )
    .run(`analysis-${year}`, year, vault.maria, `${year}-01-02T00:00:00Z`, vault.maria, `${year}-02-01T00:00:00Z`, nextReviewDate);
}

describe("listDueTasks, for the dashboard", () => {
  it("splits stored and merged items into overdue, due in the next 30 days and undated, leaving out later and done ones", () => {
    vault = memoryDatabase();
    const overdue = addTask("Fix the broken blinds", "2026-05-14");
    const today = addTask("Collect the old laptop", TODAY);
    const edge = addTask("Thirty days out", "2026-06-14");
    addTask("Thirty-one days out", "2026-06-15");
    finalizedAnalysis(2025, "2026-05-20");
    vault.db.prepare("INSERT INTO risk_review_triggers (id, kind, note, occurred_on, recorded_by, recorded_at) VALUES ('t1', 'move', 'Moved to Suite 200.', '2026-05-01', ?, 'x')").run(vault.maria);

    const due = listDueTasks(vault.db, TODAY);
    expect(due.today).toBe(TODAY);
    expect(due.overdue.map((entry) => entry.key)).toEqual([`task:${overdue.id}`]);
    expect(due.upcoming.map((entry) => [entry.key, entry.daysUntilDue])).toEqual([
      [`task:${today.id}`, 0],
      ["risk-review:2025", 5],
      [`task:${edge.id}`, 30],
    ]);
    expect(due.upcoming[1]).toMatchObject({ origin: "risk-review", title: "Review the 2025 risk analysis", area: "risk-analysis", task: null });
    expect(due.undated.map((entry) => entry.key)).toEqual(["risk-trigger:t1"]);
  });

  it("reads only: it does not add the standing tasks, which the task list's first opening does", () => {
    vault = memoryDatabase();
    expect(listDueTasks(vault.db, TODAY)).toEqual({ today: TODAY, overdue: [], upcoming: [], undated: [] });
    expect(ensureStandingTasks(vault.db, TODAY)).toBe(8);
    expect(ensureStandingTasks(vault.db, TODAY)).toBe(0);
    const due = listDueTasks(vault.db, TODAY);
    // The monthly activity-log review is due at the end of this month; the others fall later in the year.
    expect(due.upcoming.map((entry) => [entry.title, entry.dueDate])).toEqual([["Review the activity logs", "2026-05-31"]]);
    expect(allTaskEntries(vault.db, TODAY).map((entry) => entry.dueDate)).toEqual([
      "2026-05-31",
      "2026-06-30",
      "2026-07-31",
      "2026-08-31",
      "2026-09-30",
      "2026-10-31",
      "2026-11-30",
      "2027-04-30",
    ]);
  });
});

describe("the due item sources", () => {
  it("merges a further source with one line, its items read-only and in date order with the rest", () => {
    vault = memoryDatabase();
    addTask("Fix the broken blinds", "2026-05-14");
    const trainingDue: DueItemSourceFn = (_db, today) => [
      { id: "training:jamal-2026", source: "training", title: "Jamal Reed: yearly security training", dueDate: today, owner: "Jamal Reed", cfr: "164.308(a)(5)", detail: "Last trained 2025-05-15.", area: "workforce" },
    ];
    const sources = [...dueItemSources, trainingDue];
    expect(collectDueItems(vault.db, TODAY, sources).map((item) => item.id)).toEqual(["training:jamal-2026"]);
    const entries = allTaskEntries(vault.db, TODAY, sources);
    expect(entries.map((entry) => [entry.origin, entry.status])).toEqual([
      ["task", "overdue"],
      ["training", "due-soon"],
    ]);
    expect(entries[1]).toMatchObject({ key: "training:jamal-2026", owner: "Jamal Reed", area: "workforce", task: null, recurrence: "none" });
  });
});
