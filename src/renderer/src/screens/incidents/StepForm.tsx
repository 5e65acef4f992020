import { z } from "zod";
import { RESPONSE_PHASE_LABELS, RESPONSE_PHASES, responseStepInputSchema, type ResponseStepInput } from "../../../../shared/model/incident";
import type { AppError } from "../../../../shared/result";
import { ChoiceSelect } from "../../components/ChoiceSelect";
import { Field } from "../../components/Field";
import { FormAlert } from "../../components/FormAlert";
import { useServerForm } from "../../forms/useServerForm";

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
  const {
    register,
    formState: { errors, isSubmitting },
    formError,
    submitWith,
  } = useServerForm(stepFormSchema, initial, "step.");

  return (
    <form onSubmit={submitWith(onSubmit)} noValidate className="step-form" aria-label={submitLabel}>
      <FormAlert message={formError} />
      <Field label="Kind of step" error={errors.phase?.message}>
        {(control) => <ChoiceSelect {...control} {...register("phase")} choices={RESPONSE_PHASES} labels={RESPONSE_PHASE_LABELS} />}
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
