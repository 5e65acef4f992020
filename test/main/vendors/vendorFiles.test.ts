import { createHash } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { MAX_EVIDENCE_BYTES } from "../../../src/shared/rules/evidenceFiles";
import { disposeVendorVaults, pdfBytes, pdfFile, READER, signInAs, STAFF, vendorInput, vendorVault, withDatabase } from "./vendorTestKit";

afterAll(disposeVendorVaults);

describe("the signed BAA and its copy", () => {
  it("records the signed BAA (state, date, review date and the file) in one step, and the warning goes", async () => {
    const c = await vendorVault();
    await signInAs(c, STAFF);
    const vendor = await c.must("vendors.add", { vendor: vendorInput() });
    expect(vendor.warnings.map((warning) => warning.kind)).toEqual(["no-baa"]);
    const content = pdfBytes(120_000);
    const signed = await c.must("vendors.baa.recordSigned", {
      vendorId: vendor.id,
      signedDate: "2026-01-05",
      reviewDate: "2099-01-05",
      file: { fileName: "C:\\fakepath\\Acme BAA: signed?.PDF", mimeType: "application/octet-stream", contentBase64: content.toString("base64") },
    });
    expect(signed).toMatchObject({ baaStatus: "signed", baaSignedDate: "2026-01-05", baaReviewDate: "2099-01-05", fileCount: 1, warnings: [] });
    expect(signed.files).toEqual([
      {
        id: expect.any(String),
        vendorId: vendor.id,
        fileName: "Acme BAA_ signed_.pdf",
        mimeType: "application/pdf",
        sizeBytes: content.length,
        sha256: createHash("sha256").update(content).digest("hex"),
        addedBy: { id: expect.any(String), name: "Jamal Reed" },
        addedAt: expect.any(String),
      },
    ]);
    expect((await c.must("vendors.list", {})).warnings).toEqual([]);

    // Anyone signed in can take a copy back out; the copy is exactly what was attached, and it is logged.
    await signInAs(c, READER);
    const downloaded = await c.must("vendors.files.download", { fileId: signed.files[0]!.id });
    expect(Buffer.from(downloaded.contentBase64, "base64").equals(content)).toBe(true);
    expect(downloaded).toMatchObject({ fileName: "Acme BAA_ signed_.pdf", mimeType: "application/pdf", sizeBytes: content.length, sha256: signed.files[0]!.sha256 });
    const actions = (await c.must("audit.list", { filter: { text: vendor.id }, offset: 0, limit: 20 })).entries.map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(["vendor.added", "vendor.baa-signed", "vendor.file-attached", "vendor.file-downloaded"]));
  });

  it("stores the copy encrypted inside the vault, not as a file beside it", async () => {
    const c = await vendorVault();
    const vendor = await c.must("vendors.add", { vendor: vendorInput() });
    const marker = Buffer.from("%PDF-1.7\nUNMISTAKABLE-SIGNED-BAA-MARKER-0123456789\n");
    await c.must("vendors.files.attach", { vendorId: vendor.id, file: { fileName: "baa.pdf", mimeType: "application/pdf", contentBase64: marker.toString("base64") } });
    const stored = await withDatabase(c, (db) => db.prepare("SELECT content FROM vendor_files").pluck().get() as Buffer);
    expect(stored.equals(marker)).toBe(true);
    const { readdirSync, readFileSync } = await import("node:fs");
    for (const name of readdirSync(c.folder)) {
      expect(readFileSync(`${c.folder}/${name}`).includes("UNMISTAKABLE-SIGNED-BAA-MARKER")).toBe(false);
    }
  });

  it("nothing is stored when the file is refused: state and dates stay as they were", async () => {
    const c = await vendorVault();
    const vendor = await c.must("vendors.add", { vendor: vendorInput() });
    const result = await c.call("vendors.baa.recordSigned", {
      vendorId: vendor.id,
      signedDate: "2026-01-05",
      reviewDate: null,
      file: { fileName: "baa.pdf", mimeType: "application/pdf", contentBase64: Buffer.from("MZ this is a program").toString("base64") },
    });
    expect(result).toMatchObject({ ok: false, error: { code: "VALIDATION", fields: { "file.contentBase64": expect.stringMatching(/does not look like a PDF/) } } });
    expect(await c.must("vendors.get", { vendorId: vendor.id })).toMatchObject({ baaStatus: "none", baaSignedDate: null, fileCount: 0 });
    expect((await c.must("audit.list", { filter: { action: "vendor.baa-signed" }, offset: 0, limit: 5 })).total).toBe(0);
  });

  it("accepts exactly 20 MB and refuses one byte more, with a clear message", async () => {
    const c = await vendorVault();
    const vendor = await c.must("vendors.add", { vendor: vendorInput() });
    const atLimit = await c.must("vendors.files.attach", { vendorId: vendor.id, file: { fileName: "scan.pdf", contentBase64: pdfBytes(MAX_EVIDENCE_BYTES).toString("base64") } });
    expect(atLimit.sizeBytes).toBe(MAX_EVIDENCE_BYTES);
    const tooLarge = await c.call("vendors.files.attach", { vendorId: vendor.id, file: { fileName: "scan.pdf", contentBase64: pdfBytes(MAX_EVIDENCE_BYTES + 1).toString("base64") } });
    expect(tooLarge).toMatchObject({ ok: false, error: { code: "VALIDATION", message: expect.stringMatching(/larger than 20 MB/) } });
    expect((await c.must("vendors.get", { vendorId: vendor.id })).fileCount).toBe(1);
  });

  it.each<[string, { fileName: string; contentBase64: string }, string, RegExp]>([
    ["a spreadsheet", { fileName: "list.xlsx", contentBase64: Buffer.from("PK\u0003\u0004rest").toString("base64") }, "file.fileName", /PDF, a scan \(PNG or JPG\) or a Word/],
    ["a program renamed to .pdf", { fileName: "baa.pdf", contentBase64: Buffer.from("MZ\u0090\u0000").toString("base64") }, "file.contentBase64", /does not look like a PDF/],
    ["an empty file", { fileName: "baa.pdf", contentBase64: "" }, "file.contentBase64", /Choose the file/],
    ["a name with nothing usable", { fileName: "...", contentBase64: pdfBytes(100).toString("base64") }, "file.fileName", /no usable characters/],
  ])("refuses %s", async (_, file, field, message) => {
    const c = await vendorVault();
    const vendor = await c.must("vendors.add", { vendor: vendorInput() });
    const result = await c.call("vendors.files.attach", { vendorId: vendor.id, file });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.fields?.[field]).toMatch(message);
  });

  it("removes a file attached by mistake, keeping its name and fingerprint in the audit log", async () => {
    const c = await vendorVault();
    const vendor = await c.must("vendors.add", { vendor: vendorInput({ baaStatus: "signed", baaSignedDate: "2025-01-01" }) });
    const wrong = await c.must("vendors.files.attach", { vendorId: vendor.id, file: pdfFile("wrong vendor.pdf") });
    expect((await c.must("vendors.get", { vendorId: vendor.id })).warnings).toEqual([]);
    await c.must("vendors.files.remove", { fileId: wrong.id });
    const after = await c.must("vendors.get", { vendorId: vendor.id });
    expect(after.files).toEqual([]);
    expect(after.warnings.map((warning) => warning.kind)).toEqual(["copy-missing"]);
    const removed = await c.must("audit.list", { filter: { action: "vendor.file-removed" }, offset: 0, limit: 5 });
    expect(removed.entries[0]!.changes).toMatchObject({ fileName: "wrong vendor.pdf", sha256: wrong.sha256 });
    expect(await c.call("vendors.files.download", { fileId: wrong.id })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
  });
});
