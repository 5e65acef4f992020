import { useId, useState, type FormEvent } from "react";
import type { MemberDetail, RemovalStepView } from "../../../../shared/model/workforce";
import { formatMoment } from "../../../../shared/time/zonedTime";
import { useInvoke } from "../../api/ApiContext";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { FormAlert } from "../../components/FormAlert";

interface RemovalChecklistProps {
  detail: MemberDetail;
  editable: boolean;
  isAdministrator: boolean;
  timeZone: string;
  onChanged: (detail: MemberDetail, message: string) => void;
}

/** The access-removal checklist for someone who has left: each step, who did it and when (164.308(a)(3)(ii)(C)). */
export function RemovalChecklist({ detail, editable, isAdministrator, timeZone, onChanged }: RemovalChecklistProps) {
  const open = detail.removalSteps.filter((step) => step.doneAt === null).length;
  return (
    <section className="workforce-section" aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">Access removal checklist</h2>
      <p>
        {open === 0
          ? `Every step is done: ${detail.member.fullName} no longer has access to the practice's systems or premises.`
          : `${open} of ${detail.removalSteps.length} ${detail.removalSteps.length === 1 ? "step is" : "steps are"} still open. Do them on the last day of work, or as soon as possible after.`}
      </p>
      <ol className="checklist">
        {detail.removalSteps.map((step) => (
          <li key={step.step} className={step.doneAt ? "checklist-step checklist-done" : "checklist-step"}>
            <p className="checklist-label">
              <span aria-hidden="true">{step.doneAt ? "✓ " : "○ "}</span>
              {step.label}
              <span className="visually-hidden">{step.doneAt ? " (done)" : " (not done yet)"}</span>
            </p>
            <p className="hint">{step.explanation}</p>
            {step.doneAt ? (
              <p className="checklist-by">
                Done by {step.doneBy?.name ?? "someone"} on {formatMoment(step.doneAt, timeZone)}
                {step.note ? `. Note: ${step.note}` : "."}
              </p>
            ) : editable ? (
              <StepForm detail={detail} step={step} isAdministrator={isAdministrator} onChanged={onChanged} />
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

function StepForm({ detail, step, isAdministrator, onChanged }: { detail: MemberDetail; step: RemovalStepView; isAdministrator: boolean; onChanged: RemovalChecklistProps["onChanged"] }) {
  const invoke = useInvoke();
  const noteId = useId();
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const account = detail.member.account;
  const removesAccount = step.step === "app-account" && account !== null && account.active;

  const complete = async (): Promise<string | null> => {
    setBusy(true);
    setError(null);
    const result = await invoke("workforce.removalStep.complete", { memberId: detail.member.id, step: step.step, note });
    setBusy(false);
    if (!result.ok) return result.error.message;
    setConfirming(false);
    onChanged(result.value, removesAccount ? `${detail.member.fullName}'s app account was removed, and the step is marked done.` : `“${step.label}” is marked done.`);
    return null;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (removesAccount) return setConfirming(true);
    const message = await complete();
    if (message) setError(message);
  };

  if (removesAccount && !isAdministrator) {
    return <p className="read-only-note">Only an Administrator can remove {account.username}’s app account. Ask an Administrator to do this step.</p>;
  }
  return (
    <form className="checklist-form" onSubmit={(event) => void submit(event)} noValidate>
      <div className="field">
        <label htmlFor={noteId}>
          Note <span className="visually-hidden">for “{step.label}”</span>
          <span className="label-optional"> (optional)</span>
        </label>
        <input id={noteId} value={note} onChange={(event) => setNote(event.target.value)} autoComplete="off" maxLength={2000} />
      </div>
      <button type="submit" className="button-secondary button-small" disabled={busy} aria-label={removesAccount ? `Remove the app account and mark done: ${step.label}` : `Mark done: ${step.label}`}>
        {removesAccount ? "Remove the account and mark done" : "Mark done"}
      </button>
      <FormAlert message={error} />
      <ConfirmDialog
        open={confirming}
        title={`Remove ${account?.username ?? "the"} app account?`}
        confirmLabel="Remove the account"
        danger
        onConfirm={complete}
        onCancel={() => setConfirming(false)}
      >
        <p>
          {detail.member.fullName} will no longer be able to sign in to Safeguard Desk. Their name stays on the records and audit log entries they made.
        </p>
      </ConfirmDialog>
    </form>
  );
}
