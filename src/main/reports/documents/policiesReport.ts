import type { Content } from "pdfmake/interfaces";
import { parsePolicyText } from "../../../shared/content/policies";
import { POLICY_VERSION_STATUS_LABELS, type PolicyDetail, type PolicyVersionView } from "../../../shared/model/policy";
import { inPeriod } from "../../../shared/model/reportPeriod";
import { personNameKey } from "../../../shared/rules/policyAcknowledgment";
import { formatDay } from "../../../shared/time/zonedTime";
import { listPolicies, policyDetail } from "../../policies/policyViews";
import { practiceToday } from "../../policies/policyRecords";
import { listRoster } from "../../workforce/rosterService";
import { dataTable, emptySection, endWithoutMargin, factTable, notice, paragraph, sectionHeading, smallPrint, subHeading, type DocumentBody } from "../pdfDocument";
import { duringPeriod, periodFacts, plural, shortMoment, type PeriodFacts } from "./periodText";
import type { ReportDocument } from "./types";

export interface PoliciesReportData {
  period: PeriodFacts;
  /** The practice's today when the report was made: what "review due" is measured against. */
  today: string;
  /** Every policy with all its versions, reviews and acknowledgments, in the set's order. */
  policies: PolicyDetail[];
  /** Templates of the standard set not yet made into policies. */
  missingTemplates: string[];
  /** The workforce roster's current members, to show who has not acknowledged a policy in effect. */
  workforce: string[];
  /** Ids of versions approved, and of reviews and acknowledgments recorded, in the period. */
  approvedInPeriod: string[];
  reviewsInPeriod: string[];
  acknowledgmentsInPeriod: string[];
}

function standing(detail: PolicyDetail): string {
  if (!detail.inEffect) return "DRAFT: not approved";
  if (detail.reviewDue) return "REVIEW DUE";
  return detail.draft ? "In effect; a change is waiting for approval" : "In effect";
}

/**
 * The policy's own text, as written in the app: "## " headings, paragraphs and bulleted lists. A
 * heading is kept on one page with the paragraph or first bullet after it, in an unbreakable block:
 * a page-break rule would make pdfmake lay the whole document out again for each heading it moves.
 */
function policyText(body: string): Content[] {
  const content: Content[] = [];
  let heading: Content | null = null;
  const keepWithHeading = (first: Content, rest: Content[] = []) => {
    content.push(heading ? ({ stack: [heading, first], unbreakable: true } as Content) : first, ...rest);
    heading = null;
  };
  for (const block of parsePolicyText(body)) {
    if (block.kind === "heading") {
      if (heading) content.push(heading);
      heading = { text: block.text, bold: true, fontSize: 10, margin: [0, 6, 0, 3] };
    } else if (block.kind === "list") {
      const [first, ...others] = block.items;
      keepWithHeading(
        { ul: [first ?? ""], style: "body", margin: [6, 0, 0, others.length ? 0 : 6] } as Content,
        others.length ? [{ ul: others, style: "body", margin: [6, 0, 0, 6] } as Content] : [],
      );
    } else {
      keepWithHeading({ text: block.text, style: "body", margin: [0, 0, 0, 5] });
    }
  }
  if (heading) content.push(heading);
  return content;
}

function policySection(detail: PolicyDetail, zone: string): Content[] {
  const shown: PolicyVersionView | null = detail.inEffect ?? detail.draft;
  const title = shown?.title ?? detail.policy.title;
  const content: Content[] = [sectionHeading(title)];
  if (!shown) {
    content.push(emptySection("this policy has no version in effect and no draft waiting for approval."));
    return content;
  }
  content.push(
    factTable(
      [
        { label: "Version", value: `${shown.number} (${POLICY_VERSION_STATUS_LABELS[shown.status]})` },
        ...(shown.approvedBy && shown.approvedAt ? [{ label: "Approved", value: `${shown.approvedBy.name}, ${shortMoment(shown.approvedAt, zone)}` }] : []),
        { label: "In effect since", value: shown.effectiveFrom ?? "Not yet: waiting for an Administrator's approval" },
        ...(shown.nextReviewDate ? [{ label: "Next review", value: shown.nextReviewDate + (detail.reviewDue ? " (DUE)" : "") }] : []),
        { label: "Rules it carries out", value: shown.cfr.map((cfr) => `45 CFR ${cfr}`).join(", ") || "—" },
      ],
      110,
    ),
  );
  if (!detail.inEffect) {
    content.push(notice("problem", "Draft: not approved", "This policy is not in effect yet. An Administrator approves it in Safeguard Desk; until then the practice has no written policy on this subject."));
  }
  content.push(...policyText(shown.body));
  return content;
}

/**
 * The policy as the report shows it: the full text of the version in effect (or of the draft), and of
 * earlier versions only what the history says about them. Ten years of versions' text would only be
 * copied to the report worker to be left out.
 */
function withoutEarlierText(detail: PolicyDetail): PolicyDetail {
  const shownIds = new Set([detail.inEffect?.id, detail.draft?.id]);
  return {
    ...detail,
    versions: detail.versions.map((version) => (shownIds.has(version.id) ? version : { ...version, body: "", editorNotes: [] })),
    // Only acknowledgments of the version in effect are shown.
    acknowledgments: detail.acknowledgments.filter((ack) => ack.versionNumber === detail.inEffect?.number),
  };
}

interface VersionHistory {
  title: string;
  /** Versions no longer in effect, oldest first. */
  earlier: PolicyVersionView[];
  /** Versions that were in effect on some day of the period, oldest first. */
  inPeriod: PolicyVersionView[];
}

/** Whether a version was in effect on some day from `firstDay` to `lastDay` (either may be open). */
function inEffectDuring(version: PolicyVersionView, firstDay: string | null, lastDay: string | null, today: string): boolean {
  if (!version.effectiveFrom) return false;
  const until = version.effectiveUntil ?? (version.status === "in-effect" ? today : null);
  if (!until) return false;
  return (lastDay === null || version.effectiveFrom <= lastDay) && (firstDay === null || until >= firstDay);
}

const versionRange = (versions: PolicyVersionView[]) => {
  const numbers = versions.map((version) => version.number).sort((a, b) => a - b);
  if (numbers.length === 1) return `version ${numbers[0]}`;
  return numbers.every((n, i) => i === 0 || n === numbers[i - 1]! + 1) ? `versions ${numbers[0]} to ${numbers.at(-1)}` : `versions ${numbers.join(", ")}`;
};

/** One line per policy: how many earlier versions are kept, from when to when, and until when. */
function historyRow(history: VersionHistory, period: PeriodFacts): string[] {
  const superseded = history.earlier.filter((version) => version.status === "superseded");
  const withdrawn = history.earlier.filter((version) => version.status === "withdrawn");
  const effectiveDays = superseded.flatMap((version) => [version.effectiveFrom, version.effectiveUntil]).filter((day): day is string => day !== null).sort();
  const keepUntil = history.earlier.map((version) => version.retainUntil).filter((day): day is string => day !== null).sort().at(-1);
  const kept = [superseded.length ? `${plural(superseded.length, "replaced version")} (${versionRange(superseded)})` : "", withdrawn.length ? `${plural(withdrawn.length, "draft")} never approved` : ""]
    .filter(Boolean)
    .join("; ");
  return [
    history.title,
    kept,
    effectiveDays.length ? `${effectiveDays[0]} to ${effectiveDays.at(-1)}` : "Never",
    ...(period.all ? [] : [history.inPeriod.length ? history.inPeriod.map((version) => `v${version.number}${version.effectiveUntil ? ` to ${version.effectiveUntil}` : ""}`).join(", ") : "None"]),
    keepUntil ?? "—",
  ];
}

export const policiesReport: ReportDocument<PoliciesReportData> = {
  kind: "policies",
  description: "The practice's written security policies and procedures (45 CFR 164.316): each policy in effect with its full text, who approved it and when, its review date, acknowledgments, and earlier versions kept for six years.",

  collect({ db, period, now }) {
    const today = practiceToday(db, now);
    const list = listPolicies(db, today);
    const policies = list.policies.map((summary) => withoutEarlierText(policyDetail(db, summary.id, today)));
    const versions = policies.flatMap((detail) => detail.versions);
    return {
      period: periodFacts(period),
      today,
      policies,
      missingTemplates: list.missingTemplates.map((template) => template.title),
      workforce: listRoster(db, now)
        .filter((member) => member.training !== "not-required")
        .map((member) => member.fullName),
      approvedInPeriod: versions.filter((version) => version.approvedAt !== null && inPeriod(version.approvedAt, period)).map((version) => version.id),
      reviewsInPeriod: policies.flatMap((detail) => detail.reviews.filter((review) => inPeriod(review.reviewedAt, period)).map((review) => review.id)),
      acknowledgmentsInPeriod: policies.flatMap((detail) => detail.acknowledgments.filter((ack) => inPeriod(ack.acknowledgedAt, period)).map((ack) => ack.id)),
    };
  },

  layout(data, frame): DocumentBody {
    const zone = frame.practice.timeZone;
    const today = formatDay(data.today);
    const during = duringPeriod(data.period);
    const inEffect = data.policies.filter((detail) => detail.inEffect !== null);
    const drafts = data.policies.filter((detail) => detail.inEffect === null);
    const reviewDue = data.policies.filter((detail) => detail.reviewDue);
    const approved = new Set(data.approvedInPeriod);
    const reviewed = new Set(data.reviewsInPeriod);
    const acknowledged = new Set(data.acknowledgmentsInPeriod);
    const approvals = data.policies.flatMap((detail) => detail.versions.filter((version) => approved.has(version.id)).map((version) => ({ detail, version })));
    const reviews = data.policies.flatMap((detail) => detail.reviews.filter((review) => reviewed.has(review.id)).map((review) => ({ detail, review })));
    const histories: VersionHistory[] = data.policies
      .map((detail) => ({
        title: detail.policy.title,
        earlier: detail.versions.filter((version) => version.status === "superseded" || version.status === "withdrawn").reverse(),
        inPeriod: detail.versions.filter((version) => inEffectDuring(version, data.period.firstDay, data.period.lastDay, data.today)).reverse(),
      }))
      .filter((history) => history.earlier.length > 0);
    const earlierCount = histories.reduce((sum, history) => sum + history.earlier.length, 0);

    return {
      coverFacts: [
        { label: "Policies in effect", value: `${inEffect.length} of ${data.policies.length}` },
        { label: "Waiting for approval", value: drafts.length ? plural(drafts.length, "policy", "policies") : "None" },
        { label: `Review due on ${today}`, value: reviewDue.length ? plural(reviewDue.length, "policy", "policies") : "None" },
        { label: "Approved in the period", value: String(approvals.length) },
      ],
      coverNotice:
        data.policies.length === 0
          ? { tone: "problem", title: "No written policies yet", text: "The Security Rule requires written policies and procedures (45 CFR 164.316). Generate the policy set in Safeguard Desk, review it and approve it." }
          : drafts.length || reviewDue.length
            ? {
                tone: "problem",
                title: [drafts.length ? `${plural(drafts.length, "policy is", "policies are")} not approved` : "", reviewDue.length ? `${plural(reviewDue.length, "review is", "reviews are")} due` : ""]
                  .filter(Boolean)
                  .join("; "),
                text: "A draft is not a policy in effect until an Administrator approves it, and each policy is reviewed at least once a year (45 CFR 164.316(b)(2)(iii)).",
              }
            : null,
      sections: [
        // "The policies" starts a new page after these.
        ...endWithoutMargin([
          sectionHeading("About these policies"),
          paragraph(
            `These are ${frame.practice.name}'s written policies and procedures for protecting electronic protected health information, as 45 CFR 164.316(a) and ` +
              "(b)(1) require. Each change is a new version, approved by an Administrator before it takes effect; earlier versions are kept for six years from the last " +
              "day they were in effect (164.316(b)(2)(i)); the policies are available to everyone who carries them out (164.316(b)(2)(ii)); and each is reviewed at " +
              "least once a year and updated when something changes (164.316(b)(2)(iii)).",
          ),
          factTable([
            { label: "Review dates measured on", value: today },
            { label: "Period for changes", value: data.period.label },
          ]),

          sectionHeading("The policy set"),
          data.policies.length
            ? dataTable(
                [
                  { header: "Policy", width: "*" },
                  { header: "Version", width: 38, align: "right" },
                  { header: "In effect since", width: 58 },
                  { header: "Approved by", width: 76 },
                  { header: "Next review", width: 56 },
                  { header: "Standing", width: 84 },
                ],
                data.policies.map((detail) => [
                  detail.policy.title,
                  detail.inEffect ? detail.inEffect.number : "—",
                  detail.inEffect?.effectiveFrom ?? "—",
                  detail.inEffect?.approvedBy?.name ?? "—",
                  detail.inEffect?.nextReviewDate ?? "—",
                  standing(detail),
                ]),
                { fontSize: 7.5 },
              )
            : emptySection("no policy has been written yet. Safeguard Desk drafts a complete set from the practice's profile and assessment answers (Policies, Generate the policy set)."),
          ...(data.missingTemplates.length && data.policies.length
            ? [smallPrint(`Standard policies not yet added to the set: ${data.missingTemplates.join("; ")}.`)]
            : []),

          sectionHeading("Approvals and reviews in the period"),
          subHeading("Versions approved"),
          approvals.length
            ? dataTable(
                [
                  { header: "Policy", width: 110 },
                  { header: "Version", width: 38, align: "right" },
                  { header: "Approved", width: 100 },
                  { header: "What changed", width: "*" },
                ],
                approvals.map(({ detail, version }) => [
                  detail.policy.title,
                  version.number,
                  `${version.approvedBy?.name ?? "—"}\n${version.approvedAt ? shortMoment(version.approvedAt, zone) : ""}`,
                  [version.changeSummary.trim(), version.diffSummary.trim()].filter(Boolean).join(" ") || "—",
                ]),
                { fontSize: 7.5 },
              )
            : emptySection(`no policy version was approved ${during}.`),
          subHeading("Annual reviews with no change needed"),
          reviews.length
            ? dataTable(
                [
                  { header: "Policy", width: 130 },
                  { header: "Version", width: 38, align: "right" },
                  { header: "Reviewed", width: 100 },
                  { header: "Note", width: "*" },
                  { header: "Next review", width: 56 },
                ],
                reviews.map(({ detail, review }) => [
                  detail.policy.title,
                  review.versionNumber,
                  `${review.reviewedBy.name}\n${shortMoment(review.reviewedAt, zone)}`,
                  review.note || "—",
                  review.nextReviewDate,
                ]),
                { fontSize: 7.5 },
              )
            : emptySection(`no annual review was recorded ${during}; a review that led to a change is listed above as an approved version.`),

          sectionHeading("Acknowledgments"),
          smallPrint(
            "Each person confirms they have read a policy in effect by typing their own name. " +
              (data.workforce.length ? "\"Not yet\" lists the people on the workforce roster today who have not acknowledged the version in effect." : "The workforce roster is empty, so no one can be named as missing."),
          ),
          inEffect.length
            ? dataTable(
                [
                  { header: "Policy (version in effect)", width: 130 },
                  { header: `Acknowledged (${data.period.all ? "all" : "in the period marked *"})`, width: "*" },
                  { header: "Not yet", width: 130 },
                ],
                inEffect.map((detail) => {
                  const version = detail.inEffect!;
                  const acks = detail.acknowledgments.filter((ack) => ack.versionNumber === version.number);
                  const done = new Set(acks.map((ack) => personNameKey(ack.name)));
                  const missing = data.workforce.filter((name) => !done.has(personNameKey(name)));
                  return [
                    `${detail.policy.title} (v${version.number})`,
                    acks.map((ack) => `${ack.name}, ${shortMoment(ack.acknowledgedAt, zone).slice(0, 10)}${!data.period.all && acknowledged.has(ack.id) ? " *" : ""}`).join("\n") || "No one yet",
                    missing.join(", ") || (data.workforce.length ? "Everyone" : "—"),
                  ];
                }),
                { fontSize: 7.5 },
              )
            : emptySection("no policy is in effect yet, so there is nothing to acknowledge."),

          sectionHeading("Earlier versions kept"),
          smallPrint(
            "Versions no longer in effect, and drafts replaced before approval, are kept for six years (45 CFR 164.316(b)(2)(i)) and can be printed from the app. " +
              (earlierCount ? `${plural(earlierCount, "earlier version")} of ${plural(histories.length, "policy", "policies")}, summarized one line per policy` : "") +
              (earlierCount && !data.period.all ? `; "In effect in the period" names each version that applied on some day ${during}.` : earlierCount ? "." : ""),
          ),
          histories.length
            ? dataTable(
                [
                  { header: "Policy", width: "*" },
                  { header: "Earlier versions kept", width: 120 },
                  { header: "They were in effect", width: 96 },
                  ...(data.period.all ? [] : [{ header: "In effect in the period", width: 80 }]),
                  { header: "Keep until", width: 50 },
                ],
                histories.map((history) => historyRow(history, data.period)),
                { fontSize: 7.5 },
              )
            : emptySection("no policy has been changed since it was first written, so there is no earlier version."),
        ]),

        ...(data.policies.length
          ? [
              { text: "The policies", style: "h1", fontSize: 18, pageBreak: "before", margin: [0, 0, 0, 4] } as Content,
              smallPrint("The full text of each policy in effect (or, where none is approved yet, of its draft), in the order of the set."),
              ...data.policies.flatMap((detail) => policySection(detail, zone)),
            ]
          : []),
      ],
    };
  },
};
