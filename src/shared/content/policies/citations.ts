import { findRequirement } from "../../catalog";

/** Paragraphs outside the Security Rule catalog that policies cite: the Breach Notification Rule and 164.306. */
const OTHER_CITATIONS: Record<string, string> = {
  "164.306(a)": "General requirements: protect the confidentiality, integrity and availability of ePHI",
  "164.306(d)(3)": "Addressable implementation specifications: implement, or document what is done instead and why",
  "164.402": "Breach Notification Rule: definitions, including breach and unsecured PHI",
  "164.404": "Breach Notification Rule: notice to individuals",
  "164.406": "Breach Notification Rule: notice to the media",
  "164.408": "Breach Notification Rule: notice to the Secretary of HHS",
  "164.410": "Breach Notification Rule: notice by a business associate",
  "164.412": "Breach Notification Rule: law enforcement delay",
  "164.414": "Breach Notification Rule: burden of proof",
  "164.504(e)": "Business associate contracts: what they must contain",
};

/** "164.308(a)(2)" becomes "45 CFR 164.308(a)(2), Assigned security responsibility". */
export function citationLabel(cfr: string): string {
  const requirement = findRequirement(cfr);
  if (requirement) {
    const name = requirement.specification ? `${requirement.standard}: ${requirement.specification}` : requirement.standard;
    return `45 CFR ${cfr}, ${name}`;
  }
  const other = OTHER_CITATIONS[cfr];
  return other ? `45 CFR ${cfr}, ${other}` : `45 CFR ${cfr}`;
}

/** Whether the app knows what a citation names; the template tests require every citation to be known. */
export function isKnownCitation(cfr: string): boolean {
  return findRequirement(cfr) !== undefined || cfr in OTHER_CITATIONS;
}
