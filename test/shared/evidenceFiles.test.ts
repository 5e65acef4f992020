import { describe, expect, it } from "vitest";
import { contentMatchesType, EVIDENCE_TYPES, evidenceTypeFor, MAX_EVIDENCE_BASE64_LENGTH, MAX_EVIDENCE_BYTES, sanitizeFileName } from "../../src/shared/rules/evidenceFiles";

describe("evidence file names", () => {
  it.each([
    ["Backup log March.pdf", "Backup log March.pdf"],
    ["C:\\Users\\maria\\Desktop\\BAA signed.PDF", "BAA signed.pdf"],
    ["../../etc/passwd.txt", "passwd.txt"],
    ["report<1>:final?.docx", "report_1__final_.docx"],
    ["  .hidden policy.txt.  ", "hidden policy.txt"],
    ["invoice\u202Efdp.exe", "invoicefdp.exe"], // the right-to-left override that disguises a program is dropped
    ["tab\tand\nnewline.csv", "tab and newline.csv"],
    ["CON.txt", "_CON.txt"],
    ["nul", "_nul"],
    [".pdf", "pdf"],
    ["...", ""],
    ["e\u0301tude.txt", "\u00e9tude.txt"], // composed to one character
    [`${"a".repeat(300)}.xlsx`, `${"a".repeat(115)}.xlsx`],
  ])("%j is stored as %j", (raw, cleaned) => {
    expect(sanitizeFileName(raw)).toBe(cleaned);
  });

  it.each([
    ["policy.pdf", "application/pdf"],
    ["photo.JPG", "image/jpeg"],
    ["photo.jpeg", "image/jpeg"],
    ["screen.png", "image/png"],
    ["plan.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ["inventory.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
    ["notes.txt", "text/plain"],
    ["export.csv", "text/csv"],
    ["setup.exe", null],
    ["macro.docm", null],
    ["old.doc", null],
    ["noextension", null],
  ])("%s is accepted as %s", (name, mimeType) => {
    expect(evidenceTypeFor(sanitizeFileName(name))?.mimeType ?? null).toBe(mimeType);
  });

  it("checks the bytes against the extension", () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    expect(contentMatchesType(EVIDENCE_TYPES.pdf!, bytes("%PDF-1.7 ..."))).toBe(true);
    expect(contentMatchesType(EVIDENCE_TYPES.pdf!, bytes("MZ\u0090 a program"))).toBe(false);
    expect(contentMatchesType(EVIDENCE_TYPES.docx!, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toBe(true);
    expect(contentMatchesType(EVIDENCE_TYPES.txt!, bytes("plain words, commas, 1,2,3"))).toBe(true);
    expect(contentMatchesType(EVIDENCE_TYPES.csv!, new Uint8Array([0x61, 0x00, 0x62]))).toBe(false);
  });

  it("allows 20 MB, and base64 text just long enough for it", () => {
    expect(MAX_EVIDENCE_BYTES).toBe(20_971_520);
    expect(MAX_EVIDENCE_BASE64_LENGTH).toBe(Math.ceil(MAX_EVIDENCE_BYTES / 3) * 4);
  });
});
