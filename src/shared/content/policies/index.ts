import { accessControlPolicy } from "./accessControl";
import { activityReviewPolicy } from "./activityReview";
import { auditControlsPolicy } from "./auditControls";
import { authenticationPolicy } from "./authentication";
import { awarenessTrainingPolicy } from "./awarenessTraining";
import { breachNotificationPolicy } from "./breachNotification";
import { businessAssociatesPolicy } from "./businessAssociates";
import { contingencyPolicy } from "./contingency";
import { deviceMediaPolicy } from "./deviceMedia";
import { documentationPolicy } from "./documentation";
import { evaluationPolicy } from "./evaluation";
import { facilityAccessPolicy } from "./facilityAccess";
import { informationAccessPolicy } from "./informationAccess";
import { integrityPolicy } from "./integrity";
import { riskAnalysisPolicy } from "./riskAnalysis";
import { sanctionsPolicy } from "./sanctions";
import { securityIncidentsPolicy } from "./securityIncidents";
import { securityProgramPolicy } from "./securityProgram";
import type { PolicyTemplate } from "./types";
import { transmissionPolicy } from "./transmission";
import { workforceSecurityPolicy } from "./workforceSecurity";
import { workstationsPolicy } from "./workstations";

export * from "./types";
export { citationLabel, isKnownCitation } from "./citations";
export { parsePolicyText, policyHeadings, sectionsToText, type PolicyTextBlock } from "./format";

/** The practice's policy set, in the order of the Security Rule (administrative, physical, technical, documentation). */
export const POLICY_TEMPLATES: readonly PolicyTemplate[] = [
  securityProgramPolicy,
  riskAnalysisPolicy,
  sanctionsPolicy,
  activityReviewPolicy,
  workforceSecurityPolicy,
  informationAccessPolicy,
  awarenessTrainingPolicy,
  securityIncidentsPolicy,
  breachNotificationPolicy,
  contingencyPolicy,
  evaluationPolicy,
  businessAssociatesPolicy,
  facilityAccessPolicy,
  workstationsPolicy,
  deviceMediaPolicy,
  accessControlPolicy,
  auditControlsPolicy,
  integrityPolicy,
  authenticationPolicy,
  transmissionPolicy,
  documentationPolicy,
];

export function findPolicyTemplate(id: string): PolicyTemplate | undefined {
  return POLICY_TEMPLATES.find((template) => template.id === id);
}
export { policyCitations, renderPolicy } from "./compose";
