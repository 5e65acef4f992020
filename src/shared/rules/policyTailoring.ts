import { policyCitations, POLICY_TEMPLATES, renderPolicy, type OffsiteBackup, type PolicyContext, type PolicyTemplate, type TailoredFact } from "../content/policies";
import type { PracticeProfile } from "../model/practice";
import type { PolicyFacts } from "./policyFacts";

/**
 * Turns the practice profile and the facts from the assessment into the context the policy templates
 * read. Where a fact is unknown, the default is the choice that keeps the safeguard in the policy (a
 * practice that may have laptops gets the laptop rules), and the editor gets a note saying so. The
 * notes are shown beside the draft, never written into the policy's text.
 */

/** The defaults used when nothing says yet: keep the rule in, since a rule too many is easier to delete than to miss. */
const DEFAULTS: Omit<Record<TailoredFact, boolean>, "offsiteBackup"> & { offsiteBackup: OffsiteBackup } = {
  portableComputers: true,
  mobileDevices: true,
  removableMedia: true,
  remoteAccess: true,
  emailsPatientInfo: true,
  onSiteServer: true,
  offsiteBackup: { kind: "either" },
};

const RESTART = "answer it in the assessment and choose “Start a new draft from the template”, or edit the text yourself";

/** What the editor is told when a fact had no answer and the default was used. */
export const DEFAULT_NOTES: Record<TailoredFact, string> = {
  portableComputers: `The assessment doesn't say yet whether the practice uses laptops or tablets with patient information (the question on securing laptops and tablets, 164.310(c)). This draft assumes it does and includes the rules for them, such as full-disk encryption. If it doesn't, ${RESTART}.`,
  mobileDevices: `The assessment doesn't say yet whether phones or tablets reach patient information (the question on encrypting phones and tablets, 164.312(a)(2)(iv)). This draft assumes they do and includes the rules for them. If not, ${RESTART}.`,
  removableMedia: `The assessment doesn't say yet whether patient information goes on USB drives, backup drives or other portable media (164.312(a)(2)(iv)). This draft assumes it does and requires them to be encrypted. If not, ${RESTART}.`,
  remoteAccess: `The assessment doesn't say yet whether anyone connects to the practice's systems from outside the office (164.312(a)(1) and 164.312(e)(2)(ii)). This draft assumes someone does and includes the rules for remote access. If no one does, ${RESTART}.`,
  emailsPatientInfo: `The assessment doesn't say yet whether patient information is ever e-mailed outside the practice (164.312(e)(2)(ii)). This draft assumes it is and requires encrypted e-mail. If it never is, ${RESTART}.`,
  onSiteServer: `The assessment doesn't say yet whether there is a server in the office (the question on the server and network equipment, 164.310(a)(2)(ii)). This draft assumes there is. If all your software is in the cloud, ${RESTART}.`,
  offsiteBackup:
    "Safeguard Desk doesn't know yet where the off-site backup copy is kept, so this draft describes both an online backup service and a backup drive taken off site. Add the online backup service (with the vendor's name) or the backup drive to the risk analysis inventory and choose “Start a new draft from the template”, or edit the text yourself.",
};

export const UNNAMED_BACKUP_NOTE =
  "The risk analysis inventory lists an online backup service without the vendor's name, so this draft doesn't name it. Enter the vendor's name on that asset and choose “Start a new draft from the template”, or add the name to the text yourself.";

export interface Tailoring {
  context: PolicyContext;
  /** The facts for which a default was used. */
  defaulted: TailoredFact[];
  /** Editor notes per fact: a default was used, or a detail (the backup vendor's name) is missing. */
  notes: Partial<Record<TailoredFact, string>>;
}

export function tailorPolicies(profile: PracticeProfile, facts: PolicyFacts): Tailoring {
  const defaulted: TailoredFact[] = [];
  const notes: Partial<Record<TailoredFact, string>> = {};
  const pick = <F extends TailoredFact>(fact: F): (typeof DEFAULTS)[F] => {
    const known = facts[fact];
    if (known !== null) return known as (typeof DEFAULTS)[F];
    defaulted.push(fact);
    notes[fact] = DEFAULT_NOTES[fact];
    return DEFAULTS[fact];
  };
  const context: PolicyContext = {
    practiceName: profile.name,
    practiceKind: profile.kind,
    securityOfficial: profile.securityOfficial,
    workforceCount: profile.workforceCount,
    sponsorsGroupHealthPlan: profile.sponsorsGroupHealthPlan,
    isPartOfClearinghouse: profile.isPartOfClearinghouse,
    portableComputers: pick("portableComputers"),
    mobileDevices: pick("mobileDevices"),
    removableMedia: pick("removableMedia"),
    remoteAccess: pick("remoteAccess"),
    emailsPatientInfo: pick("emailsPatientInfo"),
    onSiteServer: pick("onSiteServer"),
    offsiteBackup: pick("offsiteBackup"),
  };
  if (context.offsiteBackup.kind === "online" && context.offsiteBackup.vendor === null) notes.offsiteBackup = UNNAMED_BACKUP_NOTE;
  return { context, defaulted, notes };
}

/** One policy as generated for this practice: its text and what the editor should check. */
export interface PolicyDraft {
  templateId: string;
  title: string;
  summary: string;
  cfr: string[];
  body: string;
  editorNotes: string[];
}

export function draftPolicy(template: PolicyTemplate, tailoring: Tailoring): PolicyDraft {
  return {
    templateId: template.id,
    title: template.title,
    summary: template.summary,
    cfr: policyCitations(template, tailoring.context),
    body: renderPolicy(template, tailoring.context),
    editorNotes: template.usesFacts.flatMap((fact) => {
      const note = tailoring.notes[fact];
      return note ? [note] : [];
    }),
  };
}

/** The whole policy set for a practice, in order. */
export function draftPolicySet(profile: PracticeProfile, facts: PolicyFacts): PolicyDraft[] {
  const tailoring = tailorPolicies(profile, facts);
  return POLICY_TEMPLATES.map((template) => draftPolicy(template, tailoring));
}
