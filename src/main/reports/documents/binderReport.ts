import type { Content } from "pdfmake/interfaces";
import { REPORT_TITLES, type ReportKind } from "../../../shared/model/reports";
import { AppFailure } from "../../core/appFailure";
import { dayInZone } from "../../../shared/time/zonedTime";
import { isMissingYear, spansSeveralYears } from "./reportYear";
import { dataTable, endWithoutMargin, factTable, notice, paragraph, sectionHeading, smallPrint, type DocumentBody, type DocumentFrame } from "../pdfDocument";
import { accountsReport } from "./accountsReport";
import { auditLogReport, collectAuditSummary } from "./auditLogReport";
import { gapAssessmentReport } from "./gapAssessmentReport";
import { collectIncidentsOverYears, incidentsReport } from "./incidentsReport";
import { policiesReport } from "./policiesReport";
import { collectPlanOverYears, remediationPlanReport } from "./remediationPlanReport";
import { riskAnalysisReport } from "./riskAnalysisReport";
import { collectTrainingByYear, trainingReport } from "./trainingReport";
import type { CollectContext, ReportDocument } from "./types";
import { vendorsReport } from "./vendorsReport";

/**
 * The Compliance Binder: every other document in one PDF, each as a part with its own heading in
 * the contents and the bookmarks (part, then its sections), after an overview of the parts. A part
 * whose records do not exist yet (no risk analysis for the year, say) says so and why, instead of
 * stopping the binder.
 */

type PartKind = Exclude<ReportKind, "binder">;

interface PartPlan {
  kind: PartKind;
  title: string;
  document: ReportDocument<unknown>;
  /** What the binder reads for this part, when it shows less than the document on its own (and says so in the overview). */
  collect?: (context: CollectContext) => unknown;
  description?: string;
}

/**
 * A binder of several years (everything on record, or a long range) counts what piles up year after
 * year (training records, completed remediation items, closed incidents, audit entries) instead of
 * listing it: each year's binder lists it. A year's binder holds every record of the year.
 */
const overYears = (context: CollectContext) => spansSeveralYears(context.period, dayInZone(context.now, context.practice.timeZone));

/** In the order of the yearly cycle: analyse, assess, fix, write down, train, contract, respond, control access. */
const PARTS: readonly PartPlan[] = [
  { kind: "annual-risk-analysis", title: REPORT_TITLES["annual-risk-analysis"], document: riskAnalysisReport as ReportDocument<unknown> },
  { kind: "gap-assessment", title: REPORT_TITLES["gap-assessment"], document: gapAssessmentReport as ReportDocument<unknown> },
  {
    kind: "remediation-plan",
    title: REPORT_TITLES["remediation-plan"],
    document: remediationPlanReport as ReportDocument<unknown>,
    // Over several years, the items long done are counted by the year they were done.
    collect: (context) => (overYears(context) ? collectPlanOverYears(context) : remediationPlanReport.collect(context)),
  },
  { kind: "policies", title: REPORT_TITLES.policies, document: policiesReport as ReportDocument<unknown> },
  {
    kind: "training",
    title: REPORT_TITLES.training,
    document: trainingReport as ReportDocument<unknown>,
    // Over several years, the records and their signed statements (hundreds of pages for a ten-year practice) are counted by year.
    collect: (context) => (overYears(context) ? collectTrainingByYear(context) : trainingReport.collect(context)),
  },
  { kind: "vendors", title: REPORT_TITLES.vendors, document: vendorsReport as ReportDocument<unknown> },
  {
    kind: "incidents",
    title: REPORT_TITLES.incidents,
    document: incidentsReport as ReportDocument<unknown>,
    // Over several years, the closed incidents are in the log, and in full in the log of their year.
    collect: (context) => (overYears(context) ? collectIncidentsOverYears(context) : incidentsReport.collect(context)),
  },
  { kind: "accounts", title: REPORT_TITLES.accounts, document: accountsReport as ReportDocument<unknown> },
  {
    kind: "audit-log",
    title: "Audit Log Summary",
    document: auditLogReport as ReportDocument<unknown>,
    // The integrity check and the counts, made by SQLite; a year's hundred thousand entries would bury the rest of the binder.
    collect: collectAuditSummary,
    description: "The tamper check of the practice's audit trail and who did what, how often, in the period (45 CFR 164.312(b)); the entries themselves are in the Audit Log Report.",
  },
];

export type BinderPart = { kind: PartKind; title: string; description: string } & ({ available: true; data: unknown } | { available: false; reason: string });

export interface BinderReportData {
  parts: BinderPart[];
  /** The period runs over several years, so records that pile up are counted year by year. */
  overYears?: boolean;
}

const partId = (index: number) => `binder-part-${index + 1}`;

/**
 * Puts a part's section headings under the part: in the PDF's bookmarks as its children, and in the
 * contents indented beneath it. The part's own content is fresh from its layout, so it is changed in place.
 */
function nestUnder(content: Content[], parentId: string): void {
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (!node || typeof node !== "object") return;
    const record = node as Record<string, unknown>;
    if (record.tocItem && record.outline) {
      record.outlineParentId = parentId;
      record.tocMargin = [16, 0, 0, 0];
      record.tocStyle = { fontSize: 8.5 };
      record.tocNumberStyle = { fontSize: 8.5 };
      return;
    }
    for (const value of Object.values(record)) visit(value);
  };
  visit(content);
}

function partHeading(index: number, total: number, title: string): Content[] {
  return [
    { text: `PART ${index + 1} OF ${total}`, style: "coverKicker", pageBreak: "before", margin: [0, 0, 0, 4] },
    {
      text: `Part ${index + 1}: ${title}`,
      id: partId(index),
      style: "h1",
      fontSize: 20,
      margin: [0, 0, 0, 8],
      tocItem: true,
      outline: true,
      tocStyle: { bold: true },
      tocNumberStyle: { bold: true },
      tocMargin: [0, 7, 0, 1],
      headlineLevel: 1,
    } as Content,
  ];
}

interface LaidOutPart {
  part: BinderPart;
  body: DocumentBody | null;
}

export const binderReport: ReportDocument<BinderReportData> = {
  kind: "binder",
  description: "Every document above in one PDF for an auditor, insurer or new client: each as a part, with a table of contents and bookmarks.",

  collect(context: CollectContext) {
    const parts = PARTS.map((plan): BinderPart => {
      const base = { kind: plan.kind, title: plan.title, description: plan.description ?? plan.document.description };
      try {
        const data = plan.collect ? plan.collect(context) : plan.document.collect(context);
        // A yearly document without its year's records is left out of the binder, with the reason.
        if (isMissingYear(data)) return { ...base, available: false, reason: data.missing };
        return { ...base, available: true, data };
      } catch (error) {
        // Records that do not exist yet are a reason to leave a part out; anything else is a fault.
        if (error instanceof AppFailure) return { ...base, available: false, reason: error.message };
        throw error;
      }
    });
    return { parts, overYears: overYears(context) };
  },

  layout(data, frame: DocumentFrame): DocumentBody {
    const total = data.parts.length;
    const laidOut: LaidOutPart[] = data.parts.map((part) => {
      if (!part.available) return { part, body: null };
      const plan = PARTS.find((candidate) => candidate.kind === part.kind);
      if (!plan) throw new Error(`The binder has no part "${part.kind}".`);
      return { part, body: plan.document.layout(part.data, { ...frame, title: part.title }) };
    });
    const included = laidOut.filter((entry) => entry.body !== null);
    const missing = laidOut.filter((entry) => entry.body === null);
    const attention = laidOut.filter((entry) => entry.body?.coverNotice?.tone === "problem");

    const overviewRows = laidOut.map(({ part, body }, index) => {
      const standing: Content = part.available
        ? {
            text: [
              { text: "Included", bold: true },
              body?.coverNotice?.tone === "problem" ? `. Needs attention: ${body.coverNotice.title}.` : "",
            ],
          }
        : { text: [{ text: "NOT AVAILABLE", bold: true }, `: ${part.reason}`] };
      return [`${index + 1}. ${part.title}`, part.description, standing, { text: [{ pageReference: partId(index) }] } as Content];
    });

    const partsContent: Content[] = laidOut.flatMap(({ part, body }, index) => {
      const heading = partHeading(index, total, part.title);
      if (!part.available || !body) {
        const reason = part.available ? "" : part.reason;
        return [
          ...heading,
          ...endWithoutMargin([
            notice(
              "problem",
              "Not available: this part is empty",
              `${reason} This part would hold: ${part.description.charAt(0).toLowerCase()}${part.description.slice(1)}`,
            ),
            smallPrint(`Once the records exist, make the binder again; the ${part.title} can also be made on its own from Reports.`),
          ]),
        ];
      }
      const own: Content[] = [
        factTable(body.coverFacts.length ? body.coverFacts : [{ label: "Period", value: frame.periodLabel }]),
        ...(body.coverNotice ? [notice(body.coverNotice.tone, body.coverNotice.title, body.coverNotice.text)] : []),
        ...body.sections,
      ];
      nestUnder(own, partId(index));
      // The next part's page break follows.
      return [...heading, ...endWithoutMargin(own)];
    });

    return {
      coverFacts: [
        { label: "Parts", value: `${total}: ${included.length} included${missing.length ? `, ${missing.length} not available` : ""}` },
        { label: "Parts needing attention", value: attention.length ? attention.map((entry) => entry.part.title).join("; ") : "None" },
      ],
      coverNotice: missing.length
        ? {
            tone: "problem",
            title: `${missing.length === 1 ? "1 part is" : `${missing.length} parts are`} not available`,
            text: `${missing.map((entry) => entry.part.title).join("; ")}: the records ${missing.length === 1 ? "it is" : "they are"} made from do not exist yet for this period. Each such part says why.`,
          }
        : null,
      sections: [
        ...endWithoutMargin([
          sectionHeading("About this binder"),
          paragraph(
            `This binder gathers ${frame.practice.name}'s HIPAA Security Rule documentation for ${frame.periodLabel.charAt(0).toLowerCase()}${frame.periodLabel.slice(1)} ` +
              "in one document: the risk analysis and the plan that follows from it, the safeguard assessment, the written policies, the training, the business " +
              "associates, the security incidents, and who can reach the practice's records. It is the documentation the Security Rule asks the practice to keep " +
              "for six years and to make available to those who need it (45 CFR 164.316(b)).",
          ),
          paragraph(
            "Each part is the same document Safeguard Desk makes on its own, with its own sections; the contents and the PDF's bookmarks list each part and, " +
              "beneath it, its sections. The sign-off at the end covers the whole binder.",
          ),
          ...(data.overYears
            ? [
                notice(
                  "info",
                  "A binder of several years",
                  "This period covers more than one year, so what piles up year after year is counted by year instead of listed: training records and their signed " +
                    "statements, completed remediation items, closed incidents and audit log entries. The Compliance Binder of each year lists them one by one; " +
                    "an auditor usually asks for one year's binder.",
                ),
              ]
            : []),
          sectionHeading("Parts of this binder"),
          ...(attention.length
            ? [smallPrint("\"Needs attention\" repeats the warning on that part's first page, so nothing that needs doing is hidden inside a part.")]
            : []),
          dataTable(
            [
              { header: "Part", width: 110 },
              { header: "What it holds", width: "*" },
              { header: "Standing", width: 140 },
              { header: "Page", width: 30, align: "right" },
            ],
            overviewRows,
            { fontSize: 7.5 },
          ),
        ]),
        ...partsContent,
      ],
    };
  },
};
