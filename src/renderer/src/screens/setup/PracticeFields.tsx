import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { PRACTICE_KINDS, PRACTICE_KIND_LABELS, type PracticeProfileInput } from "../../../../shared/model/practice";
import { CheckboxField } from "../../components/CheckboxField";
import { ChoiceSelect } from "../../components/ChoiceSelect";
import { Field } from "../../components/Field";
import { timeZoneOptions } from "../../forms/timeZones";

interface PracticeFieldsProps {
  register: UseFormRegister<PracticeProfileInput>;
  errors: FieldErrors<PracticeProfileInput>;
  /** The zone currently chosen, kept in the list even if the browser does not name it. */
  timeZone: string;
  disabled?: boolean;
}

/** The practice profile's fields, used by the setup wizard and by Settings. */
export function PracticeFields({ register, errors, timeZone, disabled = false }: PracticeFieldsProps) {
  return (
    <fieldset className="plain-fieldset" disabled={disabled}>
      <Field label="Practice name" error={errors.name?.message}>
        {(control) => <input {...control} {...register("name")} autoComplete="organization" />}
      </Field>
      <Field label="Kind of practice" error={errors.kind?.message}>
        {(control) => <ChoiceSelect {...control} {...register("kind")} choices={PRACTICE_KINDS} labels={PRACTICE_KIND_LABELS} />}
      </Field>
      <Field label="Address" hint="The office's street address, for reports. You can leave this empty." error={errors.address?.message}>
        {(control) => <textarea {...control} {...register("address")} rows={3} autoComplete="street-address" />}
      </Field>
      <Field label="Time zone" hint="Dates and deadlines are shown in this time zone." error={errors.timeZone?.message}>
        {(control) => (
          <select {...control} {...register("timeZone")}>
            {timeZoneOptions(timeZone).map((zone) => (
              <option key={zone} value={zone}>
                {zone.replace(/_/g, " ")}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label="Number of workforce members"
        hint="Everyone who works at the practice: employees, part-timers, volunteers and trainees."
        error={errors.workforceCount?.message}
      >
        {(control) => <input {...control} {...register("workforceCount")} type="number" inputMode="numeric" min={1} className="input-short" />}
      </Field>
      <Field
        label="Security Official"
        hint="The person responsible for the practice's security program (45 CFR 164.308(a)(2)). Often the office manager."
        error={errors.securityOfficial?.message}
      >
        {(control) => <input {...control} {...register("securityOfficial")} autoComplete="name" />}
      </Field>
      <CheckboxField
        label="We sponsor a group health plan for our employees"
        explanation="Tick this only if the practice runs its own health plan for staff and receives their health information from it; it adds the plan-document rule of 45 CFR 164.314(b)."
        error={errors.sponsorsGroupHealthPlan?.message}
        {...register("sponsorsGroupHealthPlan")}
      />
      <CheckboxField
        label="We are part of a health care clearinghouse"
        explanation="A clearinghouse converts claims and billing data for other organizations; almost no dental or medical office is one."
        error={errors.isPartOfClearinghouse?.message}
        {...register("isPartOfClearinghouse")}
      />
    </fieldset>
  );
}
