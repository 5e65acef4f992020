import { afterEach, describe, expect, it, vi } from "vitest";
import { buildSamplePractice } from "../../../src/main/sample/buildSamplePractice";
import { SampleCalendar } from "../../../src/main/sample/sampleCalendar";
import { FAST_TEST_KDF } from "../../../src/main/vault/kdf";
import { makeTempDir } from "../../support/tempVault";

const CHICAGO = "America/Chicago";

describe("the sample's calendar", () => {
  it.each([
    // [now (UTC), year, "03-12" of this year, "06-12" of last year]
    ["2026-11-27T22:00:00Z", 2026, "2026-03-12", "2025-06-12"],
    ["2027-01-01T12:00:00Z", 2027, "2027-01-01", "2026-06-12"],
    // 00:30 UTC on January 1 is still New Year's Eve in Chicago.
    ["2027-01-01T00:30:00Z", 2026, "2026-03-12", "2025-06-12"],
    ["2028-02-29T18:00:00Z", 2028, "2028-02-29", "2027-06-12"],
    ["2026-11-27T22:00:00Z", 2020, "2020-03-12", "2019-06-12"],
  ])("on %s, for %i, moves days not yet come back to today", (now, year, current, last) => {
    const calendar = new SampleCalendar(year, CHICAGO, new Date(now));
    expect(calendar.current("03-12")).toBe(current);
    expect(calendar.last("06-12")).toBe(last);
    expect(calendar.after(calendar.today, 5)).toBe(calendar.today);
  });

  it("refuses a year that has not begun where the practice is", () => {
    expect(() => new SampleCalendar(2027, CHICAGO, new Date("2027-01-01T00:30:00Z"))).toThrow(/this year \(2026\) or an earlier one, not for 2027/);
  });
});

describe("making the sample on the first day of a year", () => {
  const temp = makeTempDir("safeguard-sample-jan1-");
  afterEach(() => {
    vi.useRealTimers();
    temp.remove();
  });

  it("dates nothing after today, so every service accepts it", async () => {
    // Only the clock is faked: the services read "today" from it, as they would on January 1.
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2027-01-01T15:00:00Z") });
    const summary = await buildSamplePractice(`${temp.path}/vault`, { username: "sample", password: "look around smile dental", year: 2027, vault: { kdf: FAST_TEST_KDF } });
    expect(summary).toMatchObject({ year: 2027, trainingOverdue: 1, vendorWarnings: 3, openDeadlines: 1, incidents: 3, trainingSessions: 2 });
    expect(summary.assessments).toEqual([
      { year: 2026, status: "finalized" },
      { year: 2027, status: "in-progress" },
    ]);
  }, 120_000);
});
