import type { Content } from "pdfmake/interfaces";
import { ACTION_ITEM_STATUS_LABELS, type ActionItem } from "../../../shared/model/actionItem";
import type { ResolvedPeriod } from "../../../shared/model/reportPeriod";
import { dayInZone, formatDay, formatTableMoment } from "../../../shared/time/zonedTime";
import { listActionItems } from "../../services/actionItemService";
import { dataTable, emptySection, factTable, paragraph, sectionHeading, smallPrint, type DocumentBody } from "../pdfDocument";
import { duringPeriod, periodFacts, plural, type PeriodFacts } from "./periodText";
import type { CollectContext, ReportDocument } from "./types";

export interface RemediationPlanReportData {
  /** The items that were open at some time in the period: still open, or done during or after it. */
  items: ActionItem[];
  period: PeriodFacts;
  /** Items done before the period began: that year's plan lists them. */
  doneBefore: number;
  /** Items added after the period ended: a later year's plan lists them. */
  addedAfter: number;
  /**
   * In a Compliance Binder of several years: the completed items counted by the year they were done,
   * in place of the list (`items` then holds the open ones only); each year's plan lists them.
   */
  completedByYear?: { year: string; items: number }[];
}

/**
 * Whether the item was on the plan and not yet done at some moment of the period, or comes from an
 * assessment of a year the period covers (its gaps belong to that year's plan whenever they were
 * added). Ten years of a practice's plan are hundreds of items, most of them long done; a year's plan
 * is what was open in it.
 */
function openDuring(item: ActionItem, period: ResolvedPeriod): "in" | "done-before" | "added-after" {
  const fromAssessmentOfPeriod =
    item.source.kind === "assessment-gap" &&
    (!period.firstDay || `${item.source.assessmentYear}-12-31` >= period.firstDay) &&
    (!period.lastDay || `${item.source.assessmentYear}-01-01` <= period.lastDay);
  if (period.endsBefore && item.createdAt >= period.endsBefore && !fromAssessmentOfPeriod) return "added-after";
  if (period.startsAt && item.status === "done" && item.completedAt !== null && item.completedAt < period.startsAt) return "done-before";
  return "in";
}

/** Reading the plan is not an action of any one person; the actor is only needed for "assigned to me". */
const REPORT_READER = { id: null, name: "Remediation Plan report" };

const day = (iso: string, zone: string) => formatTableMoment(iso, zone).slice(0, 10);
const capitalized = (text: string) => text[0]!.toUpperCase() + text.slice(1);

function sourceOf(item: ActionItem): string {
  if (item.source.kind === "assessment-gap") return `Assessment ${item.source.assessmentYear} gap: ${item.source.cfr} ${item.source.name}`;
  return "Risk analysis";
}

function itemRow(item: ActionItem, zone: string): (string | number)[] {
  return [
    item.title + (item.notes.trim() ? `\n${item.notes.trim()}` : ""),
    sourceOf(item),
    capitalized(item.priority),
    item.owner?.name ?? "No owner",
    item.dueDate ?? "No date",
    item.status === "done" && item.completedAt ? `Done ${day(item.completedAt, zone)}` : ACTION_ITEM_STATUS_LABELS[item.status] + (item.overdue ? " (overdue)" : ""),
  ];
}

/** For a period of several years: how many items were completed each year. */
function completedCounts(years: { year: string; items: number }[]): Content[] {
  return [
    smallPrint("This period covers several years, so the completed items are counted by the year they were done; the Remediation Plan of each year lists them one by one."),
    years.length
      ? dataTable(
          [
            { header: "Year completed", width: "*" },
            { header: "Items", width: 80, align: "right" },
          ],
          years.map((year) => [year.year, year.items.toLocaleString("en-US")]),
        )
      : emptySection("no action item has been completed yet."),
  ];
}

const COLUMNS = [
  { header: "What will be done", width: "*" as const },
  { header: "Why", width: 110 },
  { header: "Priority", width: 40 },
  { header: "Owner", width: 66 },
  { header: "Due", width: 50 },
  { header: "Status", width: 56 },
];

/** The plan of a period of several years, as the Compliance Binder holds it: the open items, and the completed ones counted by year. */
export function collectPlanOverYears(context: CollectContext): RemediationPlanReportData {
  const plan = remediationPlanReport.collect(context);
  const zone = context.practice.timeZone;
  const counts = new Map<string, number>();
  for (const item of plan.items) {
    if (item.status !== "done") continue;
    const year = item.completedAt ? dayInZone(item.completedAt, zone).slice(0, 4) : "Not recorded";
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return {
    ...plan,
    items: plan.items.filter((item) => item.status !== "done"),
    completedByYear: [...counts].sort((a, b) => a[0].localeCompare(b[0])).map(([year, items]) => ({ year, items })),
  };
}

export const remediationPlanReport: ReportDocument<RemediationPlanReportData> = {
  kind: "remediation-plan",
  description: "What will be fixed, by whom and by when: every gap from the assessment and every step from the risk analysis (45 CFR 164.308(a)(1)(ii)(B)).",

  collect({ db, period }) {
    const all = listActionItems(db, REPORT_READER, { status: "all", assignedToMe: false });
    const standing = all.map((item) => openDuring(item, period));
    return {
      items: all.filter((_, index) => standing[index] === "in"),
      period: periodFacts(period),
      doneBefore: standing.filter((where) => where === "done-before").length,
      addedAfter: standing.filter((where) => where === "added-after").length,
    };
  },

  layout({ items, period, doneBefore, addedAfter, completedByYear }, frame): DocumentBody {
    const zone = frame.practice.timeZone;
    const generatedOn = formatDay(dayInZone(frame.generatedAt, zone));
    const leftOut = [
      doneBefore ? `${plural(doneBefore, "item")} done before the period began` : "",
      addedAfter ? `${plural(addedAfter, "item")} added after it ended` : "",
    ].filter(Boolean);
    const open = items.filter((item) => item.status !== "done");
    const done = items.filter((item) => item.status === "done");
    const doneCount = completedByYear ? completedByYear.reduce((sum, year) => sum + year.items, 0) : done.length;
    const overdue = open.filter((item) => item.overdue);
    const withoutOwner = open.filter((item) => item.owner === null);
    return {
      coverFacts: [
        { label: "Open items", value: String(open.length) },
        { label: "Overdue", value: String(overdue.length) },
        { label: "Completed", value: String(doneCount) },
      ],
      coverNotice:
        overdue.length > 0
          ? { tone: "problem", title: `${overdue.length} item${overdue.length === 1 ? " is" : "s are"} overdue`, text: "Each overdue item should get a new date and a note saying why it slipped." }
          : null,
      sections: [
        sectionHeading("About this plan"),
        paragraph(
          `The Security Rule requires ${frame.practice.name} to implement security measures that reduce its risks and vulnerabilities to a reasonable and ` +
            "appropriate level (45 CFR 164.308(a)(1)(ii)(B)). This plan lists every action decided on: the gaps found by the safeguard assessment and the steps " +
            "chosen in the risk analysis, each with its owner, due date and status.",
        ),
        smallPrint(
          period.all
            ? `Every item ever added to the plan, with its status on ${generatedOn}.`
            : `The items on the plan at any time ${duringPeriod(period)}: those still open, and those done during or after it, with their status on ${generatedOn}.` +
                (leftOut.length ? ` Not listed: ${leftOut.join(", and ")}; the plan for the year they belong to lists them.` : ""),
        ),
        factTable([
          { label: completedByYear ? "Open, from the assessment" : "From the assessment", value: String(items.filter((item) => item.source.kind === "assessment-gap").length) },
          { label: completedByYear ? "Open, from the risk analysis" : "From the risk analysis", value: String(items.filter((item) => item.source.kind === "risk").length) },
          { label: "Open without an owner", value: String(withoutOwner.length) },
        ]),
        sectionHeading("Open items"),
        smallPrint("Ordered by due date (undated last), then priority."),
        open.length ? dataTable(COLUMNS, open.map((item) => itemRow(item, zone)), { fontSize: 7.5 }) : emptySection("every action item is done."),
        sectionHeading("Completed items"),
        ...(completedByYear
          ? completedCounts(completedByYear)
          : [
              done.length
                ? dataTable(COLUMNS, done.map((item) => itemRow(item, zone)), { fontSize: 7.5 })
                : emptySection(doneBefore ? `no item was completed ${duringPeriod(period)} or since; ${plural(doneBefore, "item was", "items were")} completed before it.` : "no action item has been completed yet."),
            ]),
      ],
    };
  },
};
