import { useState } from "react";
import { RESPONSE_PHASE_LABELS, type ResponseStepView } from "../../../../shared/model/incident";
import { dayInZone } from "../../../../shared/time/zonedTime";
import { useInvoke } from "../../api/ApiContext";
import { useSession } from "../../app/SessionContext";
import { Dialog } from "../../components/Dialog";
import { StatusMessage } from "../../components/StatusMessage";
import type { SectionProps } from "./IncidentPage";
import { dayAndTime } from "./incidentText";
import { StepForm, type StepFormValues } from "./StepForm";

/** Responding to the incident (45 CFR 164.308(a)(6)(ii)): triage, containment and recovery, each with who and when. */
export function ResponseStepsSection({ detail, editable, onUpdated }: SectionProps) {
  const invoke = useInvoke();
  const { session, practice } = useSession();
  const [editing, setEditing] = useState<ResponseStepView | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const today = dayInZone(new Date(), practice?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone);
  const blank: StepFormValues = { phase: "", action: "", doneBy: session.user.fullName, doneOn: today, doneTime: "" };

  return (
    <section className="incident-section" aria-labelledby="steps-heading">
      <h2 id="steps-heading">Response steps</h2>
      <p>
        What was done to find out what happened (triage), to stop the harm (containment) and to get back to normal (recovery). Write each step down
        as it happens: it shows the incident was handled (45 CFR 164.308(a)(6)(ii)).
      </p>
      <StatusMessage>{done}</StatusMessage>
      {detail.steps.length === 0 ? (
        <p className="empty">No steps are recorded yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">Response steps, in the order they were done</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Kind</th>
                <th scope="col">What was done</th>
                <th scope="col">Who</th>
                {editable ? <th scope="col">Actions</th> : null}
              </tr>
            </thead>
            <tbody>
              {detail.steps.map((step, index) => (
                <tr key={step.id}>
                  <td className="nowrap">{dayAndTime(step.doneOn, step.doneTime)}</td>
                  <td>{RESPONSE_PHASE_LABELS[step.phase].split(":")[0]}</td>
                  <td className="prewrap">{step.action}</td>
                  <td>{step.doneBy}</td>
                  {editable ? (
                    <td>
                      <button type="button" className="button-secondary button-small" onClick={() => setEditing(step)}>
                        Edit step {index + 1}
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editable ? (
        <details className="add-panel">
          <summary>Add a step</summary>
          <StepForm
            initial={blank}
            submitLabel="Add the step"
            onSubmit={async (step) => {
              setDone(null);
              const result = await invoke("incidents.steps.add", { incidentId: detail.incident.id, step });
              if (!result.ok) return result.error;
              onUpdated(result.value);
              setDone("The step was added.");
              return null;
            }}
          />
        </details>
      ) : null}
      <Dialog open={editing !== null} title="Edit the step" onClose={() => setEditing(null)}>
        {editing ? (
          <StepForm
            initial={{ phase: editing.phase, action: editing.action, doneBy: editing.doneBy, doneOn: editing.doneOn, doneTime: editing.doneTime ?? "" }}
            submitLabel="Save the step"
            onCancel={() => setEditing(null)}
            onSubmit={async (step) => {
              const result = await invoke("incidents.steps.update", { id: editing.id, step });
              if (!result.ok) return result.error;
              onUpdated(result.value);
              setEditing(null);
              setDone("The step was saved.");
              return null;
            }}
          />
        ) : null}
      </Dialog>
    </section>
  );
}
