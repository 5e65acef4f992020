import path from "node:path";
import { describe, expect, it } from "vitest";
import { resolveVaultDir } from "../../src/main/electron/vaultLocation";

describe("resolveVaultDir", () => {
  const userData = path.resolve("/home/office/.config/Safeguard Desk");

  it("uses <userData>/vault by default", () => {
    expect(resolveVaultDir({}, userData)).toBe(path.join(userData, "vault"));
  });

  it("uses SAFEGUARD_DESK_DATA_DIR when set", () => {
    const dir = path.resolve("/media/usb/safeguard");
    expect(resolveVaultDir({ SAFEGUARD_DESK_DATA_DIR: dir }, userData)).toBe(dir);
  });

  it("makes a relative SAFEGUARD_DESK_DATA_DIR absolute", () => {
    expect(resolveVaultDir({ SAFEGUARD_DESK_DATA_DIR: "portable-data" }, userData)).toBe(path.resolve("portable-data"));
  });

  it.each(["", "   "])("ignores an empty SAFEGUARD_DESK_DATA_DIR (%j)", (value) => {
    expect(resolveVaultDir({ SAFEGUARD_DESK_DATA_DIR: value }, userData)).toBe(path.join(userData, "vault"));
  });
});
