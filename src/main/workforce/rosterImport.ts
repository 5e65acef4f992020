import type { Database } from "better-sqlite3-multiple-ciphers";
import { MAX_IMPORT_ROWS, type ImportPreview, type ImportPreviewRow, type ImportResult, type ImportRow } from "../../shared/model/workforce";
import { normalizePersonName } from "../../shared/rules/attestation";
import { isCalendarDate } from "../../shared/rules/calendarDates";
import { appendAudit, type Actor } from "../audit/auditLog";
import { AppFailure } from "../core/appFailure";
import { isBlankRecord, parseCsv, type CsvRecord } from "./csvText";
import { insertMember, openChecklist } from "./rosterService";
import { memberLookups, requireMember, toMember, type MemberRow } from "./workforceRecords";

/**
 * Importing the roster from a spreadsheet saved as CSV. The preview reads and checks every row and
 * writes nothing; the commit takes the rows the preview found good, checks them again against the
 * roster as it is now, and adds them all or none.
 */

type Column = "name" | "firstName" | "lastName" | "jobTitle" | "hireDate" | "terminationDate" | "username";

/** Header names as people write them, compared without case, spaces or punctuation. */
const HEADER_NAMES: Record<Column, readonly string[]> = {
  name: ["name", "fullname", "employee", "employeename", "staffname", "staffmember", "person"],
  firstName: ["firstname", "givenname", "first"],
  lastName: ["lastname", "surname", "familyname", "last"],
  jobTitle: ["jobtitle", "title", "role", "position", "job"],
  hireDate: ["hiredate", "hired", "datehired", "startdate", "start", "firstday", "firstdayofwork"],
  terminationDate: ["terminationdate", "terminated", "enddate", "lastday", "lastdayofwork", "leftdate", "separationdate"],
  username: ["username", "appusername", "login", "account", "appaccount"],
};

const COLUMN_LABELS: Record<Column, string> = {
  name: "Name",
  firstName: "First name",
  lastName: "Last name",
  jobTitle: "Job title",
  hireDate: "Hire date",
  terminationDate: "Termination date",
  username: "Username",
};

const headerKey = (text: string) => text.toLowerCase().replace(/[^a-z]/g, "");

function mapHeader(header: readonly string[]): { columns: Partial<Record<Column, number>>; ignored: string[]; problems: string[] } {
  const columns: Partial<Record<Column, number>> = {};
  const ignored: string[] = [];
  const problems: string[] = [];
  header.forEach((text, index) => {
    const key = headerKey(text);
    const column = (Object.keys(HEADER_NAMES) as Column[]).find((candidate) => HEADER_NAMES[candidate].includes(key));
    if (!column) {
      if (text.trim()) ignored.push(text.trim());
      return;
    }
    if (columns[column] !== undefined) problems.push(`The file has two "${COLUMN_LABELS[column]}" columns. Delete one of them.`);
    else columns[column] = index;
  });
  const hasName = columns.name !== undefined || (columns.firstName !== undefined && columns.lastName !== undefined);
  if (!hasName) problems.push('The file has no column for the person\'s name. The first row must name the columns, for example: Name, Job title, Hire date.');
  if (columns.hireDate === undefined) problems.push('The file has no "Hire date" column. The first row must name the columns, for example: Name, Job title, Hire date.');
  return { columns, ignored, problems };
}

/** 2026-03-01, 2026-3-1 or the US spreadsheet style 3/1/2026; two-digit years are refused as ambiguous. */
export function parseRosterDate(text: string): string | null {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  const parts = iso ? [iso[1], iso[2], iso[3]] : us ? [us[3], us[1], us[2]] : null;
  if (!parts) return null;
  const date = `${parts[0]}-${parts[1]!.padStart(2, "0")}-${parts[2]!.padStart(2, "0")}`;
  return isCalendarDate(date) ? date : null;
}

/** What the roster and the accounts look like now, for checking rows against them. */
interface ImportContext {
  rosterNames: Set<string>;
  accounts: Map<string, { id: string; active: boolean; holder: string | null }>;
}

function importContext(db: Database): ImportContext {
  const current = db.prepare("SELECT full_name FROM workforce_members WHERE termination_date IS NULL").pluck().all() as string[];
  const accounts = db
    .prepare("SELECT u.id, u.username, u.removed_at, m.full_name AS holder FROM users u LEFT JOIN workforce_members m ON m.user_id = u.id")
    .all() as { id: string; username: string; removed_at: string | null; holder: string | null }[];
  return {
    rosterNames: new Set(current.map(normalizePersonName)),
    accounts: new Map(accounts.map((row) => [row.username.toLowerCase(), { id: row.id, active: row.removed_at === null, holder: row.holder }])),
  };
}

/** Checks against the roster, the accounts and the rows above it in the same file. */
function rowConflicts(row: ImportRow, context: ImportContext, seenNames: Map<string, number>, seenUsernames: Map<string, number>): string[] {
  const problems: string[] = [];
  const name = normalizePersonName(row.fullName);
  const earlier = seenNames.get(name);
  if (earlier !== undefined) problems.push(`Duplicate: ${row.fullName} is also on row ${earlier} of this file.`);
  else if (context.rosterNames.has(name) && row.terminationDate === null) problems.push(`Duplicate: ${row.fullName} is already on the roster.`);
  else seenNames.set(name, row.rowNumber);
  if (row.terminationDate !== null && row.terminationDate < row.hireDate) problems.push(`Termination date: ${row.terminationDate} is before the hire date (${row.hireDate}).`);
  if (row.username !== null) {
    const key = row.username.toLowerCase();
    const account = context.accounts.get(key);
    const earlierUse = seenUsernames.get(key);
    if (!account) problems.push(`Username: there is no app account called "${row.username}". Leave it empty for someone who does not sign in.`);
    else if (!account.active) problems.push(`Username: the app account "${row.username}" was removed.`);
    else if (account.holder !== null) problems.push(`Username: the app account "${row.username}" already belongs to ${account.holder} on the roster.`);
    else if (earlierUse !== undefined) problems.push(`Username: "${row.username}" is also on row ${earlierUse} of this file.`);
    else seenUsernames.set(key, row.rowNumber);
  }
  return problems;
}

function readRecord(record: CsvRecord, columns: Partial<Record<Column, number>>, width: number): { row: ImportRow | null; problems: string[]; nameAsWritten: string } {
  const cell = (column: Column) => {
    const index = columns[column];
    return index === undefined ? "" : (record.fields[index] ?? "").trim();
  };
  const nameAsWritten = columns.name !== undefined ? cell("name") : `${cell("firstName")} ${cell("lastName")}`.trim();
  const fullName = nameAsWritten.replace(/\s+/g, " ");
  const problems: string[] = [];
  if (record.problem) problems.push(record.problem);
  if (record.fields.slice(width).some((value) => value.trim() !== "")) {
    // The values are shifted, so checking them column by column would only add misleading messages.
    problems.push("It has more values than the file has columns. A value with a comma in it (such as “Lopez, Maria”) must be in quotation marks.");
    return { row: null, problems, nameAsWritten };
  }
  if (!fullName) problems.push("Name is missing.");
  else if (fullName.length > 200) problems.push("Name is longer than 200 characters.");
  const jobTitle = cell("jobTitle");
  if (jobTitle.length > 200) problems.push("Job title is longer than 200 characters.");
  const hireText = cell("hireDate");
  const hireDate = parseRosterDate(hireText);
  if (!hireText) problems.push("Hire date is missing.");
  else if (!hireDate) problems.push(`Hire date: "${hireText}" is not a date. Write it as 2026-03-01 or 3/1/2026.`);
  const endText = cell("terminationDate");
  const terminationDate = endText ? parseRosterDate(endText) : null;
  if (endText && !terminationDate) problems.push(`Termination date: "${endText}" is not a date. Write it as 2026-03-01 or 3/1/2026, or leave it empty.`);
  const username = cell("username") || null;
  if (username !== null && username.length > 64) problems.push("Username is longer than 64 characters.");
  if (problems.length > 0 || !hireDate) return { row: null, problems, nameAsWritten };
  return { row: { rowNumber: record.rowNumber, fullName, jobTitle, hireDate, terminationDate, username }, problems, nameAsWritten };
}

export function previewImport(db: Database, csvText: string): ImportPreview {
  const empty = (fileProblems: string[], ignoredColumns: string[] = []): ImportPreview => ({ fileProblems, ignoredColumns, rows: [], goodCount: 0, badCount: 0 });
  const table = parseCsv(csvText);
  if (table.problem) return empty([table.problem]);
  const [header, ...body] = table.records.filter((record) => !isBlankRecord(record));
  if (!header) return empty(["The file is empty. Save the roster from the spreadsheet as CSV, with the column names in the first row."]);
  const { columns, ignored, problems } = mapHeader(header.fields);
  if (problems.length > 0) return empty(problems, ignored);
  if (body.length === 0) return empty(["The file has column names but nobody under them."], ignored);
  if (body.length > MAX_IMPORT_ROWS) return empty([`The file has ${body.length} people; import at most ${MAX_IMPORT_ROWS} at once by splitting the file.`], ignored);
  const context = importContext(db);
  const seenNames = new Map<string, number>();
  const seenUsernames = new Map<string, number>();
  const rows: ImportPreviewRow[] = body.map((record) => {
    const read = readRecord(record, columns, header.fields.length);
    if (!read.row) return { rowNumber: record.rowNumber, row: null, problems: read.problems, nameAsWritten: read.nameAsWritten };
    const conflicts = rowConflicts(read.row, context, seenNames, seenUsernames);
    return { rowNumber: record.rowNumber, row: conflicts.length ? null : read.row, problems: conflicts, nameAsWritten: read.nameAsWritten };
  });
  const goodCount = rows.filter((row) => row.row !== null).length;
  return { fileProblems: [], ignoredColumns: ignored, rows, goodCount, badCount: rows.length - goodCount };
}

/** Adds the previewed good rows, all or none, after checking them again against the roster as it is now. */
export function commitImport(db: Database, actor: Actor, rows: readonly ImportRow[]): ImportResult {
  const ids = db.transaction(() => {
    const context = importContext(db);
    const seenNames = new Map<string, number>();
    const seenUsernames = new Map<string, number>();
    const problems = rows.flatMap((row) => rowConflicts(row, context, seenNames, seenUsernames).map((problem) => `Row ${row.rowNumber}: ${problem}`));
    if (problems.length > 0) {
      throw new AppFailure("CONFLICT", `Nobody was added, because the roster changed since the preview. ${problems.slice(0, 5).join(" ")} Preview the file again.`);
    }
    const added = rows.map((row) => {
      const userId = row.username === null ? null : (context.accounts.get(row.username.toLowerCase())?.id ?? null);
      const id = insertMember(db, actor, { fullName: row.fullName, jobTitle: row.jobTitle, hireDate: row.hireDate, userId }, "csv");
      if (row.terminationDate !== null) openChecklist(db, actor, requireMember(db, id), row.terminationDate, "Imported from a CSV file.");
      return id;
    });
    appendAudit(db, actor, {
      action: "workforce.imported",
      recordType: "workforce-member",
      summary: `Imported ${added.length} ${added.length === 1 ? "person" : "people"} to the workforce roster from a CSV file`,
      changes: { rows: rows.map((row) => row.rowNumber), memberIds: added },
    });
    return added;
  })();
  const lookups = memberLookups(db);
  return { added: ids.map((id) => toMember(requireMember(db, id) as MemberRow, lookups)) };
}
