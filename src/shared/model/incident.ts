import { z } from "zod";
import {
  BREACH_EXCEPTIONS,
  findFactorOption,
  SAFE_HARBOR_ANSWERS,
  type BreachException,
  type BreachFactor,
  type BreachOutcome,
  type Finding,
  type SafeHarborAnswer,
} from "../rules/breachAssessment";
import { isCalendarDate } from "../rules/calendarDates";
import type { AssetKind } from "../risk/assetKinds";
import type { PersonRef } from "./assessment";
import { isJurisdictionCode } from "./jurisdictions";
import { recordIdSchema } from "./recordId";

/**
 * Security incidents (45 CFR 164.308(a)(6)) and, for those that touch protected health information,
 * the breach assessment and notices of the Breach Notification Rule (164.400 to 164.414).
 * Dates are calendar dates and times are wall-clock times, both where the practice is.
 */

/* ---------- Vocabularies ---------- */

export const INCIDENT_STATUSES = ["open", "contained", "recovered", "closed"] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];
export const INCIDENT_STATUS_LABELS: Record<IncidentStatus, string> = {
  open: "Open: being looked into",
  contained: "Contained",
  recovered: "Recovered",
  closed: "Closed",
};

/** The HHS breach portal's "type of breach". */
export const INCIDENT_CATEGORIES = ["hacking-it", "unauthorized-disclosure", "theft", "loss", "improper-disposal", "other"] as const;
export type IncidentCategory = (typeof INCIDENT_CATEGORIES)[number];
export const INCIDENT_CATEGORY_LABELS: Record<IncidentCategory, string> = {
  "hacking-it": "Hacking or IT incident (a virus, ransomware, a phishing e-mail)",
  "unauthorized-disclosure": "Unauthorized access or disclosure (a letter or e-mail to the wrong person)",
  theft: "Theft",
  loss: "Loss",
  "improper-disposal": "Improper disposal",
  other: "Something else",
};

/** The HHS breach portal's "location of breached information". */
export const INFORMATION_LOCATIONS = ["desktop", "laptop", "network-server", "email", "portable-device", "electronic-record", "paper-films", "other"] as const;
export type InformationLocation = (typeof INFORMATION_LOCATIONS)[number];
export const INFORMATION_LOCATION_LABELS: Record<InformationLocation, string> = {
  desktop: "Desktop computer",
  laptop: "Laptop",
  "network-server": "Network server",
  email: "E-mail",
  "portable-device": "Other portable device (phone, tablet, USB drive)",
  "electronic-record": "Electronic health record or practice software",
  "paper-films": "Paper or films",
  other: "Somewhere else",
};

export const PHI_INVOLVEMENT = ["none", "electronic", "paper", "electronic-and-paper", "unknown"] as const;
export type PhiInvolvement = (typeof PHI_INVOLVEMENT)[number];
export const PHI_INVOLVEMENT_LABELS: Record<PhiInvolvement, string> = {
  none: "No patient information was involved",
  electronic: "Electronic patient information (ePHI)",
  paper: "Patient information on paper, film or spoken",
  "electronic-and-paper": "Both electronic and on paper",
  unknown: "Not known yet",
};

/** The kinds of information 164.404(c)(1)(B) names, and a few more a dental office holds. */
export const INFORMATION_TYPES = [
  "full-name",
  "ssn",
  "date-of-birth",
  "home-address",
  "contact-details",
  "account-number",
  "insurance",
  "financial",
  "drivers-license",
  "diagnosis",
  "disability-code",
  "treatment",
  "images",
] as const;
export type InformationType = (typeof INFORMATION_TYPES)[number];
export const INFORMATION_TYPE_LABELS: Record<InformationType, string> = {
  "full-name": "Full names",
  ssn: "Social Security numbers",
  "date-of-birth": "Dates of birth",
  "home-address": "Home addresses",
  "contact-details": "Phone numbers or e-mail addresses",
  "account-number": "Patient account or chart numbers",
  insurance: "Health insurance information",
  financial: "Bank account or payment card numbers",
  "drivers-license": "Driver's license numbers",
  diagnosis: "Diagnoses or health conditions",
  "disability-code": "Disability codes",
  treatment: "Treatment information (procedures, medications, notes)",
  images: "X-rays, photos or scans",
};

/** The HHS breach portal groups the types as clinical, demographic, financial and other. */
export const PORTAL_INFORMATION_GROUP: Record<InformationType, "Demographic" | "Financial" | "Clinical"> = {
  "full-name": "Demographic",
  ssn: "Demographic",
  "date-of-birth": "Demographic",
  "home-address": "Demographic",
  "contact-details": "Demographic",
  "drivers-license": "Demographic",
  "account-number": "Financial",
  insurance: "Financial",
  financial: "Financial",
  diagnosis: "Clinical",
  "disability-code": "Clinical",
  treatment: "Clinical",
  images: "Clinical",
};

export const RESPONSE_PHASES = ["triage", "containment", "recovery"] as const;
export type ResponsePhase = (typeof RESPONSE_PHASES)[number];
export const RESPONSE_PHASE_LABELS: Record<ResponsePhase, string> = {
  triage: "Triage: finding out what happened",
  containment: "Containment: stopping the harm",
  recovery: "Recovery: back to normal",
};

export const NOTICE_RECIPIENTS = ["individuals", "hhs", "media", "covered-entity", "state-attorney-general"] as const;
export type NoticeRecipient = (typeof NOTICE_RECIPIENTS)[number];
export const NOTICE_RECIPIENT_LABELS: Record<NoticeRecipient, string> = {
  individuals: "The affected individuals",
  hhs: "The Secretary of HHS",
  media: "The media",
  "covered-entity": "The covered entity",
  "state-attorney-general": "A State Attorney General",
};

export const NOTICE_METHODS = [
  "first-class-mail",
  "email",
  "telephone",
  "substitute-website",
  "substitute-media",
  "hhs-breach-portal",
  "press-release",
  "in-person",
  "other",
] as const;
export type NoticeMethod = (typeof NOTICE_METHODS)[number];
export const NOTICE_METHOD_LABELS: Record<NoticeMethod, string> = {
  "first-class-mail": "First-class mail",
  email: "E-mail (the person agreed to e-mail notice)",
  telephone: "Telephone (in addition to written notice, in an urgent case)",
  "substitute-website": "Substitute notice on the practice's web site",
  "substitute-media": "Substitute notice in major print or broadcast media",
  "hhs-breach-portal": "HHS breach portal",
  "press-release": "Press release to media outlets",
  "in-person": "In person",
  other: "Another way",
};

/* ---------- Inputs: one schema per channel, checked in the main process ---------- */

export const incidentIdSchema = recordIdSchema("incident");
const text = (label: string, max: number) => z.string().trim().max(max, `${label} can be at most ${max.toLocaleString("en-US")} characters.`);
const requiredText = (label: string, max: number) => text(label, max).min(1, `${label} is required.`);
const calendarDate = (message = "Use a real date like 2026-01-31.") => z.string({ message }).refine(isCalendarDate, message);
const wallClockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use a time like 14:30.")
  .nullable()
  .default(null);
const uniqueList = <T extends string>(values: readonly [T, ...T[]], message: string, max: number) =>
  z
    .array(z.enum(values, { message }))
    .max(max)
    .default([])
    .transform((list) => [...new Set(list)]);

export const residentsSchema = z
  .array(
    z.object({
      state: z.string().trim().toUpperCase().refine((code): boolean => isJurisdictionCode(code), "Choose a State or jurisdiction."),
      count: z.number({ message: "Enter how many people live there." }).int("Enter a whole number.").min(1, "Enter at least 1.").max(100_000_000),
    }),
  )
  .max(60)
  .default([]);

/** The incident's fields, without the checks that compare one field with another (see incidentInputSchema). */
export const incidentFieldsSchema = z.object({
  title: requiredText("A short title", 200),
  occurredOn: calendarDate().nullable().default(null),
  occurredTime: wallClockTime,
  discoveredOn: calendarDate("Enter the date the incident was discovered, like 2026-01-31."),
  discoveredTime: wallClockTime,
  reportedBy: requiredText("Who reported it", 200),
  description: requiredText("What happened", 10_000),
  category: z.enum(INCIDENT_CATEGORIES, { message: "Choose what kind of incident it was." }),
  /** Assets of the risk analysis (src/main/risk). */
  assetIds: z
    .array(recordIdSchema("asset"))
    .max(100)
    .default([])
    .transform((ids) => [...new Set(ids)]),
  otherSystems: text("Other systems", 1_000).default(""),
  locations: uniqueList(INFORMATION_LOCATIONS, "That is not one of the listed places.", INFORMATION_LOCATIONS.length),
  phi: z.enum(PHI_INVOLVEMENT, { message: "Say whether patient information was involved." }),
  informationTypes: uniqueList(INFORMATION_TYPES, "That is not one of the listed kinds of information.", INFORMATION_TYPES.length),
  otherInformation: text("Other kinds of information", 500).default(""),
  individualsAffected: z
    .number({ message: "Enter a number of people, or leave it empty if not known yet." })
    .int("Enter a whole number.")
    .min(0, "The number of people can't be negative.")
    .max(100_000_000, "That is more people than this app is built for.")
    .nullable()
    .default(null),
  residents: residentsSchema,
  /** The practice holds this information as someone else's business associate (164.410). */
  businessAssociate: z.boolean().default(false),
  coveredEntityName: text("The covered entity's name", 200).default(""),
});

type IncidentFields = z.output<typeof incidentFieldsSchema>;

/** The checks across fields, shared with the renderer's form (which types numbers as text). */
export function checkIncidentFields(
  incident: Pick<IncidentFields, "occurredOn" | "discoveredOn" | "individualsAffected" | "residents" | "businessAssociate" | "coveredEntityName">,
  context: z.RefinementCtx,
): void {
  if (incident.occurredOn && isCalendarDate(incident.occurredOn) && incident.discoveredOn && incident.occurredOn > incident.discoveredOn) {
    context.addIssue({ code: "custom", message: "It can't have been discovered before it happened.", path: ["discoveredOn"] });
  }
  const seen = new Set<string>();
  incident.residents.forEach((row, index) => {
    if (seen.has(row.state)) context.addIssue({ code: "custom", message: "This State is listed twice.", path: ["residents", index, "state"] });
    seen.add(row.state);
  });
  const total = incident.residents.reduce((sum, row) => sum + row.count, 0);
  if (incident.individualsAffected !== null && total > incident.individualsAffected) {
    context.addIssue({
      code: "custom",
      message: `The States add up to ${total.toLocaleString("en-US")}, more than the ${incident.individualsAffected.toLocaleString("en-US")} people affected.`,
      path: ["individualsAffected"],
    });
  }
  if (incident.businessAssociate && incident.coveredEntityName.trim() === "") {
    context.addIssue({ code: "custom", message: "Name the covered entity whose information it is.", path: ["coveredEntityName"] });
  }
}

export const incidentInputSchema = incidentFieldsSchema.superRefine(checkIncidentFields);
export type IncidentInput = z.output<typeof incidentInputSchema>;

export const byIncidentSchema = z.object({ id: incidentIdSchema });
export const createIncidentSchema = z.object({ incident: incidentInputSchema });
export const updateIncidentSchema = z.object({ id: incidentIdSchema, incident: incidentInputSchema });

export const setIncidentStatusSchema = z.object({
  id: incidentIdSchema,
  status: z.enum(INCIDENT_STATUSES, { message: "Choose a status." }),
  note: text("The note", 2_000).default(""),
});

export const responseStepInputSchema = z.object({
  phase: z.enum(RESPONSE_PHASES, { message: "Choose triage, containment or recovery." }),
  action: requiredText("What was done", 2_000),
  doneBy: requiredText("Who did it", 200),
  doneOn: calendarDate("Enter the date it was done, like 2026-01-31."),
  doneTime: wallClockTime,
});
export type ResponseStepInput = z.output<typeof responseStepInputSchema>;

export const addResponseStepSchema = z.object({ incidentId: incidentIdSchema, step: responseStepInputSchema });
export const updateResponseStepSchema = z.object({ id: recordIdSchema("step"), step: responseStepInputSchema });

export const openRiskReviewSchema = z.object({ id: incidentIdSchema });

const notes = (label: string) => text(label, 4_000).default("");

export const breachAssessmentInputSchema = z.object({
  exception: z.enum(BREACH_EXCEPTIONS, { message: "Choose one of the answers." }).nullable().default(null),
  exceptionNotes: notes("The explanation"),
  safeHarbor: z.enum(SAFE_HARBOR_ANSWERS, { message: "Choose one of the answers." }).nullable().default(null),
  safeHarborNotes: notes("The explanation"),
  /** Question id → option id, from FACTOR_INFO. */
  factorAnswers: z
    .record(z.string().max(40), z.string().max(20))
    .default({})
    .superRefine((answers, context) => {
      for (const [question, option] of Object.entries(answers)) {
        if (!findFactorOption(question, option)) context.addIssue({ code: "custom", message: "That is not one of the answers to this question.", path: [question] });
      }
    }),
  factorNotes: z
    .object({ nature: notes("The notes"), recipient: notes("The notes"), acquired: notes("The notes"), mitigation: notes("The notes") })
    .default({ nature: "", recipient: "", acquired: "", mitigation: "" }),
  /** The conclusion's reasoning in the practice's own words. */
  summary: text("The reasoning", 6_000).default(""),
});
export type BreachAssessmentInput = z.output<typeof breachAssessmentInputSchema>;

export const saveBreachAssessmentSchema = z.object({ incidentId: incidentIdSchema, assessment: breachAssessmentInputSchema });
export const signOffAssessmentSchema = z.object({ incidentId: incidentIdSchema });
export const withdrawSignOffSchema = z.object({ incidentId: incidentIdSchema, reason: requiredText("The reason", 2_000) });

export const breachLetterInputSchema = z
  .object({
    salutation: requiredText("The greeting", 120),
    whatHappened: requiredText("What happened", 6_000),
    informationInvolved: requiredText("What information was involved", 4_000),
    whatYouCanDo: requiredText("What patients can do", 6_000),
    whatWeAreDoing: requiredText("What the practice is doing", 6_000),
    contactPhone: text("The toll-free number", 40).default(""),
    contactEmail: z.union([z.literal(""), z.string().trim().max(200).email("Enter an e-mail address like office@example.com.")]).default(""),
    contactWebsite: text("The web site", 200).default(""),
    contactAddress: text("The postal address", 500).default(""),
    signerName: requiredText("The name of the person signing", 200),
    signerTitle: text("The title", 200).default(""),
  })
  .refine((letter) => [letter.contactPhone, letter.contactEmail, letter.contactWebsite, letter.contactAddress].some((value) => value.trim() !== ""), {
    message: "Give patients at least one way to reach the practice: a toll-free number, an e-mail address, a web site or a postal address (45 CFR 164.404(c)(1)(E)).",
    path: ["contactPhone"],
  });
export type BreachLetterInput = z.output<typeof breachLetterInputSchema>;

export const saveBreachLetterSchema = z.object({ incidentId: incidentIdSchema, letter: breachLetterInputSchema });
export const byIncidentIdSchema = z.object({ incidentId: incidentIdSchema });

export const noticeInputSchema = z.object({
  recipient: z.enum(NOTICE_RECIPIENTS, { message: "Choose who was told." }),
  sentOn: calendarDate("Enter the date the notice was sent, like 2026-01-31."),
  method: z.enum(NOTICE_METHODS, { message: "Choose how it was sent." }),
  sentTo: requiredText("To whom", 300),
  recipientsCount: z.number({ message: "Enter a number of people." }).int("Enter a whole number.").min(0).max(100_000_000).nullable().default(null),
  notes: text("Notes", 2_000).default(""),
});
export type NoticeInput = z.output<typeof noticeInputSchema>;

export const addNoticeSchema = z.object({ incidentId: incidentIdSchema, notice: noticeInputSchema });

export const smallBreachYearSchema = z.object({
  year: z.number({ message: "Enter a year, like 2026." }).int("Enter a whole year.").min(2009, "The Breach Notification Rule began in 2009.").max(2100),
});

/* ---------- Outputs ---------- */

/** Where the breach question stands for an incident. */
export type BreachState = "not-applicable" | "to-assess" | "assessing" | "not-a-breach" | "breach";

export interface IncidentAssetRef {
  id: string;
  name: string;
  kind: AssetKind;
  analysisYear: number;
  retired: boolean;
}

export interface IncidentView {
  id: string;
  /** 1, 2, 3 ... in the order recorded: "Incident 3". */
  number: number;
  title: string;
  occurredOn: string | null;
  occurredTime: string | null;
  discoveredOn: string;
  discoveredTime: string | null;
  reportedBy: string;
  description: string;
  category: IncidentCategory;
  assets: IncidentAssetRef[];
  otherSystems: string;
  locations: InformationLocation[];
  phi: PhiInvolvement;
  informationTypes: InformationType[];
  otherInformation: string;
  individualsAffected: number | null;
  residents: { state: string; count: number }[];
  businessAssociate: boolean;
  coveredEntityName: string;
  status: IncidentStatus;
  closed: { by: PersonRef; at: string; note: string } | null;
  /** The review of the risk analysis this incident asked for (src/main/risk/reviewService.ts). */
  riskReview: { triggerId: string; recordedAt: string; resolvedByYear: number | null } | null;
  createdBy: PersonRef;
  createdAt: string;
  updatedBy: PersonRef;
  updatedAt: string;
}

export interface ResponseStepView {
  id: string;
  incidentId: string;
  phase: ResponsePhase;
  action: string;
  doneBy: string;
  doneOn: string;
  doneTime: string | null;
  recordedBy: PersonRef;
  recordedAt: string;
}

export interface BreachAssessmentView extends BreachAssessmentInput {
  outcome: BreachOutcome;
  findings: Record<BreachFactor, Finding | null>;
  /** What must still be written or answered before an Administrator can sign off. */
  missingForSignOff: string[];
  signedOff: { by: PersonRef; at: string } | null;
  updatedBy: PersonRef | null;
  updatedAt: string | null;
}

export type DeadlineRecipient = "individuals" | "hhs" | "media" | "covered-entity";

export interface DeadlineItem {
  recipient: DeadlineRecipient;
  label: string;
  cite: string;
  /** The latest permitted calendar date, "YYYY-MM-DD", in the practice's time zone. */
  dueDate: string;
  /** Whole days from today to the due date; negative once it has passed. */
  daysLeft: number;
  /** A notice to this recipient is in the notice log. */
  sent: boolean;
  overdue: boolean;
  explanation: string;
}

export interface IncidentDeadlines {
  /** False when no notice is owed (not a breach, or no patient information). */
  applies: boolean;
  /** True while the assessment is not finished: a breach is presumed until shown otherwise (164.414(b)). */
  presumed: boolean;
  items: DeadlineItem[];
  notes: string[];
}

export interface NoticeView extends NoticeInput {
  id: string;
  incidentId: string;
  recordedBy: PersonRef;
  recordedAt: string;
}

export interface ChecklistItem {
  label: string;
  /** What the incident records, or null where the practice must still find it out. */
  value: string | null;
  hint: string;
}

export interface ChecklistSection {
  title: string;
  items: ChecklistItem[];
}

export interface PortalChecklist {
  intro: string;
  /** When the portal report is due, or null when none is owed. */
  dueDate: string | null;
  sections: ChecklistSection[];
}

export interface IncidentDetail {
  incident: IncidentView;
  steps: ResponseStepView[];
  /** Null when no patient information was involved: no breach assessment is needed. */
  assessment: BreachAssessmentView | null;
  breachState: BreachState;
  deadlines: IncidentDeadlines;
  notices: NoticeView[];
  portalChecklist: PortalChecklist;
  /** Why the incident can't be closed yet; empty when it can. */
  closeBlockers: string[];
  letterSaved: { by: PersonRef; at: string } | null;
}

export interface IncidentSummary {
  id: string;
  number: number;
  title: string;
  status: IncidentStatus;
  category: IncidentCategory;
  discoveredOn: string;
  phi: PhiInvolvement;
  individualsAffected: number | null;
  breachState: BreachState;
  /** The soonest deadline whose notice is not yet logged. */
  nextDeadline: Pick<DeadlineItem, "recipient" | "label" | "dueDate" | "daysLeft" | "overdue"> | null;
}

/** One deadline still to meet, for the dashboard: listOpenIncidentDeadlines (src/main/incidents). */
export interface OpenIncidentDeadline {
  incidentId: string;
  incidentNumber: number;
  incidentTitle: string;
  recipient: DeadlineRecipient;
  label: string;
  dueDate: string;
  daysLeft: number;
  overdue: boolean;
  presumed: boolean;
}

export interface BreachLetter extends BreachLetterInput {
  /** Null for a draft made from the incident that has not been saved yet. */
  saved: { by: PersonRef; at: string } | null;
  /** Elements of 164.404(c)(1) the letter may still lack, in plain words. */
  warnings: string[];
}

export interface BreachLetterPdf {
  fileName: string;
  pdfBase64: string;
}

export interface IncidentAssetChoices {
  /** The year of the risk analysis the assets come from, or null when there is none yet. */
  analysisYear: number | null;
  assets: { id: string; name: string; kind: AssetKind }[];
}

export interface SmallBreachEntry {
  incidentId: string;
  number: number;
  title: string;
  occurredOn: string | null;
  discoveredOn: string;
  individualsAffected: number | null;
  category: IncidentCategory;
  individualsNotifiedOn: string | null;
  reportedToHhsOn: string | null;
}

export interface SmallBreachLog {
  year: number;
  /** 60 days after the end of the year (45 CFR 164.408(c)). */
  dueDate: string;
  daysLeft: number;
  entries: SmallBreachEntry[];
  /** Entries not yet reported to HHS. */
  unreported: number;
}

export type { BreachException, SafeHarborAnswer, BreachOutcome, BreachFactor, Finding };
