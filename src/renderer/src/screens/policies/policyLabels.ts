import type { PolicyStatus, PolicyVersionStatus, PolicyVersionView } from "../../../../shared/model/policy";
import { formatDay } from "../../../../shared/time/zonedTime";

export const STATUS_TEXT: Record<PolicyStatus, string> = {
  draft: "Draft",
  "in-effect": "In effect",
  "review-due": "Review due",
};

export const VERSION_STATUS_TEXT: Record<PolicyVersionStatus, string> = {
  draft: "Draft, waiting for approval",
  "in-effect": "In effect",
  superseded: "Superseded",
  withdrawn: "Replaced before approval",
};

/** How long a version is kept, in words (45 CFR 164.316(b)(2)(i)). */
export function retentionText(version: PolicyVersionView): string {
  const until = version.retainUntil ? formatDay(version.retainUntil) : "";
  switch (version.status) {
    case "in-effect":
      return "While in effect, then six more years";
    case "draft":
      return `At least until ${until}`;
    case "superseded":
      return `Until ${until}: six years after it was last in effect`;
    case "withdrawn":
      return `Until ${until}: six years after it was written`;
  }
}

/** "164.308(a)(1)(ii)(A), 164.308(a)(1)(ii)(B)" for the list; the policy itself names each one in full. */
export function shortCitations(cfr: readonly string[]): string {
  return cfr.join(", ");
}
