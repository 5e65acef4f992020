import { EVIDENCE_TYPES, extensionOf } from "./evidenceFiles";

/**
 * Which files can be kept as a vendor's signed BAA: a PDF, a scan (PNG or JPG) or a Word document,
 * checked the same way as evidence files (the bytes must match the extension), 20 MB at most.
 */
export const BAA_FILE_EXTENSIONS = ["pdf", "png", "jpg", "jpeg", "docx"] as const;

export const BAA_FILE_TYPE_MESSAGE = "Attach the signed BAA as a PDF, a scan (PNG or JPG) or a Word (.docx) file.";

/** For the file picker's `accept` attribute. */
export const BAA_FILE_ACCEPT = BAA_FILE_EXTENSIONS.map((extension) => `.${extension}`).join(",");

export function baaFileTypeFor(fileName: string) {
  const extension = extensionOf(fileName);
  return (BAA_FILE_EXTENSIONS as readonly string[]).includes(extension) ? (EVIDENCE_TYPES[extension] ?? null) : null;
}
