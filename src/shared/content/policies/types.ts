import type { PracticeProfile } from "../../model/practice";

export type PracticeKind = PracticeProfile["kind"];

/**
 * Where the practice keeps its off-site backup copy, as far as the app knows: an online service
 * (named when the risk analysis inventory names it), a drive taken off site, or not known yet.
 */
export type OffsiteBackup = { kind: "online"; vendor: string | null } | { kind: "drive" } | { kind: "either" };

/**
 * Everything a policy template may use, already decided: the practice profile and the facts from the
 * assessment answers, with a default filled in wherever an answer is missing (see policyTailoring.ts).
 */
export interface PolicyContext {
  practiceName: string;
  practiceKind: PracticeKind;
  securityOfficial: string;
  workforceCount: number;
  /** 45 CFR 164.314(b): the practice sponsors a group health plan. */
  sponsorsGroupHealthPlan: boolean;
  /** 45 CFR 164.308(a)(4)(ii)(A): the practice is part of a health care clearinghouse. */
  isPartOfClearinghouse: boolean;
  /** Laptops or tablets hold or reach patient information. */
  portableComputers: boolean;
  /** Phones or tablets reach patient information (including practice e-mail). */
  mobileDevices: boolean;
  /** USB drives, backup drives or discs hold patient information. */
  removableMedia: boolean;
  /** Staff or vendors connect to the practice's systems from outside the office. */
  remoteAccess: boolean;
  /** Patient information is sometimes sent by e-mail outside the practice. */
  emailsPatientInfo: boolean;
  /** A server or other central computer with patient information is in the office. */
  onSiteServer: boolean;
  offsiteBackup: OffsiteBackup;
}

/**
 * A paragraph (a string), a bulleted list (an array), or nothing (left out for this practice). A list
 * item that is null or false is left out too.
 */
export type PolicyBlock = string | readonly (string | null | false)[] | null | false;

export interface PolicySection {
  heading: string;
  blocks: readonly PolicyBlock[];
}

/** The facts a template's wording depends on; a missing answer for one of them earns the editor a note. */
export type TailoredFact = "portableComputers" | "mobileDevices" | "removableMedia" | "remoteAccess" | "emailsPatientInfo" | "onSiteServer" | "offsiteBackup";

export interface PolicyTemplate {
  /** Stable; stored with each generated policy. */
  readonly id: string;
  readonly title: string;
  /** One sentence on what the policy is for, shown in the list. */
  readonly summary: string;
  /** The paragraphs of 45 CFR the policy carries out, always; more may apply to some practices. */
  readonly cfr: readonly string[];
  /** Paragraphs cited only when the practice's profile makes them apply. */
  readonly conditionalCfr?: (context: PolicyContext) => readonly string[];
  readonly usesFacts: readonly TailoredFact[];
  /** The policy's sections for this practice; pure, the same context always gives the same text. */
  render(context: PolicyContext): readonly (PolicySection | null | false)[];
}
