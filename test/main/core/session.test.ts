import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createAppCore } from "../../../src/main/core/appCore";
import { VaultSession } from "../../../src/main/core/vaultSession";
import { FAST_TEST_KDF } from "../../../src/main/vault/kdf";
import { vaultPaths } from "../../../src/main/vault/vaultPaths";
import { recoveryKeyGroups } from "../../../src/shared/model/recoveryKey";
import { makeTempDir } from "../../support/tempVault";
import { withVault } from "../backup/backupTestKit";
import { ADMIN, PRACTICE, perTestCleanup } from "../../support/testCore";

const { newCore } = perTestCleanup();

async function withStaffAndReader() {
  const c = newCore();
  await c.setUp();
  await c.must("users.create", { username: "jamal", fullName: "Jamal Reed", title: "Hygienist", role: "staff", password: "staff password 1" });
  await c.must("users.create", { username: "auditor", fullName: "Ann Audit", title: "Consultant", role: "readonly", password: "reader password 1" });
  return c;
}

describe("first-run setup", () => {
  it("creates the vault, signs the Administrator in and issues a recovery key to confirm", async () => {
    const c = newCore();
    expect(await c.must("vault.status", {})).toMatchObject({ state: "no-vault" });
    const issued = await c.setUp();
    expect(recoveryKeyGroups(issued.recoveryKey)).toHaveLength(13);
    expect(issued.confirmGroups).toHaveLength(2);
    const status = await c.must("vault.status", {});
    expect(status).toMatchObject({ state: "unlocked", session: { user: { username: "maria", role: "administrator" }, practiceName: "Smile Dental", recoveryKeyConfirmed: false } });
    expect(await c.must("practice.get", {})).toEqual({ ...PRACTICE });
  });

  it("asks for the right groups of the recovery key back", async () => {
    const c = newCore();
    const { recoveryKey, confirmGroups } = await c.setUp();
    const groups = recoveryKeyGroups(recoveryKey);
    const wrong = await c.call("recoveryKey.confirm", { answers: confirmGroups.map((group) => ({ group, value: "ZZZZ" })) });
    expect(wrong).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    await c.must("recoveryKey.confirm", { answers: confirmGroups.map((group) => ({ group, value: groups[group]!.toLowerCase() })) });
    expect(await c.must("session.current", {})).toMatchObject({ recoveryKeyConfirmed: true });
  });

  it("refuses a second setup over an existing vault", async () => {
    const c = newCore();
    await c.setUp();
    await c.must("session.lock", { reason: "user" });
    const again = await c.call("vault.create", { practice: PRACTICE, admin: { ...ADMIN, role: "administrator" } });
    expect(again).toMatchObject({ ok: false, error: { code: "VAULT_EXISTS" } });
  });

  it("explains each invalid field of the setup form", async () => {
    const c = newCore();
    const result = await c.call("vault.create", {
      practice: { ...PRACTICE, name: " ", timeZone: "Mars/Olympus", workforceCount: 0 },
      admin: { ...ADMIN, username: "a b", password: "short", role: "administrator" },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe("VALIDATION");
      expect(Object.keys(result.error.fields ?? {})).toEqual(
        expect.arrayContaining(["practice.name", "practice.timeZone", "practice.workforceCount", "admin.username", "admin.password"]),
      );
    }
    expect(await c.must("vault.status", {})).toMatchObject({ state: "no-vault" });
  });
});

describe("unlocking", () => {
  it("locks, then unlocks with the username in any case", async () => {
    const c = newCore();
    await c.setUp();
    await c.must("session.lock", { reason: "user" });
    expect(await c.must("vault.status", {})).toMatchObject({ state: "locked", lockReason: "user" });
    expect(await c.call("practice.get", {})).toMatchObject({ ok: false, error: { code: "LOCKED" } });
    await c.must("session.unlock", { username: "MARIA", password: ADMIN.password });
    expect(await c.must("practice.get", {})).toMatchObject({ name: "Smile Dental" });
  });

  it("says plainly when the password is wrong, makes each try wait after three, and logs the failures", async () => {
    let now = new Date("2026-03-01T09:00:00Z");
    const c = newCore({ now: () => now });
    await c.setUp();
    await c.must("session.lock", { reason: "user" });
    for (let attempt = 1; attempt <= 2; attempt++) {
      const result = await c.call("session.unlock", { username: "maria", password: `wrong password ${attempt}` });
      expect(result).toEqual({ ok: false, error: { code: "WRONG_CREDENTIALS", message: "The username or password is not right." } });
    }
    const third = await c.call("session.unlock", { username: "maria", password: "wrong password 3" });
    expect(third).toMatchObject({ ok: false, error: { code: "WRONG_CREDENTIALS", message: expect.stringMatching(/Wait 1 second before/) } });
    const tooSoon = await c.call("session.unlock", { username: "maria", password: ADMIN.password });
    expect(tooSoon).toMatchObject({ ok: false, error: { code: "RATE_LIMITED", message: expect.stringMatching(/Wait 1 second/) } });
    now = new Date(now.getTime() + 1_000);
    const fourth = await c.call("session.unlock", { username: "maria", password: "wrong password 4" });
    expect(fourth).toMatchObject({ ok: false, error: { code: "WRONG_CREDENTIALS", message: expect.stringMatching(/Wait 2 seconds/) } });
    now = new Date(now.getTime() + 2_000);
    await c.must("session.unlock", { username: "maria", password: ADMIN.password });
    const failures = await c.must("audit.list", { filter: { action: "session.failed" } });
    expect(failures.total).toBe(4);
    expect(failures.entries.every((entry) => entry.actorName === "maria" && entry.at.startsWith("2026-03-01T09:00:0"))).toBe(true);
  });

  it("does not say whether a username exists", async () => {
    const c = newCore();
    await c.setUp();
    await c.must("session.lock", { reason: "user" });
    const unknown = await c.call("session.unlock", { username: "nobody", password: ADMIN.password });
    const wrong = await c.call("session.unlock", { username: "maria", password: "not the password" });
    expect(unknown).toEqual(wrong);
  });

  it("recovers with the recovery key and a new password; the old password stops working", async () => {
    const c = newCore();
    const { recoveryKey } = await c.setUp();
    await c.must("session.lock", { reason: "user" });
    const badKey = await c.call("session.recover", { recoveryKey: "1234", username: "maria", newPassword: "a brand new password" });
    expect(badKey).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    await c.must("session.recover", { recoveryKey: recoveryKey.toLowerCase(), username: "maria", newPassword: "a brand new password" });
    await c.must("session.lock", { reason: "user" });
    expect(await c.call("session.unlock", { username: "maria", password: ADMIN.password })).toMatchObject({ ok: false });
    await c.must("session.unlock", { username: "maria", password: "a brand new password" });
    expect((await c.must("audit.list", { filter: { action: "session.recovered" } })).total).toBe(1);
  });

  it("stops the replaced recovery key from opening the vault; the new one opens it", async () => {
    const c = newCore();
    const { recoveryKey: oldKey } = await c.setUp();
    const { recoveryKey: newKey } = await c.must("recoveryKey.replace", { password: ADMIN.password });
    expect(newKey).not.toBe(oldKey);
    await c.must("session.lock", { reason: "user" });
    const withOld = await c.call("session.recover", { recoveryKey: oldKey, username: "maria", newPassword: "a brand new password" });
    expect(withOld).toEqual({ ok: false, error: { code: "WRONG_CREDENTIALS", message: "That recovery key does not open this vault." } });
    expect(await c.must("vault.status", {})).toMatchObject({ state: "locked" });
    await c.must("session.recover", { recoveryKey: newKey, username: "maria", newPassword: "a brand new password" });
    expect(await c.must("session.current", {})).toMatchObject({ user: { username: "maria" } });
  });

  it("closes the database and zeroes the master key when it locks or the app closes", async () => {
    const temp = makeTempDir();
    const session = new VaultSession(temp.path, { kdf: FAST_TEST_KDF });
    try {
      await session.create(PRACTICE, { ...ADMIN, role: "administrator" });
      for (const lockIt of [() => session.lock("user"), () => session.close()]) {
        // The session's own objects, held on to before it locks: nothing is added to the app for this test.
        const { db, masterKey } = session.requireSignedIn().vault;
        expect(db.open).toBe(true);
        expect(masterKey.some((byte) => byte !== 0)).toBe(true);
        lockIt();
        expect(db.open).toBe(false);
        expect(masterKey.every((byte) => byte === 0)).toBe(true);
        expect(() => session.requireSignedIn()).toThrow(/locked/);
        await session.unlock(ADMIN.username, ADMIN.password);
      }
    } finally {
      session.close();
      temp.remove();
    }
  });

  it("locks by itself once the idle time passes without a request", async () => {
    let now = new Date("2026-03-01T09:00:00Z");
    const c = newCore({ now: () => now, idleCheckMilliseconds: 20 });
    await c.setUp();
    await c.must("settings.update", { idleLockMinutes: 1 });
    const locked = new Promise((resolve) => c.core.onEvent(resolve));
    now = new Date(now.getTime() + 61_000);
    expect(await locked).toEqual({ type: "locked", reason: "idle" });
    expect(await c.must("vault.status", {})).toMatchObject({ state: "locked", lockReason: "idle" });
  });
});

describe("roles, enforced in the main process per channel", () => {
  it("lets a Read-only user read but not edit anything", async () => {
    const c = await withStaffAndReader();
    await c.must("session.lock", { reason: "user" });
    await c.must("session.unlock", { username: "auditor", password: "reader password 1" });
    expect(await c.must("practice.get", {})).toMatchObject({ name: "Smile Dental" });
    expect((await c.must("audit.list", {})).total).toBeGreaterThan(0);
    for (const [channel, input] of [
      ["practice.update", { ...PRACTICE, name: "Hacked" }],
      ["settings.update", { idleLockMinutes: 30 }],
      ["users.create", { username: "x1", fullName: "X", title: "", role: "administrator", password: "long enough pw" }],
    ] as const) {
      const result = await c.call(channel, input as never);
      expect(result).toMatchObject({ ok: false, error: { code: "FORBIDDEN", message: expect.stringMatching(/Read-only/) } });
    }
    expect(await c.must("practice.get", {})).toMatchObject({ name: "Smile Dental" });
  });

  it("keeps user management for Administrators", async () => {
    const c = await withStaffAndReader();
    await c.must("session.lock", { reason: "user" });
    await c.must("session.unlock", { username: "jamal", password: "staff password 1" });
    const users = await c.must("users.list", {});
    const refused = await c.call("users.update", { id: users.find((u) => u.username === "jamal")!.id, fullName: "Jamal", title: "", role: "administrator" });
    expect(refused).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
  });

  it("never removes or demotes the last Administrator, and never lets one remove themself", async () => {
    const c = await withStaffAndReader();
    const me = (await c.must("session.current", {})).user;
    expect(await c.call("users.remove", { id: me.id })).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    expect(await c.call("users.update", { id: me.id, fullName: me.fullName, title: "", role: "staff" })).toMatchObject({
      ok: false,
      error: { code: "CONFLICT", message: expect.stringMatching(/only Administrator/) },
    });
  });

  it("removes a user's key slot with the account, keeps the row for the log, and never reuses the username", async () => {
    const c = await withStaffAndReader();
    const jamal = (await c.must("users.list", {})).find((u) => u.username === "jamal")!;
    await c.must("users.remove", { id: jamal.id });
    const slots = JSON.parse(readFileSync(vaultPaths(c.folder).keySlots, "utf8")) as { slots: { username: string | null }[] };
    expect(slots.slots.map((slot) => slot.username)).not.toContain("jamal");
    expect((await c.must("users.list", {})).find((u) => u.id === jamal.id)).toMatchObject({ active: false });
    const reuse = await c.call("users.create", { username: "Jamal", fullName: "Another Jamal", title: "", role: "staff", password: "another password" });
    expect(reuse).toMatchObject({ ok: false, error: { code: "CONFLICT", fields: { username: expect.any(String) } } });
    await c.must("session.lock", { reason: "user" });
    expect(await c.call("session.unlock", { username: "jamal", password: "staff password 1" })).toMatchObject({ ok: false });
  });

  it("rewraps only one slot when a password changes, then locks", async () => {
    const c = await withStaffAndReader();
    const before = JSON.parse(readFileSync(vaultPaths(c.folder).keySlots, "utf8")) as { slots: { username: string | null; wrapped: unknown }[] };
    const wrong = await c.call("session.changePassword", { currentPassword: "nope nope nope", newPassword: "my new long password" });
    expect(wrong).toMatchObject({ ok: false, error: { code: "WRONG_CREDENTIALS" } });
    const locked = new Promise((resolve) => c.core.onEvent(resolve));
    await c.must("session.changePassword", { currentPassword: ADMIN.password, newPassword: "my new long password" });
    expect(await locked).toEqual({ type: "locked", reason: "password-changed" });
    const after = JSON.parse(readFileSync(vaultPaths(c.folder).keySlots, "utf8")) as typeof before;
    const unchanged = (slots: typeof before.slots) => slots.filter((slot) => slot.username !== "maria").map((slot) => JSON.stringify(slot)).sort();
    expect(unchanged(after.slots)).toEqual(unchanged(before.slots));
    await c.must("session.unlock", { username: "maria", password: "my new long password" });
  });

  it("makes a user change a password an Administrator reset", async () => {
    const c = await withStaffAndReader();
    const jamal = (await c.must("users.list", {})).find((u) => u.username === "jamal")!;
    await c.must("users.resetPassword", { id: jamal.id, newPassword: "temporary password 9" });
    await c.must("session.lock", { reason: "user" });
    const session = await c.must("session.unlock", { username: "jamal", password: "temporary password 9" });
    expect(session.mustChangePassword).toBe(true);
  });
});

describe("the IPC boundary", () => {
  it("answers unknown channels and malformed payloads with a clear code, never a stack trace", async () => {
    const c = newCore();
    expect(await c.core.dispatch("vault.dropEverything", {})).toMatchObject({ ok: false, error: { code: "UNKNOWN_CHANNEL" } });
    expect(await c.core.dispatch("__proto__", {})).toMatchObject({ ok: false, error: { code: "UNKNOWN_CHANNEL" } });
    expect(await c.core.dispatch(42, {})).toMatchObject({ ok: false, error: { code: "UNKNOWN_CHANNEL" } });
    expect(await c.core.dispatch("session.unlock", "maria")).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    expect(await c.core.dispatch("vault.status", { extra: true })).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    const internal = await c.core.dispatch("session.unlock", { username: "maria", password: "whatever it is" });
    expect(JSON.stringify(internal)).not.toMatch(/at .*\.ts:\d+/);
  });

  it("records who changed what in the audit log, with an intact chain", async () => {
    const c = newCore();
    await c.setUp();
    await c.must("practice.update", { ...PRACTICE, workforceCount: 9 });
    const [latest] = (await c.must("audit.list", { filter: { action: "practice.updated" } })).entries;
    expect(latest).toMatchObject({ actorName: "maria", changes: { workforceCount: { from: 8, to: 9 } } });
    expect(await c.must("audit.verify", {})).toEqual({ intact: true, checked: expect.any(Number) });
    const exported = await c.must("audit.exportCsv", {});
    expect(exported.fileName).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(exported.csv).toContain("practice.updated");
  });

  it("shows damage found only at unlock (a replaced database) as a damaged vault, with the same way out", async () => {
    const c = newCore();
    await c.setUp();
    await c.must("session.lock", { reason: "user" });
    writeFileSync(vaultPaths(c.folder).database, Buffer.alloc(16 * 4096, 7));
    const refused = await c.call("session.unlock", { username: "maria", password: ADMIN.password });
    expect(refused).toMatchObject({ ok: false, error: { code: "VAULT_DAMAGED", message: expect.stringMatching(/not the one its key file belongs to/) } });
    expect(await c.must("vault.status", {})).toMatchObject({ state: "damaged", problem: "mismatched" });
    await c.must("vault.setAsideDamaged", {});
    expect(await c.must("vault.status", {})).toMatchObject({ state: "no-vault" });
  });

  it("tells a vault saved by a newer version from a damaged one, and will not move it aside", async () => {
    const c = newCore();
    await c.setUp();
    await c.must("session.lock", { reason: "user" });
    await withVault(c.folder, ADMIN, (vault) => vault.db.pragma("user_version = 999"));
    const before = readFileSync(vaultPaths(c.folder).database);
    const refused = await c.call("session.unlock", { username: "maria", password: ADMIN.password });
    expect(refused).toMatchObject({ ok: false, error: { code: "VAULT_TOO_NEW", message: expect.stringMatching(/newer version of Safeguard Desk/) } });
    expect(await c.must("vault.status", {})).toMatchObject({ state: "damaged", problem: "too-new" });
    const setAside = await c.call("vault.setAsideDamaged", {});
    expect(setAside).toMatchObject({ ok: false, error: { code: "CONFLICT", message: expect.stringMatching(/not damaged.*newer version.*Nothing was moved/) } });
    expect(readFileSync(vaultPaths(c.folder).database).equals(before)).toBe(true);
  });

  it("raises an older slot's KDF cost to the current one at the next unlock", async () => {
    const c = newCore({ kdf: { ...FAST_TEST_KDF, N: 2 ** 9 } });
    await c.setUp();
    c.core.close();
    const slotN = () => (JSON.parse(readFileSync(vaultPaths(c.folder).keySlots, "utf8")) as { slots: { username: string | null; kdf: { N: number } }[] }).slots.find((s) => s.username === "maria")!.kdf.N;
    expect(slotN()).toBe(2 ** 9);
    const upgraded = createAppCore({ vaultDir: c.folder, kdf: FAST_TEST_KDF });
    expect(await upgraded.dispatch("session.unlock", { username: "maria", password: ADMIN.password })).toMatchObject({ ok: true });
    upgraded.close();
    expect(slotN()).toBe(FAST_TEST_KDF.N);
  });

  it("offers a way out of a damaged vault that moves files aside and deletes nothing", async () => {
    const c = newCore();
    await c.setUp();
    await c.must("session.lock", { reason: "user" });
    writeFileSync(vaultPaths(c.folder).keySlots, "not json");
    expect(await c.must("vault.status", {})).toMatchObject({ state: "damaged", problem: "key-slots-unreadable" });
    const { movedTo } = await c.must("vault.setAsideDamaged", {});
    expect(readFileSync(`${movedTo}/keyslots.json`, "utf8")).toBe("not json");
    expect(await c.must("vault.status", {})).toMatchObject({ state: "no-vault" });
  });
});
