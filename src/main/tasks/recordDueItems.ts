import type { DeadlineRecipient, OpenIncidentDeadline } from "../../shared/model/incident";
import type { PolicyReviewDue } from "../../shared/model/policy";
import type { DueItem } from "../../shared/model/task";
import type { BaaWarning } from "../../shared/rules/baaStatus";
import type { TrainingDueItem, TrainingDueLists } from "../../shared/rules/trainingDue";
import { formatDay } from "../../shared/time/zonedTime";

/**
 * What the training, vendor, policy and incident records say is due, as DueItems for the task list,
 * the dashboard and the calendar (plugged in by dueItemSources.ts). Each id names its record
 * ("vendor:<vendor id>:review") and stays the same from one export to the next, so a calendar that
 * imported it updates the event instead of adding a second one.
 */

/**
 * One item per person, due on their earliest date: a person behind on three topics has one thing to
 * arrange, not three (45 CFR 164.308(a)(5)(i)).
 */
export function trainingDueItems(due: TrainingDueLists): DueItem[] {
  const byPerson = new Map<string, TrainingDueItem[]>();
  for (const item of [...due.overdue, ...due.upcoming]) {
    const items = byPerson.get(item.memberId) ?? [];
    items.push(item);
    byPerson.set(item.memberId, items);
  }
  return [...byPerson.values()].map((items) => {
    const sorted = [...items].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
    const first = sorted[0]!;
    const topics = sorted.map((item) => `${item.topicName} (${item.kind === "initial" ? "first training" : "refresher"}, due ${formatDay(item.dueDate)})`);
    return {
      id: `training:${first.memberId}`,
      source: "training",
      title: `Security training for ${first.memberName}`,
      dueDate: first.dueDate,
      owner: first.memberName,
      cfr: "164.308(a)(5)",
      detail: `${topics.join("; ")}. Record the training in Workforce & training once it is done.`,
      area: "workforce",
    };
  });
}

const VENDOR_TITLES: Record<BaaWarning["kind"], (name: string) => string> = {
  "no-baa": (name) => `Get a Business Associate Agreement signed with ${name}`,
  "baa-requested": (name) => `Follow up the Business Associate Agreement requested from ${name}`,
  "baa-expired": (name) => `Sign a new Business Associate Agreement with ${name}`,
  "review-overdue": (name) => `Review the Business Associate Agreement with ${name}`,
  "review-due": (name) => `Review the Business Associate Agreement with ${name}`,
  "copy-missing": (name) => `Attach the signed Business Associate Agreement of ${name}`,
};

const VENDOR_ID_SUFFIX: Record<BaaWarning["kind"], string> = {
  "no-baa": "baa",
  "baa-requested": "baa",
  "baa-expired": "baa",
  "review-overdue": "review",
  "review-due": "review",
  "copy-missing": "copy",
};

/** A missing agreement is due as soon as possible; a review on its review date (45 CFR 164.308(b)(1), 164.314(a)). */
export function vendorDueItems(warnings: readonly BaaWarning[]): DueItem[] {
  return warnings.map((warning) => ({
    id: `vendor:${warning.vendorId}:${VENDOR_ID_SUFFIX[warning.kind]}`,
    source: "vendor",
    title: VENDOR_TITLES[warning.kind](warning.vendorName),
    dueDate: warning.dueDate,
    owner: null,
    cfr: warning.citation.replace(/^45 CFR /, ""),
    detail: warning.message,
    area: "vendors",
  }));
}

/** The yearly review of each policy in effect whose review date has come (45 CFR 164.316(b)(2)(iii)). */
export function policyDueItems(reviews: readonly PolicyReviewDue[]): DueItem[] {
  return reviews.map((review) => ({
    id: `policy:${review.policyId}:review`,
    source: "policy",
    title: `Review the policy “${review.title}”`,
    dueDate: review.nextReviewDate,
    owner: null,
    cfr: "164.316(b)(2)(iii)",
    detail: `Version ${review.versionNumber} is in effect. Read it, record the review, or approve a new version if something in the office has changed.`,
    area: "policies",
  }));
}

const NOTICE_CFR: Record<DeadlineRecipient, string> = {
  individuals: "164.404(b)",
  hhs: "164.408",
  media: "164.406",
  "covered-entity": "164.410(b)",
};

/** Each breach notice owed and not yet in the incident's notice log, due on its last permitted day. */
export function incidentDueItems(deadlines: readonly OpenIncidentDeadline[]): DueItem[] {
  return deadlines.map((deadline) => ({
    id: `incident:${deadline.incidentId}:${deadline.recipient}`,
    source: "incident",
    title: `${deadline.label}: incident ${deadline.incidentNumber}, “${deadline.incidentTitle}”`,
    dueDate: deadline.dueDate,
    owner: null,
    cfr: NOTICE_CFR[deadline.recipient],
    detail: deadline.presumed
      ? "The breach assessment is not signed off yet, so a breach is presumed and this notice is owed unless the assessment shows a low probability of compromise (45 CFR 164.402, 164.414(b))."
      : "The last day the notice may be sent. Log it in the incident once it is sent.",
    area: "incidents",
  }));
}
