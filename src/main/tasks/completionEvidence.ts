import { createHash } from "node:crypto";
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
 * The file that shows a task was done (a signed evaluation, a restore test's screenshot), checked by
 * the same rules as the assessment's evidence (see evidenceService.ts): a name safe to save under, an
 * accepted type whose bytes match it, at most 20 MB. It is stored as a BLOB inside the encrypted
 * database, never as a loose file (45 CFR 164.312(a)(2)(iv)).
 */
export interface CheckedFile {
  fileName: string;
  mimeType: string;
  content: Buffer;
  sha256: string;
}

const FIELD = "evidence";

function refuse(message: string): AppFailure {
  return new AppFailure("VALIDATION", message, { [FIELD]: message });
}

export function checkCompletionFile(input: { fileName: string; contentBase64: string }): CheckedFile {
  const fileName = sanitizeFileName(input.fileName);
  if (!fileName) throw refuse("That file name has no usable characters. Rename the file and attach it again.");
  const type = evidenceTypeFor(fileName);
  if (!type) throw refuse(EVIDENCE_TYPE_MESSAGE);
  if (input.contentBase64.length % 4 !== 0) throw refuse("The file could not be read. Try attaching it again.");
  const content = Buffer.from(input.contentBase64, "base64");
  if (content.length === 0) throw refuse("That file is empty. Check that it is the right file.");
  if (content.length > MAX_EVIDENCE_BYTES) throw refuse(EVIDENCE_TOO_LARGE_MESSAGE);
  if (!contentMatchesType(type, content)) {
    throw refuse(`That file does not look like a ${type.label}. Check that it opens, and that its name ends with the right extension.`);
  }
  return { fileName, mimeType: type.mimeType, content, sha256: createHash("sha256").update(content).digest("hex") };
}
