import { createHash, randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { listTrainingDue } from "../../../src/main/workforce/trainingDueService";
import { acknowledgmentWording } from "../../../src/shared/rules/attestation";
import { MAX_EVIDENCE_BYTES } from "../../../src/shared/rules/evidenceFiles";
import { signInAs, signInAsAdmin, STAFF } from "../../support/assessmentFlows";
import { auditActions, disposeCores, hire, recordOwnTraining, topicNamed, withDatabase, workforceCore } from "./workforceTestKit";

afterEach(disposeCores);

const SEEDED = ["HIPAA basics", "Phishing and social engineering", "The practice's own policies", "Password practice", "Incident reporting"];

describe("training topics and sessions", () => {
  it("starts with the five seeded topics, all required, and lets the practice add and retire its own", async () => {
    const c = await workforceCore();
    const seeded = await c.must("training.topics.list", {});
    expect(seeded.map((topic) => topic.name)).toEqual(SEEDED);
    expect(seeded.every((topic) => topic.required && topic.seeded && topic.inUse)).toBe(true);
    expect(seeded.every((topic) => /45 CFR 164\.3/.test(topic.description))).toBe(true);

    await signInAs(c, STAFF);
    const xray = await c.must("training.topics.add", { name: "Imaging room screens", description: "Lock the X-ray workstation.", required: false });
    expect(xray).toMatchObject({ name: "Imaging room screens", required: false, seeded: false, inUse: true });
    const duplicate = await c.call("training.topics.add", { name: "hipaa BASICS", description: "", required: true });
    expect(duplicate).toMatchObject({ ok: false, error: { code: "CONFLICT", fields: { name: expect.stringMatching(/already a topic/) } } });
    const retired = await c.must("training.topics.update", { topicId: xray.id, topic: { name: "Imaging room screens", description: "", required: false }, inUse: false });
    expect(retired.inUse).toBe(false);
    const session = await c.call("training.sessions.add", { heldOn: "2026-03-02", trainer: "Maria Lopez", topicIds: [xray.id], notes: "" });
    expect(session).toMatchObject({ ok: false, error: { code: "VALIDATION", message: expect.stringMatching(/retired/) } });
    expect(await auditActions(c)).toEqual(expect.arrayContaining(["training.topic-added", "training.topic-updated"]));
  });

  it("records a session with its date, trainer and topics, and counts who attended", async () => {
    const c = await workforceCore();
    const basics = await topicNamed(c, "HIPAA basics");
    const phishing = await topicNamed(c, "Phishing and social engineering");
    const session = await c.must("training.sessions.add", { heldOn: "2026-03-02", trainer: "Maria Lopez", topicIds: [phishing.id, basics.id], notes: "Lunch and learn." });
    expect(session).toMatchObject({ heldOn: "2026-03-02", trainer: "Maria Lopez", attendeeCount: 0, topics: [{ name: "HIPAA basics" }, { name: "Phishing and social engineering" }] });
    const pat = await hire(c, "Pat Kim", "2026-02-15");
    const wording = acknowledgmentWording({ personName: "Pat Kim", topicNames: ["HIPAA basics", "Phishing and social engineering"], completedOn: "2026-03-02", trainer: "Maria Lopez" });
    const completion = await c.must("training.completions.record", { memberId: pat.id, training: { kind: "session", sessionId: session.id }, typedName: "pat kim", wording });
    expect(completion).toMatchObject({ sessionId: session.id, completedOn: "2026-03-02", trainer: "Maria Lopez", topics: [{ name: "HIPAA basics" }, { name: "Phishing and social engineering" }] });
    expect((await c.must("training.sessions.list", {}))[0]?.attendeeCount).toBe(1);
    const twice = await c.call("training.completions.record", { memberId: pat.id, training: { kind: "session", sessionId: session.id }, typedName: "Pat Kim", wording });
    expect(twice).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    const empty = await c.call("training.sessions.add", { heldOn: "2026-03-02", trainer: "", topicIds: [], notes: "" });
    expect(empty).toMatchObject({ ok: false, error: { code: "VALIDATION", fields: { trainer: expect.any(String), topicIds: "Choose at least one topic." } } });
  });
});

describe("completion records and the typed acknowledgment", () => {
  it("keeps the typed name, the exact statement and the moment of signing, and takes the person off the overdue list", async () => {
    const c = await workforceCore();
    const pat = await hire(c, "Pat Kim", "2025-01-06");
    const due = await c.must("training.due", {});
    expect(due.overdue.filter((item) => item.memberId === pat.id).map((item) => item.topicName)).toEqual(SEEDED);
    expect(due.overdue[0]).toMatchObject({ memberName: "Pat Kim", dueDate: "2025-02-05", kind: "initial" });
    expect((await c.must("workforce.list", {}))[0]).toMatchObject({ training: "overdue", overdueCount: 5 });

    const topics = await c.must("training.topics.list", {});
    const before = Date.now();
    const recorded = await recordOwnTraining(c, pat, topics, "2026-11-02", "  PAT   kim ");
    expect(recorded.ok).toBe(true);
    if (!recorded.ok) return;
    const completion = recorded.value;
    expect(completion.acknowledgment.typedName).toBe("PAT   kim");
    expect(completion.acknowledgment.wording).toBe(
      acknowledgmentWording({ personName: "Pat Kim", topicNames: SEEDED, completedOn: "2026-11-02", trainer: "Maria Lopez" }),
    );
    expect(Date.parse(completion.acknowledgment.at)).toBeGreaterThanOrEqual(before - 1000);
    expect(completion.recordedBy).toMatchObject({ name: "Maria Lopez" });

    const after = await c.must("training.due", {});
    expect(after.overdue.filter((item) => item.memberId === pat.id)).toEqual([]);
    const detail = await c.must("workforce.get", { memberId: pat.id });
    expect(detail.completions.map((item) => item.id)).toEqual([completion.id]);
    expect(detail.due.overdue).toEqual([]);
    expect((await c.must("workforce.list", {}))[0]).toMatchObject({ training: "current", overdueCount: 0 });
  });

  it("refuses a typed name that is not the person's own, and writes nothing", async () => {
    const c = await workforceCore();
    const pat = await hire(c, "Pat Kim", "2025-01-06");
    const basics = await topicNamed(c, "HIPAA basics");
    const auditBefore = (await auditActions(c)).length;
    const refused = await recordOwnTraining(c, pat, [basics], "2026-11-02", "Maria Lopez");
    expect(refused).toMatchObject({ ok: false, error: { code: "VALIDATION", fields: { typedName: expect.stringMatching(/does not match the name on the roster/) } } });
    const partial = await recordOwnTraining(c, pat, [basics], "2026-11-02", "Pat");
    expect(partial.ok).toBe(false);
    expect((await c.must("workforce.get", { memberId: pat.id })).completions).toEqual([]);
    expect((await auditActions(c)).length).toBe(auditBefore);
  });

  it("refuses a statement other than the one the app shows, a future date, and training after the person left", async () => {
    const c = await workforceCore();
    const pat = await hire(c, "Pat Kim", "2025-01-06");
    const basics = await topicNamed(c, "HIPAA basics");
    const altered = await c.call("training.completions.record", {
      memberId: pat.id,
      training: { kind: "own", topicIds: [basics.id], completedOn: "2026-11-02", trainer: "" },
      typedName: "Pat Kim",
      wording: "I agree to nothing in particular.",
    });
    expect(altered).toMatchObject({ ok: false, error: { code: "CONFLICT", message: expect.stringMatching(/statement changed/) } });
    const future = await recordOwnTraining(c, pat, [basics], "2099-01-01");
    expect(future).toMatchObject({ ok: false, error: { code: "VALIDATION", fields: { completedOn: expect.stringMatching(/before it has happened/) } } });
    await c.must("workforce.terminate", { memberId: pat.id, terminationDate: "2026-01-31", note: "" });
    const late = await recordOwnTraining(c, pat, [basics], "2026-02-02");
    expect(late).toMatchObject({ ok: false, error: { code: "VALIDATION", message: expect.stringMatching(/left on 2026-01-31/) } });
  });
});

describe("training due dates and settings", () => {
  it("defaults to 30 days and 12 months; only an Administrator changes them, and the lists follow", async () => {
    const c = await workforceCore();
    expect(await c.must("training.settings.get", {})).toEqual({ initialTrainingDays: 30, refresherMonths: 12 });
    await signInAs(c, STAFF);
    expect(await c.call("training.settings.update", { initialTrainingDays: 10, refresherMonths: 6 })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    await signInAsAdmin(c);
    const bad = await c.call("training.settings.update", { initialTrainingDays: 0, refresherMonths: 40 });
    expect(bad).toMatchObject({ ok: false, error: { code: "VALIDATION", fields: { initialTrainingDays: expect.any(String), refresherMonths: expect.any(String) } } });
    expect(await c.must("training.settings.update", { initialTrainingDays: 10, refresherMonths: 6 })).toEqual({ initialTrainingDays: 10, refresherMonths: 6 });
    expect(await c.must("settings.get", {})).toEqual({ idleLockMinutes: 10 });
    const pat = await hire(c, "Pat Kim", "2024-01-31");
    const basics = await topicNamed(c, "HIPAA basics");
    await recordOwnTraining(c, pat, [basics], "2024-02-05");
    expect(await auditActions(c)).toContain("training.settings-updated");

    const lists = await withDatabase(c, (db) => ({
      early: listTrainingDue(db, "2024-02-10"),
      later: listTrainingDue(db, "2024-08-06"),
    }));
    // Ten days after January 31 is February 10: due today, not yet overdue.
    expect(lists.early.overdue).toEqual([]);
    expect(lists.early.upcoming.filter((item) => item.topicName !== "HIPAA basics").map((item) => item.dueDate)).toEqual(Array(4).fill("2024-02-10"));
    expect(lists.early.upcoming.find((item) => item.topicName === "HIPAA basics")).toBeUndefined();
    // Six months after February 5 is August 5: a day late on August 6.
    expect(lists.later.overdue.find((item) => item.topicName === "HIPAA basics")).toMatchObject({
      memberName: "Pat Kim",
      topicName: "HIPAA basics",
      dueDate: "2024-08-05",
      kind: "refresher",
      lastCompletedOn: "2024-02-05",
      daysLeft: -1,
    });
  });
});

describe("certificates", () => {
  const pdf = (size: number) => {
    const bytes = randomBytes(size);
    Buffer.from("%PDF-1.7\n").copy(bytes);
    return bytes;
  };

  it("stores a certificate in the vault, gives back the same bytes, and refuses more than 20 MB", async () => {
    const c = await workforceCore();
    const pat = await hire(c, "Pat Kim", "2025-01-06");
    const recorded = await recordOwnTraining(c, pat, [await topicNamed(c, "HIPAA basics")], "2026-11-02");
    if (!recorded.ok) throw new Error(recorded.error.message);
    const content = pdf(200_000);
    const attached = await c.must("training.certificates.attach", {
      completionId: recorded.value.id,
      fileName: "C:\\fakepath\\HIPAA certificate.PDF",
      mimeType: "application/pdf",
      contentBase64: content.toString("base64"),
    });
    expect(attached).toMatchObject({ fileName: "HIPAA certificate.pdf", mimeType: "application/pdf", sizeBytes: content.length, sha256: createHash("sha256").update(content).digest("hex") });
    const download = await c.must("training.certificates.download", { certificateId: attached.id });
    expect(Buffer.from(download.contentBase64, "base64").equals(content)).toBe(true);
    expect((await c.must("workforce.get", { memberId: pat.id })).completions[0]?.certificates).toEqual([attached]);

    const atLimit = await c.call("training.certificates.attach", { completionId: recorded.value.id, fileName: "big.pdf", mimeType: "", contentBase64: pdf(MAX_EVIDENCE_BYTES).toString("base64") });
    expect(atLimit.ok).toBe(true);
    const tooLarge = await c.call("training.certificates.attach", { completionId: recorded.value.id, fileName: "big.pdf", mimeType: "", contentBase64: pdf(MAX_EVIDENCE_BYTES + 1).toString("base64") });
    expect(tooLarge).toMatchObject({ ok: false, error: { code: "VALIDATION", message: expect.stringMatching(/larger than 20 MB/) } });
    const fake = await c.call("training.certificates.attach", { completionId: recorded.value.id, fileName: "certificate.pdf", mimeType: "", contentBase64: Buffer.from("MZ not a pdf").toString("base64") });
    expect(fake).toMatchObject({ ok: false, error: { code: "VALIDATION", message: expect.stringMatching(/does not look like a PDF/) } });

    await c.must("training.certificates.remove", { certificateId: attached.id });
    expect((await c.must("workforce.get", { memberId: pat.id })).completions[0]?.certificates).toHaveLength(1);
    expect(await auditActions(c)).toEqual(expect.arrayContaining(["training.certificate-attached", "training.certificate-downloaded", "training.certificate-removed"]));
  });
});
