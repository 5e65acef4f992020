import { describe, expect, it } from "vitest";
import { dayInPeriod, inPeriod, reportPeriodSchema, resolvePeriod } from "../../src/shared/model/reportPeriod";
import { addDays, dayInZone, formatTableMoment, isCalendarDate, startOfDayInZone } from "../../src/shared/time/zonedTime";

describe("startOfDayInZone", () => {
  it.each([
    ["2025-01-01", "UTC", "2025-01-01T00:00:00.000Z"],
    ["2025-01-01", "America/Chicago", "2025-01-01T06:00:00.000Z"],
    ["2025-07-01", "America/Chicago", "2025-07-01T05:00:00.000Z"],
    // The days DST starts and ends in Chicago: midnight is still on the old offset.
    ["2025-03-09", "America/Chicago", "2025-03-09T06:00:00.000Z"],
    ["2025-03-10", "America/Chicago", "2025-03-10T05:00:00.000Z"],
    ["2025-11-02", "America/Chicago", "2025-11-02T05:00:00.000Z"],
    ["2025-11-03", "America/Chicago", "2025-11-03T06:00:00.000Z"],
    ["2025-01-01", "Asia/Kolkata", "2024-12-31T18:30:00.000Z"],
    ["2025-01-01", "Pacific/Auckland", "2024-12-31T11:00:00.000Z"],
    ["2024-02-29", "America/Los_Angeles", "2024-02-29T08:00:00.000Z"],
    ["2025-01-01", "Pacific/Honolulu", "2025-01-01T10:00:00.000Z"],
  ])("%s in %s starts at %s", (date, zone, expected) => {
    expect(startOfDayInZone(date, zone)).toBe(expected);
    expect(dayInZone(expected, zone)).toBe(date);
  });
});

describe("calendar arithmetic", () => {
  it.each([
    ["2024-02-28", 1, "2024-02-29"],
    ["2024-02-29", 1, "2024-03-01"],
    ["2025-02-28", 1, "2025-03-01"],
    ["2025-12-31", 1, "2026-01-01"],
    ["2025-01-01", -1, "2024-12-31"],
  ])("%s plus %i day is %s", (date, days, expected) => expect(addDays(date, days)).toBe(expected));

  it.each([
    ["2024-02-29", true],
    ["2025-02-29", false],
    ["2025-13-01", false],
    ["2025-04-31", false],
    ["25-01-01", false],
  ])("%s is a calendar date: %s", (date, expected) => expect(isCalendarDate(date)).toBe(expected));

  it("shows table times on the practice's clock", () => {
    expect(formatTableMoment("2026-01-01T05:30:00.000Z", "America/Chicago")).toBe("12/31/2025 23:30:00");
  });
});

describe("report periods", () => {
  it("resolves a calendar year in the practice's zone", () => {
    const period = resolvePeriod({ year: 2025 }, "America/Chicago");
    expect(period).toEqual({
      key: "2025",
      label: "Calendar year 2025",
      firstDay: "2025-01-01",
      lastDay: "2025-12-31",
      startsAt: "2025-01-01T06:00:00.000Z",
      endsBefore: "2026-01-01T06:00:00.000Z",
    });
    expect(inPeriod("2025-01-01T05:59:59.999Z", period)).toBe(false);
    expect(inPeriod("2025-01-01T06:00:00.000Z", period)).toBe(true);
    expect(inPeriod("2026-01-01T05:59:59.999Z", period)).toBe(true);
    expect(inPeriod("2026-01-01T06:00:00.000Z", period)).toBe(false);
  });

  it.each([
    ["2024-12-31", { year: 2025 }, false],
    ["2025-01-01", { year: 2025 }, true],
    ["2025-12-31", { year: 2025 }, true],
    ["2026-01-01", { year: 2025 }, false],
    ["2024-02-29", { from: "2024-02-29", to: "2024-02-29" }, true],
    ["2024-03-01", { from: "2024-02-29", to: "2024-02-29" }, false],
    ["1999-01-01", {}, true],
    ["2025-03-31", { to: "2025-03-31" }, true],
    ["2025-04-01", { from: "2025-04-01" }, true],
    ["2025-03-31", { from: "2025-04-01" }, false],
  ])("counts the day %s in %j: %s", (day, input, expected) => {
    expect(dayInPeriod(day, resolvePeriod(input, "Pacific/Kiritimati"))).toBe(expected);
  });

  it.each([
    [{}, "all", "Everything on record"],
    [{ from: "2025-01-01", to: "2025-03-31" }, "2025-01-01..2025-03-31", "January 1, 2025 to March 31, 2025"],
    [{ from: "2025-04-01" }, "2025-04-01..", "From April 1, 2025 onward"],
    [{ to: "2025-06-30" }, "..2025-06-30", "Everything up to June 30, 2025"],
  ])("names %j as %s", (input, key, label) => {
    expect(resolvePeriod(input, "UTC")).toMatchObject({ key, label });
  });

  it.each([
    [{ year: 2025, from: "2025-01-01" }, "year"],
    [{ from: "2025-03-01", to: "2025-02-01" }, "to"],
    [{ from: "2025-02-30" }, "from"],
    [{ year: 1999 }, "year"],
    [{ year: 2025.5 }, "year"],
    [{ month: 3 }, ""],
  ])("refuses %j", (input, path) => {
    const result = reportPeriodSchema.safeParse(input);
    expect(result.success).toBe(false);
    if (!result.success && path) expect(result.error.issues.map((issue) => issue.path.join("."))).toContain(path);
  });
});
