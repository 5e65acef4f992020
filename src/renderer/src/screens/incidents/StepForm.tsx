import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { RESPONSE_PHASE_LABELS, RESPONSE_PHASES, responseStepInputSchema, type ResponseStepInput } from "../../../../shared/model/incident";
import type { AppError } from "../../../../shared/result";
import { Field } from "../../components/Field";
import { FormAlert } from "../../components/FormAlert";
import { applyServerError } from "../../forms/serverErrors";

export interface StepFormValues {
  phase: string;
  action: string;
  doneBy: string;
  doneOn: string;
  doneTime: string;
}

const stepFormSchema = z
  .object({ phase: z.string(), action: z.string(), doneBy: z.string(), doneOn: z.string(), doneTime: z.string() })
  .transform((form) => ({ ...form, phase: form.phase === "" ? undefined : form.phase, doneTime: form.doneTime.trim() === "" ? null : form.doneTime }) as z.input<typeof responseStepInputSchema>)
  .pipe(responseStepInputSchema);

const FIELDS = ["phase", "action", "doneBy", "doneOn", "doneTime"];

/** One triage, containment or recovery step: what was done, by whom, and when. */
export function StepForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: StepFormValues;
  submitLabel: string;
  onSubmit: (step: ResponseStepInput) => Promise<AppError | null>;
  onCancel?: () => void;
}) {
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<StepFormValues, unknown, ResponseStepInput>({ resolver: zodResolver(stepFormSchema), defaultValues: initial });

  const submit = async (step: ResponseStepInput) => {
    setFormError(null);
    const error = await onSubmit(step);
    if (error) setFormError(applyServerError(error, setError, FIELDS, "step."));
    else reset(initial);
  };

  return (
    <form onSubmit={handleSubmit(submit)} noValidate className="step-form" aria-label={submitLabel}>
      <FormAlert message={formError} />
      <Field label="Kind of step" error={errors.phase?.message}>
        {(control) => (
          <select {...control} {...register("phase")}>
            <option value="">Choose…</option>
            {RESPONSE_PHASES.map((phase) => (
              <option key={phase} value={phase}>
                {RESPONSE_PHASE_LABELS[phase]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="What was done" error={errors.action?.message}>
        {(control) => <textarea {...control} {...register("action")} rows={3} />}
      </Field>
      <Field label="Who did it" hint="A person at the practice, or someone outside such as the IT provider." error={errors.doneBy?.message}>
        {(control) => <input {...control} {...register("doneBy")} autoComplete="off" />}
      </Field>
      <div className="field-pair">
        <Field label="Date" hint="The day it was done." error={errors.doneOn?.message}>
          {(control) => <input {...control} {...register("doneOn")} type="date" />}
        </Field>
        <Field label="Time" hint="If known." error={errors.doneTime?.message}>
          {(control) => <input {...control} {...register("doneTime")} type="time" />}
        </Field>
      </div>
      <div className="button-row">
        {onCancel ? (
          <button type="button" className="button-secondary" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
        <button type="submit" className="button-primary" disabled={isSubmitting}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
