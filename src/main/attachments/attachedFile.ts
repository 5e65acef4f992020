import { createHash } from "node:crypto";
import type { EvidenceDownload } from "../../shared/model/evidence";
import {
  contentMatchesType,
  EVIDENCE_TOO_LARGE_MESSAGE,
  EVIDENCE_TYPE_MESSAGE,
  evidenceTypeFor,
  MAX_EVIDENCE_BYTES,
  sanitizeFileName,
} from "../../shared/rules/evidenceFiles";
import { AppFailure } from "../core/appFailure";

/**
 * A file on its way into the vault and back out. Every kind of attachment (assessment evidence,
 * training certificates, signed BAAs, the file that shows a task was done) passes the same check
 * before it is stored as a BLOB inside the encrypted database (45 CFR 164.312(a)(2)(iv)): a name safe
 * to save under, an accepted type whose bytes match it, at most 20 MB, and its SHA-256 to show later
 * that it is the file that was attached.
 */

type FileType = Parameters<typeof contentMatchesType>[0];

/** What one kind of attachment accepts, and what a person is told when a file is not one of them. */
export interface FileRules {
  typeFor(fileName: string): FileType | null;
  typeMessage: string;
  tooLargeMessage: string;
}

export const EVIDENCE_FILE_RULES: FileRules = { typeFor: evidenceTypeFor, typeMessage: EVIDENCE_TYPE_MESSAGE, tooLargeMessage: EVIDENCE_TOO_LARGE_MESSAGE };

/** The form fields a refusal is shown under: one for a problem with the name, one for the content. */
export interface FileFields {
  name: string;
  content: string;
}

export const UPLOAD_FIELDS: FileFields = { name: "fileName", content: "contentBase64" };

export interface CheckedFile {
  fileName: string;
  mimeType: string;
  content: Buffer;
  sha256: string;
}

/** The type comes from the sanitized name's extension and must match the bytes; the browser's MIME type is not trusted. */
export function checkAttachedFile(input: { fileName: string; contentBase64: string }, rules: FileRules, fields: FileFields = UPLOAD_FIELDS): CheckedFile {
  const refuse = (message: string, field: string) => new AppFailure("VALIDATION", message, { [field]: message });
  const fileName = sanitizeFileName(input.fileName);
  if (!fileName) throw refuse("That file name has no usable characters. Rename the file and attach it again.", fields.name);
  const type = rules.typeFor(fileName);
  if (!type) throw refuse(rules.typeMessage, fields.name);
  if (input.contentBase64.length % 4 !== 0) throw refuse("The file could not be read. Try attaching it again.", fields.content);
  const content = Buffer.from(input.contentBase64, "base64");
  if (content.length === 0) throw refuse("That file is empty. Check that it is the right file.", fields.content);
  if (content.length > MAX_EVIDENCE_BYTES) throw refuse(rules.tooLargeMessage, fields.content);
  if (!contentMatchesType(type, content)) {
    throw refuse(`That file does not look like a ${type.label}. Check that it opens, and that its name ends with the right extension.`, fields.content);
  }
  return { fileName, mimeType: type.mimeType, content, sha256: createHash("sha256").update(content).digest("hex") };
}

/** The evidence, certificate and BAA downloads in src/shared/model all have this one shape. */
export type FileDownload = EvidenceDownload;

/** A stored file as it is handed to the person who opens a copy. */
export function fileDownload(file: { fileName: string; mimeType: string; content: Buffer; sizeBytes: number; sha256: string }): FileDownload {
  return { fileName: file.fileName, mimeType: file.mimeType, contentBase64: file.content.toString("base64"), sizeBytes: file.sizeBytes, sha256: file.sha256 };
}
