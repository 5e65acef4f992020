import { describe, expect, it } from "vitest";
import { contract } from "../../src/shared/ipc/contract";
import { roleMayUse, type AccessLevel, type Role } from "../../src/shared/model/roles";

describe("roles", () => {
  it.each<[Role, AccessLevel, boolean]>([
    ["readonly", "public", true],
    ["readonly", "read", true],
    ["readonly", "edit", false],
    ["readonly", "admin", false],
    ["staff", "read", true],
    ["staff", "edit", true],
    ["staff", "admin", false],
    ["administrator", "admin", true],
  ])("%s may use %s channels: %s", (role, level, allowed) => {
    expect(roleMayUse(role, level)).toBe(allowed);
  });

  it("gives user management, settings and the practice profile to Administrators only", () => {
    for (const name of ["users.create", "users.update", "users.remove", "users.resetPassword", "settings.update", "practice.update", "recoveryKey.replace"] as const) {
      expect(contract[name].access, name).toBe("admin");
    }
  });

  it("leaves only the channels needed to set up, unlock, restore or look at the sample open while locked", () => {
    const publicChannels = Object.entries(contract)
      .filter(([, spec]) => spec.access === "public")
      .map(([name]) => name)
      .sort();
    expect(publicChannels).toEqual([
      // A locked, damaged or new vault can be restored or imported; each asks for the backup's own credentials.
      "archive.import",
      "backup.choosePath",
      "backup.inspect",
      "backup.list",
      "backup.restore",
      // The sample practice has its own vault and published sign-in; opening it locks the practice's vault.
      "sample.leave",
      "sample.open",
      "session.recover",
      "session.unlock",
      "vault.create",
      "vault.setAsideDamaged",
      "vault.status",
    ]);
  });
});
