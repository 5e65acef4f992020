/**
 * What evidence files the vault accepts, and how their names are cleaned. Pure: the main process
 * decodes the bytes and asks these rules; the screens can ask the same rules before sending a file.
 */

/** 20 MB per file: enough for a scanned policy or a screenshot set, small enough to keep the vault quick to back up. */
export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;

/** Base64 turns every 3 bytes into 4 characters. */
export const MAX_EVIDENCE_BASE64_LENGTH = Math.ceil(MAX_EVIDENCE_BYTES / 3) * 4;

export const EVIDENCE_TOO_LARGE_MESSAGE = "That file is larger than 20 MB. Save a smaller copy (for example a PDF of only the pages that matter) and attach that.";

interface EvidenceType {
  mimeType: string;
  label: string;
  /** The bytes a file of this kind starts with; null for plain text, which is checked for NUL bytes instead. */
  signature: ReadonlyArray<number> | null;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** Keyed by the lower-case extension. Word and Excel files are ZIP containers. */
export const EVIDENCE_TYPES: Readonly<Record<string, EvidenceType>> = {
  pdf: { mimeType: "application/pdf", label: "PDF", signature: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  png: { mimeType: "image/png", label: "PNG image", signature: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  jpg: { mimeType: "image/jpeg", label: "JPEG image", signature: [0xff, 0xd8, 0xff] },
  jpeg: { mimeType: "image/jpeg", label: "JPEG image", signature: [0xff, 0xd8, 0xff] },
  docx: { mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", label: "Word document", signature: ZIP },
  xlsx: { mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", label: "Excel workbook", signature: ZIP },
  txt: { mimeType: "text/plain", label: "text file", signature: null },
  csv: { mimeType: "text/csv", label: "CSV file", signature: null },
};

export const ALLOWED_EVIDENCE_EXTENSIONS = Object.keys(EVIDENCE_TYPES);

export const EVIDENCE_TYPE_MESSAGE = "Attach a PDF, PNG, JPG, Word (.docx), Excel (.xlsx), text (.txt) or CSV file.";

const MAX_NAME_LENGTH = 120;
/** Names Windows reserves for devices; a file saved under one of them cannot be opened there. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot < 0 ? "" : fileName.slice(dot + 1).toLowerCase();
}

/**
 * A file name safe to store and to offer back for saving on any system: no folders, no control or
 * reserved characters, no leading or trailing dots and spaces, a lower-case extension, at most 120
 * characters. Returns "" when nothing usable is left.
 */
export function sanitizeFileName(raw: string): string {
  const base = raw.normalize("NFC").split(/[/\\]/).pop() ?? "";
  const cleaned = base
    .replace(/\s+/g, " ")
    .replace(/[\p{Cc}\p{Cf}]/gu, "")
    .replace(/[<>:"|?*]/g, "_")
    .replace(/^[\s.]+|[\s.]+$/g, "");
  const extension = extensionOf(cleaned);
  let stem = extension ? cleaned.slice(0, cleaned.length - extension.length - 1).replace(/[\s.]+$/, "") : cleaned;
  if (WINDOWS_RESERVED.test(stem)) stem = `_${stem}`;
  const suffix = extension ? `.${extension}` : "";
  stem = [...stem].slice(0, Math.max(1, MAX_NAME_LENGTH - suffix.length)).join("").trim();
  if (!stem) return extension ? `evidence${suffix}` : "";
  return `${stem}${suffix}`;
}

/** The type for a (sanitized) file name, or null when the extension is not one we accept. */
export function evidenceTypeFor(fileName: string): EvidenceType | null {
  return EVIDENCE_TYPES[extensionOf(fileName)] ?? null;
}

/**
 * Whether the bytes are what the extension claims: a renamed program must not pass as a PDF.
 * Text files must not contain NUL bytes, which no text or CSV file has.
 */
export function contentMatchesType(type: EvidenceType, bytes: Uint8Array): boolean {
  if (type.signature === null) return !bytes.includes(0);
  return type.signature.every((byte, index) => bytes[index] === byte);
}
