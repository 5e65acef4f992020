import { createHash, randomUUID } from "node:crypto";
import type { Database } from "better-sqlite3-multiple-ciphers";
import type { PersonRef } from "../../shared/model/assessment";
import type { VendorFile, VendorFileDownload, VendorFileInput } from "../../shared/model/vendor";
import { contentMatchesType, MAX_EVIDENCE_BYTES, sanitizeFileName } from "../../shared/rules/evidenceFiles";
import { BAA_FILE_TYPE_MESSAGE, baaFileTypeFor } from "../../shared/rules/vendorFiles";
import { appendAudit, type Actor } from "../audit/auditLog";
import { AppFailure } from "../core/appFailure";
import { nowIso, peopleLookup, requireVendorRow, userIdOf, type VendorRow } from "./vendorRecords";

/**
 * Signed BAAs kept as BLOBs inside the encrypted database, like evidence files: encrypted at rest
 * with everything else (45 CFR 164.312(a)(2)(iv)), never loose on disk, and kept as the written
 * contract 164.308(b)(3) asks for.
 */

interface FileRow {
  id: string;
  vendor_id: string;
  file_name: string;
  mime_type: string;
  size: number;
  sha256: string;
  added_by: string;
  added_at: string;
}

/** Every column but the content, which only a download reads. */
const LISTED_COLUMNS = "id, vendor_id, file_name, mime_type, size, sha256, added_by, added_at";

const TOO_LARGE = "That file is larger than 20 MB. Save a smaller copy (for example a PDF scan at a lower resolution) and attach that.";

function toFile(row: FileRow, people: (id: string) => PersonRef): VendorFile {
  return {
    id: row.id,
    vendorId: row.vendor_id,
    fileName: row.file_name,
    mimeType: row.mime_type,
    sizeBytes: row.size,
    sha256: row.sha256,
    addedBy: people(row.added_by),
    addedAt: row.added_at,
  };
}

/** The type comes from the cleaned name's extension and must match the bytes; the browser's MIME type is not trusted. */
function checkedFile(input: VendorFileInput, fieldPrefix: string): { fileName: string; mimeType: string; content: Buffer } {
  const refuse = (message: string, field: string) => new AppFailure("VALIDATION", message, { [`${fieldPrefix}${field}`]: message });
  const fileName = sanitizeFileName(input.fileName);
  if (!fileName) throw refuse("That file name has no usable characters. Rename the file and attach it again.", "fileName");
  const type = baaFileTypeFor(fileName);
  if (!type) throw refuse(BAA_FILE_TYPE_MESSAGE, "fileName");
  if (input.contentBase64.length % 4 !== 0) throw refuse("The file could not be read. Try attaching it again.", "contentBase64");
  const content = Buffer.from(input.contentBase64, "base64");
  if (content.length === 0) throw refuse("That file is empty. Check that it is the right file.", "contentBase64");
  if (content.length > MAX_EVIDENCE_BYTES) throw refuse(TOO_LARGE, "contentBase64");
  if (!contentMatchesType(type, content)) {
    throw refuse(`That file does not look like a ${type.label}. Check that it opens, and that its name ends with the right extension.`, "contentBase64");
  }
  return { fileName, mimeType: type.mimeType, content };
}

/** Stores one file for a vendor and logs it; the caller holds the transaction. Returns the new file's id. */
export function insertVendorFile(db: Database, actor: Actor, vendor: VendorRow, input: VendorFileInput, fieldPrefix = "file."): string {
  const { fileName, mimeType, content } = checkedFile(input, fieldPrefix);
  const id = randomUUID();
  const sha256 = createHash("sha256").update(content).digest("hex");
  db.prepare(
    `INSERT INTO vendor_files (id, vendor_id, file_name, mime_type, size, sha256, content, added_by, added_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, vendor.id, fileName, mimeType, content.length, sha256, content, userIdOf(actor), nowIso());
  appendAudit(db, actor, {
    action: "vendor.file-attached",
    recordType: "vendor-file",
    recordId: id,
    summary: `Attached "${fileName}" to the Business Associate Agreement record of ${vendor.name}`,
    changes: { vendorId: vendor.id, fileName, mimeType, sizeBytes: content.length, sha256 },
  });
  return id;
}

function requireFileRow(db: Database, id: string): FileRow {
  const row = db.prepare(`SELECT ${LISTED_COLUMNS} FROM vendor_files WHERE id = ?`).get(id) as FileRow | undefined;
  if (!row) throw new AppFailure("NOT_FOUND", "That file is no longer attached. Refresh the vendor's page.");
  return row;
}

export function listVendorFiles(db: Database, vendorId: string): VendorFile[] {
  const rows = db.prepare(`SELECT ${LISTED_COLUMNS} FROM vendor_files WHERE vendor_id = ? ORDER BY added_at DESC, id`).all(vendorId) as FileRow[];
  const people = peopleLookup(db);
  return rows.map((row) => toFile(row, people));
}

export function attachVendorFile(db: Database, actor: Actor, input: { vendorId: string; file: VendorFileInput }): VendorFile {
  const id = db.transaction(() => insertVendorFile(db, actor, requireVendorRow(db, input.vendorId), input.file))();
  return toFile(requireFileRow(db, id), peopleLookup(db));
}

/** A copy leaves the vault, so the download is logged like an export. */
export function downloadVendorFile(db: Database, actor: Actor, fileId: string): VendorFileDownload {
  const row = requireFileRow(db, fileId);
  const vendor = requireVendorRow(db, row.vendor_id);
  const content = db.prepare("SELECT content FROM vendor_files WHERE id = ?").pluck().get(fileId) as Buffer;
  appendAudit(db, actor, {
    action: "vendor.file-downloaded",
    recordType: "vendor-file",
    recordId: fileId,
    summary: `Opened a copy of "${row.file_name}" from the record of ${vendor.name}`,
    changes: { vendorId: vendor.id, fileName: row.file_name, sha256: row.sha256 },
  });
  return { fileName: row.file_name, mimeType: row.mime_type, contentBase64: content.toString("base64"), sizeBytes: row.size, sha256: row.sha256 };
}

/** For a file attached by mistake; the audit log keeps its name and fingerprint. */
export function removeVendorFile(db: Database, actor: Actor, fileId: string): void {
  db.transaction(() => {
    const row = requireFileRow(db, fileId);
    const vendor = requireVendorRow(db, row.vendor_id);
    db.prepare("DELETE FROM vendor_files WHERE id = ?").run(fileId);
    appendAudit(db, actor, {
      action: "vendor.file-removed",
      recordType: "vendor-file",
      recordId: fileId,
      summary: `Removed "${row.file_name}" from the record of ${vendor.name}`,
      changes: { vendorId: vendor.id, fileName: row.file_name, sizeBytes: row.size, sha256: row.sha256 },
    });
  })();
}
