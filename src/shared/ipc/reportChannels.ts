import { z } from "zod";
import { passwordSchema } from "../model/account";
import {
  pdfUploadSchema,
  reportExportSchema,
  reportKindSchema,
  reportRequestSchema,
  type CertificateInfo,
  type ExportedReport,
  type MyCertificates,
  type PdfVerification,
  type ReportKindInfo,
  type ReportPreview,
  type ReportRegisterEntry,
} from "../model/reports";
import { channel } from "./channel";

const nothing = z.object({}).strict();

/** The report and signing-certificate channels, spread into the contract. */
export const reportChannels = {
  /** Which documents exist, and why the others are not ready yet. */
  "reports.kinds": channel<ReportKindInfo[]>()(nothing, "read"),
  /** An unsigned PDF marked PREVIEW, for reading before sign-off; not recorded in the register. */
  "reports.preview": channel<ReportPreview>()(reportRequestSchema, "read"),
  /**
   * The PDF to save, recorded in the report register. With `sign`, only an Administrator may call it
   * (checked in the handler, since the channel also serves unsigned exports) and the password is re-checked.
   */
  "reports.export": channel<ExportedReport>()(reportExportSchema, "read"),
  "reports.register": channel<ReportRegisterEntry[]>()(z.object({ kind: reportKindSchema.optional() }).strict(), "read"),
  "reports.verify": channel<PdfVerification>()(pdfUploadSchema, "read"),
  /** The signed-in user's signing certificate (public part only) and the ones it replaced. */
  "certificate.get": channel<MyCertificates>()(nothing, "read"),
  /** Issues a new signing certificate (the first one, or a replacement); the old one still verifies old files. */
  "certificate.renew": channel<CertificateInfo>()(z.object({ password: passwordSchema }), "admin"),
} as const;
