import { useState } from "react";
import { findQuestion } from "../../../../shared/catalog";
import type { UserSummary } from "../../../../shared/model/account";
import { ACTION_ITEM_STATUS_LABELS } from "../../../../shared/model/actionItem";
import type { AssessmentResults, GapView } from "../../../../shared/model/assessment";
import { Dialog } from "../../components/Dialog";
import { StatusMessage } from "../../components/StatusMessage";
import { GapActionForm } from "./GapActionForm";
import { cfrCitation, GAP_LEVEL_LABELS, plural, REQUIREMENT_STATUS_LABELS, SEVERITY_LABELS } from "./labels";
import { useYear } from "./YearContext";

/** Every answer that is not fully met, most serious first, each with its place in the remediation plan. */
export function GapList({ results, owners, onChanged }: { results: AssessmentResults; owners: UserSummary[]; onChanged: () => Promise<void> }) {
  const { mayPlan } = useYear();
  const [planning, setPlanning] = useState<GapView | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { gaps } = results;

  const finish = async () => {
    const gap = planning;
    setPlanning(null);
    setDone(gap ? `Gap ${gap.rank} (${gap.cfr} ${gap.name}) was added to the remediation plan.` : null);
    await onChanged();
  };

  return (
    <section className="panel" aria-labelledby="gaps-title">
      <h3 id="gaps-title">Gaps, most serious first</h3>
      <p>{results.gapRanking}</p>
      <StatusMessage>{done}</StatusMessage>
      {gaps.length === 0 ? (
        <p className="empty">No gaps: every answered question is fully in place.</p>
      ) : (
        <>
          <p className="count">{plural(gaps.length, "gap", "gaps")}</p>
          <div className="table-wrap">
            <table className="data-table gap-table">
              <caption className="visually-hidden">Gaps ranked by severity</caption>
              <thead>
                <tr>
                  <th scope="col" className="numeric">
                    Rank
                  </th>
                  <th scope="col">Severity</th>
                  <th scope="col">Requirement</th>
                  <th scope="col">Question and answer</th>
                  <th scope="col">Remediation plan</th>
                </tr>
              </thead>
              <tbody>
                {gaps.map((gap) => {
                  const question = findQuestion(gap.questionId);
                  const answer = question?.options.find((option) => option.value === gap.answerValue);
                  return (
                    <tr key={gap.questionId}>
                      <td className="numeric">{gap.rank}</td>
                      <td>
                        <span className={`badge badge-severity-${gap.severity}`}>{SEVERITY_LABELS[gap.severity]}</span>
                      </td>
                      <th scope="row">
                        {gap.name}
                        <div className="hint">
                          {cfrCitation(gap.cfr)} · {REQUIREMENT_STATUS_LABELS[gap.requirementStatus]}
                        </div>
                      </th>
                      <td>
                        {question?.text}
                        <div className="hint">
                          Answer: “{answer?.label ?? gap.answerValue}” ({GAP_LEVEL_LABELS[gap.level]}). {gap.summary}
                        </div>
                      </td>
                      <td>
                        {gap.actionItem ? (
                          <>
                            In the plan: {ACTION_ITEM_STATUS_LABELS[gap.actionItem.status]}
                            {gap.actionItem.assessmentYear !== null && gap.actionItem.assessmentYear !== results.assessment.year ? (
                              <div className="hint">From the {gap.actionItem.assessmentYear} assessment</div>
                            ) : null}
                          </>
                        ) : mayPlan ? (
                          <button type="button" className="button-secondary button-small" onClick={() => setPlanning(gap)} aria-label={`Add gap ${gap.rank} to the plan`}>
                            Add to the plan
                          </button>
                        ) : (
                          "Not in the plan yet"
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
      <Dialog open={planning !== null} title={planning ? `Add to the plan: ${planning.cfr} ${planning.name}` : "Add to the plan"} onClose={() => setPlanning(null)}>
        {planning ? (
          <GapActionForm assessmentId={results.assessment.id} gap={planning} owners={owners} onDone={() => void finish()} onCancel={() => setPlanning(null)} />
        ) : null}
      </Dialog>
    </section>
  );
}
