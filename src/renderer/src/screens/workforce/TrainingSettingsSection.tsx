import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { trainingSettingsSchema, type TrainingSettings } from "../../../../shared/model/training";
import { useInvoke } from "../../api/ApiContext";
import { Field } from "../../components/Field";
import { FormAlert } from "../../components/FormAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { applyServerError } from "../../forms/serverErrors";

type SettingsInput = { initialTrainingDays: unknown; refresherMonths: unknown };

/** When training is due: the period after hire and the refresher interval. Only an Administrator changes them. */
export function TrainingSettingsSection({ settings, isAdministrator, onSaved }: { settings: TrainingSettings; isAdministrator: boolean; onSaved: () => Promise<void> }) {
  const invoke = useInvoke();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SettingsInput, unknown, TrainingSettings>({ resolver: zodResolver(trainingSettingsSchema), defaultValues: settings });

  const submit = async (values: TrainingSettings) => {
    setFormError(null);
    setSaved(null);
    const result = await invoke("training.settings.update", values);
    if (!result.ok) return setFormError(applyServerError(result.error, setError, ["initialTrainingDays", "refresherMonths"]));
    setSaved(`Saved. New people are due for training within ${result.value.initialTrainingDays} days of hire, with a refresher every ${result.value.refresherMonths} months.`);
    await onSaved();
  };

  return (
    <section className="workforce-section" aria-labelledby="training-settings-heading">
      <h2 id="training-settings-heading">When training is due</h2>
      <form onSubmit={handleSubmit(submit)} noValidate aria-labelledby="training-settings-heading">
        <p>
          The Security Rule asks for training of every new member of the workforce and for periodic security reminders (45 CFR 164.308(a)(5)). Most practices
          train new people in their first month and everyone once a year.
        </p>
        {isAdministrator ? null : <p className="read-only-note">Only an Administrator can change when training is due.</p>}
        <FormAlert message={formError} />
        <fieldset className="plain-fieldset" disabled={!isAdministrator}>
          <Field label="Days after hire for the first training" hint="Between 1 and 365 days. 30 is the usual choice." error={errors.initialTrainingDays?.message}>
            {(control) => <input {...control} {...register("initialTrainingDays")} type="number" inputMode="numeric" min={1} max={365} className="input-short" />}
          </Field>
          <Field label="Months between refreshers" hint="Between 1 and 36 months. 12 is the usual choice." error={errors.refresherMonths?.message}>
            {(control) => <input {...control} {...register("refresherMonths")} type="number" inputMode="numeric" min={1} max={36} className="input-short" />}
          </Field>
        </fieldset>
        {isAdministrator ? (
          <div className="button-row button-row-start">
            <button type="submit" className="button-primary" disabled={isSubmitting}>
              Save when training is due
            </button>
          </div>
        ) : null}
        <StatusMessage>{saved}</StatusMessage>
      </form>
    </section>
  );
}
