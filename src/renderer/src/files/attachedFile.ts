import { EVIDENCE_TOO_LARGE_MESSAGE, EVIDENCE_TYPE_MESSAGE, evidenceTypeFor, MAX_EVIDENCE_BYTES, sanitizeFileName } from "../../../shared/rules/evidenceFiles";

/**
 * What a screen checks before sending evidence, a certificate or a task's proof: the main process
 * checks the same rules (and the bytes) again. Checking the size first means a huge file is never
 * read into memory.
 */
export function attachedFileProblem(file: Pick<File, "name" | "size">): string | null {
  if (file.size > MAX_EVIDENCE_BYTES) return EVIDENCE_TOO_LARGE_MESSAGE;
  if (file.size === 0) return "That file is empty. Choose the file again.";
  if (!evidenceTypeFor(sanitizeFileName(file.name))) return EVIDENCE_TYPE_MESSAGE;
  return null;
}

/** "35 KB", "1.2 MB" */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
