import { describe, expect, it } from "vitest";
import { isLastDayOfMonth, MONTH_END, nextDueDate, scheduleDayOf, shiftMonths, upcomingDueDates, type Recurrence } from "../../src/shared/rules/recurrence";

describe("the day of the month a series keeps to", () => {
  it.each([
    ["2026-01-15", 15],
    ["2026-01-30", 30],
    ["2026-01-31", MONTH_END],
    ["2026-04-30", MONTH_END],
    ["2026-04-29", 29],
    ["2026-02-28", MONTH_END], // the last day of February in a common year
    ["2028-02-28", 28], // not the last day in a leap year
    ["2028-02-29", MONTH_END],
    ["2026-12-31", MONTH_END],
  ])("%s keeps to day %i", (date, day) => {
    expect(scheduleDayOf(date)).toBe(day);
  });

  it("knows month ends, leap years included", () => {
    expect(isLastDayOfMonth("2100-02-28")).toBe(true); // 2100 is not a leap year
    expect(isLastDayOfMonth("2000-02-28")).toBe(false); // 2000 is
    expect(isLastDayOfMonth("2000-02-29")).toBe(true);
  });
});

describe("shifting a date by months", () => {
  it.each([
    ["2026-01-31", 1, MONTH_END, "2026-02-28"],
    ["2026-01-31", 1, 31, "2026-02-28"],
    ["2028-01-31", 1, MONTH_END, "2028-02-29"],
    ["2026-02-28", 1, MONTH_END, "2026-03-31"],
    ["2026-02-28", 1, 30, "2026-03-30"],
    ["2026-11-15", 2, 15, "2027-01-15"], // across a year end
    ["2026-12-31", 0, MONTH_END, "2026-12-31"],
    ["2026-03-31", -1, MONTH_END, "2026-02-28"],
  ])("%s + %i months on day %i is %s", (date, months, day, expected) => {
    expect(shiftMonths(date, months, day)).toBe(expected);
  });
});

type Case = [label: string, dueDate: string, recurrence: Recurrence, completedOn: string, scheduleDay: number | undefined, expected: string | null];

describe("the next due date once an occurrence is done", () => {
  const cases: Case[] = [
    ["a task done once closes", "2026-03-31", "none", "2026-03-31", undefined, null],
    ["monthly, on time", "2026-01-15", "monthly", "2026-01-15", undefined, "2026-02-15"],
    ["monthly across the year end", "2026-12-15", "monthly", "2026-12-10", undefined, "2027-01-15"],
    ["monthly month end into February", "2026-01-31", "monthly", "2026-01-31", undefined, "2026-02-28"],
    ["monthly month end into a leap February", "2028-01-31", "monthly", "2028-01-30", undefined, "2028-02-29"],
    ["monthly from a February month end back to the 31st", "2026-02-28", "monthly", "2026-02-27", MONTH_END, "2026-03-31"],
    ["monthly on the 30th clamped in February", "2026-01-30", "monthly", "2026-01-30", undefined, "2026-02-28"],
    ["monthly on the 30th, back to the 30th after February", "2026-02-28", "monthly", "2026-02-28", 30, "2026-03-30"],
    ["monthly on the 30th in a leap year", "2028-01-30", "monthly", "2028-01-29", undefined, "2028-02-29"],
    ["monthly, done late: the first date still ahead", "2026-01-31", "monthly", "2026-04-10", MONTH_END, "2026-04-30"],
    ["monthly, done a day after its date", "2026-05-15", "monthly", "2026-05-16", undefined, "2026-06-15"],
    ["quarterly month ends", "2026-03-31", "quarterly", "2026-04-03", undefined, "2026-06-30"],
    ["quarterly from June 30 as a month end", "2026-06-30", "quarterly", "2026-06-30", MONTH_END, "2026-09-30"],
    ["quarterly to the year end", "2026-09-30", "quarterly", "2026-09-01", MONTH_END, "2026-12-31"],
    ["quarterly, done early: the next quarter", "2026-03-31", "quarterly", "2026-01-05", MONTH_END, "2026-06-30"],
    ["quarterly November 30 to February", "2026-11-30", "quarterly", "2026-11-30", undefined, "2027-02-28"],
    ["quarterly on the 29th into a leap February", "2027-11-29", "quarterly", "2027-11-29", undefined, "2028-02-29"],
    ["semiannual August 31 to February", "2026-08-31", "semiannual", "2026-08-31", undefined, "2027-02-28"],
    ["semiannual August 31 to a leap February", "2027-08-31", "semiannual", "2027-08-31", undefined, "2028-02-29"],
    ["annual on a plain day", "2026-03-15", "annual", "2026-03-15", undefined, "2027-03-15"],
    ["annual on the year end", "2026-12-31", "annual", "2026-12-31", undefined, "2027-12-31"],
    ["annual from February 29 to February 28", "2028-02-29", "annual", "2028-02-29", undefined, "2029-02-28"],
    ["annual February month end back to February 29", "2031-02-28", "annual", "2031-02-28", MONTH_END, "2032-02-29"],
    ["annual on February 28 as the 28th stays the 28th", "2028-02-28", "annual", "2028-02-28", undefined, "2029-02-28"],
    ["annual, done two years late", "2024-06-30", "annual", "2026-07-15", MONTH_END, "2027-06-30"],
  ];

  it.each(cases)("%s: due %s (%s), done %s, day %s → %s", (_, dueDate, recurrence, completedOn, scheduleDay, expected) => {
    expect(nextDueDate({ dueDate, recurrence, completedOn, ...(scheduleDay === undefined ? {} : { scheduleDay }) })).toBe(expected);
  });

  it("is always after the day the work was done", () => {
    for (const recurrence of ["monthly", "quarterly", "semiannual", "annual"] as const) {
      for (const completedOn of ["2026-01-01", "2026-02-28", "2026-12-31", "2028-02-29"]) {
        const next = nextDueDate({ dueDate: "2026-01-31", recurrence, completedOn });
        expect(next! > completedOn).toBe(true);
      }
    }
  });

  it("refuses dates that do not exist", () => {
    expect(() => nextDueDate({ dueDate: "2026-02-30", recurrence: "monthly", completedOn: "2026-02-01" })).toThrow(/Not a calendar date/);
    expect(() => nextDueDate({ dueDate: "2026-02-01", recurrence: "monthly", completedOn: "2026-13-01" })).toThrow(/Not a calendar date/);
  });
});

describe("upcoming due dates of a series", () => {
  it.each([
    ["2026-01-31", "monthly", ["2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30", "2026-05-31"]],
    ["2026-01-30", "monthly", ["2026-01-30", "2026-02-28", "2026-03-30", "2026-04-30", "2026-05-30"]],
    ["2026-11-30", "quarterly", ["2026-11-30", "2027-02-28", "2027-05-31", "2027-08-31", "2027-11-30"]],
    ["2027-08-29", "semiannual", ["2027-08-29", "2028-02-29", "2028-08-29", "2029-02-28", "2029-08-29"]],
    ["2028-02-29", "annual", ["2028-02-29", "2029-02-28", "2030-02-28", "2031-02-28", "2032-02-29"]],
    ["2026-03-31", "none", ["2026-03-31"]],
  ] as const)("%s %s", (dueDate, recurrence, expected) => {
    expect(upcomingDueDates(dueDate, recurrence, 5)).toEqual(expected);
  });
});
