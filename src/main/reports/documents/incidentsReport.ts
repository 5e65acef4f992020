import type { Content } from "pdfmake/interfaces";
import {
  INCIDENT_CATEGORY_LABELS,
  INCIDENT_STATUS_LABELS,
  INFORMATION_LOCATION_LABELS,
  INFORMATION_TYPE_LABELS,
  NOTICE_METHOD_LABELS,
  NOTICE_RECIPIENT_LABELS,
  PHI_INVOLVEMENT_LABELS,
  RESPONSE_PHASE_LABELS,
  type BreachState,
  type IncidentDetail,
  type OpenIncidentDeadline,
  type SmallBreachLog,
} from "../../../shared/model/incident";
import { dayInPeriod } from "../../../shared/model/reportPeriod";
import { BREACH_EXCEPTION_INFO, BREACH_FACTORS, FACTOR_INFO, findFactorOption, outcomeLabel, SAFE_HARBOR_INFO } from "../../../shared/rules/breachAssessment";
import { formatDay } from "../../../shared/time/zonedTime";
import { listOpenIncidentDeadlines } from "../../incidents/incidentDeadlines";
import { getIncident, listIncidents } from "../../incidents/incidentService";
import { smallBreachLog } from "../../incidents/smallBreachLog";
import { practiceToday } from "../../risk/riskRecords";
import { dataTable, emptySection, factTable, notice, paragraph, sectionHeading, smallPrint, subHeading, type DocumentBody } from "../pdfDocument";
import { duringPeriod, periodFacts, plural, shortMoment, type PeriodFacts } from "./periodText";
import type { CollectContext, ReportDocument } from "./types";

export interface IncidentsReportData {
  period: PeriodFacts;
  /** The practice's today when the report was made: what deadlines are measured against. */
  today: string;
  /** Incidents discovered in the period, oldest first, in full. */
  incidents: IncidentDetail[];
  /** Incidents discovered before the period that were still not closed when the report was made. */
  stillOpenFromBefore: { number: number; title: string; discoveredOn: string; status: string }[];
  /** Every notice still owed, whenever its incident was discovered. */
  openDeadlines: OpenIncidentDeadline[];
  /** The annual small-breach log (45 CFR 164.408(c)) of each calendar year the period touches that has an entry. */
  smallBreachLogs: SmallBreachLog[];
  /**
   * In a Compliance Binder of several years: only the incidents still open are described in full; the
   * closed ones are in the log, and in full in the incident log of their year.
   */
  openOnlyInFull?: boolean;
}

const BREACH_STATE_TEXT: Record<BreachState, string> = {
  "not-applicable": "No patient information: no breach assessment needed",
  "to-assess": "BREACH ASSESSMENT NOT STARTED",
  assessing: "Breach assessment not finished or not signed off",
  "not-a-breach": "Not a breach (assessment signed off)",
  breach: "BREACH of unsecured patient information",
};

const SHORT_STATE: Record<BreachState, string> = {
  "not-applicable": "No PHI",
  "to-assess": "NOT ASSESSED",
  assessing: "Being assessed",
  "not-a-breach": "Not a breach",
  breach: "BREACH",
};

const dayAndTime = (date: string | null, time: string | null) => (date ? (time ? `${date} ${time}` : date) : "Not known");

function daysText(daysLeft: number): string {
  if (daysLeft === 0) return "Due today";
  if (daysLeft > 0) return `In ${plural(daysLeft, "day")}`;
  return `${plural(-daysLeft, "day")} OVERDUE`;
}

/** Years from the period's first to last day, or those of the incidents when the period is open-ended. */
function yearsTouched(period: { firstDay: string | null; lastDay: string | null }, incidents: IncidentDetail[], today: string): number[] {
  const discovered = incidents.map((detail) => Number(detail.incident.discoveredOn.slice(0, 4)));
  if (discovered.length === 0) return [];
  const first = period.firstDay ? Number(period.firstDay.slice(0, 4)) : Math.min(...discovered);
  const last = Number((period.lastDay ?? today).slice(0, 4));
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, index) => first + index);
}

function incidentSection(detail: IncidentDetail, zone: string): Content[] {
  const { incident, assessment } = detail;
  const residents = incident.residents.map((row) => `${row.state} ${row.count.toLocaleString("en-US")}`).join(", ");
  const systems = [...incident.assets.map((asset) => asset.name), incident.otherSystems.trim()].filter(Boolean).join(", ");
  const content: Content[] = [
    sectionHeading(`Incident ${incident.number}: ${incident.title}`),
    factTable([
      {
        label: "Status",
        value: incident.closed
          ? `Closed by ${incident.closed.by.name}, ${shortMoment(incident.closed.at, zone)}${incident.closed.note.trim() ? `: ${incident.closed.note.trim()}` : ""}`
          : INCIDENT_STATUS_LABELS[incident.status],
      },
      { label: "Happened", value: dayAndTime(incident.occurredOn, incident.occurredTime) },
      { label: "Discovered", value: `${dayAndTime(incident.discoveredOn, incident.discoveredTime)}, reported by ${incident.reportedBy}` },
      { label: "Kind of incident", value: INCIDENT_CATEGORY_LABELS[incident.category] },
      { label: "Where", value: incident.locations.map((location) => INFORMATION_LOCATION_LABELS[location]).join("; ") || "Not recorded" },
      { label: "Systems involved", value: systems || "None recorded" },
      { label: "Patient information", value: PHI_INVOLVEMENT_LABELS[incident.phi] },
      ...(incident.phi === "none"
        ? []
        : [
            { label: "Kinds of information", value: [...incident.informationTypes.map((type) => INFORMATION_TYPE_LABELS[type]), incident.otherInformation.trim()].filter(Boolean).join("; ") || "Not recorded" },
            { label: "People affected", value: incident.individualsAffected === null ? "Not known yet" : incident.individualsAffected.toLocaleString("en-US") + (residents ? ` (${residents})` : "") },
          ]),
      ...(incident.businessAssociate ? [{ label: "Held for", value: `${incident.coveredEntityName}, as its business associate (45 CFR 164.410)` }] : []),
      { label: "Breach question", value: BREACH_STATE_TEXT[detail.breachState] },
      ...(incident.riskReview
        ? [{ label: "Risk analysis review", value: incident.riskReview.resolvedByYear ? `Called for; done in the ${incident.riskReview.resolvedByYear} risk analysis` : "Called for; not done yet" }]
        : []),
    ]),
    subHeading("What happened"),
    paragraph(incident.description),
    subHeading("Response"),
    detail.steps.length
      ? dataTable(
          [
            { header: "When", width: 70 },
            { header: "Phase", width: 80 },
            { header: "What was done", width: "*" },
            { header: "By", width: 80 },
          ],
          detail.steps.map((step) => [dayAndTime(step.doneOn, step.doneTime), RESPONSE_PHASE_LABELS[step.phase].split(":")[0]!, step.action, step.doneBy]),
          { fontSize: 7.5 },
        )
      : emptySection("no triage, containment or recovery step has been recorded for this incident."),
  ];

  if (assessment) {
    const findings = BREACH_FACTORS.map((factor) => {
      const info = FACTOR_INFO[factor];
      const answers = info.questions.map((question) => {
        const option = findFactorOption(question.id, assessment.factorAnswers[question.id] ?? "");
        return `${question.text} ${option ? option.label : "Not answered"}.`;
      });
      const finding = assessment.findings[factor];
      return [
        `${info.title}\n(${info.cite})`,
        answers.join("\n") + (assessment.factorNotes[factor].trim() ? `\nNotes: ${assessment.factorNotes[factor].trim()}` : ""),
        finding === null ? "Not answered" : finding === "lower" ? "Lower risk" : "HIGHER RISK",
      ];
    });
    content.push(
      subHeading("Breach risk assessment (45 CFR 164.402)"),
      factTable([
        { label: "Conclusion", value: outcomeLabel(assessment.outcome) },
        {
          label: "Signed off",
          value: assessment.signedOff ? `${assessment.signedOff.by.name}, ${shortMoment(assessment.signedOff.at, zone)}` : "NOT SIGNED OFF: the practice's decision is not final",
        },
        {
          label: "Exceptions (164.402(1))",
          value: assessment.exception ? BREACH_EXCEPTION_INFO[assessment.exception].label + (assessment.exceptionNotes.trim() ? `. ${assessment.exceptionNotes.trim()}` : "") : "Not answered",
        },
        ...(assessment.exception === "none"
          ? [
              {
                label: "Secured (encrypted or destroyed)?",
                value: assessment.safeHarbor ? SAFE_HARBOR_INFO[assessment.safeHarbor].label + (assessment.safeHarborNotes.trim() ? `. ${assessment.safeHarborNotes.trim()}` : "") : "Not answered",
              },
            ]
          : []),
      ]),
      ...(assessment.exception === "none" && assessment.safeHarbor === "unsecured"
        ? [
            dataTable(
              [
                { header: "Factor", width: 96 },
                { header: "Questions and answers", width: "*" },
                { header: "Points to", width: 58 },
              ],
              findings,
              { fontSize: 7, striped: false },
            ),
          ]
        : []),
      ...(assessment.summary.trim() ? [paragraph([{ text: "Reasoning: ", bold: true }, assessment.summary.trim()])] : []),
      ...(assessment.missingForSignOff.length && !assessment.signedOff ? [smallPrint(`Still needed before sign-off: ${assessment.missingForSignOff.join(" ")}`)] : []),
    );
  }

  if (incident.phi !== "none") {
    content.push(
      subHeading("Notices"),
      detail.notices.length
        ? dataTable(
            [
              { header: "Sent", width: 54 },
              { header: "To", width: 90 },
              { header: "How", width: 100 },
              { header: "Addressed to", width: "*" },
              { header: "People", width: 40, align: "right" },
            ],
            detail.notices.map((sent) => [
              sent.sentOn,
              NOTICE_RECIPIENT_LABELS[sent.recipient],
              NOTICE_METHOD_LABELS[sent.method],
              sent.sentTo + (sent.notes.trim() ? `\n${sent.notes.trim()}` : ""),
              sent.recipientsCount === null ? "—" : sent.recipientsCount.toLocaleString("en-US"),
            ]),
            { fontSize: 7.5 },
          )
        : emptySection(detail.breachState === "not-a-breach" ? "the signed-off assessment found no breach, so no notice is owed." : "no notice has been logged for this incident."),
    );
    if (detail.deadlines.applies) {
      content.push(
        dataTable(
          [
            { header: "Deadline", width: "*" },
            { header: "Rule", width: 80 },
            { header: "Latest date", width: 60 },
            { header: "Standing", width: 80 },
          ],
          detail.deadlines.items.map((item) => [item.label, item.cite, item.dueDate, item.sent ? "Notice logged" : daysText(item.daysLeft)]),
          { fontSize: 7.5, striped: false },
        ),
        ...(detail.deadlines.presumed ? [smallPrint("Until the assessment is signed off, the incident is presumed to be a breach (45 CFR 164.414(b)), so its deadlines are shown.")] : []),
        ...detail.deadlines.notes.map((note) => smallPrint(note)),
      );
    }
  }
  return content;
}

/**
 * For a period of several years: the incidents still open in full, and a word on where the closed
 * ones are described. Ten years of incidents in full would be dozens of pages that each year's log holds.
 */
function closedInLogOnly(incidents: IncidentDetail[], zone: string): Content[] {
  const open = incidents.filter((detail) => detail.incident.status !== "closed");
  const closed = incidents.length - open.length;
  const where =
    `This period covers several years. The ${plural(closed, "closed incident")} ${closed === 1 ? "is" : "are"} listed in the incident log above, and each is described ` +
    "in full (response, breach assessment, notices) in the Security Incident Log of the year it was discovered, which Safeguard Desk makes from Reports.";
  if (open.length === 0) return [sectionHeading("Incident details"), smallPrint(where), emptySection("every incident of the period is closed.")];
  return [
    sectionHeading("Incident details"),
    smallPrint(`${where} The ${plural(open.length, "incident")} still open ${open.length === 1 ? "follows" : "follow"} in full.`),
    ...open.flatMap((detail) => incidentSection(detail, zone)),
  ];
}

/** The incident log of a period of several years, as the Compliance Binder holds it. */
export function collectIncidentsOverYears(context: CollectContext): IncidentsReportData {
  return { ...incidentsReport.collect(context), openOnlyInFull: true };
}

export const incidentsReport: ReportDocument<IncidentsReportData> = {
  kind: "incidents",
  description: "Security incidents discovered in the period and how each was handled: the response, the breach risk assessment, the notices and their deadlines (45 CFR 164.308(a)(6), 164.400 to 164.414).",

  collect({ db, period, now }) {
    const today = practiceToday(db, now);
    const summaries = listIncidents(db);
    const inPeriodIds = summaries.filter((summary) => dayInPeriod(summary.discoveredOn, period)).map((summary) => summary.id);
    const incidents = inPeriodIds.map((id) => getIncident(db, id)).sort((a, b) => a.incident.discoveredOn.localeCompare(b.incident.discoveredOn) || a.incident.number - b.incident.number);
    const stillOpenFromBefore = summaries
      .filter((summary) => period.firstDay !== null && summary.discoveredOn < period.firstDay && summary.status !== "closed")
      .map((summary) => ({ number: summary.number, title: summary.title, discoveredOn: summary.discoveredOn, status: INCIDENT_STATUS_LABELS[summary.status] }))
      .reverse();
    const logs = yearsTouched(period, incidents, today)
      .map((year) => smallBreachLog(db, year, today))
      .filter((log) => log.entries.length > 0);
    return { period: periodFacts(period), today, incidents, stillOpenFromBefore, openDeadlines: listOpenIncidentDeadlines(db, today), smallBreachLogs: logs };
  },

  layout(data, frame): DocumentBody {
    const zone = frame.practice.timeZone;
    const today = formatDay(data.today);
    const during = duringPeriod(data.period);
    const breaches = data.incidents.filter((detail) => detail.breachState === "breach");
    const unassessed = data.incidents.filter((detail) => detail.breachState === "to-assess" || detail.breachState === "assessing");
    const open = data.incidents.filter((detail) => detail.incident.status !== "closed");
    const overdue = data.openDeadlines.filter((deadline) => deadline.overdue);
    const affected = breaches.reduce((sum, detail) => sum + (detail.incident.individualsAffected ?? 0), 0);

    let coverNotice: DocumentBody["coverNotice"] = null;
    if (overdue.length) {
      coverNotice = {
        tone: "problem",
        title: `${plural(overdue.length, "breach notice is", "breach notices are")} past the deadline`,
        text: "Send them now and log each one; the list is under \"Notices still owed\". Late notice is itself a violation of the Breach Notification Rule (45 CFR 164.404 to 164.410).",
      };
    } else if (unassessed.length) {
      coverNotice = {
        tone: "problem",
        title: `${plural(unassessed.length, "incident involves", "incidents involve")} patient information without a signed-off breach assessment`,
        text: "Until the assessment is finished and signed off, each is presumed to be a breach (45 CFR 164.414(b)) and its notice deadlines run from the day it was discovered.",
      };
    }

    return {
      coverFacts: [
        { label: "Incidents discovered", value: String(data.incidents.length) },
        { label: "Still open", value: String(open.length) },
        { label: "Breaches", value: breaches.length ? `${breaches.length} (${plural(affected, "person", "people")} affected)` : "None" },
        { label: `Notices owed on ${today}`, value: data.openDeadlines.length ? `${data.openDeadlines.length}${overdue.length ? ` (${overdue.length} overdue)` : ""}` : "None" },
      ],
      coverNotice,
      sections: [
        sectionHeading("About this log"),
        paragraph(
          `${frame.practice.name} identifies and responds to suspected or known security incidents, reduces their harmful effects as far as it can, and documents ` +
            "each incident and its outcome (45 CFR 164.308(a)(6)(ii)). When patient information may have been involved, the practice assesses whether it was a " +
            "breach of unsecured protected health information (45 CFR 164.402): it is presumed to be one unless an exception applies, the information was secured, " +
            "or the four factors show a low probability of compromise, and the practice carries the burden of proof (164.414(b)). Breaches are notified to the people " +
            "affected, to HHS and, when large, to the media (164.404 to 164.408).",
        ),
        factTable([
          { label: "Period of this log", value: data.period.label },
          { label: "Incidents included", value: "Those discovered in the period" },
          { label: "Deadlines measured on", value: today },
        ]),
        smallPrint("Incident records and breach assessments are kept for at least six years (45 CFR 164.316(b)(2)(i), 164.530(j))."),

        sectionHeading("Incident log"),
        data.incidents.length
          ? dataTable(
              [
                { header: "No.", width: 24, align: "right" },
                { header: "Discovered", width: 54 },
                { header: "Incident", width: "*" },
                { header: "Kind", width: 80 },
                { header: "Breach question", width: 70 },
                { header: "Status", width: 64 },
              ],
              data.incidents.map((detail) => [
                detail.incident.number,
                detail.incident.discoveredOn,
                detail.incident.title,
                INCIDENT_CATEGORY_LABELS[detail.incident.category].split(" (")[0]!,
                SHORT_STATE[detail.breachState],
                INCIDENT_STATUS_LABELS[detail.incident.status].split(":")[0]!,
              ]),
              { fontSize: 7.5 },
            )
          : emptySection(`no security incident was discovered ${during}. Anything suspicious, however small (a lost phone, a misdirected fax, a virus warning), is recorded in Safeguard Desk under Incidents.`),
        ...(data.stillOpenFromBefore.length
          ? [
              subHeading("Still open from before the period"),
              dataTable(
                [
                  { header: "No.", width: 24, align: "right" },
                  { header: "Discovered", width: 54 },
                  { header: "Incident", width: "*" },
                  { header: "Status", width: 90 },
                ],
                data.stillOpenFromBefore.map((row) => [row.number, row.discoveredOn, row.title, row.status]),
                { fontSize: 7.5 },
              ),
            ]
          : []),

        sectionHeading("Notices still owed"),
        smallPrint(`Every breach notice not yet logged on ${today}, whatever period its incident falls in, soonest first.`),
        data.openDeadlines.length
          ? dataTable(
              [
                { header: "Incident", width: "*" },
                { header: "Notice owed", width: 130 },
                { header: "Latest date", width: 60 },
                { header: "Standing", width: 84 },
              ],
              data.openDeadlines.map((deadline) => [
                `${deadline.incidentNumber}: ${deadline.incidentTitle}${deadline.presumed ? "\n(presumed a breach until assessed)" : ""}`,
                deadline.label,
                deadline.dueDate,
                daysText(deadline.daysLeft),
              ]),
              { fontSize: 7.5 },
            )
          : emptySection(`no breach notice was waiting to be sent on ${today}: every notice owed had been sent and logged.`),

        sectionHeading("Breaches of fewer than 500 people"),
        smallPrint("Reported to HHS once a year, no later than 60 days after the end of the calendar year in which each was discovered (45 CFR 164.408(c))."),
        ...(data.smallBreachLogs.length
          ? data.smallBreachLogs.flatMap((log) => [
              subHeading(`Discovered in ${log.year}: report due ${log.dueDate}`),
              dataTable(
                [
                  { header: "No.", width: 24, align: "right" },
                  { header: "Incident", width: "*" },
                  { header: "Discovered", width: 54 },
                  { header: "People", width: 40, align: "right" },
                  { header: "Patients told", width: 60 },
                  { header: "Reported to HHS", width: 66 },
                ],
                log.entries.map((entry) => [
                  entry.number,
                  entry.title,
                  entry.discoveredOn,
                  entry.individualsAffected === null ? "Not known" : entry.individualsAffected.toLocaleString("en-US"),
                  entry.individualsNotifiedOn ?? "Not yet",
                  entry.reportedToHhsOn ?? (log.daysLeft < 0 ? "NOT REPORTED (late)" : "Not yet"),
                ]),
                { fontSize: 7.5 },
              ),
            ])
          : [emptySection(`no breach of fewer than 500 people was discovered ${during}.`)]),

        ...(data.incidents.length === 0
          ? [sectionHeading("Incident details"), emptySection(`there is no incident ${during} to describe.`)]
          : data.openOnlyInFull
            ? closedInLogOnly(data.incidents, zone)
            : data.incidents.flatMap((detail) => incidentSection(detail, zone))),
        ...(data.incidents.some((detail) => detail.breachState === "breach")
          ? [notice("info", "Breach notification letters", "The letters sent to patients are kept with each incident in Safeguard Desk (Incidents, the incident, Letter to patients).")]
          : []),
      ],
    };
  },
};
