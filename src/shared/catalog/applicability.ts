import type { Applicability, ApplicabilityProfile, Requirement } from "./types";

/**
 * Whether a requirement applies to a practice with this profile. Only the catalog's own rules make
 * a requirement not applicable here: 164.314(b) for a practice that sponsors no group health plan,
 * and 164.308(a)(4)(ii)(A) for a practice that is not part of a health care clearinghouse. Any other
 * "not applicable" is the user's decision, recorded with their reason elsewhere.
 */
export function applicabilityFor(requirement: Pick<Requirement, "applicability">, profile: ApplicabilityProfile): Applicability {
  const rule = requirement.applicability;
  if (rule === undefined || profile[rule.appliesOnlyIf]) return { applies: true };
  return { applies: false, reason: rule.reasonIfNot };
}
