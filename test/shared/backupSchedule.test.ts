import { describe, expect, it } from "vitest";
import { automaticBackupDue, automaticBackupsToDelete, backupFileName, backupWarning } from "../../src/shared/rules/backupSchedule";

describe("backup rules", () => {
  it.each([
    [null, "2026-03-01T10:00:00Z", { kind: "never" }],
    ["2026-03-01T10:00:00Z", "2026-03-01T10:00:00Z", null],
    ["2026-02-22T10:00:01Z", "2026-03-01T10:00:00Z", null],
    ["2026-02-22T10:00:00Z", "2026-03-01T10:00:00Z", { kind: "stale", days: 7 }],
    // Across the leap day and a year end, days are counted as 24-hour spans.
    ["2024-02-25T12:00:00Z", "2024-03-03T12:00:00Z", { kind: "stale", days: 7 }],
    ["2025-12-20T00:00:00Z", "2026-01-05T00:00:00Z", { kind: "stale", days: 16 }],
    ["not a date", "2026-03-01T10:00:00Z", { kind: "never" }],
  ])("warns after a week without a backup: last %s, now %s", (last, now, expected) => {
    expect(backupWarning(last, new Date(now))).toEqual(expected);
  });

  it.each([
    [null, "2026-03-01T10:00:00Z", true],
    ["2026-03-01T09:00:00Z", "2026-03-01T10:00:00Z", false],
    ["2026-02-28T10:00:01Z", "2026-03-01T10:00:00Z", false],
    ["2026-02-28T10:00:00Z", "2026-03-01T10:00:00Z", true],
    // A clock set back must not stop backups for good.
    ["2027-01-01T00:00:00Z", "2026-03-01T10:00:00Z", true],
  ])("an automatic backup is due at most daily: last %s, now %s", (last, now, due) => {
    expect(automaticBackupDue(last, new Date(now))).toBe(due);
  });

  it("keeps the newest backup of each of the newest N days", () => {
    const backups = [
      "2026-03-01T09:00:00Z",
      "2026-03-01T18:00:00Z",
      "2026-03-02T18:00:00Z",
      "2026-03-05T08:00:00Z",
      "2026-03-05T17:00:00Z",
      "2026-03-05T23:59:59Z",
    ].map((createdAt) => ({ createdAt }));
    expect(automaticBackupsToDelete(backups, 2).map((b) => b.createdAt).sort()).toEqual([
      "2026-03-01T09:00:00Z",
      "2026-03-01T18:00:00Z",
      "2026-03-05T08:00:00Z",
      "2026-03-05T17:00:00Z",
    ]);
    expect(automaticBackupsToDelete(backups, 7).map((b) => b.createdAt).sort()).toEqual(["2026-03-01T09:00:00Z", "2026-03-05T08:00:00Z", "2026-03-05T17:00:00Z"]);
    expect(automaticBackupsToDelete([], 7)).toEqual([]);
  });

  it("names files so that they sort by time and say what they are", () => {
    expect(backupFileName(new Date("2026-03-05T08:04:09.123Z"), "automatic")).toBe("safeguard-backup-2026-03-05-080409-automatic.sgbackup");
    expect(backupFileName(new Date("2026-12-31T23:59:59Z"), "manual")).toBe("safeguard-backup-2026-12-31-235959-manual.sgbackup");
  });
});
