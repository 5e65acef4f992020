import { z } from "zod";
import { passwordSchema } from "./account";
import type { AuditAnchor, AuditAnchorCheck } from "./audit";
import { reportPeriodSchema } from "./reportPeriod";

/**
 * Every document the app can produce. Only some exist yet: each waits for the records it is made
 * from (the main process's document registry says which, and why the others are not ready).
 */
export const REPORT_KINDS = [
  "audit-log",
  "accounts",
  "annual-risk-analysis",
  "gap-assessment",
  "remediation-plan",
  "vendors",
  "training",
  "incidents",
  "policies",
  "binder",
] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const REPORT_TITLES: Record<ReportKind, string> = {
  "audit-log": "Audit Log Report",
  accounts: "Account and Access Report",
  "annual-risk-analysis": "Annual Risk Analysis",
  "gap-assessment": "Gap Assessment",
  "remediation-plan": "Remediation Plan",
  vendors: "Business Associates and Vendors",
  training: "Security Awareness Training Record",
  incidents: "Security Incident Log",
  policies: "Policies and Procedures",
  binder: "Compliance Binder",
};

export function isReportKind(value: unknown): value is ReportKind {
  return typeof value === "string" && (REPORT_KINDS as readonly string[]).includes(value);
}

/** The stages a report goes through in the report worker, in order. */
export const REPORT_STAGES = ["layout", "render", "sign"] as const;
export type ReportStage = (typeof REPORT_STAGES)[number];

export interface ReportProgress {
  stage: ReportStage;
  /** 0 to 1 within the stage. */
  fraction: number;
}

export const reportKindSchema = z.enum(REPORT_KINDS, { message: "Choose a kind of report." });

/** Suggested wordings; an Administrator may write another. */
export const SIGNATURE_MEANINGS = ["Approved by the Security Official", "Reviewed by", "Prepared by"] as const;
export const DEFAULT_SIGNATURE_MEANING = SIGNATURE_MEANINGS[0];

export const signatureMeaningSchema = z
  .string()
  .trim()
  .min(3, "Say what the signature means, for example “Reviewed by”.")
  .max(120, "Keep the meaning of the signature under 120 characters.");

export const reportRequestSchema = z.object({
  kind: reportKindSchema,
  period: reportPeriodSchema.default({}),
});
export type ReportRequest = z.infer<typeof reportRequestSchema>;

export const reportExportSchema = reportRequestSchema.extend({
  /** Present to sign: the Administrator's own password again, and what the signature means. */
  sign: z.object({ password: passwordSchema, meaning: signatureMeaningSchema }).optional(),
});
export type ReportExportRequest = z.infer<typeof reportExportSchema>;

/** A PDF handed in for checking, as base64; 40 MB is far beyond any report this app writes. */
export const MAX_VERIFY_BYTES = 40 * 1024 * 1024;
export const pdfUploadSchema = z.object({
  pdfBase64: z
    .string()
    .min(1, "Choose a PDF file.")
    .max(Math.ceil(MAX_VERIFY_BYTES / 3) * 4 + 4, "That file is too large to be a report from this app.")
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, "That file did not arrive intact; choose it again."),
});

export interface ReportKindInfo {
  kind: ReportKind;
  title: string;
  description: string;
  available: boolean;
  /** Why a report cannot be made yet, for the ones that wait for records. */
  unavailableReason: string | null;
}

export interface ReportPreview {
  fileName: string;
  pdfBase64: string;
  pageCount: number;
}

/** One exported report, as the register keeps it. */
export interface ReportRegisterEntry {
  id: string;
  kind: ReportKind;
  title: string;
  periodKey: string;
  periodLabel: string;
  /** 1 for the first export of this kind and period, then 2, 3 ... */
  version: number;
  fileName: string;
  sha256: string;
  byteSize: number;
  generatedAt: string;
  generatedByName: string;
  signature: null | {
    signedByName: string;
    signedByTitle: string;
    meaning: string;
    signedAt: string;
    certificateSerial: string;
  };
}

export interface ExportedReport {
  fileName: string;
  pdfBase64: string;
  sha256: string;
  entry: ReportRegisterEntry;
}

export interface CertificateSubject {
  commonName: string;
  title: string | null;
  organization: string | null;
}

export interface CertificateInfo {
  serialNumber: string;
  /** SHA-256 of the certificate's DER bytes, as hex pairs: what an auditor compares. */
  fingerprintSha256: string;
  subject: CertificateSubject;
  notBefore: string;
  notAfter: string;
  createdAt: string;
  /** Null while it is the one this user signs with. */
  replacedAt: string | null;
  pem: string;
  /** The same certificate as DER bytes (a .cer file), base64. */
  derBase64: string;
  /** Suggested file name without extension, e.g. "maria-lopez-signing-certificate-3F2A". */
  fileStem: string;
}

export interface MyCertificates {
  current: CertificateInfo | null;
  previous: CertificateInfo[];
}

/**
 * valid: the signature checks out and covers the whole file. altered: the signed part is intact but
 * something was added after signing. invalid: the signed bytes were changed or the signature is
 * broken. not-signed: the file carries no signature at all (or is not a PDF).
 */
export type VerificationVerdict = "valid" | "altered" | "invalid" | "not-signed";

export interface SignatureFindings {
  subFilter: string | null;
  /** The digest in the signature equals the digest of the signed byte ranges. */
  digestMatches: boolean;
  /** The signature over the signed attributes verifies with the embedded certificate's key. */
  signatureVerifies: boolean;
  /** The byte ranges cover the whole file except the signature itself. */
  coversWholeFile: boolean;
  signedAt: string | null;
  reason: string | null;
  signer: (CertificateSubject & { serialNumber: string; fingerprintSha256: string; notBefore: string; notAfter: string; selfSigned: boolean }) | null;
}

export interface PdfVerification {
  verdict: VerificationVerdict;
  /** One plain sentence for the person checking. */
  headline: string;
  /** Further plain sentences: what was found, and what it means. */
  details: string[];
  sha256: string;
  byteSize: number;
  signature: SignatureFindings | null;
  /** Whether this vault's register was consulted, and the entry with the same SHA-256 if any. */
  register: { checked: boolean; entry: ReportRegisterEntry | null };
  /** Whether the signing certificate is one this vault issued, and to whom. */
  knownCertificate: { checked: boolean; issuedTo: string | null; current: boolean };
  /**
   * The audit log's last entry as the signed report recorded it (only read from a valid signature), and,
   * with a vault open, how this vault's log compares; null when the file records none.
   */
  auditLog: { recorded: AuditAnchor; check: AuditAnchorCheck | null } | null;
}
