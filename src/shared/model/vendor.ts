import { z } from "zod";
import type { BaaWarning } from "../rules/baaStatus";
import { isCalendarDate } from "../rules/calendarDates";
import { MAX_EVIDENCE_BASE64_LENGTH } from "../rules/evidenceFiles";
import type { DiligenceConcern } from "../rules/vendorDiligence";
import type { PersonRef } from "./assessment";
import { recordIdSchema } from "./recordId";

/**
 * The vendor register: the outside companies that handle the practice's patient information, and
 * their Business Associate Agreements (45 CFR 164.308(b), 164.314(a), 164.502(e), 164.504(e)).
 */

/** The four verbs of 164.308(b)(1): a vendor that does any of them with ePHI is a business associate. */
export const EPHI_ACTIVITIES = ["create", "receive", "maintain", "transmit"] as const;
export type EphiActivity = (typeof EPHI_ACTIVITIES)[number];

/** `label` for the form, `short` for lists, `verb` (the rule's own word) for letters and contracts. */
export const EPHI_ACTIVITY_LABELS: Record<EphiActivity, { label: string; short: string; verb: string; example: string }> = {
  create: { label: "Creates patient information", short: "creates", verb: "creates", example: "for example a billing service that writes claims" },
  receive: { label: "Receives patient information", short: "receives", verb: "receives", example: "for example a claims clearinghouse or an answering service" },
  maintain: { label: "Stores patient information", short: "stores", verb: "maintains", example: "for example online backup or hosted practice software" },
  transmit: { label: "Sends patient information on", short: "sends on", verb: "transmits", example: "for example a secure e-mail or e-fax service" },
};

export const BAA_STATUSES = ["none", "requested", "signed", "expired", "not-needed"] as const;
export type BaaStatus = (typeof BAA_STATUSES)[number];

export const BAA_STATUS_LABELS: Record<BaaStatus, string> = {
  none: "No BAA",
  requested: "Requested, not signed yet",
  signed: "Signed",
  expired: "Expired",
  "not-needed": "Not needed",
};

/** Dates of a BAA only mean something once one has been signed. */
export function baaHasDates(status: BaaStatus): boolean {
  return status === "signed" || status === "expired";
}

const text = (label: string, max: number) => z.string().trim().max(max, `${label} can be at most ${max.toLocaleString("en-US")} characters.`);
const requiredText = (label: string, max: number) => text(label, max).min(1, `${label} is required.`);
const DATE_MESSAGE = "Use a real date like 2026-01-31.";
const calendarDate = z.string({ message: DATE_MESSAGE }).trim().refine(isCalendarDate, DATE_MESSAGE);
/** A date field that may be left empty: "" (an empty date input) and null both mean no date. */
const optionalDate = z
  .string()
  .trim()
  .refine((value) => value === "" || isCalendarDate(value), DATE_MESSAGE)
  .nullable()
  .default(null)
  .transform((value) => (value ? value : null));

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const NOT_NEEDED_REASON_MESSAGE =
  "Say why this vendor needs no BAA, for example “Only delivers mail: the conduit exception” or “Never sees patient information”.";

export const vendorIdSchema = recordIdSchema("vendor");
const vendorFileIdSchema = recordIdSchema("file");

export const vendorInputSchema = z
  .object({
    name: requiredText("The vendor's name", 200),
    services: text("What the vendor does", 2_000).default(""),
    ephiActivities: z
      .array(z.enum(EPHI_ACTIVITIES, { message: "That is not one of the ways a vendor handles patient information." }))
      .max(EPHI_ACTIVITIES.length)
      .default([])
      // Kept in the rule's own order, whatever order the boxes were ticked in.
      .transform((chosen) => EPHI_ACTIVITIES.filter((activity) => chosen.includes(activity))),
    contactName: text("The contact's name", 200).default(""),
    contactEmail: text("The e-mail address", 200)
      .refine((value) => value === "" || EMAIL.test(value), "Enter an e-mail address like name@example.com, or leave it empty.")
      .default(""),
    contactPhone: text("The phone number", 60).default(""),
    address: text("The address", 500).default(""),
    baaStatus: z.enum(BAA_STATUSES, { message: "Choose where the Business Associate Agreement stands." }),
    baaNotNeededReason: text("The reason", 1_000).default(""),
    baaSignedDate: optionalDate,
    baaReviewDate: optionalDate,
    subcontractorNotes: text("The notes on subcontractors", 4_000).default(""),
    /** The day the practice stopped using the vendor; the record is kept (164.316(b)(2)(i)), its warnings stop. */
    endedOn: optionalDate,
  })
  .superRefine((vendor, ctx) => {
    if (vendor.baaStatus === "not-needed" && vendor.baaNotNeededReason === "") {
      ctx.addIssue({ code: "custom", message: NOT_NEEDED_REASON_MESSAGE, path: ["baaNotNeededReason"] });
    }
    if (vendor.baaStatus === "signed" && vendor.baaSignedDate === null) {
      ctx.addIssue({ code: "custom", message: "Enter the date the BAA was signed.", path: ["baaSignedDate"] });
    }
    if (baaHasDates(vendor.baaStatus) && vendor.baaSignedDate && vendor.baaReviewDate && vendor.baaReviewDate <= vendor.baaSignedDate) {
      ctx.addIssue({ code: "custom", message: "The review date must come after the date it was signed.", path: ["baaReviewDate"] });
    }
  })
  // Fields that do not apply to the chosen state are cleared, so nothing hidden is stored.
  .transform((vendor) => ({
    ...vendor,
    baaNotNeededReason: vendor.baaStatus === "not-needed" ? vendor.baaNotNeededReason : "",
    baaSignedDate: baaHasDates(vendor.baaStatus) ? vendor.baaSignedDate : null,
    baaReviewDate: baaHasDates(vendor.baaStatus) ? vendor.baaReviewDate : null,
  }));
export type VendorInput = z.output<typeof vendorInputSchema>;
export type VendorFormInput = z.input<typeof vendorInputSchema>;

export const addVendorSchema = z.object({ vendor: vendorInputSchema });
export const updateVendorSchema = z.object({ vendorId: vendorIdSchema, vendor: vendorInputSchema });
export const byVendorSchema = z.object({ vendorId: vendorIdSchema });
export const byVendorFileSchema = z.object({ fileId: vendorFileIdSchema });

/** 20 MB, as for evidence files; the renderer sends plain base64 without a "data:" prefix. */
export const vendorFileSchema = z.object({
  fileName: z.string().trim().min(1, "The file needs a name.").max(1_000, "That file name is too long."),
  mimeType: z.string().max(200).default(""),
  contentBase64: z
    .string()
    .min(1, "Choose the file of the signed BAA.")
    .max(MAX_EVIDENCE_BASE64_LENGTH, "That file is larger than 20 MB. Save a smaller copy (for example a PDF scan at a lower resolution) and attach that.")
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, "The file could not be read. Try attaching it again."),
});
export type VendorFileInput = z.output<typeof vendorFileSchema>;

export const attachVendorFileSchema = z.object({ vendorId: vendorIdSchema, file: vendorFileSchema });

/** The usual way a BAA gets on record: it was signed on a date, is reviewed by another, and here is the copy. */
export const recordSignedBaaSchema = z
  .object({
    vendorId: vendorIdSchema,
    signedDate: calendarDate,
    reviewDate: optionalDate,
    file: vendorFileSchema,
  })
  .refine((input) => input.reviewDate === null || input.reviewDate > input.signedDate, {
    message: "The review date must come after the date it was signed.",
    path: ["reviewDate"],
  });

/* ---------- The due-diligence questionnaire ---------- */

export const DILIGENCE_ANSWERS = ["yes", "no", "unknown"] as const;
export type DiligenceAnswer = (typeof DILIGENCE_ANSWERS)[number];
export const DILIGENCE_ANSWER_LABELS: Record<DiligenceAnswer, string> = { yes: "Yes", no: "No", unknown: "Don't know yet" };

export const SUBCONTRACTOR_BAA_ANSWERS = ["yes", "no", "unknown", "not-applicable"] as const;
export type SubcontractorBaaAnswer = (typeof SUBCONTRACTOR_BAA_ANSWERS)[number];
export const SUBCONTRACTOR_BAA_LABELS: Record<SubcontractorBaaAnswer, string> = {
  yes: "Yes, all of them",
  no: "No, not all of them",
  unknown: "Don't know yet",
  "not-applicable": "Not applicable: no subcontractors",
};

const answer = z.enum(DILIGENCE_ANSWERS, { message: "Choose Yes, No or Don't know yet." });

export const questionnaireInputSchema = z.object({
  encryptionAtRest: answer,
  encryptionInTransit: answer,
  breachNoticeDays: z
    .number({ message: "Enter a number of days, or leave it empty." })
    .int("Enter a whole number of days.")
    .min(1, "Enter at least 1 day.")
    .max(365, "Enter at most 365 days.")
    .nullable()
    .default(null),
  breachNoticeTerms: text("The breach-notice terms", 2_000).default(""),
  dataLocation: text("Where the data is kept", 1_000).default(""),
  usesSubcontractors: answer,
  subcontractors: text("The subcontractors", 2_000).default(""),
  subcontractorBaas: z.enum(SUBCONTRACTOR_BAA_ANSWERS, { message: "Choose an answer about the subcontractors' BAAs." }),
  notes: text("Notes", 4_000).default(""),
});
export type QuestionnaireInput = z.output<typeof questionnaireInputSchema>;
export type QuestionnaireFormInput = z.input<typeof questionnaireInputSchema>;

export const saveQuestionnaireSchema = z.object({ vendorId: vendorIdSchema, answers: questionnaireInputSchema });

/* ---------- What the main process answers ---------- */

export interface VendorFile {
  id: string;
  vendorId: string;
  /** Sanitized: safe to offer as the name to save under. */
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  addedBy: PersonRef;
  addedAt: string;
}

export interface VendorFileDownload {
  fileName: string;
  mimeType: string;
  contentBase64: string;
  sizeBytes: number;
  sha256: string;
}

export interface VendorQuestionnaire extends QuestionnaireInput {
  answeredBy: PersonRef;
  answeredAt: string;
}

export interface VendorSummary extends VendorInput {
  id: string;
  handlesEphi: boolean;
  /** Whether the request letter and the draft BAA are offered: handles ePHI and a BAA is not ruled out. */
  needsBaa: boolean;
  fileCount: number;
  warnings: BaaWarning[];
  createdAt: string;
  updatedBy: PersonRef;
  updatedAt: string;
}

export interface VendorDetail extends VendorSummary {
  files: VendorFile[];
  questionnaire: VendorQuestionnaire | null;
  concerns: DiligenceConcern[];
}

export interface VendorRegister {
  /** The practice's today, in its time zone: what the warnings were worked out against. */
  today: string;
  reviewNoticeDays: number;
  vendors: VendorSummary[];
  warnings: BaaWarning[];
}

/** A letter or draft made for a vendor, as a PDF to save. */
export interface VendorDocument {
  fileName: string;
  pdfBase64: string;
}
