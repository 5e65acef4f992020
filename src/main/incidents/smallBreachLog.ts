import type { Database } from "better-sqlite3-multiple-ciphers";
import type { IncidentCategory, SmallBreachLog } from "../../shared/model/incident";
import { LARGE_BREACH_THRESHOLD } from "../../shared/rules/breachDeadlines";
import { addCalendarDays, daysBetween } from "../../shared/rules/calendarDates";
import { practiceToday } from "../risk/riskRecords";

/**
 * The annual log of 45 CFR 164.408(c): each breach of fewer than 500 individuals discovered in a
 * calendar year is reported to the Secretary no later than 60 days after the end of that year. A
 * breach whose count is not yet known is listed too, so it is not forgotten; a business associate's
 * breaches are reported by its covered entity, not by the practice, and are left out.
 */
export function smallBreachLog(db: Database, year: number, today: string = practiceToday(db)): SmallBreachLog {
  const rows = db
    .prepare(
      `SELECT i.id, i.number, i.title, i.occurred_on, i.discovered_on, i.individuals_affected, i.category,
              (SELECT min(sent_on) FROM breach_notices n WHERE n.incident_id = i.id AND n.recipient = 'individuals') AS individuals_notified_on,
              (SELECT min(sent_on) FROM breach_notices n WHERE n.incident_id = i.id AND n.recipient = 'hhs') AS reported_to_hhs_on
         FROM incidents i JOIN breach_assessments a ON a.incident_id = i.id
        WHERE a.conclusion = 'breach' AND i.phi <> 'none' AND i.business_associate = 0
          AND i.discovered_on BETWEEN ? AND ?
          AND (i.individuals_affected IS NULL OR i.individuals_affected < ?)
        ORDER BY i.discovered_on, i.number`,
    )
    .all(`${year}-01-01`, `${year}-12-31`, LARGE_BREACH_THRESHOLD) as {
    id: string;
    number: number;
    title: string;
    occurred_on: string | null;
    discovered_on: string;
    individuals_affected: number | null;
    category: IncidentCategory;
    individuals_notified_on: string | null;
    reported_to_hhs_on: string | null;
  }[];
  const dueDate = addCalendarDays(`${year}-12-31`, 60);
  const entries = rows.map((row) => ({
    incidentId: row.id,
    number: row.number,
    title: row.title,
    occurredOn: row.occurred_on,
    discoveredOn: row.discovered_on,
    individualsAffected: row.individuals_affected,
    category: row.category,
    individualsNotifiedOn: row.individuals_notified_on,
    reportedToHhsOn: row.reported_to_hhs_on,
  }));
  return { year, dueDate, daysLeft: daysBetween(today, dueDate), entries, unreported: entries.filter((entry) => entry.reportedToHhsOn === null).length };
}
