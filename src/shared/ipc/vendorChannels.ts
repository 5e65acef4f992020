import { z } from "zod";
import {
  addVendorSchema,
  attachVendorFileSchema,
  byVendorFileSchema,
  byVendorSchema,
  recordSignedBaaSchema,
  saveQuestionnaireSchema,
  updateVendorSchema,
  type VendorDetail,
  type VendorDocument,
  type VendorFile,
  type VendorFileDownload,
  type VendorRegister,
} from "../model/vendor";
import type { BaaWarning } from "../rules/baaStatus";
import { channel } from "./channel";

/**
 * The vendor register and Business Associate Agreements (45 CFR 164.308(b), 164.314(a)). Anyone
 * signed in may read the register and download the signed copies and the letters (each download is
 * logged); Staff and Administrators keep it up to date.
 */
export const vendorChannels = {
  "vendors.list": channel<VendorRegister>()(z.object({}).strict(), "read"),
  /** Every vendor's BAA warnings, most serious first, for the dashboard and the task list. */
  "vendors.warnings": channel<BaaWarning[]>()(z.object({}).strict(), "read"),
  "vendors.get": channel<VendorDetail>()(byVendorSchema, "read"),
  "vendors.add": channel<VendorDetail>()(addVendorSchema, "edit"),
  "vendors.update": channel<VendorDetail>()(updateVendorSchema, "edit"),
  /** Marks the BAA signed on a date, with its next review, and attaches the signed copy, in one step. */
  "vendors.baa.recordSigned": channel<VendorDetail>()(recordSignedBaaSchema, "edit"),
  "vendors.files.attach": channel<VendorFile>()(attachVendorFileSchema, "edit"),
  "vendors.files.download": channel<VendorFileDownload>()(byVendorFileSchema, "read"),
  "vendors.files.remove": channel<null>()(byVendorFileSchema, "edit"),
  "vendors.questionnaire.save": channel<VendorDetail>()(saveQuestionnaireSchema, "edit"),
  /** PDFs for a vendor that needs a BAA: the letter asking for one, and a draft to sign. */
  "vendors.documents.requestLetter": channel<VendorDocument>()(byVendorSchema, "read"),
  "vendors.documents.baaDraft": channel<VendorDocument>()(byVendorSchema, "read"),
} as const;
