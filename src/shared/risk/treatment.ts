import { needsApprovalToAccept, type RiskLevel } from "./riskMatrix";

/**
 * What the practice decides to do about each risk: the start of risk management
 * (45 CFR 164.308(a)(1)(ii)(B)), which must bring risks down to "a reasonable and appropriate level".
 */
export const TREATMENTS = ["mitigate", "accept", "transfer", "avoid"] as const;
export type Treatment = (typeof TREATMENTS)[number];

export const TREATMENT_LABELS: Record<Treatment, string> = { mitigate: "Reduce it", accept: "Accept it", transfer: "Transfer it", avoid: "Avoid it" };

export const TREATMENT_DESCRIPTIONS: Record<Treatment, string> = {
  mitigate: "Add or improve safeguards. Each step goes into the remediation plan with an owner and a due date.",
  accept: "Live with the risk as it is, with a reason. A high or critical risk needs an Administrator's approval.",
  transfer: "Hand the risk to someone else, for example cyber insurance or a vendor under a business associate agreement.",
  avoid: "Stop doing the thing that creates the risk, for example stop e-mailing x-rays or retire the old computer.",
};

/** Where a risk's treatment stands; the register filters on it. */
export const TREATMENT_STATUSES = ["not-decided", "pending-approval", "accepted", "needs-step", "mitigating", "mitigated", "transferred", "avoided"] as const;
export type TreatmentStatus = (typeof TREATMENT_STATUSES)[number];

export const TREATMENT_STATUS_LABELS: Record<TreatmentStatus, string> = {
  "not-decided": "Not decided",
  "pending-approval": "Accepted, waiting for an Administrator's approval",
  accepted: "Accepted",
  "needs-step": "To reduce, no step planned yet",
  mitigating: "Being reduced",
  mitigated: "Reduced: every step done",
  transferred: "Transferred",
  avoided: "Avoided",
};

export interface TreatmentFacts {
  treatment: Treatment | null;
  residualLevel: RiskLevel | null;
  acceptanceApproved: boolean;
  /** The statuses of the pair's mitigation steps in the remediation plan. */
  stepStatuses: readonly string[];
}

export function treatmentStatus(facts: TreatmentFacts): TreatmentStatus {
  switch (facts.treatment) {
    case null:
      return "not-decided";
    case "accept":
      return needsApprovalToAccept(facts.residualLevel) && !facts.acceptanceApproved ? "pending-approval" : "accepted";
    case "mitigate":
      if (facts.stepStatuses.length === 0) return "needs-step";
      return facts.stepStatuses.every((status) => status === "done") ? "mitigated" : "mitigating";
    case "transfer":
      return "transferred";
    case "avoid":
      return "avoided";
  }
}
