import { useState } from "react";
import { z } from "zod";
import { addReviewTriggerSchema, REVIEW_TRIGGER_KINDS, REVIEW_TRIGGER_LABELS, type ReviewTask } from "../../../../shared/model/risk";
import { useInvoke } from "../../api/ApiContext";
import { ChoiceSelect } from "../../components/ChoiceSelect";
import { Field } from "../../components/Field";
import { FormAlert } from "../../components/FormAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { useServerForm } from "../../forms/useServerForm";

type TriggerFormInput = { kind: string; note: string; occurredOn: string };
const triggerFormSchema = z.object({ kind: z.string(), note: z.string(), occurredOn: z.string() }).pipe(addReviewTriggerSchema);
type TriggerFormOutput = z.output<typeof triggerFormSchema>;

const EMPTY: TriggerFormInput = { kind: "", note: "", occurredOn: "" };

/** risk.triggers.add: something happened that calls for reviewing the analysis before its date. */
export function TriggerForm({ onAdded }: { onAdded: (tasks: ReviewTask[]) => void }) {
  const invoke = useInvoke();
  const [added, setAdded] = useState<string | null>(null);
  const {
    register,
    formState: { errors, isSubmitting },
    formError,
    submitWith,
  } = useServerForm(triggerFormSchema, EMPTY);

  const submit = submitWith(async (input: TriggerFormOutput) => {
    setAdded(null);
    const result = await invoke("risk.triggers.add", input);
    if (!result.ok) return result.error;
    setAdded("Recorded. It shows as a task until the next analysis is finalized.");
    onAdded(result.value);
    return null;
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Record a change that calls for a review">
      <FormAlert message={formError} />
      <StatusMessage>{added}</StatusMessage>
      <div className="field-pair">
        <Field label="What happened" error={errors.kind?.message}>
          {(props) => <ChoiceSelect {...props} {...register("kind")} choices={REVIEW_TRIGGER_KINDS} labels={REVIEW_TRIGGER_LABELS} />}
        </Field>
        <Field label="When" error={errors.occurredOn?.message}>
          {(props) => <input {...props} {...register("occurredOn")} type="date" />}
        </Field>
      </div>
      <Field label="Details" hint="For example: switched to a new dental lab that receives digital scans." error={errors.note?.message}>
        {(props) => <textarea {...props} {...register("note")} rows={2} />}
      </Field>
      <div className="button-row button-row-start">
        <button type="submit" className="button-secondary" disabled={isSubmitting}>
          Record the change
        </button>
      </div>
    </form>
  );
}
