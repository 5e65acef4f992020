import { useState } from "react";
import { ACTION_ITEM_STATUS_LABELS, ACTION_ITEM_STATUSES, type ActionItemStatus } from "../../../../shared/model/actionItem";
import type { RiskMitigation } from "../../../../shared/model/risk";
import { useInvoke } from "../../api/ApiContext";
import { FormAlert } from "../../components/FormAlert";
import { useAnalysis } from "./AnalysisContext";
import { calendarDate, ownerName } from "./riskLabels";

/** The risk's steps in the remediation plan, with their owner, due date and status; the status can be updated. */
export function MitigationSteps({ steps }: { steps: readonly RiskMitigation[] }) {
  const { canPlan } = useAnalysis();
  if (steps.length === 0) return <p className="empty">No steps planned yet.</p>;
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">Steps to reduce this risk</caption>
        <thead>
          <tr>
            <th scope="col">Step</th>
            <th scope="col">Owner</th>
            <th scope="col">Due</th>
            <th scope="col">Priority</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {steps.map((step) => (
            <tr key={step.id}>
              <th scope="row">{step.title}</th>
              <td>{ownerName(step.owner)}</td>
              <td>
                {step.dueDate ? calendarDate(step.dueDate) : "No date"}
                {step.overdue ? <strong className="overdue"> (overdue)</strong> : null}
              </td>
              <td className="capitalize">{step.priority}</td>
              <td>{canPlan ? <StepStatus key={`${step.id}-${step.status}`} step={step} /> : ACTION_ITEM_STATUS_LABELS[step.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** actionItems.update: the step's status, chosen and then saved (so moving through the list changes nothing). */
function StepStatus({ step }: { step: RiskMitigation }) {
  const invoke = useInvoke();
  const { reload } = useAnalysis();
  const [status, setStatus] = useState<ActionItemStatus>(step.status);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setBusy(true);
    setError(null);
    const result = await invoke("actionItems.update", { id: step.id, status });
    setBusy(false);
    if (result.ok) await reload();
    else setError(result.error.message);
  };

  return (
    <div className="step-status">
      <label className="visually-hidden" htmlFor={`status-${step.id}`}>{`Status of ${step.title}`}</label>
      <select id={`status-${step.id}`} value={status} onChange={(event) => setStatus(event.target.value as ActionItemStatus)} className="input-short">
        {ACTION_ITEM_STATUSES.map((value) => (
          <option key={value} value={value}>
            {ACTION_ITEM_STATUS_LABELS[value]}
          </option>
        ))}
      </select>
      <button type="button" className="button-secondary button-small" onClick={save} disabled={busy || status === step.status} aria-label={`Save the status of ${step.title}`}>
        Save
      </button>
      <FormAlert message={error} />
    </div>
  );
}
