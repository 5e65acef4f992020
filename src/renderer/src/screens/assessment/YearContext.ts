import { createContext, useContext } from "react";
import type { AssessmentDetail } from "../../../../shared/model/assessment";
import type { EvidenceItem } from "../../../../shared/model/evidence";

export interface YearValue {
  detail: AssessmentDetail;
  /** Shows the assessment a write answered with. */
  replace: (detail: AssessmentDetail) => void;
  /** The user may change answers (Staff or Administrator) and the assessment is not finalized. */
  editable: boolean;
  /** Administrators finalize. */
  mayFinalize: boolean;
  /** The user may work the remediation plan (which stays open after finalizing). */
  mayPlan: boolean;
  /** The practice's time zone, for dates; undefined until the profile is loaded. */
  timeZone: string | undefined;
  evidence: EvidenceItem[];
  reloadEvidence: () => Promise<void>;
}

export const YearContext = createContext<YearValue | null>(null);

/** The assessment year being shown, for the pieces of its screens. */
export function useYear(): YearValue {
  const value = useContext(YearContext);
  if (!value) throw new Error("useYear must be used inside an assessment year's page.");
  return value;
}
