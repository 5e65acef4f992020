/**
 * Calendar days in the practice's own time zone. A report "for 2025" means midnight to midnight where
 * the practice is, not in UTC: an entry made at 7 p.m. on December 31 in Chicago belongs to 2025.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (rejects 2025-02-29 and 2025-13-01). */
export function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const partFormatters = new Map<string, Intl.DateTimeFormat>();

function wallClockParts(instant: number, timeZone: string): Record<"year" | "month" | "day" | "hour" | "minute" | "second", number> {
  let formatter = partFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    partFormatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute"), second: get("second") };
}

/** How far the zone's wall clock is ahead of UTC at this instant, in milliseconds. */
function zoneOffsetMs(instant: number, timeZone: string): number {
  const p = wallClockParts(instant, timeZone);
  const wallAsUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wallAsUtc - Math.floor(instant / 1000) * 1000;
}

/** The UTC instant (ISO string) at which the given calendar day starts in the time zone. */
export function startOfDayInZone(date: string, timeZone: string): string {
  const match = ISO_DATE.exec(date);
  if (!match) throw new Error(`Not a date: ${date}`);
  const wall = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  // Two passes: the offset at the first guess may differ from the offset at midnight on a DST day.
  const firstGuess = wall - zoneOffsetMs(wall, timeZone);
  return new Date(wall - zoneOffsetMs(firstGuess, timeZone)).toISOString();
}

/** The calendar day `days` after (or before) `date` (YYYY-MM-DD), across month and year ends and leap days. */
export function addDays(date: string, days: number): string {
  const match = ISO_DATE.exec(date);
  if (!match) throw new Error(`Not a date: ${date}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days)).toISOString().slice(0, 10);
}

export function nextDay(date: string): string {
  return addDays(date, 1);
}

/** The calendar day (YYYY-MM-DD) an instant falls on in the time zone. */
export function dayInZone(instant: string | Date, timeZone: string): string {
  const p = wallClockParts(new Date(instant).getTime(), timeZone);
  return `${String(p.year).padStart(4, "0")}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
}

const DAY_FORMAT = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", year: "numeric", month: "long", day: "numeric" });

/** "March 1, 2026" for a calendar day, whatever the machine's own zone. */
export function formatDay(date: string): string {
  const match = ISO_DATE.exec(date);
  if (!match) return date;
  return DAY_FORMAT.format(
    new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))),
  );
}

/** "March 1, 2026 at 9:05 AM CST": a moment as the practice's clock showed it. */
export function formatMoment(instant: string | Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(new Date(instant));
}

/** "03/01/2026 09:05:07": compact, sortable by eye, for table rows (the zone is stated once per table). */
export function formatTableMoment(instant: string | Date, timeZone: string): string {
  const p = wallClockParts(new Date(instant).getTime(), timeZone);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(p.month)}/${two(p.day)}/${p.year} ${two(p.hour)}:${two(p.minute)}:${two(p.second)}`;
}
