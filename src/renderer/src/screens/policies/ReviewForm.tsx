import { useState, type FormEvent } from "react";
import type { PolicyDetail, PolicyVersionView } from "../../../../shared/model/policy";
import { nextReviewDate } from "../../../../shared/rules/policyRetention";
import { formatDay } from "../../../../shared/time/zonedTime";
import { useInvoke } from "../../api/ApiContext";
import { Field } from "../../components/Field";
import { FormAlert } from "../../components/FormAlert";

interface ReviewFormProps {
  policyId: string;
  version: PolicyVersionView;
  today: string;
  onDone: (detail: PolicyDetail) => void;
  onCancel: () => void;
}

/** policies.review: the annual review found no change needed (45 CFR 164.316(b)(2)(iii)). */
export function ReviewForm({ policyId, version, today, onDone, onCancel }: ReviewFormProps) {
  const invoke = useInvoke();
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await invoke("policies.review", { policyId, note });
    setBusy(false);
    if (result.ok) onDone(result.value);
    else setError(result.error.message);
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <FormAlert message={error} />
      <p>
        Record that you read version {version.number} through and it still fits how the practice works. The next review will be due on {formatDay(nextReviewDate(today))}.
        If it needs changes, cancel and edit it instead: approving the new version counts as the review.
      </p>
      <Field label="Note" hint="Optional, for example who took part or what you checked." error={undefined}>
        {(control) => <textarea {...control} rows={3} value={note} onChange={(event) => setNote(event.target.value)} maxLength={2000} />}
      </Field>
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button-primary" disabled={busy}>
          Record the review
        </button>
      </div>
    </form>
  );
}
