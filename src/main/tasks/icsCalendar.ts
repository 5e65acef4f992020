import { addCalendarDays, isCalendarDate } from "../../shared/rules/calendarDates";
import { RECURRENCE_MONTHS, MONTH_END, type Recurrence } from "../../shared/rules/recurrence";

/**
 * A small iCalendar writer (RFC 5545) for the task calendar: all-day events, each with a stable UID
 * so importing a newer file updates the events instead of doubling them. Outlook and Google Calendar
 * import it as it is; nothing goes over the network.
 */
export interface CalendarEvent {
  /** Stable from one export to the next. */
  uid: string;
  /** "YYYY-MM-DD": an all-day event on that calendar day. */
  date: string;
  summary: string;
  description: string;
  /** An RRULE value ("FREQ=MONTHLY;INTERVAL=3"), or null for a single event. */
  rrule: string | null;
  /** Rises with every change to the task, so a calendar knows the newer version wins. */
  sequence: number;
  categories: string[];
}

export interface CalendarFile {
  prodId: string;
  name: string;
  events: CalendarEvent[];
  /** When the file was made; written as DTSTAMP (UTC). */
  stamp: Date;
}

const CRLF = "\r\n";
const MAX_LINE_OCTETS = 75;
const encoder = new TextEncoder();

/** TEXT values (RFC 5545 3.3.11): backslash, semicolon and comma escaped, line breaks as \n, other control characters dropped. */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\p{Cc}]/gu, (char) => (char === "\n" || char === "\t" ? char : ""))
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\n/g, "\\n");
}

/**
 * Folds a content line at 75 octets (RFC 5545 3.1): each continuation starts with one space, and a
 * multi-byte UTF-8 character is never split.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= MAX_LINE_OCTETS) return line;
  const pieces: string[] = [];
  let current = "";
  let octets = 0;
  // The first line holds 75 octets; each continuation line holds its leading space and 74 more.
  let limit = MAX_LINE_OCTETS;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      pieces.push(current);
      current = "";
      octets = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join(`${CRLF} `);
}

function basicDate(date: string): string {
  if (!isCalendarDate(date)) throw new Error(`Not a calendar date: ${date}`);
  return date.replace(/-/g, "");
}

function utcStamp(at: Date): string {
  return `${at.toISOString().slice(0, 19).replace(/[-:]/g, "")}Z`;
}

/** Each month's possible lengths: February's changes with leap years. */
const MONTH_LENGTHS: readonly (readonly number[])[] = [[31], [28, 29], [31], [30], [31], [30], [31], [31], [30], [31], [30], [31]];

/**
 * The RRULE that repeats a task the way recurrence.ts schedules it. When the task falls on the same
 * day number in every month of its series, the plain rule does. Otherwise a month end becomes
 * BYMONTHDAY=-1 (the last day, whatever the month's length), and the 29th or 30th in a series that
 * passes through February becomes "the last of the days 28 up to it that the month has"
 * (BYMONTHDAY=28,29,30;BYSETPOS=-1), as RFC 5545 defines it.
 */
export function rruleFor(recurrence: Recurrence, dueDate: string, scheduleDay: number): string | null {
  if (recurrence === "none") return null;
  if (!isCalendarDate(dueDate)) throw new Error(`Not a calendar date: ${dueDate}`);
  const step = RECURRENCE_MONTHS[recurrence];
  const month = Number(dueDate.slice(5, 7));
  const freq = step === 12 ? "FREQ=YEARLY" : step === 1 ? "FREQ=MONTHLY" : `FREQ=MONTHLY;INTERVAL=${step}`;
  const months = Array.from({ length: 12 / step }, (_, index) => ((month - 1 + index * step) % 12) + 1);
  const dayNumbers = new Set(months.flatMap((m) => MONTH_LENGTHS[m - 1]!.map((length) => Math.min(scheduleDay, length))));
  if (dayNumbers.size === 1) return freq;
  const byMonth = step === 12 ? `;BYMONTH=${month}` : "";
  if (scheduleDay === MONTH_END) return `${freq}${byMonth};BYMONTHDAY=-1`;
  const days = Array.from({ length: scheduleDay - 27 }, (_, index) => 28 + index).join(",");
  return `${freq}${byMonth};BYMONTHDAY=${days};BYSETPOS=-1`;
}

function eventLines(event: CalendarEvent, stamp: string): string[] {
  return [
    "BEGIN:VEVENT",
    `UID:${event.uid}`,
    `DTSTAMP:${stamp}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTART;VALUE=DATE:${basicDate(event.date)}`,
    // An all-day event ends at the start of the next day (RFC 5545 3.6.1).
    `DTEND;VALUE=DATE:${basicDate(addCalendarDays(event.date, 1))}`,
    ...(event.rrule ? [`RRULE:${event.rrule}`] : []),
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    ...(event.categories.length > 0 ? [`CATEGORIES:${event.categories.map(escapeText).join(",")}`] : []),
    "TRANSP:TRANSPARENT",
    "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE",
    "END:VEVENT",
  ];
}

/** The whole file: CRLF line ends, every line folded at 75 octets. */
export function icsCalendar(file: CalendarFile): string {
  const stamp = utcStamp(file.stamp);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${file.prodId}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(file.name)}`,
    ...file.events.flatMap((event) => eventLines(event, stamp)),
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
