import { z } from "zod";
import { EVIDENCE_TOO_LARGE_MESSAGE, MAX_EVIDENCE_BASE64_LENGTH } from "../rules/evidenceFiles";
import { assessmentIdSchema, questionIdSchema, type PersonRef } from "./assessment";
import { recordIdSchema } from "./recordId";

const evidenceIdSchema = recordIdSchema("file");

/**
 * A file attached as evidence to one question. The renderer reads the File into plain base64 (no
 * "data:" prefix). `mimeType` is what the browser reported and is only advisory: the stored type
 * comes from the file's extension, and the bytes must match it.
 */
export const attachEvidenceSchema = z.object({
  assessmentId: assessmentIdSchema,
  questionId: questionIdSchema,
  fileName: z.string().trim().min(1, "The file needs a name.").max(1_000, "That file name is too long."),
  mimeType: z.string().max(200).default(""),
  contentBase64: z
    .string()
    .max(MAX_EVIDENCE_BASE64_LENGTH, EVIDENCE_TOO_LARGE_MESSAGE)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, "The file could not be read. Try attaching it again."),
});

export const listEvidenceSchema = z.object({
  assessmentId: assessmentIdSchema,
  /** Only this question's files; all of the assessment's when left out. */
  questionId: questionIdSchema.optional(),
});

export const byEvidenceSchema = z.object({ evidenceId: evidenceIdSchema });

export interface EvidenceItem {
  id: string;
  assessmentId: string;
  questionId: string;
  /** Sanitized: safe to offer as the name to save under. */
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  /** SHA-256 of the content, hex; shows the file is the one attached. */
  sha256: string;
  addedBy: PersonRef;
  addedAt: string;
}

export interface EvidenceDownload {
  fileName: string;
  mimeType: string;
  contentBase64: string;
  sizeBytes: number;
  sha256: string;
}
