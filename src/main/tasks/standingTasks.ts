import { randomUUID } from "node:crypto";
import type { Database } from "better-sqlite3-multiple-ciphers";
import type { TaskKind } from "../../shared/model/task";
import { MONTH_END, shiftMonths, type Recurrence } from "../../shared/rules/recurrence";
import { APP_ACTOR } from "../audit/appActor";
import { appendAudit } from "../audit/auditLog";
import { nowIso, practiceToday } from "./taskRecords";

/**
 * The work the Security Rule asks of every practice on a schedule. The task list starts with these
 * the first time anyone opens it; the practice then changes owners, dates and how often, and adds its
 * own. Each first due date is the end of a month, spread over the year so they do not all fall at once.
 */
export interface StandingTask {
  kind: Exclude<TaskKind, "custom">;
  title: string;
  cfr: string;
  recurrence: Recurrence;
  /** The first due date is the last day of the month this many months from now. */
  firstDueInMonths: number;
  notes: string;
}

export const STANDING_TASKS: readonly StandingTask[] = [
  {
    kind: "audit-log-review",
    title: "Review the activity logs",
    cfr: "164.308(a)(1)(ii)(D)",
    recurrence: "monthly",
    firstDueInMonths: 0,
    notes:
      "Look over sign-ins, failed sign-ins and changes in the practice management system, email and this app's audit log. Write down anything unusual and what was done about it. Monthly suits most offices; every three months is the least to aim for.",
  },
  {
    kind: "risk-analysis",
    title: "Yearly security risk assessment and risk analysis",
    cfr: "164.308(a)(1)(ii)(A)",
    recurrence: "annual",
    firstDueInMonths: 1,
    notes:
      "Go through the safeguard assessment and bring the risk analysis up to date: where patient information is kept, what could go wrong, and the plan to reduce each risk. Finalize both in Safeguard Desk.",
  },
  {
    kind: "access-review",
    title: "Review who can reach which system",
    cfr: "164.308(a)(4)(ii)(C)",
    recurrence: "quarterly",
    firstDueInMonths: 2,
    notes:
      "For each system (practice management software, imaging, email, the server, the Wi-Fi), list who has an account. Remove the accounts of people who have left, and check that each person can reach only what their job needs.",
  },
  {
    kind: "training-refresher",
    title: "Security reminders and refresher training for staff",
    cfr: "164.308(a)(5)",
    recurrence: "annual",
    firstDueInMonths: 3,
    notes: "Give everyone a short refresher (suspicious emails, passwords, locking screens, how to report a problem) and record who took part.",
  },
  {
    kind: "baa-review",
    title: "Review business associate agreements",
    cfr: "164.308(b)(1), 164.314(a)",
    recurrence: "annual",
    firstDueInMonths: 4,
    notes:
      "Check that every company that handles patient information for the practice (IT support, billing, cloud backup, the practice software vendor) has a signed agreement, and that it is still current.",
  },
  {
    kind: "policy-review",
    title: "Review the security policies and procedures",
    cfr: "164.316(b)(2)(iii)",
    recurrence: "annual",
    firstDueInMonths: 5,
    notes: "Read each policy, update what has changed in the office (new software, new roles, a move), and record the review. Keep the old versions for six years (164.316(b)(2)(i)).",
  },
  {
    kind: "contingency-test",
    title: "Test the backup and emergency plan",
    cfr: "164.308(a)(7)(ii)(D)",
    recurrence: "annual",
    firstDueInMonths: 6,
    notes:
      "Restore a few files from the backup to prove it works, and walk through what the office would do if the computers were down for a day. Write down what worked and what needs fixing.",
  },
  {
    kind: "evaluation",
    title: "Yearly evaluation of the security program",
    cfr: "164.308(a)(8)",
    recurrence: "annual",
    firstDueInMonths: 11,
    notes:
      "Check that the safeguards still fit the practice after this year's changes (new equipment, software or staff, an incident, a move) and that the policies are followed. Sign and keep the evaluation.",
  },
];

const SEEDED_KEY = "standing_tasks_seeded_at";

/**
 * Adds the standing tasks the first time the task list or the dashboard is used, whoever uses it
 * (a Read-only auditor too: every role sees them), and never again (a practice that changes or
 * outgrows one keeps its own version). Each is owned by the first Administrator, who usually is the
 * Security Official. The seeding is the app's own work, not the act of whoever happened to open the
 * list first, so the audit entry names the app (APP_ACTOR). The first due dates count from `today`
 * (the practice's). Returns how many tasks were added.
 */
export function ensureStandingTasks(db: Database, today: string = practiceToday(db)): number {
  return db.transaction(() => {
    if (db.prepare("SELECT 1 FROM meta WHERE key = ?").get(SEEDED_KEY)) return 0;
    const owner = db.prepare("SELECT id FROM users WHERE role = 'administrator' AND removed_at IS NULL ORDER BY created_at, id LIMIT 1").pluck().get() as string | undefined;
    if (!owner) return 0;
    const now = nowIso();
    const insert = db.prepare(
      `INSERT INTO tasks (id, kind, title, cfr, owner_user_id, due_date, recurrence, schedule_day, notes, created_by, created_at, updated_by, updated_at)
       VALUES (@id, @kind, @title, @cfr, @owner, @dueDate, @recurrence, @scheduleDay, @notes, @owner, @now, @owner, @now)
       ON CONFLICT DO NOTHING`,
    );
    let added = 0;
    for (const standing of STANDING_TASKS) {
      const dueDate = shiftMonths(today, standing.firstDueInMonths, MONTH_END);
      const result = insert.run({ id: randomUUID(), kind: standing.kind, title: standing.title, cfr: standing.cfr, owner, dueDate, recurrence: standing.recurrence, scheduleDay: MONTH_END, notes: standing.notes, now });
      added += result.changes;
    }
    db.prepare("INSERT INTO meta (key, value) VALUES (?, ?)").run(SEEDED_KEY, now);
    appendAudit(db, APP_ACTOR, {
      action: "tasks.seeded",
      recordType: "task",
      summary: `Started the task list with the practice's ${added} standing tasks of the Security Rule`,
      changes: { tasks: STANDING_TASKS.map((standing) => standing.kind), owner },
    });
    return added;
  })();
}
