import { REPORT_KINDS, REPORT_TITLES, type ReportKind, type ReportKindInfo } from "../../../shared/model/reports";
import { accountsReport } from "./accountsReport";
import { auditLogReport } from "./auditLogReport";
import { gapAssessmentReport } from "./gapAssessmentReport";
import { remediationPlanReport } from "./remediationPlanReport";
import { riskAnalysisReport } from "./riskAnalysisReport";
import type { PlannedDocument, ReportDocument } from "./types";

/**
 * Every kind of document, mapped to how it is made. To add one: write a `ReportDocument` (collect in
 * the main process, layout in the worker) in this folder and put it here in place of its plan.
 */
export const DOCUMENTS: Record<ReportKind, ReportDocument<never> | PlannedDocument> = {
  "audit-log": auditLogReport as ReportDocument<never>,
  accounts: accountsReport as ReportDocument<never>,
  "annual-risk-analysis": riskAnalysisReport as ReportDocument<never>,
  "gap-assessment": gapAssessmentReport as ReportDocument<never>,
  "remediation-plan": remediationPlanReport as ReportDocument<never>,
  vendors: {
    kind: "vendors",
    description: "Business associates and their agreements (45 CFR 164.308(b), 164.314(a)).",
    waitsFor: "the vendor and business associate records, which the app does not hold yet",
  },
  training: {
    kind: "training",
    description: "Security awareness training: who was trained, on what, and when (45 CFR 164.308(a)(5)).",
    waitsFor: "the training records, which the app does not hold yet",
  },
  incidents: {
    kind: "incidents",
    description: "Security incidents and how each was handled (45 CFR 164.308(a)(6)).",
    waitsFor: "the incident records, which the app does not hold yet",
  },
  policies: {
    kind: "policies",
    description: "The practice's security policies and procedures, with their review dates (45 CFR 164.316).",
    waitsFor: "the policy documents, which the app does not hold yet",
  },
  binder: {
    kind: "binder",
    description: "Every report above in one document, for an auditor.",
    waitsFor: "the other reports it gathers, most of which cannot be made yet",
  },
};

export function isAvailable(document: ReportDocument<never> | PlannedDocument): document is ReportDocument<never> {
  return "collect" in document;
}

/** The document that makes this kind, or null while its records do not exist yet. */
export function availableDocument(kind: ReportKind): ReportDocument<unknown> | null {
  const document = DOCUMENTS[kind];
  return isAvailable(document) ? (document as ReportDocument<unknown>) : null;
}

/** The honest reason a kind cannot be made yet, or null if it can. */
export function unavailableReason(kind: ReportKind): string | null {
  const document = DOCUMENTS[kind];
  return isAvailable(document) ? null : `The ${REPORT_TITLES[kind]} is not available yet: it needs ${document.waitsFor}.`;
}

export function reportKinds(): ReportKindInfo[] {
  return REPORT_KINDS.map((kind) => ({
    kind,
    title: REPORT_TITLES[kind],
    description: DOCUMENTS[kind].description,
    available: isAvailable(DOCUMENTS[kind]),
    unavailableReason: unavailableReason(kind),
  }));
}
