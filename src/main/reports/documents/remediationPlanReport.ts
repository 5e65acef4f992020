import { ACTION_ITEM_STATUS_LABELS, type ActionItem } from "../../../shared/model/actionItem";
import { formatTableMoment } from "../../../shared/time/zonedTime";
import { listActionItems } from "../../services/actionItemService";
import { dataTable, emptySection, factTable, paragraph, sectionHeading, smallPrint, type DocumentBody } from "../pdfDocument";
import type { ReportDocument } from "./types";

export interface RemediationPlanReportData {
  items: ActionItem[];
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

const COLUMNS = [
  { header: "What will be done", width: "*" as const },
  { header: "Why", width: 110 },
  { header: "Priority", width: 40 },
  { header: "Owner", width: 66 },
  { header: "Due", width: 50 },
  { header: "Status", width: 56 },
];

export const remediationPlanReport: ReportDocument<RemediationPlanReportData> = {
  kind: "remediation-plan",
  description: "What will be fixed, by whom and by when: every gap from the assessment and every step from the risk analysis (45 CFR 164.308(a)(1)(ii)(B)).",

  collect({ db }) {
    return { items: listActionItems(db, REPORT_READER, { status: "all", assignedToMe: false }) };
  },

  layout({ items }, frame): DocumentBody {
    const zone = frame.practice.timeZone;
    const open = items.filter((item) => item.status !== "done");
    const done = items.filter((item) => item.status === "done");
    const overdue = open.filter((item) => item.overdue);
    const withoutOwner = open.filter((item) => item.owner === null);
    return {
      coverFacts: [
        { label: "Open items", value: String(open.length) },
        { label: "Overdue", value: String(overdue.length) },
        { label: "Completed", value: String(done.length) },
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
        factTable([
          { label: "From the assessment", value: String(items.filter((item) => item.source.kind === "assessment-gap").length) },
          { label: "From the risk analysis", value: String(items.filter((item) => item.source.kind === "risk").length) },
          { label: "Open without an owner", value: String(withoutOwner.length) },
        ]),
        sectionHeading("Open items"),
        smallPrint("Ordered by due date (undated last), then priority."),
        open.length ? dataTable(COLUMNS, open.map((item) => itemRow(item, zone)), { fontSize: 7.5 }) : emptySection("every action item is done."),
        sectionHeading("Completed items"),
        done.length ? dataTable(COLUMNS, done.map((item) => itemRow(item, zone)), { fontSize: 7.5 }) : emptySection("no action item has been completed yet."),
      ],
    };
  },
};
