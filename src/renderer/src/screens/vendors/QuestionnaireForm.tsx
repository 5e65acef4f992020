import { zodResolver } from "@hookform/resolvers/zod";
import { useId, useState } from "react";
import { useForm, type UseFormRegisterReturn } from "react-hook-form";
import {
  DILIGENCE_ANSWER_LABELS,
  DILIGENCE_ANSWERS,
  questionnaireInputSchema,
  SUBCONTRACTOR_BAA_ANSWERS,
  SUBCONTRACTOR_BAA_LABELS,
  type QuestionnaireFormInput,
  type QuestionnaireInput,
  type VendorDetail,
} from "../../../../shared/model/vendor";
import { useInvoke } from "../../api/ApiContext";
import { Field } from "../../components/Field";
import { FormAlert } from "../../components/FormAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { formatDateTime } from "../../format/dates";
import { applyServerError } from "../../forms/serverErrors";

const FIELDS = [
  "encryptionAtRest",
  "encryptionInTransit",
  "breachNoticeDays",
  "breachNoticeTerms",
  "dataLocation",
  "usesSubcontractors",
  "subcontractors",
  "subcontractorBaas",
  "notes",
];

interface RadioQuestionProps {
  legend: string;
  hint?: string;
  options: readonly { value: string; label: string }[];
  registration: UseFormRegisterReturn;
  error: string | undefined;
  disabled: boolean;
}

/** One question answered by choosing one option: a fieldset whose legend is the question. */
function RadioQuestion({ legend, hint, options, registration, error, disabled }: RadioQuestionProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className={error ? "plain-fieldset vendor-question field-invalid" : "plain-fieldset vendor-question"} aria-describedby={describedBy}>
      <legend className="vendor-question-legend">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <div className="vendor-radio-row">
        {options.map((option) => (
          <label key={option.value} className="vendor-radio">
            <input type="radio" value={option.value} disabled={disabled} {...registration} /> {option.label}
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

const ANSWERS = DILIGENCE_ANSWERS.map((value) => ({ value, label: DILIGENCE_ANSWER_LABELS[value] }));
const SUBCONTRACTOR_ANSWERS = SUBCONTRACTOR_BAA_ANSWERS.map((value) => ({ value, label: SUBCONTRACTOR_BAA_LABELS[value] }));

interface QuestionnaireFormProps {
  vendor: VendorDetail;
  mayEdit: boolean;
  timeZone: string | undefined;
  onSaved: (vendor: VendorDetail) => void;
}

/** A short due-diligence questionnaire: what the practice asked the vendor, and what it answered. */
export function QuestionnaireForm({ vendor, mayEdit, timeZone, onSaved }: QuestionnaireFormProps) {
  const invoke = useInvoke();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const previous = vendor.questionnaire;
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<QuestionnaireFormInput, unknown, QuestionnaireInput>({
    resolver: zodResolver(questionnaireInputSchema),
    defaultValues: previous
      ? {
          encryptionAtRest: previous.encryptionAtRest,
          encryptionInTransit: previous.encryptionInTransit,
          breachNoticeDays: previous.breachNoticeDays,
          breachNoticeTerms: previous.breachNoticeTerms,
          dataLocation: previous.dataLocation,
          usesSubcontractors: previous.usesSubcontractors,
          subcontractors: previous.subcontractors,
          subcontractorBaas: previous.subcontractorBaas,
          notes: previous.notes,
        }
      : { breachNoticeDays: null, breachNoticeTerms: "", dataLocation: "", subcontractors: "", notes: "" },
  });

  const submit = async (answers: QuestionnaireInput) => {
    setFormError(null);
    setSaved(null);
    const result = await invoke("vendors.questionnaire.save", { vendorId: vendor.id, answers });
    if (result.ok) {
      setSaved("The answers were saved.");
      onSaved(result.value);
    } else setFormError(applyServerError(result.error, setError, FIELDS, "answers."));
  };

  const disabled = !mayEdit;
  return (
    <form onSubmit={handleSubmit(submit)} noValidate className="vendor-questionnaire">
      <p className="hint">
        {previous
          ? `Last answered ${formatDateTime(previous.answeredAt, timeZone)} by ${previous.answeredBy.name}.`
          : "Not answered yet. Ask the vendor, or look in its security documents, and record what it says."}
      </p>
      <FormAlert message={formError} />
      <StatusMessage>{saved}</StatusMessage>
      {vendor.concerns.length > 0 ? (
        <div className="alert alert-warning">
          <p>
            <strong>To follow up with {vendor.name}:</strong>
          </p>
          <ul className="vendor-concerns">
            {vendor.concerns.map((concern) => (
              <li key={concern.topic}>
                {concern.message} <span className="vendor-cfr">({concern.citation})</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <RadioQuestion
        legend="Does the vendor encrypt stored patient information?"
        hint="Encryption at rest: on its servers, disks and backups."
        options={ANSWERS}
        registration={register("encryptionAtRest")}
        error={errors.encryptionAtRest?.message}
        disabled={disabled}
      />
      <RadioQuestion
        legend="Does the vendor encrypt patient information it sends or receives?"
        hint="Encryption in transit: over the internet, by e-mail, between its sites."
        options={ANSWERS}
        registration={register("encryptionInTransit")}
        error={errors.encryptionInTransit?.message}
        disabled={disabled}
      />
      <Field label="Days the vendor takes to report a breach" hint="From its contract or BAA. The rule allows at most 60 days after discovery (45 CFR 164.410(b)). Leave empty if unknown." error={errors.breachNoticeDays?.message}>
        {(control) => (
          <input
            {...control}
            {...register("breachNoticeDays", { setValueAs: (value: unknown) => (value === "" || value === null || value === undefined ? null : Number(value)) })}
            type="number"
            inputMode="numeric"
            min={1}
            max={365}
            className="vendor-input-days"
            disabled={disabled}
          />
        )}
      </Field>
      <Field label="Breach-notice terms" hint="How and to whom the vendor says it will report, in its own words." error={errors.breachNoticeTerms?.message}>
        {(control) => <textarea {...control} {...register("breachNoticeTerms")} rows={2} disabled={disabled} />}
      </Field>
      <Field label="Where the data is kept" hint="For example: its own data centers in the United States, or a named cloud provider." error={errors.dataLocation?.message}>
        {(control) => <textarea {...control} {...register("dataLocation")} rows={2} disabled={disabled} />}
      </Field>
      <RadioQuestion
        legend="Does the vendor use subcontractors that handle patient information?"
        options={ANSWERS}
        registration={register("usesSubcontractors")}
        error={errors.usesSubcontractors?.message}
        disabled={disabled}
      />
      <Field label="Which subcontractors" error={errors.subcontractors?.message}>
        {(control) => <textarea {...control} {...register("subcontractors")} rows={2} disabled={disabled} />}
      </Field>
      <RadioQuestion
        legend="Has each of those subcontractors signed a BAA with the vendor?"
        hint="Required by 45 CFR 164.502(e)(1)(ii) and 164.308(b)(2)."
        options={SUBCONTRACTOR_ANSWERS}
        registration={register("subcontractorBaas")}
        error={errors.subcontractorBaas?.message}
        disabled={disabled}
      />
      <Field label="Notes" error={errors.notes?.message}>
        {(control) => <textarea {...control} {...register("notes")} rows={2} disabled={disabled} />}
      </Field>
      {mayEdit ? (
        <div className="button-row button-row-start">
          <button type="submit" className="button-primary" disabled={isSubmitting}>
            Save the answers
          </button>
        </div>
      ) : null}
    </form>
  );
}
