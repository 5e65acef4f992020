import { afterEach, describe, expect, it } from "vitest";
import { READER, signInAs, signInAsAdmin, STAFF } from "../../support/assessmentFlows";
import { auditActions, disposeCores, hire, workforceCore } from "./workforceTestKit";

afterEach(disposeCores);

describe("the workforce roster", () => {
  it("keeps everyone, with or without an app account, with job title and hire date", async () => {
    const c = await workforceCore();
    const users = await c.must("users.list", {});
    const jamal = users.find((user) => user.username === "jamal")!;
    const linked = await hire(c, "Jamal Reed", "2025-06-01", { jobTitle: "Hygienist", userId: jamal.id });
    const hygienist = await hire(c, "Pat Kim", "2026-02-15", { jobTitle: "Hygienist" });
    expect(linked).toMatchObject({ fullName: "Jamal Reed", jobTitle: "Hygienist", hireDate: "2025-06-01", terminationDate: null, account: { username: "jamal", active: true } });
    expect(hygienist.account).toBeNull();
    const roster = await c.must("workforce.list", {});
    expect(roster.map((entry) => entry.fullName)).toEqual(["Jamal Reed", "Pat Kim"]);
    expect(roster.every((entry) => entry.openRemovalSteps === null)).toBe(true);
    expect(await auditActions(c)).toContain("workforce.member-added");
  });

  it("refuses a second current person with the same name, an unknown date, and an account already linked", async () => {
    const c = await workforceCore();
    const jamal = (await c.must("users.list", {})).find((user) => user.username === "jamal")!;
    await hire(c, "Pat Kim", "2026-02-15", { userId: jamal.id });
    const duplicate = await c.call("workforce.add", { fullName: "  pat   KIM ", hireDate: "2026-03-01", jobTitle: "", userId: null });
    expect(duplicate).toMatchObject({ ok: false, error: { code: "CONFLICT", fields: { fullName: expect.stringMatching(/already on the roster/) } } });
    const badDate = await c.call("workforce.add", { fullName: "Lee Park", hireDate: "2026-02-30", jobTitle: "", userId: null });
    expect(badDate).toMatchObject({ ok: false, error: { code: "VALIDATION", fields: { hireDate: expect.stringMatching(/real date/) } } });
    const taken = await c.call("workforce.add", { fullName: "Lee Park", hireDate: "2026-02-01", jobTitle: "", userId: jamal.id });
    expect(taken).toMatchObject({ ok: false, error: { code: "VALIDATION", fields: { userId: expect.stringMatching(/already belongs to Pat Kim/) } } });
    expect(await c.must("workforce.list", {})).toHaveLength(1);
  });

  it("changes a roster entry and logs what changed; a Read-only user may look but not change", async () => {
    const c = await workforceCore();
    const pat = await hire(c, "Pat Kim", "2026-02-15");
    const changed = await c.must("workforce.update", { memberId: pat.id, member: { fullName: "Pat Kim-Lee", jobTitle: "Lead Hygienist", hireDate: "2026-02-16", userId: null } });
    expect(changed).toMatchObject({ fullName: "Pat Kim-Lee", jobTitle: "Lead Hygienist", hireDate: "2026-02-16" });
    const page = await c.must("audit.list", { filter: { action: "workforce.member-updated" }, offset: 0, limit: 10 });
    expect(page.entries[0]?.changes).toMatchObject({ fullName: { from: "Pat Kim", to: "Pat Kim-Lee" } });
    await signInAs(c, READER);
    expect(await c.must("workforce.list", {})).toHaveLength(1);
    const refused = await c.call("workforce.add", { fullName: "Lee Park", hireDate: "2026-02-01", jobTitle: "", userId: null });
    expect(refused).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
  });
});

describe("termination and the access-removal checklist", () => {
  it("opens the checklist on termination and records who did each step and when", async () => {
    const c = await workforceCore();
    const pat = await hire(c, "Pat Kim", "2025-02-15");
    await signInAs(c, STAFF);
    const before = Date.now();
    const detail = await c.must("workforce.terminate", { memberId: pat.id, terminationDate: "2026-10-31", note: "Moved away." });
    expect(detail.member).toMatchObject({ terminationDate: "2026-10-31", terminationNote: "Moved away.", terminatedBy: { name: "Jamal Reed" } });
    expect(detail.removalSteps.map((step) => step.step)).toEqual(["keys-badges", "practice-software", "email", "shared-passwords"]);
    expect(detail.removalSteps.every((step) => step.doneBy === null && step.doneAt === null)).toBe(true);
    expect((await c.must("workforce.list", {}))[0]).toMatchObject({ openRemovalSteps: 4, training: "not-required" });

    const done = await c.must("workforce.removalStep.complete", { memberId: pat.id, step: "keys-badges", note: "Two keys and the alarm fob." });
    const step = done.removalSteps.find((s) => s.step === "keys-badges")!;
    expect(step).toMatchObject({ doneBy: { name: "Jamal Reed" }, note: "Two keys and the alarm fob." });
    expect(Date.parse(step.doneAt!)).toBeGreaterThanOrEqual(before - 1000);
    const again = await c.call("workforce.removalStep.complete", { memberId: pat.id, step: "keys-badges", note: "" });
    expect(again).toMatchObject({ ok: false, error: { code: "CONFLICT", message: expect.stringMatching(/already done by Jamal Reed/) } });
    const notOnList = await c.call("workforce.removalStep.complete", { memberId: pat.id, step: "app-account", note: "" });
    expect(notOnList).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    for (const remaining of ["practice-software", "email", "shared-passwords"] as const) {
      await c.must("workforce.removalStep.complete", { memberId: pat.id, step: remaining, note: "" });
    }
    expect((await c.must("workforce.list", {}))[0]?.openRemovalSteps).toBe(0);
    const twice = await c.call("workforce.terminate", { memberId: pat.id, terminationDate: "2026-11-01", note: "" });
    expect(twice).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
  });

  it("refuses a last day before the hire date, and a step for someone who has not left", async () => {
    const c = await workforceCore();
    const pat = await hire(c, "Pat Kim", "2025-02-15");
    const early = await c.call("workforce.terminate", { memberId: pat.id, terminationDate: "2025-02-14", note: "" });
    expect(early).toMatchObject({ ok: false, error: { code: "VALIDATION", fields: { terminationDate: expect.stringMatching(/before the hire date/) } } });
    const notLeft = await c.call("workforce.removalStep.complete", { memberId: pat.id, step: "email", note: "" });
    expect(notLeft).toMatchObject({ ok: false, error: { code: "CONFLICT", message: expect.stringMatching(/has not left/) } });
  });

  it("adds the app account to the checklist; only an Administrator's step removes it, and the person can no longer sign in", async () => {
    const c = await workforceCore();
    const jamalUser = (await c.must("users.list", {})).find((user) => user.username === "jamal")!;
    const jamal = await hire(c, "Jamal Reed", "2024-05-01", { userId: jamalUser.id });
    const kim = await hire(c, "Kim Oduya", "2024-05-01");
    await signInAs(c, STAFF);
    // Jamal, still signed in as Staff, records someone else's departure; the account step waits for an Administrator.
    await c.must("workforce.terminate", { memberId: kim.id, terminationDate: "2026-10-01", note: "" });
    await signInAsAdmin(c);
    const detail = await c.must("workforce.terminate", { memberId: jamal.id, terminationDate: "2026-10-31", note: "" });
    expect(detail.removalSteps.map((step) => step.step)).toContain("app-account");
    await signInAs(c, { username: "auditor", password: READER.password });
    expect(await c.call("workforce.removalStep.complete", { memberId: jamal.id, step: "app-account", note: "" })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    await signInAsAdmin(c);
    await c.must("users.create", { username: "sam", fullName: "Sam Staff", title: "", role: "staff", password: "sam password 12" });
    await signInAs(c, { username: "sam", password: "sam password 12" });
    const refused = await c.call("workforce.removalStep.complete", { memberId: jamal.id, step: "app-account", note: "" });
    expect(refused).toMatchObject({ ok: false, error: { code: "FORBIDDEN", message: expect.stringMatching(/Only an Administrator/) } });
    await signInAsAdmin(c);
    const removed = await c.must("workforce.removalStep.complete", { memberId: jamal.id, step: "app-account", note: "" });
    expect(removed.member.account).toMatchObject({ username: "jamal", active: false });
    expect(removed.removalSteps.find((step) => step.step === "app-account")).toMatchObject({ doneBy: { name: "Maria Lopez" } });
    expect(await auditActions(c)).toEqual(expect.arrayContaining(["user.removed", "workforce.removal-step-done", "workforce.member-terminated"]));
    await c.must("session.lock", { reason: "user" });
    expect(await c.call("session.unlock", { username: "jamal", password: STAFF.password })).toMatchObject({ ok: false });
  });

  it("marks the account step done without removing anything when the account was already removed in Settings", async () => {
    const c = await workforceCore();
    const jamalUser = (await c.must("users.list", {})).find((user) => user.username === "jamal")!;
    const jamal = await hire(c, "Jamal Reed", "2024-05-01", { userId: jamalUser.id });
    await c.must("workforce.terminate", { memberId: jamal.id, terminationDate: "2026-10-31", note: "" });
    await c.must("users.remove", { id: jamalUser.id });
    await c.must("users.create", { username: "sam", fullName: "Sam Staff", title: "", role: "staff", password: "sam password 12" });
    await signInAs(c, { username: "sam", password: "sam password 12" });
    const detail = await c.must("workforce.removalStep.complete", { memberId: jamal.id, step: "app-account", note: "Removed in Settings." });
    expect(detail.removalSteps.find((step) => step.step === "app-account")).toMatchObject({ doneBy: { name: "Sam Staff" }, note: "Removed in Settings." });
  });
});
