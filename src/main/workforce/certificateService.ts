import type { Database } from "better-sqlite3-multiple-ciphers";
import type { CertificateDownload, CertificateItem } from "../../shared/model/training";
import { checkAttachedFile, EVIDENCE_FILE_RULES } from "../attachments/attachedFile";
import { attachmentTable, storedFileFields, type AttachmentRow } from "../attachments/attachmentTable";
import { appendAudit, type Actor } from "../audit/auditLog";
import { AppFailure } from "../core/appFailure";
import { peopleLookup, userIdOf } from "../services/assessmentRecords";

/**
 * Training certificates, stored like evidence files: as BLOBs inside the encrypted database (45 CFR
 * 164.312(a)(2)(iv)), never loose on disk, at most 20 MB, with the content's SHA-256 to show it is
 * the file that was attached. The same file rules as evidence apply (types, names, signatures).
 */

const certificateFiles = attachmentTable("training_certificates", { missingMessage: "That certificate is no longer attached. Refresh the page." });

function toItem(row: AttachmentRow<"training_certificates">, people: ReturnType<typeof peopleLookup>): CertificateItem {
  return { id: row.id, completionId: row.completion_id, ...storedFileFields(row, people) };
}

export function listCertificates(db: Database, completionId: string): CertificateItem[] {
  const people = peopleLookup(db);
  return certificateFiles.list(db, { completion_id: completionId }).map((row) => toItem(row, people));
}

/** The certificates of many training records in one query, by record: a long history is read at once, not record by record. */
export function certificatesFor(db: Database, completionIds: readonly string[], people: ReturnType<typeof peopleLookup>): Map<string, CertificateItem[]> {
  const byCompletion = new Map<string, CertificateItem[]>();
  for (const row of certificateFiles.list(db, { completion_id: completionIds })) {
    const items = byCompletion.get(row.completion_id) ?? [];
    items.push(toItem(row, people));
    byCompletion.set(row.completion_id, items);
  }
  return byCompletion;
}

function completionOwner(db: Database, completionId: string): { memberName: string; completedOn: string } {
  const row = db
    .prepare("SELECT m.full_name AS memberName, c.completed_on AS completedOn FROM training_completions c JOIN workforce_members m ON m.id = c.member_id WHERE c.id = ?")
    .get(completionId) as { memberName: string; completedOn: string } | undefined;
  if (!row) throw new AppFailure("NOT_FOUND", "That training record does not exist. Refresh the page.");
  return row;
}

export function attachCertificate(db: Database, actor: Actor, input: { completionId: string; fileName: string; contentBase64: string }): CertificateItem {
  const id = db.transaction(() => {
    const owner = completionOwner(db, input.completionId);
    const file = checkAttachedFile(input, EVIDENCE_FILE_RULES);
    const id = certificateFiles.insert(db, { completion_id: input.completionId }, file, userIdOf(actor));
    appendAudit(db, actor, {
      action: "training.certificate-attached",
      recordType: "training-certificate",
      recordId: id,
      summary: `Attached the certificate "${file.fileName}" to ${owner.memberName}'s training of ${owner.completedOn}`,
      changes: { completionId: input.completionId, fileName: file.fileName, mimeType: file.mimeType, sizeBytes: file.content.length, sha256: file.sha256 },
    });
    return id;
  })();
  return toItem(certificateFiles.require(db, id), peopleLookup(db));
}

/** A copy leaves the vault, so the download is logged like an export. */
export function downloadCertificate(db: Database, actor: Actor, id: string): CertificateDownload {
  const row = certificateFiles.require(db, id);
  const download = certificateFiles.download(db, row);
  appendAudit(db, actor, {
    action: "training.certificate-downloaded",
    recordType: "training-certificate",
    recordId: id,
    summary: `Opened a copy of the training certificate "${row.file_name}"`,
    changes: { fileName: row.file_name, sha256: row.sha256 },
  });
  return download;
}

export function removeCertificate(db: Database, actor: Actor, id: string): void {
  db.transaction(() => {
    const row = certificateFiles.require(db, id);
    const owner = completionOwner(db, row.completion_id);
    certificateFiles.remove(db, id);
    appendAudit(db, actor, {
      action: "training.certificate-removed",
      recordType: "training-certificate",
      recordId: id,
      summary: `Removed the certificate "${row.file_name}" from ${owner.memberName}'s training of ${owner.completedOn}`,
      changes: { completionId: row.completion_id, fileName: row.file_name, sizeBytes: row.size, sha256: row.sha256 },
    });
  })();
}
