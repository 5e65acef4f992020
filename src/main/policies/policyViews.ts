import type { Database } from "better-sqlite3-multiple-ciphers";
import { POLICY_TEMPLATES } from "../../shared/content/policies";
import type { PersonRef } from "../../shared/model/assessment";
import type { PolicyAcknowledgmentView, PolicyDetail, PolicyList, PolicyReviewDue, PolicyReviewView, PolicySummary, PolicyVersionView } from "../../shared/model/policy";
import { isReviewDue } from "../../shared/rules/policyRetention";
import { readPractice } from "../services/practiceService";
import { peopleLookup, practiceToday, requirePolicy, versionsOf, type PolicyRow, type VersionRow } from "./policyRecords";

/** Turns the policy rows into what the screens show. */

type People = (id: string) => PersonRef;

function acknowledgmentCount(db: Database, versionId: string): number {
  return db.prepare("SELECT count(*) FROM policy_acknowledgments WHERE version_id = ?").pluck().get(versionId) as number;
}

/** The columns a policy's summary shows: everything but the text of each version. */
type SummaryVersion = Pick<VersionRow, "id" | "policy_id" | "number" | "title" | "summary" | "cfr" | "status" | "effective_from" | "next_review_date">;

function summaryOf(db: Database, policy: PolicyRow, versions: readonly SummaryVersion[], today: string, acknowledgments = acknowledgmentCount): PolicySummary {
  const latest = versions[0];
  if (!latest) throw new Error(`Policy ${policy.id} has no version.`);
  const inEffect = versions.find((version) => version.status === "in-effect");
  const shown = inEffect ?? latest;
  return {
    id: policy.id,
    templateId: policy.template_id,
    title: shown.title,
    summary: shown.summary,
    cfr: JSON.parse(shown.cfr) as string[],
    status: !inEffect ? "draft" : isReviewDue(inEffect.next_review_date, today) ? "review-due" : "in-effect",
    hasDraft: versions.some((version) => version.status === "draft"),
    latestVersion: { id: latest.id, number: latest.number, status: latest.status },
    inEffect: inEffect
      ? {
          versionId: inEffect.id,
          number: inEffect.number,
          effectiveFrom: inEffect.effective_from ?? "",
          nextReviewDate: inEffect.next_review_date ?? "",
          acknowledgments: acknowledgments(db, inEffect.id),
        }
      : null,
  };
}

function versionView(row: VersionRow, people: People): PolicyVersionView {
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    title: row.title,
    cfr: JSON.parse(row.cfr) as string[],
    body: row.body,
    source: row.source,
    changeSummary: row.change_summary,
    diffSummary: row.diff_summary,
    editorNotes: JSON.parse(row.editor_notes) as string[],
    createdBy: people(row.created_by),
    createdAt: row.created_at,
    createdOn: row.created_on,
    approvedBy: row.approved_by ? people(row.approved_by) : null,
    approvedAt: row.approved_at,
    effectiveFrom: row.effective_from,
    effectiveUntil: row.effective_until,
    nextReviewDate: row.next_review_date,
    retainUntil: row.retain_until,
  };
}

/** `today` is the practice's calendar date; it is a parameter so the review reminder can be checked on any day. */
export function listPolicies(db: Database, today: string = practiceToday(db)): PolicyList {
  const policies = db.prepare("SELECT * FROM policies ORDER BY position, created_at").all() as PolicyRow[];
  const generated = new Set(policies.map((policy) => policy.template_id));
  // Every policy's versions and acknowledgment counts in two queries, not two per policy.
  const versions = new Map<string, SummaryVersion[]>();
  const rows = db
    .prepare("SELECT id, policy_id, number, title, summary, cfr, status, effective_from, next_review_date FROM policy_versions ORDER BY policy_id, number DESC")
    .all() as SummaryVersion[];
  for (const row of rows) {
    const list = versions.get(row.policy_id) ?? [];
    list.push(row);
    versions.set(row.policy_id, list);
  }
  const counts = new Map(
    (db.prepare("SELECT version_id, count(*) AS n FROM policy_acknowledgments GROUP BY version_id").all() as { version_id: string; n: number }[]).map((row) => [row.version_id, row.n]),
  );
  return {
    policies: policies.map((policy) => summaryOf(db, policy, versions.get(policy.id) ?? [], today, (_db, versionId) => counts.get(versionId) ?? 0)),
    missingTemplates: POLICY_TEMPLATES.filter((template) => !generated.has(template.id)).map(({ id, title }) => ({ id, title })),
    today,
  };
}

export function policyDetail(db: Database, policyId: string, today: string = practiceToday(db)): PolicyDetail {
  const policy = requirePolicy(db, policyId);
  const people = peopleLookup(db);
  const rows = versionsOf(db, policy.id);
  const versions = rows.map((row) => versionView(row, people));
  const numberOf = new Map(rows.map((row) => [row.id, row.number]));
  const reviews = (
    db
      .prepare(
        `SELECT r.* FROM policy_reviews r JOIN policy_versions v ON v.id = r.version_id
         WHERE v.policy_id = ? ORDER BY r.reviewed_at DESC`,
      )
      .all(policy.id) as { id: string; version_id: string; reviewed_by: string; reviewed_at: string; note: string; next_review_date: string }[]
  ).map(
    (row): PolicyReviewView => ({
      id: row.id,
      versionNumber: numberOf.get(row.version_id) ?? 0,
      reviewedBy: people(row.reviewed_by),
      reviewedAt: row.reviewed_at,
      note: row.note,
      nextReviewDate: row.next_review_date,
    }),
  );
  const acknowledgments = (
    db
      .prepare(
        `SELECT a.* FROM policy_acknowledgments a JOIN policy_versions v ON v.id = a.version_id
         WHERE v.policy_id = ? ORDER BY a.acknowledged_at DESC`,
      )
      .all(policy.id) as { id: string; version_id: string; person_kind: "user" | "workforce"; typed_name: string; statement: string; acknowledged_at: string; recorded_by: string }[]
  ).map(
    (row): PolicyAcknowledgmentView => ({
      id: row.id,
      versionNumber: numberOf.get(row.version_id) ?? 0,
      name: row.typed_name,
      personKind: row.person_kind,
      statement: row.statement,
      acknowledgedAt: row.acknowledged_at,
      recordedBy: people(row.recorded_by),
    }),
  );
  const summary = summaryOf(db, policy, rows, today);
  return {
    policy: summary,
    versions,
    inEffect: versions.find((version) => version.status === "in-effect") ?? null,
    draft: versions.find((version) => version.status === "draft") ?? null,
    reviews,
    acknowledgments,
    latestVersionId: summary.latestVersion.id,
    practiceName: readPractice(db).name,
    today,
    reviewDue: summary.status === "review-due",
  };
}

/**
 * Policies in effect whose annual review date is today or past (45 CFR 164.316(b)(2)(iii)), oldest
 * first, for the task list. `today` is the practice's calendar date, YYYY-MM-DD.
 */
export function listPolicyReviewsDue(db: Database, today: string): PolicyReviewDue[] {
  return (
    db
      .prepare(
        `SELECT v.policy_id AS policyId, v.title, v.number AS versionNumber, v.next_review_date AS nextReviewDate
         FROM policy_versions v JOIN policies p ON p.id = v.policy_id
         WHERE v.status = 'in-effect' AND v.next_review_date <= ?
         ORDER BY v.next_review_date, p.position`,
      )
      .all(today) as PolicyReviewDue[]
  );
}
