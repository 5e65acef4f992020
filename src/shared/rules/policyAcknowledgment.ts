import { formatDay } from "../time/zonedTime";

/**
 * Acknowledging a policy on the shared front-desk computer: the person types their own name, and the
 * record keeps the exact words they agreed to, the same way as a training acknowledgment.
 */

/** Names compare without regard to capitals or extra spaces, as training acknowledgments do: "  maria  LOPEZ " is "Maria Lopez". */
export function personNameKey(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}

export interface AcknowledgedVersion {
  practiceName: string;
  policyTitle: string;
  versionNumber: number;
  /** The date the version took effect, YYYY-MM-DD. */
  effectiveFrom: string;
}

/** The words the person agrees to; stored with the acknowledgment exactly as shown. */
export function acknowledgmentStatement(name: string, version: AcknowledgedVersion): string {
  return `I, ${name.trim().replace(/\s+/g, " ")}, have read the ${version.practiceName} policy “${version.policyTitle}” (version ${version.versionNumber}, in effect since ${formatDay(version.effectiveFrom)}). I understand it and will follow it. I know that breaking it can lead to sanctions under the practice's sanctions policy, and that I should ask the Security Official if anything in it is unclear.`;
}
