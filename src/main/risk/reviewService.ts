import { randomUUID } from "node:crypto";
import type { Database } from "better-sqlite3-multiple-ciphers";
import { REVIEW_TRIGGER_LABELS, type ReviewTask, type ReviewTriggerKind, type ReviewTriggerView } from "../../shared/model/risk";
import { reviewTasks } from "../../shared/risk/reviewSchedule";
import { appendAudit, type Actor } from "../audit/auditLog";
import { nowIso, peopleLookup, practiceToday, userIdOf } from "./riskRecords";

/**
 * Periodic review (OCR's ninth element): the scheduled review of the latest finalized analysis, and
 * the events recorded since that call for an earlier one. They show as tasks until the next analysis
 * is finalized.
 */

interface TriggerRow {
  id: string;
  kind: ReviewTriggerKind;
  note: string;
  occurred_on: string;
  recorded_by: string;
  recorded_at: string;
}

export function openReviewTasks(db: Database): ReviewTask[] {
  const latest = db
    .prepare("SELECT year, next_review_date AS nextReviewDate FROM risk_analyses WHERE status = 'finalized' ORDER BY finalized_at DESC LIMIT 1")
    .get() as { year: number; nextReviewDate: string } | undefined;
  const people = peopleLookup(db);
  const rows = db.prepare("SELECT * FROM risk_review_triggers WHERE resolved_by_analysis_id IS NULL ORDER BY occurred_on, recorded_at").all() as TriggerRow[];
  const openTriggers: ReviewTriggerView[] = rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    note: row.note,
    occurredOn: row.occurred_on,
    recordedBy: people(row.recorded_by),
    recordedAt: row.recorded_at,
  }));
  return reviewTasks({ today: practiceToday(db), latest: latest ?? null, openTriggers });
}

export function addReviewTrigger(db: Database, actor: Actor, input: { kind: ReviewTriggerKind; note: string; occurredOn: string }): ReviewTask[] {
  db.transaction(() => {
    const id = randomUUID();
    db.prepare("INSERT INTO risk_review_triggers (id, kind, note, occurred_on, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)").run(
      id,
      input.kind,
      input.note,
      input.occurredOn,
      userIdOf(actor),
      nowIso(),
    );
    appendAudit(db, actor, {
      action: "risk.review-triggered",
      recordType: "risk-review-trigger",
      recordId: id,
      summary: `Recorded an event that calls for reviewing the risk analysis: ${REVIEW_TRIGGER_LABELS[input.kind].toLowerCase()} on ${input.occurredOn}`,
      changes: { kind: input.kind, note: input.note, occurredOn: input.occurredOn },
    });
  })();
  return openReviewTasks(db);
}
