import { describe, expect, it } from "vitest";
import { breachDeadlines } from "../../src/shared/rules/breachDeadlines";
import { addCalendarDays, calendarDateInZone, daysBetween, isCalendarDate } from "../../src/shared/rules/calendarDates";

describe("calendar dates", () => {
  it.each([
    ["2026-01-01", 60, "2026-03-02"],
    ["2024-01-01", 60, "2024-03-01"], // leap year: February has 29 days
    ["2026-12-31", 1, "2027-01-01"],
    ["2026-03-08", 1, "2026-03-09"], // a daylight-saving change in the US
    ["2026-11-01", 1, "2026-11-02"],
  ])("%s plus %i days is %s", (date, days, expected) => {
    expect(addCalendarDays(date, days)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(days);
  });

  it.each([
    ["2026-02-29", false],
    ["2024-02-29", true],
    ["2026-13-01", false],
    ["2026-1-1", false],
    ["2026-04-31", false],
  ])("%s is a calendar date: %s", (text, valid) => {
    expect(isCalendarDate(text)).toBe(valid);
  });

  it("reads an instant as the practice's own calendar date", () => {
    const lateEvening = new Date("2027-01-01T04:30:00Z");
    expect(calendarDateInZone(lateEvening, "America/Chicago")).toBe("2026-12-31");
    expect(calendarDateInZone(lateEvening, "Europe/Berlin")).toBe("2027-01-01");
    expect(calendarDateInZone(new Date("2026-03-01T09:00:00Z"), "Pacific/Honolulu")).toBe("2026-02-28");
  });
});

describe("breach notification deadlines (45 CFR 164.404-164.410)", () => {
  it.each([
    // discovered, individuals, residents, individuals deadline, HHS, media
    ["a small breach", "2026-04-15", 12, undefined, "2026-06-14", "2027-03-01", null],
    ["a small breach discovered on 31 December", "2026-12-31", 3, undefined, "2027-03-01", "2027-03-01", null],
    ["a small breach whose annual log falls in a leap year", "2027-06-01", 3, undefined, "2027-07-31", "2028-02-29", null],
    ["a breach discovered on a leap day", "2028-02-29", 40, undefined, "2028-04-29", "2029-03-01", null],
    ["exactly 500 individuals", "2026-04-15", 500, { TX: 500 }, "2026-06-14", "2026-06-14", null],
    ["499 individuals", "2026-04-15", 499, undefined, "2026-06-14", "2027-03-01", null],
    ["501 residents of one State", "2026-04-15", 501, { TX: 501 }, "2026-06-14", "2026-06-14", "2026-06-14"],
    ["more than 500 in total but no more than 500 in any one State", "2026-04-15", 900, { TX: 450, OK: 450 }, "2026-06-14", "2026-06-14", null],
    ["more than 500 with no breakdown by State yet", "2026-04-15", 501, undefined, "2026-06-14", "2026-06-14", "2026-06-14"],
    ["a large breach discovered on 31 December", "2026-12-31", 1200, { CA: 1200 }, "2027-03-01", "2027-03-01", "2027-03-01"],
  ])("%s", (_, discovered, individuals, residentsByState, expectedIndividuals, hhs, media) => {
    expect(breachDeadlines({ discovered, individuals, residentsByState })).toEqual({
      individuals: expectedIndividuals,
      hhs,
      media,
      coveredEntity: null,
    });
  });

  it("gives a business associate one deadline: telling the covered entity within 60 days", () => {
    expect(breachDeadlines({ discovered: "2026-11-20", individuals: 2000, residentsByState: { NY: 2000 }, businessAssociate: true })).toEqual({
      individuals: null,
      hhs: null,
      media: null,
      coveredEntity: "2027-01-19",
    });
  });
});
