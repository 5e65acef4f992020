import { randomUUID } from "node:crypto";
import type { Database } from "better-sqlite3-multiple-ciphers";
import type { PolicyDetail } from "../../shared/model/policy";
import { nextReviewDate, retentionDate } from "../../shared/rules/policyRetention";
import { appendAudit, type Actor } from "../audit/auditLog";
import { AppFailure } from "../core/appFailure";
import { nowIso, practiceToday, requirePolicy, requireVersion, userIdOf, versionInEffect } from "./policyRecords";
import { policyDetail } from "./policyViews";

/**
 * An Administrator puts a version into effect (45 CFR 164.316(a): policies are implemented, and
 * changed only with documentation), and records the annual review (164.316(b)(2)(iii)).
 */

const NOT_A_DRAFT: Record<string, (n: number) => string> = {
  "in-effect": (n) => `Version ${n} is already in effect.`,
  superseded: (n) => `Version ${n} was in effect before and has been replaced by a later version; it can't be approved again.`,
  withdrawn: (n) => `Version ${n} was replaced by a later draft before it was approved. Approve the latest draft instead.`,
};

/**
 * The draft takes effect today; the version it replaces is superseded with today as its last day in
 * effect, and from then on is kept for six years (164.316(b)(2)(i)).
 */
export function approveVersion(db: Database, actor: Actor, input: { versionId: string }): PolicyDetail {
  const policyId = db.transaction(() => {
    const version = requireVersion(db, input.versionId);
    if (version.status !== "draft") throw new AppFailure("CONFLICT", NOT_A_DRAFT[version.status]?.(version.number) ?? "Only a draft can be approved.");
    const today = practiceToday(db);
    const now = nowIso();
    const previous = versionInEffect(db, version.policy_id);
    let previousRetainUntil: string | null = null;
    if (previous) {
      previousRetainUntil = retentionDate(previous.created_on, today);
      db.prepare("UPDATE policy_versions SET status = 'superseded', effective_until = ?, retain_until = ? WHERE id = ?").run(today, previousRetainUntil, previous.id);
    }
    const reviewOn = nextReviewDate(today);
    db.prepare(
      "UPDATE policy_versions SET status = 'in-effect', approved_by = ?, approved_at = ?, effective_from = ?, next_review_date = ?, retain_until = NULL WHERE id = ?",
    ).run(userIdOf(actor), now, today, reviewOn, version.id);
    appendAudit(db, actor, {
      action: "policies.approved",
      recordType: "policy-version",
      recordId: version.id,
      summary: previous
        ? `Approved version ${version.number} of the policy "${version.title}"; it replaces version ${previous.number} from ${today}`
        : `Approved version ${version.number} of the policy "${version.title}"; it is in effect from ${today}`,
      changes: {
        policyId: version.policy_id,
        effectiveFrom: today,
        nextReviewDate: reviewOn,
        superseded: previous ? { version: previous.number, effectiveUntil: today, retainUntil: previousRetainUntil } : null,
      },
    });
    return version.policy_id;
  })();
  return policyDetail(db, policyId);
}

/** The annual review found no change needed: recorded, and the next review is a year on. */
export function recordPolicyReview(db: Database, actor: Actor, input: { policyId: string; note: string }): PolicyDetail {
  db.transaction(() => {
    const policy = requirePolicy(db, input.policyId);
    const version = versionInEffect(db, policy.id);
    if (!version) throw new AppFailure("CONFLICT", "This policy has no version in effect yet. Approve a version first; its first review is due a year later.");
    const today = practiceToday(db);
    const reviewOn = nextReviewDate(today);
    const id = randomUUID();
    db.prepare("INSERT INTO policy_reviews (id, version_id, reviewed_by, reviewed_at, reviewed_on, note, next_review_date) VALUES (?, ?, ?, ?, ?, ?, ?)").run(
      id,
      version.id,
      userIdOf(actor),
      nowIso(),
      today,
      input.note,
      reviewOn,
    );
    db.prepare("UPDATE policy_versions SET next_review_date = ? WHERE id = ?").run(reviewOn, version.id);
    appendAudit(db, actor, {
      action: "policies.reviewed",
      recordType: "policy-version",
      recordId: version.id,
      summary: `Reviewed the policy "${version.title}" (version ${version.number}) with no change needed; next review by ${reviewOn}`,
      changes: { policyId: policy.id, note: input.note, previousReviewDate: version.next_review_date, nextReviewDate: reviewOn },
    });
  })();
  return policyDetail(db, input.policyId);
}
