import { describe, expect, it } from "vitest";
import { addMonthsClamped, addYearsKeepingLonger, isReviewDue, nextReviewDate, retentionDate } from "../../src/shared/rules/policyRetention";

describe("policy retention dates, 45 CFR 164.316(b)(2)(i)", () => {
  it.each<[string, string, string | null, string | null]>([
    ["a version never in effect: six years from creation", "2026-03-10", null, "2032-03-10"],
    ["superseded: six years from the last day in effect", "2026-03-10", "2028-07-01", "2034-07-01"],
    ["superseded the day it was created", "2026-03-10", "2026-03-10", "2032-03-10"],
    ["the later of the two dates counts, even if given the other way round", "2026-03-10", "2025-01-01", "2032-03-10"],
    ["created on a leap day, never in effect: March 1, never a day early", "2024-02-29", null, "2030-03-01"],
    ["last in effect on a leap day", "2023-05-05", "2028-02-29", "2034-03-01"],
    ["end of year", "2026-01-15", "2026-12-31", "2032-12-31"],
    ["February 28 stays February 28", "2026-01-01", "2027-02-28", "2033-02-28"],
  ])("%s", (_, createdOn, lastInEffect, expected) => {
    expect(retentionDate(createdOn, lastInEffect)).toBe(expected);
  });

  it("a version in effect has no retention date yet: kept while in effect, then six years", () => {
    expect(retentionDate("2026-03-10", null, true)).toBeNull();
  });

  it.each([
    ["2024-02-29", 4, "2028-02-29"],
    ["2024-02-29", 6, "2030-03-01"],
    ["2000-02-29", 100, "2100-03-01"],
    ["2025-12-31", 6, "2031-12-31"],
  ])("adding years to %s (+%i) keeps the later day", (date, years, expected) => {
    expect(addYearsKeepingLonger(date, years)).toBe(expected);
  });
});

describe("annual review dates", () => {
  it.each([
    ["an ordinary day", "2026-05-14", "2027-05-14"],
    ["approved on a leap day: the review comes February 28, never late", "2024-02-29", "2025-02-28"],
    ["year end", "2026-12-31", "2027-12-31"],
    ["new year's day", "2027-01-01", "2028-01-01"],
  ])("%s", (_, approved, expected) => {
    expect(nextReviewDate(approved)).toBe(expected);
  });

  it.each([
    ["2026-01-31", 1, "2026-02-28"],
    ["2028-01-31", 1, "2028-02-29"],
    ["2026-08-31", 18, "2028-02-29"],
    ["2026-11-15", 2, "2027-01-15"],
  ])("adding months to %s (+%i) moves a missing day back to the month's end", (date, months, expected) => {
    expect(addMonthsClamped(date, months)).toBe(expected);
  });

  it.each<[string | null, string, boolean]>([
    ["2027-05-14", "2027-05-13", false],
    ["2027-05-14", "2027-05-14", true],
    ["2027-05-14", "2028-01-01", true],
    [null, "2030-01-01", false],
  ])("review date %s is due on %s: %s", (review, today, due) => {
    expect(isReviewDue(review, today)).toBe(due);
  });

  it("refuses a date that is not on the calendar", () => {
    expect(() => retentionDate("2026-02-30", null)).toThrow(/calendar date/);
  });
});
