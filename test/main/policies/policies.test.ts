import { afterEach, describe, expect, it } from "vitest";
import { isChannelName, CHANNEL_NAMES } from "../../../src/shared/ipc/contract";
import { POLICY_TEMPLATES } from "../../../src/shared/content/policies";
import { addYearsKeepingLonger, nextReviewDate } from "../../../src/shared/rules/policyRetention";
import { DEFAULT_NOTES } from "../../../src/shared/rules/policyTailoring";
import { formatDay } from "../../../src/shared/time/zonedTime";
import { listPolicies, listPolicyReviewsDue, policyDetail } from "../../../src/main/policies/policyViews";
import { ADMIN } from "../../support/testCore";
import { byTemplate, generated, policyCore, practiceToday, READER, refused, signInAs, signInAsAdmin, STAFF, withDatabase, type Core } from "./policyTestKit";

const cores: Core[] = [];
afterEach(() => {
  for (const c of cores.splice(0)) c.dispose();
});

describe("generating the policy set", () => {
  it("makes one draft per template, tailored to the practice, with notes where the assessment has no answer", async () => {
    const c = await policyCore(cores);
    const list = await c.must("policies.generate", {});
    expect(list.policies.map((p) => p.templateId)).toEqual(POLICY_TEMPLATES.map((t) => t.id));
    expect(list.missingTemplates).toEqual([]);
    expect(list.policies.every((p) => p.status === "draft" && p.hasDraft && p.latestVersion.number === 1 && p.inEffect === null)).toBe(true);

    const program = await c.must("policies.get", { policyId: byTemplate(list, "security-program").id });
    expect(program.draft?.body).toContain("Maria Lopez is the practice's Security Official");
    expect(program.draft?.body).toContain("Smile Dental");
    expect(program.draft).toMatchObject({ number: 1, status: "draft", source: "template", createdBy: { name: ADMIN.fullName }, diffSummary: "First version." });
    expect(program.draft?.retainUntil).toBe(addYearsKeepingLonger(practiceToday(), 6));

    const access = await c.must("policies.get", { policyId: byTemplate(list, "access-control").id });
    expect(access.draft?.body).toMatch(/Every laptop and tablet .* full-disk encryption/);
    expect(access.draft?.editorNotes).toContain(DEFAULT_NOTES.portableComputers);
  });

  it("generating again adds nothing twice", async () => {
    const c = await policyCore(cores);
    await c.must("policies.generate", {});
    const again = await c.must("policies.generate", {});
    expect(again.policies).toHaveLength(POLICY_TEMPLATES.length);
    const audit = await c.must("audit.list", { filter: { action: "policies.generated" }, offset: 0, limit: 10 });
    expect(audit.total).toBe(1);
  });

  it("follows the assessment's answers and the risk inventory: no laptops, an online backup named by its vendor", async () => {
    const c = await policyCore(cores);
    const assessment = await c.must("assessment.start", { year: 2026 });
    const assessmentId = assessment.assessment.id;
    for (const [questionId, value] of Object.entries({ "q-310c-3": "no-portable-devices", "q-312a2iv-3": "no-mobile-devices", "q-312a2iv-2": "no-portable-media", "q-310a2ii-2": "locked" })) {
      await c.must("assessment.answer", { assessmentId, questionId, value });
    }
    await c.must("risk.start", { year: 2026 });
    await c.must("risk.assets.add", {
      year: 2026,
      asset: { name: "Nightly cloud backup", kind: "online-backup", owner: "", location: "", vendorName: "Carbonite", ephiKinds: [], approxRecordCount: null, notes: "", flows: [] },
    });
    const list = await c.must("policies.generate", {});
    const access = await c.must("policies.get", { policyId: byTemplate(list, "access-control").id });
    expect(access.draft?.body).toContain("Any laptop or tablet the practice starts to use");
    expect(access.draft?.body).not.toContain("Phones and tablets that reach patient information");
    expect(access.draft?.editorNotes).not.toContain(DEFAULT_NOTES.portableComputers);
    expect(access.draft?.editorNotes).toContain(DEFAULT_NOTES.remoteAccess);
    const contingency = await c.must("policies.get", { policyId: byTemplate(list, "contingency").id });
    expect(contingency.draft?.body).toContain("the online backup service, Carbonite,");
    expect(contingency.draft?.editorNotes).toEqual([]);
  });

  it("a Read-only user may read but not generate", async () => {
    const c = await policyCore(cores);
    await signInAs(c, READER);
    expect((await refused(c, "policies.generate", {})).code).toBe("FORBIDDEN");
    await expect(c.must("policies.list", {})).resolves.toMatchObject({ policies: [], missingTemplates: expect.arrayContaining([{ id: "sanctions", title: "Sanctions" }]) });
  });
});

describe("editing, approving and the history", () => {
  it("an edit is a new draft version; the draft it replaces is kept as never approved", async () => {
    const c = await policyCore(cores);
    await signInAs(c, STAFF);
    const first = await generated(c, "sanctions");
    const v1 = first.draft!;
    const edited = await c.must("policies.edit", {
      policyId: first.policy.id,
      baseVersionId: v1.id,
      title: v1.title,
      body: `${v1.body}\n\n## Contractors\n\nThe same sanctions apply to contractors, through their contracts.`,
      changeSummary: "Added contractors.",
    });
    expect(edited.versions.map((v) => [v.number, v.status])).toEqual([
      [2, "draft"],
      [1, "withdrawn"],
    ]);
    expect(edited.draft).toMatchObject({ number: 2, source: "edit", changeSummary: "Added contractors.", createdBy: { name: STAFF.fullName } });
    expect(edited.draft?.diffSummary).toBe("2 lines added. New section: “Contractors”.");
    expect(edited.versions[1]?.body).toBe(v1.body);
    expect(edited.versions[1]?.retainUntil).toBe(addYearsKeepingLonger(v1.createdOn, 6));
  });

  it("refuses an edit that changes nothing, and one based on an older version, keeping the newer one", async () => {
    const c = await policyCore(cores);
    const first = await generated(c, "sanctions");
    const v1 = first.draft!;
    const same = await refused(c, "policies.edit", { policyId: first.policy.id, baseVersionId: v1.id, title: v1.title, body: `${v1.body}\n`, changeSummary: "Nothing." });
    expect(same.code).toBe("VALIDATION");
    await c.must("policies.edit", { policyId: first.policy.id, baseVersionId: v1.id, title: "Sanctions policy", body: v1.body, changeSummary: "Renamed." });
    const stale = await refused(c, "policies.edit", { policyId: first.policy.id, baseVersionId: v1.id, title: v1.title, body: "Other text", changeSummary: "Late." });
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toMatch(/version 2/);
    const detail = await c.must("policies.get", { policyId: first.policy.id });
    expect(detail.versions).toHaveLength(2);
    expect(detail.draft?.title).toBe("Sanctions policy");
    expect(detail.draft?.diffSummary).toBe("Title changed.");
  });

  it("an Administrator approves: it takes effect today with a review in 12 months; approving the next supersedes it with its end and retention dates", async () => {
    const c = await policyCore(cores);
    const first = await generated(c, "workstations");
    const today = practiceToday();
    const approved = await c.must("policies.approve", { versionId: first.draft!.id });
    expect(approved.inEffect).toMatchObject({ number: 1, status: "in-effect", effectiveFrom: today, nextReviewDate: nextReviewDate(today), retainUntil: null, approvedBy: { name: ADMIN.fullName } });
    expect(approved.draft).toBeNull();
    expect(approved.policy).toMatchObject({ status: "in-effect", hasDraft: false });

    const v1 = approved.inEffect!;
    const edited = await c.must("policies.edit", {
      policyId: first.policy.id,
      baseVersionId: v1.id,
      title: v1.title,
      body: v1.body.replace("Practice computers are for practice work.", "Practice computers are for practice work only."),
      changeSummary: "Stricter wording.",
    });
    expect(edited.inEffect?.number).toBe(1);
    expect(edited.draft?.number).toBe(2);
    expect(edited.policy).toMatchObject({ status: "in-effect", hasDraft: true });

    const second = await c.must("policies.approve", { versionId: edited.draft!.id });
    expect(second.versions.map((v) => [v.number, v.status])).toEqual([
      [2, "in-effect"],
      [1, "superseded"],
    ]);
    const superseded = second.versions[1]!;
    expect(superseded).toMatchObject({ effectiveFrom: today, effectiveUntil: today, retainUntil: addYearsKeepingLonger(today, 6), body: v1.body });
    expect(superseded.approvedBy?.name).toBe(ADMIN.fullName);

    const again = await refused(c, "policies.approve", { versionId: superseded.id });
    expect(again.code).toBe("CONFLICT");
    const audit = await c.must("audit.list", { filter: { action: "policies.approved" }, offset: 0, limit: 10 });
    expect(audit.entries.map((e) => e.summary)).toEqual([
      `Approved version 2 of the policy "Workstation use and security"; it replaces version 1 from ${today}`,
      `Approved version 1 of the policy "Workstation use and security"; it is in effect from ${today}`,
    ]);
  });

  it("only an Administrator approves or records a review", async () => {
    const c = await policyCore(cores);
    const first = await generated(c, "integrity");
    await signInAs(c, STAFF);
    expect((await refused(c, "policies.approve", { versionId: first.draft!.id })).code).toBe("FORBIDDEN");
    expect((await refused(c, "policies.review", { policyId: first.policy.id, note: "" })).code).toBe("FORBIDDEN");
    await signInAsAdmin(c);
    expect((await refused(c, "policies.review", { policyId: first.policy.id, note: "" })).code).toBe("CONFLICT");
  });

  it("starting again from the template makes a new draft with the current answers, and refuses when nothing would change", async () => {
    const c = await policyCore(cores);
    const first = await generated(c, "workstations");
    expect((await refused(c, "policies.redraft", { policyId: first.policy.id, baseVersionId: first.draft!.id })).code).toBe("CONFLICT");
    const assessment = await c.must("assessment.start", { year: 2026 });
    await c.must("assessment.answer", { assessmentId: assessment.assessment.id, questionId: "q-310c-3", value: "no-portable-devices" });
    const redrafted = await c.must("policies.redraft", { policyId: first.policy.id, baseVersionId: first.draft!.id });
    expect(redrafted.draft).toMatchObject({ number: 2, source: "template" });
    expect(redrafted.draft?.body).not.toContain("## Laptops and tablets");
    expect(redrafted.draft?.diffSummary).toContain("Removed section: “Laptops and tablets”.");
    expect(redrafted.draft?.editorNotes).not.toContain(DEFAULT_NOTES.portableComputers);
  });
});

describe("annual review reminder", () => {
  it("is due twelve months after approval; a review with no change moves it a year on", async () => {
    const c = await policyCore(cores);
    const list = await c.must("policies.generate", {});
    const ids = ["evaluation", "sanctions"].map((t) => byTemplate(list, t).id);
    for (const id of ids) {
      const detail = await c.must("policies.get", { policyId: id });
      await c.must("policies.approve", { versionId: detail.draft!.id });
    }
    const today = practiceToday();
    const due = nextReviewDate(today);
    const dayBefore = new Date(Date.parse(`${due}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    await withDatabase(c, (db) => {
      expect(listPolicyReviewsDue(db, dayBefore)).toEqual([]);
      expect(listPolicyReviewsDue(db, due).map((r) => [r.title, r.versionNumber, r.nextReviewDate])).toEqual([
        ["Sanctions", 1, due],
        ["Evaluation", 1, due],
      ]);
      expect(listPolicies(db, due).policies.filter((p) => p.status === "review-due").map((p) => p.title)).toEqual(["Sanctions", "Evaluation"]);
      expect(policyDetail(db, ids[0]!, due).reviewDue).toBe(true);
    });

    const reviewed = await c.must("policies.review", { policyId: ids[0]!, note: "Read through with Dr. Chen; still right." });
    expect(reviewed.reviews).toEqual([expect.objectContaining({ versionNumber: 1, note: "Read through with Dr. Chen; still right.", nextReviewDate: nextReviewDate(today), reviewedBy: expect.objectContaining({ name: ADMIN.fullName }) })]);
    expect(reviewed.inEffect?.nextReviewDate).toBe(nextReviewDate(today));
  });
});

describe("retention: versions are never removed", () => {
  it("no channel deletes a policy or a version", () => {
    expect(CHANNEL_NAMES.filter((name) => name.startsWith("policies.") && /delete|remove|purge/i.test(name))).toEqual([]);
  });

  it("the database refuses to delete a version before its retention date, or to change a version's text", async () => {
    const c = await policyCore(cores);
    const first = await generated(c, "documentation");
    await c.must("policies.approve", { versionId: first.draft!.id });
    const detail = await c.must("policies.get", { policyId: first.policy.id });
    const v1 = detail.inEffect!;
    const v2 = (await c.must("policies.edit", { policyId: first.policy.id, baseVersionId: v1.id, title: v1.title, body: `${v1.body}\n\nOne more line.`, changeSummary: "More." })).draft!;
    await c.must("policies.approve", { versionId: v2.id });
    await withDatabase(c, (db) => {
      expect(() => db.prepare("DELETE FROM policy_versions WHERE id = ?").run(v1.id)).toThrow(/six years/);
      expect(() => db.prepare("DELETE FROM policy_versions WHERE id = ?").run(v2.id)).toThrow(/six years/);
      expect(() => db.prepare("DELETE FROM policies WHERE id = ?").run(first.policy.id)).toThrow();
      expect(() => db.prepare("UPDATE policy_versions SET body = 'changed' WHERE id = ?").run(v1.id)).toThrow(/never changes/);
      expect(() => db.prepare("UPDATE policy_versions SET status = 'in-effect', retain_until = NULL, effective_until = NULL WHERE id = ?").run(v1.id)).toThrow();
      expect(db.prepare("SELECT count(*) FROM policy_versions WHERE policy_id = ?").pluck().get(first.policy.id)).toBe(2);
    });
    const after = await c.must("policies.get", { policyId: first.policy.id });
    expect(after.versions.map((v) => v.body)).toEqual([v2.body, v1.body]);
  });
});

describe("acknowledgments", () => {
  it("staff acknowledge the version in effect by typing their own name; the record keeps the wording and time", async () => {
    const c = await policyCore(cores);
    const first = await generated(c, "sanctions");
    const notYet = await refused(c, "policies.acknowledge", { versionId: first.draft!.id, typedName: STAFF.fullName });
    expect(notYet.code).toBe("CONFLICT");
    const approved = await c.must("policies.approve", { versionId: first.draft!.id });
    const versionId = approved.inEffect!.id;

    await signInAs(c, STAFF);
    const stranger = await refused(c, "policies.acknowledge", { versionId, typedName: "Somebody Else" });
    expect(stranger.code).toBe("VALIDATION");
    expect(stranger.fields?.typedName).toMatch(/doesn't match anyone/);

    const before = Date.now();
    const done = await c.must("policies.acknowledge", { versionId, typedName: "  jamal   REED " });
    expect(done.acknowledgments).toHaveLength(1);
    const ack = done.acknowledgments[0]!;
    expect(ack).toMatchObject({ versionNumber: 1, name: "jamal REED", personKind: "user", recordedBy: { name: STAFF.fullName } });
    expect(ack.statement).toBe(
      `I, jamal REED, have read the Smile Dental policy “Sanctions” (version 1, in effect since ${formatDay(approved.inEffect!.effectiveFrom!)}). I understand it and will follow it. I know that breaking it can lead to sanctions under the practice's sanctions policy, and that I should ask the Security Official if anything in it is unclear.`,
    );
    expect(Date.parse(ack.acknowledgedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(done.policy.inEffect?.acknowledgments).toBe(1);

    const twice = await refused(c, "policies.acknowledge", { versionId, typedName: "Jamal Reed" });
    expect(twice.code).toBe("CONFLICT");
    // Maria types her own name on the same shared computer, while Jamal is still signed in.
    await c.must("policies.acknowledge", { versionId, typedName: ADMIN.fullName });
    await signInAs(c, READER);
    expect((await refused(c, "policies.acknowledge", { versionId, typedName: READER.fullName })).code).toBe("FORBIDDEN");
  });

  it.runIf(isChannelName("workforce.add"))("someone on the workforce roster without an account can acknowledge", async () => {
    const c = await policyCore(cores);
    const first = await generated(c, "sanctions");
    const approved = await c.must("policies.approve", { versionId: first.draft!.id });
    const added = await c.core.dispatch("workforce.add", { fullName: "Priya Shah", jobTitle: "Dental Assistant", hireDate: "2025-09-01", userId: null });
    expect(added.ok).toBe(true);
    const done = await c.must("policies.acknowledge", { versionId: approved.inEffect!.id, typedName: "Priya Shah" });
    expect(done.acknowledgments[0]).toMatchObject({ name: "Priya Shah", personKind: "workforce" });
  });
});
