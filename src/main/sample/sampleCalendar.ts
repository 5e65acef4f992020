import { calendarDateInZone } from "../../shared/rules/calendarDates";
import { shiftMonths } from "../../shared/rules/recurrence";
import { addDays } from "../../shared/time/zonedTime";

/**
 * The sample's dates. Its records fall in "last year" and "this year" (the year asked for), but the
 * services refuse anything dated after the practice's today (training not yet held, a notice not yet
 * sent), so a day of this year that has not come yet is moved back to today. Moving every date the
 * same way keeps their order, so "discovered before notified" stays true on the second of January.
 * Warnings that look ahead (a BAA review coming up, a refresher overdue) are counted from today.
 */
export class SampleCalendar {
  readonly year: number;
  readonly lastYear: number;
  /** The practice's today, YYYY-MM-DD in its time zone. */
  readonly today: string;

  constructor(year: number, timeZone: string, now: Date = new Date()) {
    this.today = calendarDateInZone(now, timeZone);
    if (year > Number(this.today.slice(0, 4))) {
      throw new Error(`The sample practice can be made for this year (${this.today.slice(0, 4)}) or an earlier one, not for ${year}.`);
    }
    this.year = year;
    this.lastYear = year - 1;
  }

  /** "MM-DD" of last year. */
  last(monthDay: string): string {
    return this.notAfterToday(`${this.lastYear}-${monthDay}`);
  }

  /** "MM-DD" of this year, or today if that day has not come yet. */
  current(monthDay: string): string {
    return this.notAfterToday(`${this.year}-${monthDay}`);
  }

  /** `days` after `date`, but not after today. */
  after(date: string, days: number): string {
    return this.notAfterToday(addDays(date, days));
  }

  /** A day counted from today: negative for the past. */
  fromToday(days: number): string {
    return addDays(this.today, days);
  }

  /** A day `months` from today: negative for the past. */
  monthsFromToday(months: number): string {
    return shiftMonths(this.today, months);
  }

  notAfterToday(date: string): string {
    return date > this.today ? this.today : date;
  }
}
