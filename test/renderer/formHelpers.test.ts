import { describe, expect, it, vi } from "vitest";
import { applyServerError } from "../../src/renderer/src/forms/serverErrors";
import { auditFilterFormSchema, EMPTY_FILTER_FORM } from "../../src/renderer/src/screens/auditLog/filterForm";
import { lockMessage } from "../../src/renderer/src/screens/lock/lockMessage";

describe("the main process's field messages", () => {
  it("go next to the matching fields (after removing a prefix); the others join the form's message", () => {
    const setError = vi.fn();
    const message = applyServerError(
      { code: "VALIDATION", message: "Some information is not valid.", fields: { "admin.username": "Taken.", "practice.name": "Too long." } },
      setError,
      ["username", "password"],
      "admin.",
    );
    expect(setError).toHaveBeenCalledWith("username", { type: "server", message: "Taken." });
    expect(setError).toHaveBeenCalledTimes(1);
    expect(message).toBe("Some information is not valid. Too long.");
  });
});

describe("the audit log filter boxes", () => {
  it("treat empty boxes as no filter", () => {
    expect(auditFilterFormSchema.parse(EMPTY_FILTER_FORM)).toEqual({});
    expect(auditFilterFormSchema.parse({ ...EMPTY_FILTER_FORM, action: " user.create " })).toEqual({ action: "user.create" });
  });

  it("refuse a start date after the end date, on the end date's box", () => {
    const result = auditFilterFormSchema.safeParse({ ...EMPTY_FILTER_FORM, from: "2026-03-10", to: "2026-03-01" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["to"], message: "The start date must be on or before the end date." });
  });
});

describe("the lock screen's explanation", () => {
  it.each([
    ["idle", 1, "Locked after 1 minute without activity."],
    ["idle", 15, "Locked after 15 minutes without activity."],
    ["idle", null, "Locked after a period without activity."],
    ["password-changed", 10, "Your password was changed. Sign in with your new password."],
    ["user", 10, "Safeguard Desk was locked. Sign in to continue."],
    [null, 10, null],
  ] as const)("%s after %s minutes", (reason, minutes, expected) => {
    expect(lockMessage(reason, minutes)).toBe(expected);
  });
});
