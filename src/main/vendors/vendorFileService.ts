import type { Database } from "better-sqlite3-multiple-ciphers";
import type { PersonRef } from "../../shared/model/assessment";
import type { VendorFile, VendorFileDownload, VendorFileInput } from "../../shared/model/vendor";
import { BAA_FILE_TYPE_MESSAGE, baaFileTypeFor } from "../../shared/rules/vendorFiles";
import { checkAttachedFile, type FileRules } from "../attachments/attachedFile";
import { attachmentTable, storedFileFields, type AttachmentRow } from "../attachments/attachmentTable";
import { appendAudit, type Actor } from "../audit/auditLog";
import { peopleLookup, requireVendorRow, userIdOf, type VendorRow } from "./vendorRecords";

/**
 * Signed BAAs kept as BLOBs inside the encrypted database, like evidence files: encrypted at rest
 * with everything else (45 CFR 164.312(a)(2)(iv)), never loose on disk, and kept as the written
 * contract 164.308(b)(3) asks for.
 */

const BAA_FILE_RULES: FileRules = {
  typeFor: baaFileTypeFor,
  typeMessage: BAA_FILE_TYPE_MESSAGE,
  tooLargeMessage: "That file is larger than 20 MB. Save a smaller copy (for example a PDF scan at a lower resolution) and attach that.",
};

const vendorFiles = attachmentTable("vendor_files", { missingMessage: "That file is no longer attached. Refresh the vendor's page.", newestFirst: true });

function toFile(row: AttachmentRow<"vendor_files">, people: (id: string) => PersonRef): VendorFile {
  return { id: row.id, vendorId: row.vendor_id, ...storedFileFields(row, people) };
}

/** Stores one file for a vendor and logs it; the caller holds the transaction. Returns the new file's id. */
export function insertVendorFile(db: Database, actor: Actor, vendor: VendorRow, input: VendorFileInput, fieldPrefix = "file."): string {
  const file = checkAttachedFile(input, BAA_FILE_RULES, { name: `${fieldPrefix}fileName`, content: `${fieldPrefix}contentBase64` });
  const id = vendorFiles.insert(db, { vendor_id: vendor.id }, file, userIdOf(actor));
  appendAudit(db, actor, {
    action: "vendor.file-attached",
    recordType: "vendor-file",
    recordId: id,
    summary: `Attached "${file.fileName}" to the Business Associate Agreement record of ${vendor.name}`,
    changes: { vendorId: vendor.id, fileName: file.fileName, mimeType: file.mimeType, sizeBytes: file.content.length, sha256: file.sha256 },
  });
  return id;
}

export function listVendorFiles(db: Database, vendorId: string): VendorFile[] {
  const rows = vendorFiles.list(db, { vendor_id: vendorId });
  const people = peopleLookup(db);
  return rows.map((row) => toFile(row, people));
}

export function attachVendorFile(db: Database, actor: Actor, input: { vendorId: string; file: VendorFileInput }): VendorFile {
  const id = db.transaction(() => insertVendorFile(db, actor, requireVendorRow(db, input.vendorId), input.file))();
  return toFile(vendorFiles.require(db, id), peopleLookup(db));
}

/** A copy leaves the vault, so the download is logged like an export. */
export function downloadVendorFile(db: Database, actor: Actor, fileId: string): VendorFileDownload {
  const row = vendorFiles.require(db, fileId);
  const vendor = requireVendorRow(db, row.vendor_id);
  const download = vendorFiles.download(db, row);
  appendAudit(db, actor, {
    action: "vendor.file-downloaded",
    recordType: "vendor-file",
    recordId: fileId,
    summary: `Opened a copy of "${row.file_name}" from the record of ${vendor.name}`,
    changes: { vendorId: vendor.id, fileName: row.file_name, sha256: row.sha256 },
  });
  return download;
}

/** For a file attached by mistake; the audit log keeps its name and fingerprint. */
export function removeVendorFile(db: Database, actor: Actor, fileId: string): void {
  db.transaction(() => {
    const row = vendorFiles.require(db, fileId);
    const vendor = requireVendorRow(db, row.vendor_id);
    vendorFiles.remove(db, fileId);
    appendAudit(db, actor, {
      action: "vendor.file-removed",
      recordType: "vendor-file",
      recordId: fileId,
      summary: `Removed "${row.file_name}" from the record of ${vendor.name}`,
      changes: { vendorId: vendor.id, fileName: row.file_name, sizeBytes: row.size, sha256: row.sha256 },
    });
  })();
}
