import { createHash, X509Certificate } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPdf } from "../../../src/main/reports/verifyPdf";
import type { ExportedReport } from "../../../src/shared/model/reports";
import { ADMIN, PRACTICE } from "../../support/testCore";
import { withVault } from "../backup/backupTestKit";
import { appendEntries, disposeVaults, poppler, practiceVault, READER, signInAs, STAFF } from "./reportTestKit";

type Vault = Awaited<ReturnType<typeof practiceVault>>;

afterAll(disposeVaults);

const APPROVED = "Approved by the Security Official";

async function signAuditLog(c: Vault, meaning = APPROVED, period: { year?: number } = {}): Promise<{ exported: ExportedReport; bytes: Buffer; file: string }> {
  const exported = await c.must("reports.export", { kind: "audit-log", period, sign: { password: ADMIN.password, meaning } });
  const bytes = Buffer.from(exported.pdfBase64, "base64");
  const file = join(c.folder, exported.fileName);
  writeFileSync(file, bytes);
  return { exported, bytes, file };
}

function writeVariant(c: Vault, name: string, bytes: Buffer): string {
  const file = join(c.folder, name);
  writeFileSync(file, bytes);
  return file;
}

describe("a signed Audit Log Report", () => {
  let c: Vault;
  let signed: Awaited<ReturnType<typeof signAuditLog>>;

  beforeAll(async () => {
    c = await practiceVault();
    signed = await signAuditLog(c);
  });

  it("is a valid signature over the whole document for pdfsig (poppler)", () => {
    const { output } = poppler("pdfsig", [signed.file]);
    expect(output).toContain("Signature is Valid");
    expect(output).toContain("Total document signed");
    expect(output).toContain("Signature Type: adbe.pkcs7.detached");
    expect(output).toContain("Signer Certificate Common Name: Maria Lopez");
    expect(output).toMatch(/Distinguished Name: O=Smile Dental,title=Office Manager,CN=Maria Lopez/);
  });

  it("reads as a report: practice, signer, meaning, chain result and every entry", () => {
    const { output: text } = poppler("pdftotext", ["-layout", signed.file, "-"]);
    expect(text).toContain("Smile Dental");
    expect(text).toContain("Audit Log Report");
    expect(text).toContain("Maria Lopez");
    expect(text).toContain(APPROVED);
    expect(text).toMatch(/Audit log intact: all \d+ entries intact/);
    expect(text).toContain("Set up the vault for Smile Dental");
    expect(text).toContain("Added Jamal Reed (jamal) as Staff");
    expect(text).toContain("Added Ann Audit (auditor) as Read-only");
    expect(text).toContain(signed.exported.entry.id);
    const pages = Number(/Pages:\s+(\d+)/.exec(poppler("pdfinfo", [signed.file]).output)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(3);
    for (let page = 1; page <= pages; page++) {
      const { output } = poppler("pdftotext", ["-f", String(page), "-l", String(page), "-layout", signed.file, "-"]);
      expect(output).toContain(`Page ${page} of ${pages}`);
    }
  });

  it("passes qpdf's structure check and carries its title in the document information", () => {
    const check = poppler("qpdf", ["--check", signed.file]);
    expect(check.status).toBe(0);
    expect(check.output).toContain("No syntax or stream encoding errors found");
    expect(poppler("pdfinfo", [signed.file]).output).toMatch(/Title:\s+Audit Log Report: Smile Dental, Everything on record/);
  });

  it("verifies in the app: valid, whole file, signer and time, and the register entry", async () => {
    const verification = await c.must("reports.verify", { pdfBase64: signed.exported.pdfBase64 });
    expect(verification.verdict).toBe("valid");
    expect(verification.signature).toMatchObject({ digestMatches: true, signatureVerifies: true, coversWholeFile: true, subFilter: "adbe.pkcs7.detached", reason: APPROVED });
    expect(verification.signature?.signer).toMatchObject({ commonName: "Maria Lopez", title: "Office Manager", organization: "Smile Dental", selfSigned: true });
    expect(Math.abs(Date.parse(verification.signature!.signedAt!) - Date.parse(signed.exported.entry.signature!.signedAt))).toBeLessThan(1000);
    expect(verification.register).toEqual({ checked: true, entry: signed.exported.entry });
    expect(verification.knownCertificate).toEqual({ checked: true, issuedTo: "Maria Lopez", current: true });
    expect(verification.headline).toMatch(/^The signature is valid and the file is unchanged since it was signed by Maria Lopez/);
  });

  it("registers the file's own SHA-256, with kind, period, signer and time", async () => {
    expect(signed.exported.sha256).toBe(createHash("sha256").update(signed.bytes).digest("hex"));
    const register = await c.must("reports.register", {});
    expect(register[0]).toEqual(signed.exported.entry);
    expect(signed.exported.entry).toMatchObject({
      kind: "audit-log",
      title: "Audit Log Report",
      periodKey: "all",
      version: 1,
      byteSize: signed.bytes.length,
      fileName: "smile-dental-audit-log-all-v1-signed.pdf",
      generatedByName: "Maria Lopez",
      signature: { signedByName: "Maria Lopez", signedByTitle: "Office Manager", meaning: APPROVED },
    });
    const logged = await c.must("audit.list", { filter: { action: "report.signed" } });
    expect(logged.entries[0]).toMatchObject({ actorName: "maria", recordId: signed.exported.entry.id, changes: { sha256: signed.exported.sha256 } });
  });

  it("is invalid for pdfsig and for us once one byte in the middle changes", async () => {
    const flipped = Buffer.from(signed.bytes);
    flipped[Math.floor(flipped.length / 3)]! ^= 0x01;
    const { output } = poppler("pdfsig", [writeVariant(c, "flipped.pdf", flipped)]);
    expect(output).not.toContain("Signature is Valid");
    expect(output).toMatch(/Digest Mismatch|Signature is Invalid/);
    const verification = await c.must("reports.verify", { pdfBase64: flipped.toString("base64") });
    expect(verification).toMatchObject({ verdict: "invalid", signature: { digestMatches: false }, register: { checked: true, entry: null } });
    expect(verification.headline).toMatch(/NOT valid/);
  });

  it("is no longer the total document once bytes are appended after %%EOF", async () => {
    const appended = Buffer.concat([signed.bytes, Buffer.from("\n% added after signing\n")]);
    const { output } = poppler("pdfsig", [writeVariant(c, "appended.pdf", appended)]);
    expect(output).toContain("Not total document signed");
    const verification = await c.must("reports.verify", { pdfBase64: appended.toString("base64") });
    expect(verification).toMatchObject({ verdict: "altered", signature: { digestMatches: true, signatureVerifies: true, coversWholeFile: false } });
    expect(verification.headline).toMatch(/added to the file after/);
  });

  it("exports the public certificate, which parses and is the one in the signature", async () => {
    const mine = await c.must("certificate.get", {});
    const current = mine.current!;
    const x509 = new X509Certificate(current.pem);
    expect(x509.subject).toMatch(/CN=Maria Lopez/);
    expect(x509.subject).toMatch(/O=Smile Dental/);
    expect(x509.fingerprint256).toBe(current.fingerprintSha256);
    expect(x509.serialNumber.toUpperCase()).toBe(current.serialNumber);
    expect(x509.keyUsage).toEqual(expect.arrayContaining(["1.3.6.1.5.5.7.3.4", "1.3.6.1.5.5.7.3.36"]));
    expect(x509.ca).toBe(false);
    expect(x509.publicKey.asymmetricKeyDetails?.modulusLength).toBe(3072);
    expect(new X509Certificate(Buffer.from(current.derBase64, "base64")).fingerprint256).toBe(current.fingerprintSha256);
    const verification = verifyPdf(signed.bytes);
    expect(verification.signature?.signer?.fingerprintSha256).toBe(current.fingerprintSha256);
    expect(current.fileStem).toMatch(/^maria-lopez-signing-certificate-[0-9A-F]{8}$/);
  });

  it("never lets the private key out: not in any answer, not in any file of the vault folder", async () => {
    const answers = JSON.stringify([await c.must("certificate.get", {}), signed.exported, await c.must("reports.register", {})]);
    expect(answers).not.toMatch(/PRIVATE KEY/);
    for (const name of readdirSync(c.folder)) {
      expect(readFileSync(join(c.folder, name)).includes("PRIVATE KEY")).toBe(false);
    }
  });
});

describe("verification of files that are not signed reports", () => {
  let c: Vault;
  beforeAll(async () => {
    c = await practiceVault();
  });

  it("says a preview (a PDF without a signature) is not signed, as pdfsig does", async () => {
    const preview = await c.must("reports.preview", { kind: "audit-log" });
    const bytes = Buffer.from(preview.pdfBase64, "base64");
    expect(poppler("pdfsig", [writeVariant(c, preview.fileName, bytes)]).output).toMatch(/does not contain any signatures/);
    const verification = await c.must("reports.verify", { pdfBase64: preview.pdfBase64 });
    expect(verification).toMatchObject({ verdict: "not-signed", signature: null, headline: "This PDF has no digital signature." });
    expect(poppler("pdftotext", [writeVariant(c, preview.fileName, bytes), "-"]).output).toContain("This is a preview for review");
    expect(await c.must("reports.register", {})).toEqual([]);
  });

  it("answers garbage with a plain verdict, never an exception", async () => {
    const signed = Buffer.from((await c.must("reports.export", { kind: "accounts", sign: { password: ADMIN.password, meaning: "Reviewed by" } })).pdfBase64, "base64");
    const byteRangeAt = signed.lastIndexOf("/ByteRange");
    const lies = Buffer.from(signed);
    lies.write("/ByteRange [0 99999999 99999999 99999999]".padEnd(50, " ").slice(0, 41), byteRangeAt, "latin1");
    const brokenContents = Buffer.from(signed);
    const contentsAt = brokenContents.indexOf("/Contents <", byteRangeAt) + "/Contents <".length;
    brokenContents.write("ZZZZ", contentsAt, "latin1");
    const garbage: [string, Buffer, string][] = [
      ["empty", Buffer.alloc(0), "not-signed"],
      ["random bytes", Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), "not-signed"],
      ["a text file", Buffer.from("Hello, this is not a PDF.\n"), "not-signed"],
      ["a PDF header only", Buffer.from("%PDF-1.7\n%%EOF\n"), "not-signed"],
      ["a fake ByteRange", Buffer.from("%PDF-1.7\n1 0 obj << /ByteRange [0 10 20 30] /Contents <00> >> endobj\n%%EOF"), "invalid"],
      ["byte ranges beyond the end", lies, "invalid"],
      ["a signature that is not hex", brokenContents, "invalid"],
      ["the first half of a signed file", signed.subarray(0, Math.floor(signed.length / 2)), "not-signed"],
      ["the last half of a signed file", signed.subarray(Math.floor(signed.length / 2)), "not-signed"],
    ];
    for (const [what, bytes, verdict] of garbage) {
      const verification = verifyPdf(bytes);
      expect({ what, verdict: verification.verdict }).toEqual({ what, verdict });
      expect(verification.headline.length).toBeGreaterThan(10);
    }
    expect(await c.call("reports.verify", { pdfBase64: "not base64!" })).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    expect(await c.must("reports.verify", { pdfBase64: "AAAA" })).toMatchObject({ verdict: "not-signed", headline: expect.stringMatching(/not a PDF/) });
  });
});

describe("who may sign, and with which certificate", () => {
  it("refuses a wrong password, and records nothing", async () => {
    const c = await practiceVault();
    const refused = await c.call("reports.export", { kind: "audit-log", sign: { password: "not my password", meaning: APPROVED } });
    expect(refused).toMatchObject({ ok: false, error: { code: "WRONG_CREDENTIALS", fields: { "sign.password": expect.any(String) } } });
    expect(await c.must("reports.register", {})).toEqual([]);
    expect((await c.must("certificate.get", {})).current).toBeNull();
  });

  it("lets only an Administrator sign; other roles may export unsigned", async () => {
    const c = await practiceVault();
    for (const account of [READER, STAFF]) {
      await signInAs(c, account);
      const refused = await c.call("reports.export", { kind: "audit-log", sign: { password: account.password, meaning: APPROVED } });
      expect(refused).toMatchObject({ ok: false, error: { code: "FORBIDDEN", message: expect.stringMatching(/Only an Administrator can sign/) } });
      const unsigned = await c.must("reports.export", { kind: "accounts" });
      expect(unsigned.entry.signature).toBeNull();
      expect(verifyPdf(Buffer.from(unsigned.pdfBase64, "base64")).verdict).toBe("not-signed");
      expect(await c.call("certificate.renew", { password: account.password })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    }
    const register = await c.must("reports.register", { kind: "accounts" });
    expect(register.map((entry) => [entry.version, entry.generatedByName])).toEqual([
      [2, "Jamal Reed"],
      [1, "Ann Audit"],
    ]);
  });

  it("renews: a new serial, and files signed with the old certificate still verify", async () => {
    const c = await practiceVault();
    const first = await signAuditLog(c);
    const oldSerial = first.exported.entry.signature!.certificateSerial;
    expect(await c.call("certificate.renew", { password: "wrong password!" })).toMatchObject({ ok: false, error: { code: "WRONG_CREDENTIALS" } });
    const renewed = await c.must("certificate.renew", { password: ADMIN.password });
    expect(renewed.serialNumber).not.toBe(oldSerial);
    const mine = await c.must("certificate.get", {});
    expect(mine.current?.serialNumber).toBe(renewed.serialNumber);
    expect(mine.previous.map((certificate) => certificate.serialNumber)).toEqual([oldSerial]);
    expect(mine.previous[0]?.replacedAt).not.toBeNull();

    const old = await c.must("reports.verify", { pdfBase64: first.exported.pdfBase64 });
    expect(old).toMatchObject({ verdict: "valid", signature: { signer: { serialNumber: oldSerial } }, knownCertificate: { issuedTo: "Maria Lopez", current: false } });
    expect(poppler("pdfsig", [first.file]).output).toContain("Signature is Valid");

    const second = await signAuditLog(c);
    expect(second.exported.entry.version).toBe(2);
    expect(second.exported.entry.signature?.certificateSerial).toBe(renewed.serialNumber);
    expect(verifyPdf(second.bytes).signature?.signer?.serialNumber).toBe(renewed.serialNumber);
    expect((await c.must("audit.list", { filter: { action: "certificate.renewed" } })).total).toBe(1);
  });

  it("wipes a removed Administrator's signing key with the account; what they signed still verifies and names them", async () => {
    const c = await practiceVault();
    const partner = { username: "drpatel", fullName: "Anil Patel", title: "Dentist", role: "administrator" as const, password: "a partner's own password" };
    const { id } = await c.must("users.create", partner);
    await signInAs(c, partner);
    const signedByPartner = await c.must("reports.export", { kind: "accounts", sign: { password: partner.password, meaning: APPROVED } });
    const serial = signedByPartner.entry.signature!.certificateSerial;
    await signInAs(c, ADMIN);
    await c.must("users.remove", { id });
    const retired = await c.must("audit.list", { filter: { action: "certificate.revoked" }, offset: 0, limit: 5 });
    expect(retired.entries.map((entry) => entry.summary)).toEqual([`Retired Anil Patel's signing certificate, serial ${serial}, with the account; its private key was wiped`]);
    const verified = await c.must("reports.verify", { pdfBase64: signedByPartner.pdfBase64 });
    expect(verified).toMatchObject({ verdict: "valid", knownCertificate: { issuedTo: "Anil Patel", current: false } });
    // The key itself is gone from the vault, not only marked unused.
    c.core.close();
    await withVault(c.folder, ADMIN, (vault) => {
      expect(vault.db.prepare("SELECT private_key_pem, replaced_reason FROM signing_certificates WHERE serial = ?").get(serial)).toEqual({ private_key_pem: null, replaced_reason: "revoked" });
    });
  });

  it("makes a new certificate when the signer's title changes, so the certificate never names an old title", async () => {
    const c = await practiceVault();
    await signAuditLog(c);
    const me = (await c.must("session.current", {})).user;
    await c.must("users.update", { id: me.id, fullName: me.fullName, title: "Security Official", role: "administrator" });
    const again = await signAuditLog(c);
    expect(verifyPdf(again.bytes).signature?.signer?.title).toBe("Security Official");
    expect((await c.must("certificate.get", {})).previous).toHaveLength(1);
  });
});

describe("the documents", () => {
  it("lists every kind, and says honestly which cannot be made yet", async () => {
    const c = await practiceVault();
    const kinds = await c.must("reports.kinds", {});
    expect(kinds.filter((kind) => kind.available).map((kind) => kind.kind)).toEqual(expect.arrayContaining(["audit-log", "accounts"]));
    for (const kind of kinds.filter((candidate) => !candidate.available)) {
      expect(kind.unavailableReason).toMatch(/not available yet/);
      const refused = await c.call("reports.preview", { kind: kind.kind });
      expect(refused).toMatchObject({ ok: false, error: { code: "NOT_FOUND", message: kind.unavailableReason } });
    }
    expect(await c.call("reports.preview", { kind: "nonsense" as never })).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
  });

  it("counts a year in the practice's time zone, and says why an empty section is empty", async () => {
    const c = await practiceVault();
    // Chicago is 6 hours behind UTC in winter: these two are on December 31 there.
    await appendEntries(c, [
      { actorName: "maria", action: "practice.updated", summary: "Late on New Year's Eve 2024", at: "2025-01-01T05:30:00.000Z" },
      { actorName: "maria", action: "practice.updated", summary: "First thing in 2025", at: "2025-01-01T06:30:00.000Z" },
      { actorName: "maria", action: "practice.updated", summary: "Late on New Year's Eve 2025", at: "2026-01-01T05:30:00.000Z" },
      { actorName: "maria", action: "practice.updated", summary: "First thing in 2026", at: "2026-01-01T06:30:00.000Z" },
    ]);
    const year = await signAuditLog(c, "Reviewed by", { year: 2025 });
    const text = poppler("pdftotext", ["-layout", year.file, "-"]).output;
    expect(text).toContain("First thing in 2025");
    expect(text).toContain("Late on New Year's Eve 2025");
    expect(text).not.toContain("Late on New Year's Eve 2024");
    expect(text).not.toContain("First thing in 2026");
    expect(text).toContain("Calendar year 2025");
    expect(year.exported.fileName).toBe("smile-dental-audit-log-2025-v1-signed.pdf");

    const empty = await signAuditLog(c, "Reviewed by", { year: 2019 });
    const emptyText = poppler("pdftotext", [empty.file, "-"]).output.replace(/\s+/g, " ");
    expect(emptyText).toContain("This section is empty because the audit log has no entries in the period (Calendar year 2019)");
    expect(emptyText).toContain(`${PRACTICE.name}`);
  });

  it("makes the Account and Access Report: roles, removed accounts, changes", async () => {
    const c = await practiceVault();
    const jamal = (await c.must("users.list", {})).find((user) => user.username === STAFF.username)!;
    await c.must("users.remove", { id: jamal.id });
    const exported = await c.must("reports.export", { kind: "accounts", sign: { password: ADMIN.password, meaning: "Prepared by" } });
    const file = writeVariant(c, exported.fileName, Buffer.from(exported.pdfBase64, "base64"));
    const text = poppler("pdftotext", ["-layout", file, "-"]).output;
    expect(text).toContain("Account and Access Report");
    expect(text).toMatch(/Removed accounts[\s\S]*Jamal Reed\s+jamal\s+Staff/);
    expect(text).toMatch(/Active accounts[\s\S]*Ann Audit\s+auditor\s+Consultant\s+Read-only/);
    expect(text).toContain("Removed Jamal Reed (jamal)");
    expect(text).toContain("164.312(a)(2)(i)");
    expect(text).toContain("Prepared by");
    expect(poppler("pdfsig", [file]).output).toContain("Signature is Valid");
  });
});
