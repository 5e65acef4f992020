import type { AuditFilter, AuditVerification } from "../../../shared/model/audit";
import { inPeriod } from "../../../shared/model/reportPeriod";
import { addDays, formatMoment, formatTableMoment } from "../../../shared/time/zonedTime";
import { countAuditEntries, iterateAudit, verifyAuditChain } from "../../audit/auditLog";
import { summarizeAuditPeriod, type AuditPeriodSummary } from "../../audit/auditSummary";
import { dataTable, emptySection, factTable, notice, paragraph, sectionHeading, smallPrint, subHeading, type DocumentBody } from "../pdfDocument";
import { actionLabel } from "./auditActions";
import type { CollectContext, ReportDocument } from "./types";

interface AuditRow {
  seq: number;
  at: string;
  actorName: string;
  action: string;
  summary: string;
  /** The first 12 hex digits of the entry's chain hash, for matching a printed row to the vault. */
  hash: string;
}

export interface AuditLogReportData {
  chain: AuditVerification;
  totalEntries: number;
  entries: AuditRow[];
  periodLabel: string;
  /**
   * In the Compliance Binder: the counts only, made by SQLite, in place of the entries (which are then
   * left out), so that a year's hundred thousand entries are never read into memory to be counted.
   */
  summaryOnly?: AuditCounts;
}

/** How many entries a period holds, and of what kind and by whom. */
export interface AuditCounts {
  entries: number;
  firstSeq: number | null;
  lastSeq: number | null;
  byActivity: [string, number][];
  byPerson: [string, number][];
}

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/** Adds up weighted values (two actions may share one label), most first, then by name. */
function tally(values: [string, number][]): [string, number][] {
  const counts = new Map<string, number>();
  for (const [value, weight] of values) counts.set(value, (counts.get(value) ?? 0) + weight);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** The counts of entries already read (the full report, which lists them anyway). */
export function countAudit(entries: readonly AuditRow[]): AuditCounts {
  return {
    entries: entries.length,
    firstSeq: entries[0]?.seq ?? null,
    lastSeq: entries.at(-1)?.seq ?? null,
    byActivity: tally(entries.map((entry) => [actionLabel(entry.action), 1])),
    byPerson: tally(entries.map((entry) => [entry.actorName, 1])),
  };
}

/** The same counts from SQLite's per-action, per-person tallies of the period. */
export function countTallies(summary: AuditPeriodSummary): AuditCounts {
  return {
    entries: summary.entries,
    firstSeq: summary.firstSeq,
    lastSeq: summary.lastSeq,
    byActivity: tally(summary.tallies.map((row) => [actionLabel(row.action), row.entries])),
    byPerson: tally(summary.tallies.map((row) => [row.actorName, row.entries])),
  };
}

/**
 * What the Compliance Binder shows of the audit log: the tamper check of the whole chain and the
 * period's counts, without reading a single entry into memory.
 */
export function collectAuditSummary({ db, period }: CollectContext): AuditLogReportData {
  const counts = countTallies(summarizeAuditPeriod(db, period));
  return { chain: verifyAuditChain(db), totalEntries: countAuditEntries(db), entries: [], periodLabel: period.label, summaryOnly: counts };
}

function chainNotice(chain: AuditVerification): NonNullable<DocumentBody["coverNotice"]> {
  if (chain.intact) {
    return {
      tone: "ok",
      title: `Audit log intact: all ${count(chain.checked, "entry", "entries")} intact`,
      text: `The hash chain from the first entry to the last was checked when this report was generated and is unbroken: no entry was changed, removed or inserted.`,
    };
  }
  return {
    tone: "problem",
    title: `AUDIT LOG DAMAGED: the chain breaks at entry ${chain.firstBrokenSeq}`,
    text: `${chain.problem} The ${count(chain.checked, "entry", "entries")} before it are intact. Restore the vault from a backup or call your IT provider, and keep this report as a record of what was found.`,
  };
}

export const auditLogReport: ReportDocument<AuditLogReportData> = {
  kind: "audit-log",
  description: "Every entry of the practice's audit trail for a period, with the result of the tamper check.",

  collect({ db, period }) {
    // The log's own filter works in whole UTC days; widen it by a day each side, then keep exactly
    // the entries inside the period as the practice's clock sees it.
    const filter: AuditFilter = {
      ...(period.firstDay ? { from: addDays(period.firstDay, -1) } : {}),
      ...(period.lastDay ? { to: addDays(period.lastDay, 1) } : {}),
    };
    const entries: AuditRow[] = [];
    for (const entry of iterateAudit(db, filter)) {
      if (!inPeriod(entry.at, period)) continue;
      entries.push({ seq: entry.seq, at: entry.at, actorName: entry.actorName, action: entry.action, summary: entry.summary, hash: entry.hash.slice(0, 12) });
    }
    return { chain: verifyAuditChain(db), totalEntries: countAuditEntries(db), entries, periodLabel: period.label };
  },

  layout(data, frame) {
    const zone = frame.practice.timeZone;
    const { entries, chain } = data;
    const counts = data.summaryOnly ?? countAudit(entries);
    const range = counts.firstSeq !== null && counts.lastSeq !== null ? ` (entries ${counts.firstSeq.toLocaleString("en-US")} to ${counts.lastSeq.toLocaleString("en-US")})` : "";
    const integrity = chainNotice(chain);
    const periodPhrase = data.periodLabel === "Everything on record" ? "on record" : `in the period (${data.periodLabel})`;
    const sections = [
      sectionHeading("About this report"),
      paragraph(
        `${data.summaryOnly ? "This summary counts the entries" : "This report lists every entry"} of ${frame.practice.name}'s audit log ${periodPhrase}. ` +
          "Safeguard Desk records who signed in, who changed what and when, " +
          "in a log that can only be added to. Each entry carries a fingerprint (a SHA-256 hash) that also covers the entry before it, so changing, removing or " +
          "inserting any entry breaks the chain from that point on, and the check below would show it.",
      ),
      paragraph(
        "It is evidence for the audit controls standard (45 CFR 164.312(b)) and for the regular review of information system activity " +
          "(45 CFR 164.308(a)(1)(ii)(D)), and shows log-in monitoring (45 CFR 164.308(a)(5)(ii)(C)).",
      ),
      smallPrint(`All times are shown in the practice's time zone, ${zone}.`),

      sectionHeading("Integrity of the audit log"),
      notice(integrity.tone, integrity.title, integrity.text),
      factTable([
        { label: "Entries in the whole log", value: data.totalEntries.toLocaleString("en-US") },
        { label: "Entries checked and intact", value: chain.checked.toLocaleString("en-US") },
        ...(chain.intact ? [] : [{ label: "First broken entry", value: `Entry ${chain.firstBrokenSeq}` }]),
        { label: "Checked at", value: formatMoment(frame.generatedAt, zone) },
      ]),

      sectionHeading("Activity summary"),
      subHeading("By kind of activity"),
      counts.entries
        ? dataTable(
            [
              { header: "Activity", width: "*" },
              { header: "Entries", width: 60, align: "right" },
            ],
            counts.byActivity.map(([label, n]) => [label, n.toLocaleString("en-US")]),
          )
        : emptySection(`no activity was recorded ${periodPhrase}.`),
      subHeading("By person"),
      counts.entries
        ? dataTable(
            [
              { header: "Person (username)", width: "*" },
              { header: "Entries", width: 60, align: "right" },
            ],
            counts.byPerson.map(([name, n]) => [name, n.toLocaleString("en-US")]),
          )
        : emptySection(`no one used the app ${periodPhrase}, so there is no one to count.`),

      sectionHeading("Entries"),
      ...(counts.entries === 0
        ? [emptySection(`the audit log has no entries ${periodPhrase}: nobody signed in or changed anything in that time.`)]
        : data.summaryOnly
          ? [
              paragraph(
                `This summary leaves out the ${count(counts.entries, "entry", "entries")} themselves${range}. They are listed one by one in the Audit Log Report ` +
                  "for the same period, which Safeguard Desk makes on request.",
              ),
            ]
          : [
              smallPrint(`${count(entries.length, "entry", "entries")}${range}, oldest first. "Hash" is the start of each entry's fingerprint in the vault.`),
              dataTable(
                [
                  { header: "No.", width: 32, align: "right" },
                  { header: "Date and time", width: 74 },
                  { header: "Person", width: 50 },
                  { header: "Activity", width: 98 },
                  { header: "What happened", width: "*" },
                  { header: "Hash", width: 56, fontSize: 6.5 },
                ],
                entries.map((entry) => [
                  entry.seq.toLocaleString("en-US"),
                  formatTableMoment(entry.at, zone),
                  entry.actorName,
                  actionLabel(entry.action),
                  entry.summary,
                  entry.hash,
                ]),
                { fontSize: 7.5 },
              ),
            ]),
    ];
    return {
      coverFacts: [
        { label: data.summaryOnly ? "Entries counted" : "Entries in this report", value: `${counts.entries.toLocaleString("en-US")}${range}` },
      ],
      coverNotice: integrity,
      sections,
    };
  },
};
