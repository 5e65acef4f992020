import { REPORT_KINDS, REPORT_TITLES, type ReportKind, type ReportKindInfo } from "../../../shared/model/reports";
import { accountsReport } from "./accountsReport";
import { auditLogReport } from "./auditLogReport";
import { binderReport } from "./binderReport";
import { gapAssessmentReport } from "./gapAssessmentReport";
import { incidentsReport } from "./incidentsReport";
import { policiesReport } from "./policiesReport";
import { remediationPlanReport } from "./remediationPlanReport";
import { riskAnalysisReport } from "./riskAnalysisReport";
import { trainingReport } from "./trainingReport";
import { vendorsReport } from "./vendorsReport";
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
  vendors: vendorsReport as ReportDocument<never>,
  training: trainingReport as ReportDocument<never>,
  incidents: incidentsReport as ReportDocument<never>,
  policies: policiesReport as ReportDocument<never>,
  binder: binderReport as ReportDocument<never>,
};

export function isAvailable(document: ReportDocument<never> | PlannedDocument): document is ReportDocument<never> {
  return "collect" in document;
}

/** The document that makes this kind, or null while its records do not exist yet (or for a kind that is not one). */
export function availableDocument(kind: ReportKind): ReportDocument<unknown> | null {
  const document = DOCUMENTS[kind] as (typeof DOCUMENTS)[ReportKind] | undefined;
  return document && isAvailable(document) ? (document as ReportDocument<unknown>) : null;
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
