import { createHash, randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { MAX_EVIDENCE_BYTES } from "../../../src/shared/rules/evidenceFiles";
import { practiceWithTeam, signInAs, STAFF } from "../../support/assessmentFlows";
import { testCore } from "../../support/testCore";

const cores: ReturnType<typeof testCore>[] = [];
afterEach(() => cores.splice(0).forEach((c) => c.dispose()));

const QUESTION = "q-308a7iiA-1"; // data backup plan

async function assessmentWithTeam() {
  const c = testCore({ reportInternalError: (error) => console.error(error) });
  cores.push(c);
  await practiceWithTeam(c);
  const { assessment } = await c.must("assessment.start", { year: 2026 });
  return { c, assessmentId: assessment.id };
}

/** A PDF as far as the signature check is concerned: the header, then arbitrary bytes. */
function pdfBytes(size: number): Buffer {
  const bytes = randomBytes(size);
  Buffer.from("%PDF-1.7\n").copy(bytes);
  return bytes;
}

describe("evidence files", () => {
  it("stores a file in the vault and gives back exactly the same bytes", async () => {
    const { c, assessmentId } = await assessmentWithTeam();
    const content = pdfBytes(300_000);
    await signInAs(c, STAFF);
    const attached = await c.must("evidence.attach", {
      assessmentId,
      questionId: QUESTION,
      fileName: "C:\\fakepath\\Backup log: March?.PDF",
      mimeType: "application/octet-stream",
      contentBase64: content.toString("base64"),
    });
    expect(attached).toMatchObject({
      assessmentId,
      questionId: QUESTION,
      fileName: "Backup log_ March_.pdf",
      mimeType: "application/pdf",
      sizeBytes: content.length,
      sha256: createHash("sha256").update(content).digest("hex"),
      addedBy: { name: "Jamal Reed" },
    });
    const downloaded = await c.must("evidence.download", { evidenceId: attached.id });
    expect(Buffer.from(downloaded.contentBase64, "base64").equals(content)).toBe(true);
    expect(downloaded).toMatchObject({ fileName: "Backup log_ March_.pdf", mimeType: "application/pdf", sizeBytes: content.length, sha256: attached.sha256 });
    expect(await c.must("evidence.list", { assessmentId, questionId: QUESTION })).toEqual([attached]);
    expect(await c.must("evidence.list", { assessmentId, questionId: "q-308a7iiA-2" })).toEqual([]);
    const detail = await c.must("assessment.get", { assessmentId });
    const question = detail.sections[0]!.requirements.flatMap((r) => r.questions).find((q) => q.id === QUESTION);
    expect(question?.evidenceCount).toBe(1);
  });

  it("accepts a file of exactly 20 MB and refuses one byte more, with a clear message", async () => {
    const { c, assessmentId } = await assessmentWithTeam();
    const atLimit = pdfBytes(MAX_EVIDENCE_BYTES);
    const accepted = await c.must("evidence.attach", { assessmentId, questionId: QUESTION, fileName: "scan.pdf", mimeType: "application/pdf", contentBase64: atLimit.toString("base64") });
    expect(accepted.sizeBytes).toBe(MAX_EVIDENCE_BYTES);
    const tooLarge = await c.call("evidence.attach", {
      assessmentId,
      questionId: QUESTION,
      fileName: "scan.pdf",
      mimeType: "application/pdf",
      contentBase64: pdfBytes(MAX_EVIDENCE_BYTES + 1).toString("base64"),
    });
    expect(tooLarge).toMatchObject({ ok: false, error: { code: "VALIDATION", message: expect.stringMatching(/larger than 20 MB/), fields: { contentBase64: expect.stringMatching(/20 MB/) } } });
    const farTooLarge = await c.call("evidence.attach", {
      assessmentId,
      questionId: QUESTION,
      fileName: "scan.pdf",
      mimeType: "application/pdf",
      contentBase64: "A".repeat(MAX_EVIDENCE_BYTES * 2),
    });
    expect(farTooLarge).toMatchObject({ ok: false, error: { code: "VALIDATION", message: expect.stringMatching(/larger than 20 MB/) } });
    expect(await c.must("evidence.list", { assessmentId })).toHaveLength(1);
  });

  it.each([
    ["setup.exe", "TVqQAAMAAAAEAAAA", "fileName", /Attach a PDF, PNG, JPG/],
    ["policy.doc", "0M8R4KGxGuE=", "fileName", /Attach a PDF/],
    ["invoice.pdf", Buffer.from("MZ this is a program").toString("base64"), "contentBase64", /does not look like a PDF/],
    ["empty.txt", "", "contentBase64", /empty/],
    ["notes.txt", "not base64!", "contentBase64", /could not be read/],
    ["...", Buffer.from("hello").toString("base64"), "fileName", /no usable characters/],
  ])("refuses %s", async (fileName, contentBase64, field, message) => {
    const { c, assessmentId } = await assessmentWithTeam();
    const refused = await c.call("evidence.attach", { assessmentId, questionId: QUESTION, fileName, mimeType: "", contentBase64 });
    expect(refused).toMatchObject({ ok: false, error: { code: "VALIDATION", message: expect.stringMatching(message), fields: { [field]: expect.any(String) } } });
  });

  it("removes a file, and logs attaching, opening and removing it", async () => {
    const { c, assessmentId } = await assessmentWithTeam();
    const csv = Buffer.from("device,encrypted\nfront desk,yes\n");
    const attached = await c.must("evidence.attach", { assessmentId, questionId: QUESTION, fileName: "inventory.csv", mimeType: "application/vnd.ms-excel", contentBase64: csv.toString("base64") });
    expect(attached.mimeType).toBe("text/csv");
    await c.must("evidence.download", { evidenceId: attached.id });
    expect(await c.must("evidence.remove", { evidenceId: attached.id })).toBeNull();
    expect(await c.must("evidence.list", { assessmentId })).toEqual([]);
    expect(await c.call("evidence.download", { evidenceId: attached.id })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    const log = (await c.must("audit.list", { filter: { text: attached.id } })).entries.map((entry) => [entry.action, entry.changes?.sha256]);
    expect(log).toEqual([
      ["evidence.removed", attached.sha256],
      ["evidence.downloaded", attached.sha256],
      ["evidence.attached", attached.sha256],
    ]);
  });
});
