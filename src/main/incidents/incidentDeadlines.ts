import type { Database } from "better-sqlite3-multiple-ciphers";
import type { OpenIncidentDeadline } from "../../shared/model/incident";
import { breachRecordsOfAll, type IncidentRow } from "./incidentRecords";
import { deadlinesOf } from "./incidentViews";

/**
 * Every notice deadline not yet met, soonest first, for the dashboard: the notices owed by each
 * breach (and each incident still presumed a breach) whose sending is not in the notice log. A closed
 * incident stays in the list while its small-breach report to HHS is still to be made.
 *
 * `today` is the practice's calendar date ("YYYY-MM-DD", practiceToday in src/main/risk/riskRecords.ts).
 */
export function listOpenIncidentDeadlines(db: Database, today: string): OpenIncidentDeadline[] {
  const rows = db.prepare("SELECT * FROM incidents WHERE phi <> 'none' ORDER BY number").all() as IncidentRow[];
  const breach = breachRecordsOfAll(db);
  return rows
    .flatMap((row) => {
      const deadlines = deadlinesOf(row, breach.assessment(row.id), breach.notices(row.id), today);
      return deadlines.items
        .filter((item) => !item.sent)
        .map((item) => ({
          incidentId: row.id,
          incidentNumber: row.number,
          incidentTitle: row.title,
          recipient: item.recipient,
          label: item.label,
          dueDate: item.dueDate,
          daysLeft: item.daysLeft,
          overdue: item.overdue,
          presumed: deadlines.presumed,
        }));
    })
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.incidentNumber - b.incidentNumber);
}
