import type { Database } from "better-sqlite3-multiple-ciphers";
import type { EvidenceDownload, EvidenceItem } from "../../shared/model/evidence";
import { checkAttachedFile, EVIDENCE_FILE_RULES } from "../attachments/attachedFile";
import { attachmentTable, storedFileFields, type AttachmentRow } from "../attachments/attachmentTable";
import { appendAudit, type Actor } from "../audit/auditLog";
import { citation, editableAssessment, peopleLookup, requireAssessment, requireKnownQuestion, userIdOf } from "./assessmentRecords";

/**
 * Evidence files are stored as BLOBs inside the encrypted database, so they are encrypted at rest
 * with everything else (45 CFR 164.312(a)(2)(iv)) and never sit on disk as loose files.
 */

const evidenceFiles = attachmentTable("evidence", { missingMessage: "That file is no longer attached. Refresh the list of files." });

function toItem(row: AttachmentRow<"evidence">, people: ReturnType<typeof peopleLookup>): EvidenceItem {
  return { id: row.id, assessmentId: row.assessment_id, questionId: row.question_id, ...storedFileFields(row, people) };
}

export interface AttachInput {
  assessmentId: string;
  questionId: string;
  fileName: string;
  mimeType: string;
  contentBase64: string;
}

export function attachEvidence(db: Database, actor: Actor, input: AttachInput): EvidenceItem {
  const id = db.transaction(() => {
    const assessment = editableAssessment(db, input.assessmentId);
    const { question, requirement } = requireKnownQuestion(input.questionId);
    const file = checkAttachedFile(input, EVIDENCE_FILE_RULES);
    const id = evidenceFiles.insert(db, { assessment_id: assessment.id, question_id: question.id }, file, userIdOf(actor));
    appendAudit(db, actor, {
      action: "evidence.attached",
      recordType: "evidence",
      recordId: id,
      summary: `Attached "${file.fileName}" as evidence to ${citation(requirement)} in the ${assessment.year} assessment`,
      changes: { assessmentId: assessment.id, questionId: question.id, fileName: file.fileName, mimeType: file.mimeType, sizeBytes: file.content.length, sha256: file.sha256 },
    });
    return id;
  })();
  return toItem(evidenceFiles.require(db, id), peopleLookup(db));
}

export function listEvidence(db: Database, filter: { assessmentId: string; questionId?: string | undefined }): EvidenceItem[] {
  requireAssessment(db, filter.assessmentId);
  const rows = evidenceFiles.list(db, { assessment_id: filter.assessmentId, question_id: filter.questionId });
  const people = peopleLookup(db);
  return rows.map((row) => toItem(row, people));
}

/** A copy leaves the vault, so the download is logged like an export. */
export function downloadEvidence(db: Database, actor: Actor, id: string): EvidenceDownload {
  const row = evidenceFiles.require(db, id);
  const download = evidenceFiles.download(db, row);
  appendAudit(db, actor, {
    action: "evidence.downloaded",
    recordType: "evidence",
    recordId: id,
    summary: `Opened a copy of the evidence file "${row.file_name}"`,
    changes: { fileName: row.file_name, sha256: row.sha256 },
  });
  return download;
}

export function removeEvidence(db: Database, actor: Actor, id: string): void {
  db.transaction(() => {
    const row = evidenceFiles.require(db, id);
    const assessment = editableAssessment(db, row.assessment_id);
    evidenceFiles.remove(db, id);
    appendAudit(db, actor, {
      action: "evidence.removed",
      recordType: "evidence",
      recordId: id,
      summary: `Removed the evidence file "${row.file_name}" from the ${assessment.year} assessment`,
      changes: { assessmentId: assessment.id, questionId: row.question_id, fileName: row.file_name, sizeBytes: row.size, sha256: row.sha256 },
    });
  })();
}
