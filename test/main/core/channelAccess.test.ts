import { afterEach, describe, expect, it } from "vitest";
import { OPEN_WHILE_PASSWORD_MUST_CHANGE } from "../../../src/main/ipc/accessGate";
import { CHANNEL_NAMES, contract } from "../../../src/shared/ipc/contract";
import { READER, refused, signInAs, STAFF, teamCore, type Core } from "../../support/team";
import { ADMIN } from "../../support/testCore";

/**
 * Who may use a channel is decided in the main process before anything else about the call: the
 * vault must be unlocked, the role must allow the channel, and someone whose password an
 * Administrator reset must choose their own before doing anything but that.
 */
const cores: Core[] = [];
afterEach(() => cores.splice(0).forEach((c) => c.dispose()));

const TEMPORARY = "temporary password 9";
const CHOSEN = "jamal's own new password";

/** Maria resets Jamal's password, then Jamal signs in with the temporary one. */
async function jamalWithResetPassword(): Promise<Core> {
  const c = await teamCore(cores);
  const jamal = (await c.must("users.list", {})).find((user) => user.username === STAFF.username)!;
  await c.must("users.resetPassword", { id: jamal.id, newPassword: TEMPORARY });
  await signInAs(c, { username: STAFF.username, password: TEMPORARY });
  return c;
}

describe("a password an Administrator reset", () => {
  it("opens nothing but the password change until the user chooses their own, then everything their role allows", async () => {
    const c = await jamalWithResetPassword();
    expect((await c.must("session.current", {})).mustChangePassword).toBe(true);

    const edit = await refused(c, "risk.start", { year: 2026 });
    expect(edit).toEqual({
      code: "PASSWORD_CHANGE_REQUIRED",
      message: "An Administrator set a temporary password for your account. Choose your own password in Safeguard Desk before doing anything else.",
    });
    expect(await refused(c, "practice.get", {})).toMatchObject({ code: "PASSWORD_CHANGE_REQUIRED" });
    expect(await refused(c, "audit.list", {})).toMatchObject({ code: "PASSWORD_CHANGE_REQUIRED" });
    // Refused before the payload is looked at: no field-by-field hints either.
    expect(await c.core.dispatch("risk.start", { year: "soon", extra: 1 })).toMatchObject({ ok: false, error: { code: "PASSWORD_CHANGE_REQUIRED" } });

    // What the change-password screen needs still works.
    expect(await c.must("vault.status", {})).toMatchObject({ state: "unlocked", session: { mustChangePassword: true } });
    await c.must("session.activity", {});

    await c.must("session.changePassword", { currentPassword: TEMPORARY, newPassword: CHOSEN });
    expect(await c.must("vault.status", {})).toMatchObject({ state: "locked", lockReason: "password-changed" });
    await c.must("session.unlock", { username: STAFF.username, password: CHOSEN });
    expect((await c.must("session.current", {})).mustChangePassword).toBe(false);
    expect(await c.must("practice.get", {})).toMatchObject({ name: "Smile Dental" });
    expect(await c.must("risk.start", { year: 2026 })).toMatchObject({ analysis: { year: 2026, status: "in-progress" } });
    // Only the allowed calls reached a service: the log shows the change, and the risk analysis once, after it.
    const jamalsEntries = (await c.must("audit.list", { filter: { actor: STAFF.username } })).entries.map((entry) => entry.action);
    expect(jamalsEntries.filter((action) => action.startsWith("risk."))).toHaveLength(1);
    expect(jamalsEntries).toContain("user.password-changed");
  });

  it("may still lock, and a reset Administrator is held the same way on Administrator channels", async () => {
    const c = await teamCore(cores);
    const second = { username: "omar", fullName: "Omar Diaz", title: "Dentist", role: "administrator" as const, password: "omar's first password" };
    const omar = await c.must("users.create", second);
    await c.must("users.resetPassword", { id: omar.id, newPassword: TEMPORARY });
    await signInAs(c, { username: second.username, password: TEMPORARY });
    expect(await refused(c, "users.list", {})).toMatchObject({ code: "PASSWORD_CHANGE_REQUIRED" });
    expect(await refused(c, "settings.update", { idleLockMinutes: 30 })).toMatchObject({ code: "PASSWORD_CHANGE_REQUIRED" });
    await c.must("session.lock", { reason: "user" });
    expect(await c.must("vault.status", {})).toMatchObject({ state: "locked" });
  });

  it("holds back only channels that need a signed-in user; the ones left open are the session's own", () => {
    // Listed so that opening another channel to a user with a temporary password is a visible decision.
    expect([...OPEN_WHILE_PASSWORD_MUST_CHANGE].sort()).toEqual(["session.activity", "session.changePassword", "session.current", "session.lock"]);
    for (const name of OPEN_WHILE_PASSWORD_MUST_CHANGE) expect(CHANNEL_NAMES, name).toContain(name);
    for (const name of OPEN_WHILE_PASSWORD_MUST_CHANGE) expect(contract[name].access, name).toBe("read");
  });
});

describe("access is checked before the payload", () => {
  it("answers a Read-only user's malformed call to an Administrator channel with FORBIDDEN, not the fields it expects", async () => {
    const c = await teamCore(cores);
    await signInAs(c, READER);
    for (const [channel, payload] of [
      ["users.create", { username: 7, role: "emperor" }],
      ["settings.update", "not even an object"],
      ["risk.start", { year: -1 }],
    ] as const) {
      const result = await c.core.dispatch(channel, payload);
      expect(result, channel).toEqual({ ok: false, error: { code: "FORBIDDEN", message: expect.stringMatching(/Read-only/) } });
    }
  });

  it("answers a malformed call to a locked vault with LOCKED", async () => {
    const c = await teamCore(cores);
    await c.must("session.lock", { reason: "user" });
    for (const [channel, payload] of [
      ["users.create", { username: 7 }],
      ["practice.get", { extra: true }],
      ["session.changePassword", {}],
    ] as const) {
      expect(await c.core.dispatch(channel, payload), channel).toEqual({ ok: false, error: { code: "LOCKED", message: "The vault is locked. Sign in to continue." } });
    }
  });

  it("still explains each invalid field to a caller who may use the channel", async () => {
    const c = await teamCore(cores);
    await signInAs(c, ADMIN);
    const result = await c.core.dispatch("settings.update", { idleLockMinutes: "ten" });
    expect(result).toMatchObject({ ok: false, error: { code: "VALIDATION", fields: { idleLockMinutes: expect.any(String) } } });
  });
});
