import { randomUUID } from "node:crypto";
import type { Database } from "better-sqlite3-multiple-ciphers";
import { NOTICE_METHOD_LABELS, NOTICE_RECIPIENT_LABELS, type IncidentDetail, type NoticeInput } from "../../shared/model/incident";
import { appendAudit, type Actor } from "../audit/auditLog";
import { AppFailure } from "../core/appFailure";
import { nowIso, practiceToday, userIdOf } from "../risk/riskRecords";
import { incidentName, requireIncident } from "./incidentRecords";
import { incidentDetail } from "./incidentViews";

/**
 * The log of notices sent: to individuals (164.404), the media (164.406), the Secretary (164.408), a
 * covered entity (164.410) and, where State law asks, a State Attorney General. The practice must be
 * able to show that each notice was given (164.414(b), 164.530(j)), so entries are never changed or
 * removed; a mistake is corrected by a further entry that says so in its notes.
 */
export function addNotice(db: Database, actor: Actor, input: { incidentId: string; notice: NoticeInput }): IncidentDetail {
  db.transaction(() => {
    const row = requireIncident(db, input.incidentId);
    if (row.phi === "none") {
      throw new AppFailure("CONFLICT", `Incident ${row.number} is recorded as involving no patient information, so no breach notice is owed.`);
    }
    const { notice } = input;
    const fields: Record<string, string> = {};
    if (notice.sentOn > practiceToday(db)) fields["notice.sentOn"] = "The date can't be in the future.";
    if (notice.sentOn < row.discovered_on) fields["notice.sentOn"] = "The notice can't have been sent before the incident was discovered.";
    const first = Object.values(fields)[0];
    if (first) throw new AppFailure("VALIDATION", first, fields);
    const id = randomUUID();
    db.prepare(
      `INSERT INTO breach_notices (id, incident_id, recipient, sent_on, method, sent_to, recipients_count, notes, recorded_by, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, row.id, notice.recipient, notice.sentOn, notice.method, notice.sentTo, notice.recipientsCount, notice.notes, userIdOf(actor), nowIso());
    appendAudit(db, actor, {
      action: "incident.notice-logged",
      recordType: "breach-notice",
      recordId: id,
      summary: `Logged a notice for ${incidentName(row)}: ${NOTICE_RECIPIENT_LABELS[notice.recipient].toLowerCase()}, ${NOTICE_METHOD_LABELS[notice.method].toLowerCase()}, sent ${notice.sentOn}`,
      changes: { incidentId: row.id, ...notice },
    });
  })();
  return incidentDetail(db, input.incidentId);
}
