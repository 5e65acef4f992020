import type { Database } from "better-sqlite3-multiple-ciphers";
import type { Content } from "pdfmake/interfaces";
import { dayInPeriod, type ResolvedPeriod } from "../../../shared/model/reportPeriod";
import type { TrainingCompletion, TrainingSession, TrainingSettings, TrainingTopic } from "../../../shared/model/training";
import type { RosterEntry, TrainingStanding } from "../../../shared/model/workforce";
import type { TrainingDueItem } from "../../../shared/rules/trainingDue";
import { formatDay } from "../../../shared/time/zonedTime";
import { listCompletions } from "../../workforce/completionService";
import { listRoster } from "../../workforce/rosterService";
import { listSessions, listTopics } from "../../workforce/topicService";
import { trainingDueView } from "../../workforce/trainingDueService";
import { dataTable, emptySection, factTable, paragraph, sectionHeading, smallPrint, subHeading, type DocumentBody } from "../pdfDocument";
import { duringPeriod, periodFacts, plural, shortMoment, type PeriodFacts } from "./periodText";
import type { CollectContext, ReportDocument } from "./types";

/** A roster line with the last day the person completed any training, from every record on file. */
interface RosterLine extends RosterEntry {
  lastTrainedOn: string | null;
}

export interface TrainingReportData {
  period: PeriodFacts;
  /** The practice's today when the report was made: what "overdue" is measured against. */
  today: string;
  settings: TrainingSettings;
  topics: TrainingTopic[];
  /** Sessions held in the period, oldest first. */
  sessions: TrainingSession[];
  /** Training completed in the period, oldest first. */
  completions: TrainingCompletion[];
  /** Everyone on the roster today, and those who left during the period; not those who left before it. */
  roster: RosterLine[];
  leftBefore: number;
  overdue: TrainingDueItem[];
  upcoming: TrainingDueItem[];
  /**
   * In a Compliance Binder of more than a year: the training counted year by year, in place of the
   * sessions, records and signed statements (then empty), which each year's record lists.
   */
  byYear?: TrainingYear[];
}

/** One calendar year of training, counted by SQLite. */
export interface TrainingYear {
  year: string;
  sessions: number;
  records: number;
  people: number;
}

const STANDING_LABELS: Record<TrainingStanding, string> = {
  overdue: "OVERDUE",
  "due-soon": "Due soon",
  current: "Up to date",
  "not-required": "Left: not required",
};

const byDateThenName = (a: TrainingCompletion, b: TrainingCompletion) => a.completedOn.localeCompare(b.completedOn) || a.memberName.localeCompare(b.memberName);

function dueRow(item: TrainingDueItem): string[] {
  const when = item.daysLeft < 0 ? `${plural(-item.daysLeft, "day")} late` : item.daysLeft === 0 ? "Today" : `In ${plural(item.daysLeft, "day")}`;
  return [
    item.memberName,
    item.topicName,
    item.kind === "initial" ? "First training after hire" : `Refresher (last ${item.lastCompletedOn ?? "—"})`,
    item.dueDate,
    when,
  ];
}

const DUE_COLUMNS = [
  { header: "Person", width: 96 },
  { header: "Topic", width: "*" as const },
  { header: "Kind", width: 118 },
  { header: "Due", width: 56 },
  { header: "When", width: 62 },
];

const FIRST_DAY = "0000-01-01";
const LAST_DAY = "9999-12-31";

/** What both the full record and the year-by-year summary hold: topics, the roster with its standing, and what is due. */
function standingData(db: Database, period: ResolvedPeriod, now: Date): Omit<TrainingReportData, "sessions" | "completions"> {
  const due = trainingDueView(db, now);
  const roster = listRoster(db, now);
  const lastTrained = new Map(db.prepare("SELECT member_id, max(completed_on) FROM training_completions GROUP BY member_id").raw().all() as [string, string][]);
  const leftBeforePeriod = (member: RosterEntry) => member.terminationDate !== null && period.firstDay !== null && member.terminationDate < period.firstDay;
  return {
    period: periodFacts(period),
    today: due.today,
    settings: due.settings,
    topics: listTopics(db),
    roster: roster.filter((member) => !leftBeforePeriod(member)).map((member) => ({ ...member, lastTrainedOn: lastTrained.get(member.id) ?? null })),
    leftBefore: roster.filter(leftBeforePeriod).length,
    overdue: due.overdue,
    upcoming: due.upcoming,
  };
}

/**
 * The training of a period of several years, counted year by year by SQLite: ten years of records,
 * each with its signed statement, would be hundreds of pages that each year's record already holds.
 */
export function collectTrainingByYear({ db, period, now }: CollectContext): TrainingReportData {
  const from = period.firstDay ?? FIRST_DAY;
  const to = period.lastDay ?? LAST_DAY;
  const records = db
    .prepare(
      `SELECT substr(completed_on, 1, 4) AS year, count(*) AS records, count(DISTINCT member_id) AS people
       FROM training_completions WHERE completed_on >= ? AND completed_on <= ? GROUP BY year`,
    )
    .all(from, to) as { year: string; records: number; people: number }[];
  const sessions = new Map(
    db.prepare("SELECT substr(held_on, 1, 4) AS year, count(*) FROM training_sessions WHERE held_on >= ? AND held_on <= ? GROUP BY year").raw().all(from, to) as [string, number][],
  );
  const years = [...new Set([...records.map((row) => row.year), ...sessions.keys()])].sort();
  const byYear = years.map((year) => {
    const row = records.find((candidate) => candidate.year === year);
    return { year, sessions: sessions.get(year) ?? 0, records: row?.records ?? 0, people: row?.people ?? 0 };
  });
  return { ...standingData(db, period, now), sessions: [], completions: [], byYear };
}

/** The sessions held and every record completed in the period, oldest first. */
function recordSections(data: TrainingReportData, zone: string, during: string): Content[] {
  return [
    sectionHeading("Training sessions"),
    data.sessions.length
      ? dataTable(
          [
            { header: "Date", width: 56 },
            { header: "Given by", width: 90 },
            { header: "Topics", width: "*" },
            { header: "Attended", width: 44, align: "right" },
            { header: "Notes", width: 110 },
          ],
          data.sessions.map((session) => [session.heldOn, session.trainer, session.topics.map((topic) => topic.name).join("; "), session.attendeeCount, session.notes || "—"]),
          { fontSize: 7.5 },
        )
      : emptySection(`no group training session was recorded ${during}.${data.completions.length ? " Training people took on their own is listed below." : ""}`),

    sectionHeading("Training completed"),
    smallPrint(`Oldest first. Each person confirmed their training by reading a statement and typing their own name; times are in ${zone}.`),
    data.completions.length
      ? dataTable(
          [
            { header: "Date", width: 56 },
            { header: "Person", width: 90 },
            { header: "Topics", width: "*" },
            { header: "Given by", width: 84 },
            { header: "Signed (name as typed, when)", width: 104 },
          ],
          data.completions.map((completion) => [
            completion.completedOn,
            completion.memberName,
            completion.topics.map((topic) => topic.name).join("; ") + (completion.certificates.length ? `\nCertificate on file (${completion.certificates.length})` : ""),
            (completion.trainer || "On their own") + (completion.sessionId ? "\n(group session)" : ""),
            `“${completion.acknowledgment.typedName}”\n${shortMoment(completion.acknowledgment.at, zone)}`,
          ]),
          { fontSize: 7.5 },
        )
      : emptySection(`no one completed security training ${during}.`),
  ];
}

/** The exact statement of each record. */
function statementSections(data: TrainingReportData, during: string): Content[] {
  return [
    sectionHeading("Signed statements"),
    smallPrint("The exact statement each person agreed to when they typed their name, as stored with the record."),
    data.completions.length
      ? dataTable(
          [
            { header: "Person and date", width: 110 },
            { header: "Statement", width: "*" },
          ],
          data.completions.map((completion) => [`${completion.memberName}\n${completion.completedOn}`, completion.acknowledgment.wording]),
          { fontSize: 7, striped: false },
        )
      : emptySection(`no training was completed ${during}, so there is no signed statement to show.`),
  ];
}

const sum = (years: TrainingYear[], key: "sessions" | "records") => years.reduce((total, year) => total + year[key], 0);

/** For a period of several years: sessions, records and people trained, year by year. */
function yearByYearSections(years: TrainingYear[], period: PeriodFacts): Content[] {
  return [
    sectionHeading("Training by year"),
    smallPrint(
      `This period covers several years, so the training is counted year by year. Every record, with the statement the person signed by typing their name, ` +
        "is listed in the Security Awareness Training Record of its year (or the Compliance Binder of that year), which Safeguard Desk makes from Reports.",
    ),
    years.length
      ? dataTable(
          [
            { header: "Year", width: "*" },
            { header: "Sessions held", width: 80, align: "right" },
            { header: "Training records", width: 80, align: "right" },
            { header: "People trained", width: 80, align: "right" },
          ],
          [
            ...years.map((year) => [year.year, year.sessions.toLocaleString("en-US"), year.records.toLocaleString("en-US"), year.people.toLocaleString("en-US")]),
            [{ text: "All years", bold: true }, { text: sum(years, "sessions").toLocaleString("en-US"), bold: true }, { text: sum(years, "records").toLocaleString("en-US"), bold: true }, "—"],
          ],
        )
      : emptySection(period.all ? "no training has been recorded yet." : `no training was recorded ${duringPeriod(period)}.`),
  ];
}

export const trainingReport: ReportDocument<TrainingReportData> = {
  kind: "training",
  description: "Security awareness training (45 CFR 164.308(a)(5)): the topics, the sessions held, who completed what and when with their signed acknowledgment, and who is due.",

  collect({ db, period, now }) {
    const base = standingData(db, period, now);
    // Only the people trained in the period have their records read: years of everyone else's records are not needed.
    const trainedIds = new Set(
      db
        .prepare("SELECT DISTINCT member_id FROM training_completions WHERE completed_on >= ? AND completed_on <= ?")
        .pluck()
        .all(period.firstDay ?? FIRST_DAY, period.lastDay ?? LAST_DAY) as string[],
    );
    const completions = base.roster
      .filter((member) => trainedIds.has(member.id))
      .flatMap((member) => listCompletions(db, member.id))
      .filter((completion) => dayInPeriod(completion.completedOn, period));
    return {
      ...base,
      sessions: listSessions(db)
        .filter((session) => dayInPeriod(session.heldOn, period))
        .reverse(),
      completions: completions.sort(byDateThenName),
    };
  },

  layout(data, frame): DocumentBody {
    const zone = frame.practice.timeZone;
    const during = duringPeriod(data.period);
    const current = data.roster.filter((member) => member.training !== "not-required");
    const left = data.roster.filter((member) => member.training === "not-required");
    const trainedPeople = new Set(data.completions.map((completion) => completion.memberId));
    const overduePeople = new Set(data.overdue.map((item) => item.memberId));
    const required = data.topics.filter((topic) => topic.required && topic.inUse);
    const today = formatDay(data.today);

    return {
      coverFacts: [
        { label: "Workforce today", value: plural(current.length, "person", "people") },
        ...(data.byYear
          ? [
              { label: "Training in the period", value: `${plural(sum(data.byYear, "records"), "training record")} in ${plural(data.byYear.filter((year) => year.records > 0).length, "year")}` },
              { label: "Sessions held", value: String(sum(data.byYear, "sessions")) },
            ]
          : [
              { label: "Trained in the period", value: `${plural(trainedPeople.size, "person", "people")}, ${plural(data.completions.length, "training record")}` },
              { label: "Sessions held", value: String(data.sessions.length) },
            ]),
        { label: `Overdue on ${today}`, value: data.overdue.length ? `${plural(overduePeople.size, "person", "people")} (${plural(data.overdue.length, "topic")})` : "No one" },
      ],
      coverNotice: data.overdue.length
        ? {
            tone: "problem",
            title: `${plural(overduePeople.size, "person is", "people are")} overdue for training`,
            text: "Every member of the workforce must be trained (45 CFR 164.308(a)(5)(i)). The people and topics are listed under \"Training due\"; train them and record it, then make this report again.",
          }
        : null,
      sections: [
        sectionHeading("About this record"),
        paragraph(
          `The Security Rule requires ${frame.practice.name} to run a security awareness and training program for all members of its workforce, ` +
            "including management (45 CFR 164.308(a)(5)(i)), covering security reminders, protection from malicious software, log-in monitoring and " +
            "password management (164.308(a)(5)(ii)(A) to (D)). This record shows what the training covers, the sessions held, each person's completed " +
            "training with the statement they signed by typing their own name" +
            (data.byYear ? " (for this period of several years, counted year by year)" : "") +
            ", and who is due.",
        ),
        factTable([
          { label: "New people", value: `Trained within ${plural(data.settings.initialTrainingDays, "day")} of their hire date` },
          { label: "Everyone", value: `A refresher on every required topic every ${plural(data.settings.refresherMonths, "month")}` },
          { label: "Period of this record", value: data.period.label },
          { label: "Due dates measured on", value: today },
        ]),
        smallPrint("Training records are kept for at least six years (45 CFR 164.316(b)(2)(i)). A record cannot be changed once the person has signed it."),

        sectionHeading("Training topics"),
        data.topics.length
          ? dataTable(
              [
                { header: "Topic", width: 130 },
                { header: "What it covers", width: "*" },
                { header: "Required", width: 50 },
                { header: "In use", width: 56 },
              ],
              data.topics.map((topic) => [topic.name, topic.description || "—", topic.required ? "Required" : "Optional", topic.inUse ? "Yes" : "Retired"]),
              { fontSize: 7.5 },
            )
          : emptySection("no training topic has been set up, so nothing is due and no training can be recorded."),
        smallPrint(
          required.length
            ? `Required topics are due for everyone: ${required.map((topic) => topic.name).join("; ")}. Retired topics stay on the records that name them.`
            : "No topic is marked required, so no training is ever due. Mark the topics everyone must take as required.",
        ),

        ...(data.byYear ? yearByYearSections(data.byYear, data.period) : recordSections(data, zone, during)),

        sectionHeading("Workforce and training standing"),
        smallPrint(`Everyone on the roster as of ${today}, whether or not they use this app, with their standing on that day.`),
        current.length
          ? dataTable(
              [
                { header: "Person", width: "*" },
                { header: "Job title", width: 96 },
                { header: "Hired", width: 56 },
                { header: "Last trained", width: 56 },
                { header: "Standing", width: 76 },
              ],
              current.map((member) => [
                member.fullName,
                member.jobTitle || "—",
                member.hireDate,
                member.lastTrainedOn ?? "Never",
                STANDING_LABELS[member.training] + (member.overdueCount ? ` (${plural(member.overdueCount, "topic")})` : ""),
              ]),
              { fontSize: 8 },
            )
          : emptySection("no one is on the workforce roster. Add everyone who works at the practice, so that their training can be tracked."),
        subHeading("People who left"),
        left.length
          ? dataTable(
              [
                { header: "Person", width: "*" },
                { header: "Job title", width: 96 },
                { header: "Hired", width: 56 },
                { header: "Last day", width: 56 },
                { header: "Last trained", width: 76 },
              ],
              left.map((member) => [member.fullName, member.jobTitle || "—", member.hireDate, member.terminationDate ?? "—", member.lastTrainedOn ?? "Never"]),
              { fontSize: 8 },
            )
          : emptySection(`no one left the practice ${during}.`),
        ...(data.leftBefore > 0 ? [smallPrint(`${plural(data.leftBefore, "person", "people")} who left before the period began ${data.leftBefore === 1 ? "is" : "are"} not listed.`)] : []),

        sectionHeading("Training due"),
        subHeading(`Overdue on ${today}`),
        data.overdue.length
          ? dataTable(DUE_COLUMNS, data.overdue.map(dueRow), { fontSize: 7.5 })
          : emptySection(
              current.length && required.length
                ? `everyone on the roster had completed every required topic on time as of ${today}.`
                : "nothing can be due without people on the roster and required topics.",
            ),
        subHeading("Coming up in the next 30 days"),
        data.upcoming.length
          ? dataTable(DUE_COLUMNS, data.upcoming.map(dueRow), { fontSize: 7.5 })
          : emptySection(current.length && required.length ? `no training falls due in the 30 days after ${today}.` : "nothing can be due without people on the roster and required topics."),

        ...(data.byYear ? [] : statementSections(data, during)),
      ],
    };
  },
};
