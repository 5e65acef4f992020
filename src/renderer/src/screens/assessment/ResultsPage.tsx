import { useCallback, useEffect, useState } from "react";
import type { ActionItem } from "../../../../shared/model/actionItem";
import type { AssessmentResults } from "../../../../shared/model/assessment";
import { useInvoke } from "../../api/ApiContext";
import { FormAlert } from "../../components/FormAlert";
import { PageHeading } from "../../components/PageHeading";
import { FinalizePanel } from "./FinalizePanel";
import { GapList } from "./GapList";
import { RemediationPlan } from "./RemediationPlan";
import { ScoreTable } from "./ScoreTable";
import { useOwners } from "./useOwners";
import { useYear } from "./YearContext";

/** Scores with how they are worked out, the ranked gaps, the remediation plan, and finalizing. */
export function ResultsPage() {
  const invoke = useInvoke();
  const { detail } = useYear();
  const assessmentId = detail.assessment.id;
  const [results, setResults] = useState<AssessmentResults | null>(null);
  const [items, setItems] = useState<ActionItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const owners = useOwners();

  const load = useCallback(
    (): Promise<void> =>
      Promise.all([invoke("assessment.results", { assessmentId }), invoke("actionItems.list", { status: "all" })]).then(([scored, plan]) => {
        if (scored.ok) setResults(scored.value);
        if (plan.ok) setItems(plan.value);
        const failed = [scored, plan].find((result) => !result.ok);
        setError(failed && !failed.ok ? failed.error.message : null);
      }),
    [invoke, assessmentId],
  );

  // The assessment's state (an answer, finalizing) changes the results, so they follow it.
  useEffect(() => {
    void load();
  }, [load, detail]);

  return (
    <section className="results" aria-labelledby="results-title">
      <PageHeading id="results-title" level={2}>
        Results and remediation plan
      </PageHeading>
      <FormAlert message={error} />
      {results ? (
        <>
          <ScoreTable results={results} />
          <GapList results={results} owners={owners} onChanged={load} />
        </>
      ) : error ? null : (
        <p>Working out the results…</p>
      )}
      {items ? <RemediationPlan items={items} owners={owners} onChanged={load} /> : null}
      <FinalizePanel />
    </section>
  );
}
