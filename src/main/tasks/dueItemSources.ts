import type { Database } from "better-sqlite3-multiple-ciphers";
import type { ActionItemPriority } from "../../shared/model/actionItem";
import type { OpenIncidentDeadline } from "../../shared/model/incident";
import type { DueItem } from "../../shared/model/task";
import type { BaaWarning } from "../../shared/rules/baaStatus";
import type { TrainingDueLists } from "../../shared/rules/trainingDue";
import { listOpenIncidentDeadlines } from "../incidents/incidentDeadlines";
import { listPolicyReviewsDue } from "../policies/policyViews";
import { openReviewTasks } from "../risk/reviewService";
import { listVendorWarnings } from "../vendors/vendorWarnings";
import { listTrainingDue } from "../workforce/trainingDueService";
import { incidentDueItems, policyDueItems, trainingDueItems, vendorDueItems } from "./recordDueItems";

/**
 * The seam through which other records show what they say is due in the task list, the dashboard
 * and the calendar, read-only: each source reads its own tables and answers DueItems. `today` is the
 * practice's calendar date, for a source whose due dates depend on it.
 *
 * To add a domain, append one line to `dueItemSources`, mapping its own list into DueItems, e.g.
 *   (db, today) => listTrainingDue(db, today).map(trainingDueItem),
 * Give each item an id that stays the same from one export to the next ("training:<record id>"):
 * it becomes the event's UID in the calendar file, so a re-import updates the event instead of
 * adding a second one.
 */
export type DueItemSourceFn = (db: Database, today: string) => DueItem[];

const PRIORITY_LABELS: Record<ActionItemPriority, string> = { high: "High", medium: "Medium", low: "Low" };

/** The remediation plan's open items (45 CFR 164.308(a)(1)(ii)(B)): from assessment gaps and from the risk analysis. */
export function actionItemDueItems(db: Database): DueItem[] {
  const rows = db
    .prepare(
      `SELECT a.id, a.source_kind, a.title, a.priority, a.due_date, a.status, coalesce(u.full_name, a.owner_name) AS owner
       FROM action_items a LEFT JOIN users u ON u.id = a.owner_user_id
       WHERE a.status <> 'done'
       ORDER BY a.due_date IS NULL, a.due_date, a.created_at, a.id`,
    )
    .all() as { id: string; source_kind: "assessment-gap" | "risk"; title: string; priority: ActionItemPriority; due_date: string | null; status: string; owner: string | null }[];
  return rows.map((row) => ({
    id: `action-item:${row.id}`,
    source: "action-item",
    title: row.title,
    dueDate: row.due_date,
    owner: row.owner,
    cfr: "164.308(a)(1)(ii)(B)",
    detail: `${PRIORITY_LABELS[row.priority]}-priority item of the remediation plan, ${row.status === "in-progress" ? "in progress" : "not started"}, from ${
      row.source_kind === "risk" ? "the risk analysis" : "a gap in the safeguard assessment"
    }.`,
    area: row.source_kind === "risk" ? "risk-analysis" : "assessment",
  }));
}

/**
 * The risk analysis's periodic review (its next review date) and the events recorded since it was
 * finalized that call for an earlier update. With no finalized analysis yet there is no review date:
 * the standing "Yearly security risk assessment and risk analysis" task stands for it instead.
 */
export function riskReviewDueItems(db: Database): DueItem[] {
  const items: DueItem[] = [];
  for (const review of openReviewTasks(db)) {
    if (review.kind === "periodic-review") {
      items.push({
        id: `risk-review:${review.analysisYear}`,
        source: "risk-review",
        title: review.title,
        dueDate: review.dueDate,
        owner: null,
        cfr: "164.308(a)(1)(ii)(A)",
        detail: `The next review date set when the ${review.analysisYear} risk analysis was finalized.`,
        area: "risk-analysis",
      });
    } else if (review.kind === "trigger") {
      items.push({
        id: `risk-trigger:${review.trigger.id}`,
        source: "risk-review",
        title: review.title,
        dueDate: null,
        owner: null,
        cfr: "164.308(a)(1)(ii)(A)",
        detail: `Recorded by ${review.trigger.recordedBy.name}: ${review.trigger.note}`,
        area: "risk-analysis",
      });
    }
  }
  return items;
}

/** Every source the task list merges in; the mapping of each record's items is in recordDueItems.ts. */
export const dueItemSources: DueItemSourceFn[] = [
  actionItemDueItems,
  riskReviewDueItems,
  (db, today) => trainingDueItems(listTrainingDue(db, today)),
  (db, today) => vendorDueItems(listVendorWarnings(db, today)),
  (db, today) => policyDueItems(listPolicyReviewsDue(db, today)),
  (db, today) => incidentDueItems(listOpenIncidentDeadlines(db, today)),
];

/** What the dashboard has already read on the same day: the sources below use it instead of reading it again. */
export interface ReadDueLists {
  trainingDue: TrainingDueLists;
  vendorWarnings: readonly BaaWarning[];
  deadlines: readonly OpenIncidentDeadline[];
}

/** The same sources as `dueItemSources`, in the same order, with the lists already read. */
export function dueItemSourcesWith(read: ReadDueLists): DueItemSourceFn[] {
  return [
    actionItemDueItems,
    riskReviewDueItems,
    () => trainingDueItems(read.trainingDue),
    () => vendorDueItems(read.vendorWarnings),
    (db, today) => policyDueItems(listPolicyReviewsDue(db, today)),
    () => incidentDueItems(read.deadlines),
  ];
}

export function collectDueItems(db: Database, today: string, sources: readonly DueItemSourceFn[] = dueItemSources): DueItem[] {
  return sources.flatMap((source) => source(db, today));
}
