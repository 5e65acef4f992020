import { describe, expect, it } from "vitest";
import { encodeRecoveryKey, isWellFormedRecoveryKey, normalizeRecoveryKey, RECOVERY_KEY_GROUPS, recoveryKeyGroups } from "../../src/shared/model/recoveryKey";

describe("recovery key format", () => {
  it("writes 32 bytes as 13 groups of four Crockford base-32 characters", () => {
    const key = encodeRecoveryKey(new Uint8Array(32).fill(255));
    expect(key).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){12}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(recoveryKeyGroups(key)).toHaveLength(RECOVERY_KEY_GROUPS);
  });

  it("encodes known bytes exactly", () => {
    expect(encodeRecoveryKey(new Uint8Array(32))).toBe("0000-0000-0000-0000-0000-0000-0000-0000-0000-0000-0000-0000-0000");
    const bytes = new Uint8Array(32);
    bytes[0] = 0b10000100; // first 5 bits 10000 = 16 = "G", next 3 bits 100 + 00 = 16 = "G"
    expect(encodeRecoveryKey(bytes).slice(0, 2)).toBe("GG");
  });

  it.each([
    ["lower case", (k: string) => k.toLowerCase()],
    ["spaces instead of dashes", (k: string) => k.replace(/-/g, " ")],
    ["no separators", (k: string) => k.replace(/-/g, "")],
    ["O typed for 0", (k: string) => k.replace(/0/g, "O")],
    ["l typed for 1", (k: string) => k.replace(/1/g, "l")],
  ])("accepts a key typed with %s", (_, retype) => {
    const key = "01AB-CDEF-GHJK-MNPQ-RSTV-WXYZ-0123-4567-89AB-CDEF-GHJK-MNPQ-RSTV";
    expect(isWellFormedRecoveryKey(retype(key))).toBe(true);
    expect(normalizeRecoveryKey(retype(key))).toBe(key.replace(/-/g, ""));
  });

  it.each(["", "1234", "U".repeat(52), "0".repeat(51), "0".repeat(53)])("rejects %j", (typed) => {
    expect(isWellFormedRecoveryKey(typed)).toBe(false);
  });
});
