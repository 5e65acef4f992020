import { createHash, randomUUID } from "node:crypto";
import type { Database } from "better-sqlite3-multiple-ciphers";
import type { EvidenceDownload, EvidenceItem } from "../../shared/model/evidence";
import {
  contentMatchesType,
  EVIDENCE_TOO_LARGE_MESSAGE,
  EVIDENCE_TYPE_MESSAGE,
  evidenceTypeFor,
  MAX_EVIDENCE_BYTES,
  sanitizeFileName,
} from "../../shared/rules/evidenceFiles";
import { appendAudit, type Actor } from "../audit/auditLog";
import { AppFailure } from "../core/appFailure";
import { citation, editableAssessment, peopleLookup, requireAssessment, requireKnownQuestion, userIdOf } from "./assessmentRecords";

/**
 * Evidence files are stored as BLOBs inside the encrypted database, so they are encrypted at rest
 * with everything else (45 CFR 164.312(a)(2)(iv)) and never sit on disk as loose files.
 */

interface EvidenceRow {
  id: string;
  assessment_id: string;
  question_id: string;
  file_name: string;
  mime_type: string;
  size: number;
  sha256: string;
  added_by: string;
  added_at: string;
}

/** Every column but the content, which only a download reads. */
const LISTED_COLUMNS = "id, assessment_id, question_id, file_name, mime_type, size, sha256, added_by, added_at";

function toItem(row: EvidenceRow, people: ReturnType<typeof peopleLookup>): EvidenceItem {
  return {
    id: row.id,
    assessmentId: row.assessment_id,
    questionId: row.question_id,
    fileName: row.file_name,
    mimeType: row.mime_type,
    sizeBytes: row.size,
    sha256: row.sha256,
    addedBy: people(row.added_by),
    addedAt: row.added_at,
  };
}

function refuseFile(message: string, field = "contentBase64"): AppFailure {
  return new AppFailure("VALIDATION", message, { [field]: message });
}

export interface AttachInput {
  assessmentId: string;
  questionId: string;
  fileName: string;
  mimeType: string;
  contentBase64: string;
}

export function attachEvidence(db: Database, actor: Actor, input: AttachInput): EvidenceItem {
  const id = randomUUID();
  db.transaction(() => {
    const assessment = editableAssessment(db, input.assessmentId);
    const { question, requirement } = requireKnownQuestion(input.questionId);
    const { fileName, mimeType, content } = checkedFile(input);
    const sha256 = createHash("sha256").update(content).digest("hex");
    db.prepare(
      `INSERT INTO evidence (id, assessment_id, question_id, file_name, mime_type, size, sha256, content, added_by, added_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, assessment.id, question.id, fileName, mimeType, content.length, sha256, content, userIdOf(actor), new Date().toISOString());
    appendAudit(db, actor, {
      action: "evidence.attached",
      recordType: "evidence",
      recordId: id,
      summary: `Attached "${fileName}" as evidence to ${citation(requirement)} in the ${assessment.year} assessment`,
      changes: { assessmentId: assessment.id, questionId: question.id, fileName, mimeType, sizeBytes: content.length, sha256 },
    });
  })();
  return requireEvidence(db, id);
}

/** The type comes from the sanitized name's extension and must match the bytes; the browser's MIME type is not trusted. */
function checkedFile(input: AttachInput): { fileName: string; mimeType: string; content: Buffer } {
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

function requireEvidenceRow(db: Database, id: string): EvidenceRow {
  const row = db.prepare(`SELECT ${LISTED_COLUMNS} FROM evidence WHERE id = ?`).get(id) as EvidenceRow | undefined;
  if (!row) throw new AppFailure("NOT_FOUND", "That file is no longer attached. Refresh the list of files.");
  return row;
}

function requireEvidence(db: Database, id: string): EvidenceItem {
  return toItem(requireEvidenceRow(db, id), peopleLookup(db));
}

export function listEvidence(db: Database, filter: { assessmentId: string; questionId?: string | undefined }): EvidenceItem[] {
  requireAssessment(db, filter.assessmentId);
  const rows = (
    filter.questionId
      ? db.prepare(`SELECT ${LISTED_COLUMNS} FROM evidence WHERE assessment_id = ? AND question_id = ? ORDER BY added_at, id`).all(filter.assessmentId, filter.questionId)
      : db.prepare(`SELECT ${LISTED_COLUMNS} FROM evidence WHERE assessment_id = ? ORDER BY question_id, added_at, id`).all(filter.assessmentId)
  ) as EvidenceRow[];
  const people = peopleLookup(db);
  return rows.map((row) => toItem(row, people));
}

/** A copy leaves the vault, so the download is logged like an export. */
export function downloadEvidence(db: Database, actor: Actor, id: string): EvidenceDownload {
  const row = requireEvidenceRow(db, id);
  const content = db.prepare("SELECT content FROM evidence WHERE id = ?").pluck().get(id) as Buffer;
  appendAudit(db, actor, {
    action: "evidence.downloaded",
    recordType: "evidence",
    recordId: id,
    summary: `Opened a copy of the evidence file "${row.file_name}"`,
    changes: { fileName: row.file_name, sha256: row.sha256 },
  });
  return { fileName: row.file_name, mimeType: row.mime_type, contentBase64: content.toString("base64"), sizeBytes: row.size, sha256: row.sha256 };
}

export function removeEvidence(db: Database, actor: Actor, id: string): void {
  db.transaction(() => {
    const row = requireEvidenceRow(db, id);
    const assessment = editableAssessment(db, row.assessment_id);
    db.prepare("DELETE FROM evidence WHERE id = ?").run(id);
    appendAudit(db, actor, {
      action: "evidence.removed",
      recordType: "evidence",
      recordId: id,
      summary: `Removed the evidence file "${row.file_name}" from the ${assessment.year} assessment`,
      changes: { assessmentId: assessment.id, questionId: row.question_id, fileName: row.file_name, sizeBytes: row.size, sha256: row.sha256 },
    });
  })();
}
