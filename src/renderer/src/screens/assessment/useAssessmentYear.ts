import { useCallback, useEffect, useState } from "react";
import type { AssessmentDetail } from "../../../../shared/model/assessment";
import type { EvidenceItem } from "../../../../shared/model/evidence";
import { useInvoke } from "../../api/ApiContext";

export type YearState =
  | { status: "loading" }
  | { status: "missing" }
  | { status: "error"; message: string }
  | { status: "ready"; detail: AssessmentDetail };

/**
 * Loads the year's assessment (found through the list, since the address names the year) and its
 * evidence files. Every write answers with the whole assessment, which replaces what is shown.
 */
export function useAssessmentYear(year: number) {
  const invoke = useInvoke();
  const [state, setState] = useState<YearState>({ status: "loading" });
  const [evidence, setEvidence] = useState<EvidenceItem[]>([]);
  const [evidenceError, setEvidenceError] = useState<string | null>(null);

  useEffect(() => {
    // The page is keyed by year, so each year starts from "loading".
    let live = true;
    void (async () => {
      const list = await invoke("assessment.list", {});
      if (!live) return;
      if (!list.ok) return setState({ status: "error", message: list.error.message });
      const summary = list.value.find((candidate) => candidate.year === year);
      if (!summary) return setState({ status: "missing" });
      const detail = await invoke("assessment.get", { assessmentId: summary.id });
      if (!live) return;
      setState(detail.ok ? { status: "ready", detail: detail.value } : { status: "error", message: detail.error.message });
    })();
    return () => {
      live = false;
    };
  }, [invoke, year]);

  const assessmentId = state.status === "ready" ? state.detail.assessment.id : null;
  const reloadEvidence = useCallback(
    (): Promise<void> =>
      assessmentId
        ? invoke("evidence.list", { assessmentId }).then((result) => {
            if (result.ok) {
              setEvidence(result.value);
              setEvidenceError(null);
            } else setEvidenceError(result.error.message);
          })
        : Promise.resolve(),
    [invoke, assessmentId],
  );
  useEffect(() => {
    void reloadEvidence();
  }, [reloadEvidence]);

  const replace = useCallback((detail: AssessmentDetail) => setState({ status: "ready", detail }), []);
  return { state, replace, evidence, evidenceError, reloadEvidence };
}
