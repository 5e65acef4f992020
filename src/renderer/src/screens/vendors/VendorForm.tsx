import { zodResolver } from "@hookform/resolvers/zod";
import { useId, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import {
  BAA_STATUS_LABELS,
  BAA_STATUSES,
  baaHasDates,
  EPHI_ACTIVITIES,
  EPHI_ACTIVITY_LABELS,
  vendorInputSchema,
  type VendorFormInput,
  type VendorInput,
} from "../../../../shared/model/vendor";
import type { AppError } from "../../../../shared/result";
import { CheckboxField } from "../../components/CheckboxField";
import { Field } from "../../components/Field";
import { FormAlert } from "../../components/FormAlert";
import { applyServerError } from "../../forms/serverErrors";

const FIELDS = [
  "name",
  "services",
  "ephiActivities",
  "contactName",
  "contactEmail",
  "contactPhone",
  "address",
  "baaStatus",
  "baaNotNeededReason",
  "baaSignedDate",
  "baaReviewDate",
  "subcontractorNotes",
  "endedOn",
];

export const EMPTY_VENDOR: VendorFormInput = {
  name: "",
  services: "",
  ephiActivities: [],
  contactName: "",
  contactEmail: "",
  contactPhone: "",
  address: "",
  baaStatus: "none",
  baaNotNeededReason: "",
  baaSignedDate: "",
  baaReviewDate: "",
  subcontractorNotes: "",
  endedOn: "",
};

/** A saved vendor as the form's starting values: empty dates are "" for the date inputs. */
export function formValuesOf(vendor: VendorInput): VendorFormInput {
  return { ...vendor, baaSignedDate: vendor.baaSignedDate ?? "", baaReviewDate: vendor.baaReviewDate ?? "", endedOn: vendor.endedOn ?? "" };
}

interface VendorFormProps {
  initial: VendorFormInput;
  submitLabel: string;
  /** Sends the checked vendor; resolves to the main process's refusal, or null when saved. */
  onSubmit: (vendor: VendorInput) => Promise<AppError | null>;
  onCancel: () => void;
}

/** The vendor's details and where its BAA stands; the fields that do not apply to the chosen state are hidden, not lost. */
export function VendorForm({ initial, submitLabel, onSubmit, onCancel }: VendorFormProps) {
  const [formError, setFormError] = useState<string | null>(null);
  const activitiesHintId = useId();
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm<VendorFormInput, unknown, VendorInput>({ resolver: zodResolver(vendorInputSchema), defaultValues: initial });
  const status = useWatch({ control, name: "baaStatus" });

  const submit = async (vendor: VendorInput) => {
    setFormError(null);
    const refusal = await onSubmit(vendor);
    if (refusal) setFormError(applyServerError(refusal, setError, FIELDS, "vendor."));
  };

  return (
    <form onSubmit={handleSubmit(submit)} noValidate className="vendor-form">
      <FormAlert message={formError} />
      <Field label="Vendor name" error={errors.name?.message}>
        {(control) => <input {...control} {...register("name")} autoComplete="organization" />}
      </Field>
      <Field label="What they do for the practice" hint="For example: hosts our practice management software, or backs up the server every night." error={errors.services?.message}>
        {(control) => <textarea {...control} {...register("services")} rows={2} />}
      </Field>

      <fieldset className="plain-fieldset vendor-fieldset" aria-describedby={activitiesHintId}>
        <legend className="vendor-legend">How does this vendor handle patient information?</legend>
        <p id={activitiesHintId} className="hint">
          Tick every one that applies. Any of them makes the vendor a business associate that needs a signed BAA (45 CFR 164.308(b)(1)). Tick none if the
          vendor never sees patient information, such as a window cleaner.
        </p>
        {EPHI_ACTIVITIES.map((activity) => (
          <CheckboxField
            key={activity}
            label={EPHI_ACTIVITY_LABELS[activity].label}
            explanation={`${EPHI_ACTIVITY_LABELS[activity].example[0]!.toUpperCase()}${EPHI_ACTIVITY_LABELS[activity].example.slice(1)}.`}
            value={activity}
            {...register("ephiActivities")}
          />
        ))}
        {errors.ephiActivities ? <p className="field-error">{errors.ephiActivities.message ?? "Choose from the list."}</p> : null}
      </fieldset>

      <fieldset className="plain-fieldset vendor-fieldset">
        <legend className="vendor-legend">Business Associate Agreement</legend>
        <Field label="Where the BAA stands" error={errors.baaStatus?.message}>
          {(control) => (
            <select {...control} {...register("baaStatus")}>
              {BAA_STATUSES.map((value) => (
                <option key={value} value={value}>
                  {BAA_STATUS_LABELS[value]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {status === "not-needed" ? (
          <Field
            label="Why no BAA is needed"
            hint="Required. For example: only carries sealed mail or network traffic (the conduit exception), or never sees patient information."
            error={errors.baaNotNeededReason?.message}
          >
            {(control) => <textarea {...control} {...register("baaNotNeededReason")} rows={2} />}
          </Field>
        ) : null}
        {baaHasDates(status) ? (
          <div className="vendor-date-row">
            <Field label="Signed on" hint={status === "signed" ? "Required: the date on the signed agreement." : "If you know it."} error={errors.baaSignedDate?.message}>
              {(control) => <input {...control} {...register("baaSignedDate")} type="date" className="vendor-input-date" />}
            </Field>
            <Field label="Review or renewal date" hint="When to check it again, often a year after signing." error={errors.baaReviewDate?.message}>
              {(control) => <input {...control} {...register("baaReviewDate")} type="date" className="vendor-input-date" />}
            </Field>
          </div>
        ) : null}
      </fieldset>

      <fieldset className="plain-fieldset vendor-fieldset">
        <legend className="vendor-legend">Contact</legend>
        <Field label="Contact name" error={errors.contactName?.message}>
          {(control) => <input {...control} {...register("contactName")} autoComplete="off" />}
        </Field>
        <Field label="E-mail" error={errors.contactEmail?.message}>
          {(control) => <input {...control} {...register("contactEmail")} type="email" autoComplete="off" />}
        </Field>
        <Field label="Phone" error={errors.contactPhone?.message}>
          {(control) => <input {...control} {...register("contactPhone")} type="tel" autoComplete="off" />}
        </Field>
        <Field label="Mailing address" hint="Used on the BAA request letter and the draft agreement." error={errors.address?.message}>
          {(control) => <textarea {...control} {...register("address")} rows={3} />}
        </Field>
      </fieldset>

      <Field
        label="Subcontractor notes"
        hint="Other companies this vendor uses to handle your patients' information, such as its hosting company, and whether they have BAAs with the vendor."
        error={errors.subcontractorNotes?.message}
      >
        {(control) => <textarea {...control} {...register("subcontractorNotes")} rows={3} />}
      </Field>
      <Field
        label="Stopped using this vendor on"
        hint="Leave empty while the practice uses the vendor. The record is kept; its warnings stop from this day."
        error={errors.endedOn?.message}
      >
        {(control) => <input {...control} {...register("endedOn")} type="date" className="vendor-input-date" />}
      </Field>

      <div className="button-row">
        <button type="button" className="button-secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button-primary" disabled={isSubmitting}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
