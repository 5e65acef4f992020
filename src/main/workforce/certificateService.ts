import { createHash, randomUUID } from "node:crypto";
import type { Database } from "better-sqlite3-multiple-ciphers";
import type { CertificateDownload, CertificateItem } from "../../shared/model/training";
import { contentMatchesType, EVIDENCE_TOO_LARGE_MESSAGE, EVIDENCE_TYPE_MESSAGE, evidenceTypeFor, MAX_EVIDENCE_BYTES, sanitizeFileName } from "../../shared/rules/evidenceFiles";
import { appendAudit, type Actor } from "../audit/auditLog";
import { AppFailure } from "../core/appFailure";
import { peopleLookup, userIdOf } from "../services/assessmentRecords";
import { nowIso } from "./workforceRecords";

/**
 * Training certificates, stored like evidence files: as BLOBs inside the encrypted database (45 CFR
 * 164.312(a)(2)(iv)), never loose on disk, at most 20 MB, with the content's SHA-256 to show it is
 * the file that was attached. The same file rules as evidence apply (types, names, signatures).
 */

interface CertificateRow {
  id: string;
  completion_id: string;
  file_name: string;
  mime_type: string;
  size: number;
  sha256: string;
  added_by: string;
  added_at: string;
}

const LISTED_COLUMNS = "id, completion_id, file_name, mime_type, size, sha256, added_by, added_at";

function toItem(row: CertificateRow, people: ReturnType<typeof peopleLookup>): CertificateItem {
  return {
    id: row.id,
    completionId: row.completion_id,
    fileName: row.file_name,
    mimeType: row.mime_type,
    sizeBytes: row.size,
    sha256: row.sha256,
    addedBy: people(row.added_by),
    addedAt: row.added_at,
  };
}

export function listCertificates(db: Database, completionId: string): CertificateItem[] {
  const people = peopleLookup(db);
  const rows = db.prepare(`SELECT ${LISTED_COLUMNS} FROM training_certificates WHERE completion_id = ? ORDER BY added_at, id`).all(completionId) as CertificateRow[];
  return rows.map((row) => toItem(row, people));
}

/** The certificates of many training records in one query, by record: a long history is read at once, not record by record. */
export function certificatesFor(db: Database, completionIds: readonly string[], people: ReturnType<typeof peopleLookup>): Map<string, CertificateItem[]> {
  const rows = db
    .prepare(`SELECT ${LISTED_COLUMNS} FROM training_certificates WHERE completion_id IN (SELECT value FROM json_each(?)) ORDER BY added_at, id`)
    .all(JSON.stringify(completionIds)) as CertificateRow[];
  const byCompletion = new Map<string, CertificateItem[]>();
  for (const row of rows) {
    const items = byCompletion.get(row.completion_id) ?? [];
    items.push(toItem(row, people));
    byCompletion.set(row.completion_id, items);
  }
  return byCompletion;
}

function refuseFile(message: string, field = "contentBase64"): AppFailure {
  return new AppFailure("VALIDATION", message, { [field]: message });
}

/** The type comes from the sanitized name's extension and must match the bytes; the browser's MIME type is not trusted. */
function checkedFile(input: { fileName: string; contentBase64: string }): { fileName: string; mimeType: string; content: Buffer } {
  const fileName = sanitizeFileName(input.fileName);
  if (!fileName) throw refuseFile("That file name has no usable characters. Rename the file and attach it again.", "fileName");
  const type = evidenceTypeFor(fileName);
  if (!type) throw refuseFile(EVIDENCE_TYPE_MESSAGE, "fileName");
  if (input.contentBase64.length % 4 !== 0) throw refuseFile("The file could not be read. Try attaching it again.");
  const content = Buffer.from(input.contentBase64, "base64");
  if (content.length === 0) throw refuseFile("That file is empty. Check that it is the right file.");
  if (content.length > MAX_EVIDENCE_BYTES) throw refuseFile(EVIDENCE_TOO_LARGE_MESSAGE);
  if (!contentMatchesType(type, content)) {
    throw refuseFile(`That file does not look like a ${type.label}. Check that it opens, and that its name ends with the right extension.`);
  }
  return { fileName, mimeType: type.mimeType, content };
}

function completionOwner(db: Database, completionId: string): { memberName: string; completedOn: string } {
  const row = db
    .prepare("SELECT m.full_name AS memberName, c.completed_on AS completedOn FROM training_completions c JOIN workforce_members m ON m.id = c.member_id WHERE c.id = ?")
    .get(completionId) as { memberName: string; completedOn: string } | undefined;
  if (!row) throw new AppFailure("NOT_FOUND", "That training record does not exist. Refresh the page.");
  return row;
}

export function attachCertificate(db: Database, actor: Actor, input: { completionId: string; fileName: string; contentBase64: string }): CertificateItem {
  const id = randomUUID();
  db.transaction(() => {
    const owner = completionOwner(db, input.completionId);
    const { fileName, mimeType, content } = checkedFile(input);
    const sha256 = createHash("sha256").update(content).digest("hex");
    db.prepare(
      `INSERT INTO training_certificates (id, completion_id, file_name, mime_type, size, sha256, content, added_by, added_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, input.completionId, fileName, mimeType, content.length, sha256, content, userIdOf(actor), nowIso());
    appendAudit(db, actor, {
      action: "training.certificate-attached",
      recordType: "training-certificate",
      recordId: id,
      summary: `Attached the certificate "${fileName}" to ${owner.memberName}'s training of ${owner.completedOn}`,
      changes: { completionId: input.completionId, fileName, mimeType, sizeBytes: content.length, sha256 },
    });
  })();
  return requireCertificate(db, id);
}

function requireCertificateRow(db: Database, id: string): CertificateRow {
  const row = db.prepare(`SELECT ${LISTED_COLUMNS} FROM training_certificates WHERE id = ?`).get(id) as CertificateRow | undefined;
  if (!row) throw new AppFailure("NOT_FOUND", "That certificate is no longer attached. Refresh the page.");
  return row;
}

function requireCertificate(db: Database, id: string): CertificateItem {
  return toItem(requireCertificateRow(db, id), peopleLookup(db));
}

/** A copy leaves the vault, so the download is logged like an export. */
export function downloadCertificate(db: Database, actor: Actor, id: string): CertificateDownload {
  const row = requireCertificateRow(db, id);
  const content = db.prepare("SELECT content FROM training_certificates WHERE id = ?").pluck().get(id) as Buffer;
  appendAudit(db, actor, {
    action: "training.certificate-downloaded",
    recordType: "training-certificate",
    recordId: id,
    summary: `Opened a copy of the training certificate "${row.file_name}"`,
    changes: { fileName: row.file_name, sha256: row.sha256 },
  });
  return { fileName: row.file_name, mimeType: row.mime_type, contentBase64: content.toString("base64"), sizeBytes: row.size, sha256: row.sha256 };
}

export function removeCertificate(db: Database, actor: Actor, id: string): void {
  db.transaction(() => {
    const row = requireCertificateRow(db, id);
    const owner = completionOwner(db, row.completion_id);
    db.prepare("DELETE FROM training_certificates WHERE id = ?").run(id);
    appendAudit(db, actor, {
      action: "training.certificate-removed",
      recordType: "training-certificate",
      recordId: id,
      summary: `Removed the certificate "${row.file_name}" from ${owner.memberName}'s training of ${owner.completedOn}`,
      changes: { completionId: row.completion_id, fileName: row.file_name, sizeBytes: row.size, sha256: row.sha256 },
    });
  })();
}
