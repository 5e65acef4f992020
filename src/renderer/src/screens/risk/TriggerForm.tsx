import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { addReviewTriggerSchema, REVIEW_TRIGGER_KINDS, REVIEW_TRIGGER_LABELS, type ReviewTask } from "../../../../shared/model/risk";
import { useInvoke } from "../../api/ApiContext";
import { Field } from "../../components/Field";
import { FormAlert } from "../../components/FormAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { applyServerError } from "../../forms/serverErrors";

type TriggerFormInput = { kind: string; note: string; occurredOn: string };
const triggerFormSchema = z.object({ kind: z.string(), note: z.string(), occurredOn: z.string() }).pipe(addReviewTriggerSchema);
type TriggerFormOutput = z.output<typeof triggerFormSchema>;

const EMPTY: TriggerFormInput = { kind: "", note: "", occurredOn: "" };

/** risk.triggers.add: something happened that calls for reviewing the analysis before its date. */
export function TriggerForm({ onAdded }: { onAdded: (tasks: ReviewTask[]) => void }) {
  const invoke = useInvoke();
  const [formError, setFormError] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<TriggerFormInput, unknown, TriggerFormOutput>({ resolver: zodResolver(triggerFormSchema), defaultValues: EMPTY });

  const submit = async (input: TriggerFormOutput) => {
    setFormError(null);
    setAdded(null);
    const result = await invoke("risk.triggers.add", input);
    if (!result.ok) {
      setFormError(applyServerError(result.error, setError, ["kind", "note", "occurredOn"]));
      return;
    }
    reset(EMPTY);
    setAdded("Recorded. It shows as a task until the next analysis is finalized.");
    onAdded(result.value);
  };

  return (
    <form onSubmit={handleSubmit(submit)} noValidate aria-label="Record a change that calls for a review">
      <FormAlert message={formError} />
      <StatusMessage>{added}</StatusMessage>
      <div className="field-pair">
        <Field label="What happened" error={errors.kind?.message}>
          {(props) => (
            <select {...props} {...register("kind")}>
              <option value="">Choose…</option>
              {REVIEW_TRIGGER_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {REVIEW_TRIGGER_LABELS[kind]}
                </option>
              ))}
            </select>
          )}
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
