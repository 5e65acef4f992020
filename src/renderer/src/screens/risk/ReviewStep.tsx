import { useEffect, useId, useState } from "react";
import type { ReviewTask } from "../../../../shared/model/risk";
import { useInvoke } from "../../api/ApiContext";
import { FormAlert } from "../../components/FormAlert";
import { PageHeading } from "../../components/PageHeading";
import { useAnalysis } from "./AnalysisContext";
import { calendarDate } from "./riskLabels";
import { ReviewTaskList } from "./ReviewTaskList";
import { TriggerForm } from "./TriggerForm";

/**
 * OCR's element 9, periodic review and updates (45 CFR 164.316(b)(2)(iii) asks for documentation to be
 * reviewed periodically): the next review date and the changes that call for an earlier one, as tasks.
 */
export function ReviewStep() {
  const invoke = useInvoke();
  const { detail, scales, canPlan } = useAnalysis();
  const [tasks, setTasks] = useState<ReviewTask[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ids = { date: useId(), tasks: useId(), record: useId() };
  const { analysis } = detail;

  useEffect(() => {
    let live = true;
    void invoke("risk.list", {}).then((result) => {
      if (!live) return;
      if (result.ok) setTasks(result.value.reviewTasks);
      else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [invoke]);

  return (
    <>
      <PageHeading level={2}>Periodic review</PageHeading>
      <p>{scales.reviewRule}</p>
      <FormAlert message={error} />
      <section aria-labelledby={ids.date} className="risk-section">
        <h3 id={ids.date}>Next review</h3>
        {analysis.nextReviewDate ? (
          <p>
            <strong>{`Review this analysis by ${calendarDate(analysis.nextReviewDate)}`}</strong>
            {analysis.reviewIntervalMonths ? ` (${analysis.reviewIntervalMonths} months after it was finalized).` : "."}
          </p>
        ) : (
          <p>The date is set when the analysis is finalized: 12 months later unless you choose sooner.</p>
        )}
      </section>
      <section aria-labelledby={ids.tasks} className="risk-section">
        <h3 id={ids.tasks}>Review tasks</h3>
        {tasks ? <ReviewTaskList tasks={tasks} /> : <p>Loading…</p>}
      </section>
      {canPlan ? (
        <section aria-labelledby={ids.record} className="risk-section">
          <h3 id={ids.record}>Record a change that calls for a review</h3>
          <p className="hint">A new system or software, a move, a security incident or a new vendor: each is a reason to look at the analysis again before its date.</p>
          <TriggerForm onAdded={setTasks} />
        </section>
      ) : null}
    </>
  );
}
