import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useId, useState } from "react";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import {
  INCIDENT_CATEGORIES,
  INCIDENT_CATEGORY_LABELS,
  INFORMATION_LOCATION_LABELS,
  INFORMATION_LOCATIONS,
  INFORMATION_TYPE_LABELS,
  INFORMATION_TYPES,
  PHI_INVOLVEMENT,
  PHI_INVOLVEMENT_LABELS,
  type IncidentAssetChoices,
  type IncidentAssetRef,
} from "../../../../shared/model/incident";
import { JURISDICTION_CODES, JURISDICTIONS } from "../../../../shared/model/jurisdictions";
import { ASSET_KIND_INFO } from "../../../../shared/risk/assetKinds";
import type { AppError } from "../../../../shared/result";
import { useInvoke } from "../../api/ApiContext";
import { ChoiceSelect } from "../../components/ChoiceSelect";
import { Field } from "../../components/Field";
import { FormAlert } from "../../components/FormAlert";
import { applyServerError } from "../../forms/serverErrors";
import { incidentFieldNames, incidentFormSchema, type IncidentFormValues, type IncidentInput } from "./incidentForm";

interface IncidentFormProps {
  initial: IncidentFormValues;
  /** Assets already linked (an edit), shown even if they are no longer in the current analysis. */
  linkedAssets?: IncidentAssetRef[];
  submitLabel: string;
  onSubmit: (incident: IncidentInput) => Promise<AppError | null>;
  onCancel: () => void;
}

/** The facts of an incident (45 CFR 164.308(a)(6)(ii)), for a new one or an edit. */
export function IncidentForm({ initial, linkedAssets = [], submitLabel, onSubmit, onCancel }: IncidentFormProps) {
  const invoke = useInvoke();
  const [formError, setFormError] = useState<string | null>(null);
  const [choices, setChoices] = useState<IncidentAssetChoices | null>(null);
  const ids = useId();
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<IncidentFormValues, unknown, IncidentInput>({ resolver: zodResolver(incidentFormSchema), defaultValues: initial });
  const residents = useFieldArray({ control, name: "residents" });
  const phi = useWatch({ control, name: "phi" });
  const businessAssociate = useWatch({ control, name: "businessAssociate" });

  useEffect(() => {
    let live = true;
    void invoke("incidents.assetChoices", {}).then((result) => {
      if (live && result.ok) setChoices(result.value);
    });
    return () => {
      live = false;
    };
  }, [invoke]);

  const assets = [
    ...(choices?.assets ?? []),
    ...linkedAssets.filter((linked) => !choices?.assets.some((asset) => asset.id === linked.id)).map(({ id, name, kind }) => ({ id, name, kind })),
  ];

  const submit = async (incident: IncidentInput) => {
    setFormError(null);
    const error = await onSubmit(incident);
    if (error) setFormError(applyServerError(error, setError, incidentFieldNames(residents.fields.length), "incident."));
  };

  const invalid = (error: unknown) => (error ? { "aria-invalid": true as const } : {});

  return (
    <form onSubmit={handleSubmit(submit)} noValidate className="incident-form" aria-label="Incident">
      <FormAlert message={formError} />
      {Object.keys(errors).length > 0 && !formError ? <FormAlert message="Some answers need a look: see the messages below." /> : null}

      <fieldset className="form-group">
        <legend>What happened</legend>
        <Field label="A short title" hint="For example: Laptop stolen from a car, or Letter sent to the wrong patient." error={errors.title?.message}>
          {(control) => <input {...control} {...register("title")} autoComplete="off" />}
        </Field>
        <div className="field-pair">
          <Field label="Date it happened" hint="Leave empty if not known." error={errors.occurredOn?.message}>
            {(control) => <input {...control} {...register("occurredOn")} type="date" />}
          </Field>
          <Field label="Time it happened" hint="If known." error={errors.occurredTime?.message}>
            {(control) => <input {...control} {...register("occurredTime")} type="time" />}
          </Field>
        </div>
        <div className="field-pair">
          <Field
            label="Date it was discovered"
            hint="The first day anyone at the practice knew, or should have known. The notice deadlines count from this day (45 CFR 164.404(a)(2))."
            error={errors.discoveredOn?.message}
          >
            {(control) => <input {...control} {...register("discoveredOn")} type="date" />}
          </Field>
          <Field label="Time it was discovered" hint="If known." error={errors.discoveredTime?.message}>
            {(control) => <input {...control} {...register("discoveredTime")} type="time" />}
          </Field>
        </div>
        <Field label="Who reported it" hint="A staff member, a patient, the IT provider…" error={errors.reportedBy?.message}>
          {(control) => <input {...control} {...register("reportedBy")} autoComplete="off" />}
        </Field>
        <Field label="Kind of incident" hint="The categories the HHS breach portal uses." error={errors.category?.message}>
          {(control) => <ChoiceSelect {...control} {...register("category")} choices={INCIDENT_CATEGORIES} labels={INCIDENT_CATEGORY_LABELS} />}
        </Field>
        <Field label="What happened" hint="In your own words: what, where, and how it came to light." error={errors.description?.message}>
          {(control) => <textarea {...control} {...register("description")} rows={5} />}
        </Field>
      </fieldset>

      <fieldset className="form-group">
        <legend>Systems and places involved</legend>
        {assets.length > 0 ? (
          <fieldset className="plain-fieldset checkbox-list" aria-describedby={`${ids}-assets-hint`}>
            <legend className="field-legend">Systems from the risk analysis{choices?.analysisYear ? ` (${choices.analysisYear})` : ""}</legend>
            <p id={`${ids}-assets-hint`} className="hint">
              The assets of the risk analysis this incident touched. The risk analysis should look at them again.
            </p>
            {assets.map((asset) => (
              <label key={asset.id} className="checkbox-inline">
                <input type="checkbox" value={asset.id} {...register("assetIds")} {...invalid(errors.assetIds)} />
                <span>
                  {asset.name} <span className="hint">({ASSET_KIND_INFO[asset.kind].label})</span>
                </span>
              </label>
            ))}
            {errors.assetIds?.message ? <p className="field-error">{errors.assetIds.message}</p> : null}
          </fieldset>
        ) : (
          <p className="hint">{choices ? "The risk analysis lists no systems yet, so describe them below." : "Loading the systems of the risk analysis…"}</p>
        )}
        <Field label="Other systems or places" hint="Anything not in the risk analysis, such as a car, a home office or a paper file." error={errors.otherSystems?.message}>
          {(control) => <input {...control} {...register("otherSystems")} autoComplete="off" />}
        </Field>
        <fieldset className="plain-fieldset checkbox-list">
          <legend className="field-legend">Where the information was</legend>
          <div className="checkbox-columns">
            {INFORMATION_LOCATIONS.map((location) => (
              <label key={location} className="checkbox-inline">
                <input type="checkbox" value={location} {...register("locations")} />
                <span>{INFORMATION_LOCATION_LABELS[location]}</span>
              </label>
            ))}
          </div>
        </fieldset>
      </fieldset>

      <fieldset className="form-group">
        <legend>Patient information</legend>
        <fieldset className="plain-fieldset radio-list" aria-describedby={errors.phi?.message ? `${ids}-phi-error` : undefined}>
          <legend className="field-legend">Was patient information (PHI) involved?</legend>
          {PHI_INVOLVEMENT.map((option) => (
            <label key={option} className="radio-inline">
              <input type="radio" value={option} {...register("phi")} {...invalid(errors.phi)} />
              <span>{PHI_INVOLVEMENT_LABELS[option]}</span>
            </label>
          ))}
          {errors.phi?.message ? (
            <p id={`${ids}-phi-error`} className="field-error">
              {errors.phi.message}
            </p>
          ) : null}
        </fieldset>
        {phi && phi !== "none" ? (
          <>
            <fieldset className="plain-fieldset checkbox-list">
              <legend className="field-legend">Kinds of information involved</legend>
              <p className="hint">The letter to patients must name them (45 CFR 164.404(c)(1)(B)).</p>
              <div className="checkbox-columns">
                {INFORMATION_TYPES.map((type) => (
                  <label key={type} className="checkbox-inline">
                    <input type="checkbox" value={type} {...register("informationTypes")} />
                    <span>{INFORMATION_TYPE_LABELS[type]}</span>
                  </label>
                ))}
              </div>
            </fieldset>
            <Field label="Other kinds of information" error={errors.otherInformation?.message}>
              {(control) => <input {...control} {...register("otherInformation")} autoComplete="off" />}
            </Field>
            <Field label="Number of people affected" hint="Your best count. Leave empty if not known yet." error={errors.individualsAffected?.message}>
              {(control) => <input {...control} {...register("individualsAffected")} inputMode="numeric" className="input-short" />}
            </Field>
            <fieldset className="plain-fieldset">
              <legend className="field-legend">Where they live</legend>
              <p className="hint">Per State: a notice to the media is owed when more than 500 residents of one State are affected (45 CFR 164.406).</p>
              {residents.fields.map((row, index) => (
                <div key={row.id} className="resident-row">
                  <Field label={`State ${index + 1}`} error={errors.residents?.[index]?.state?.message}>
                    {(control) => <ChoiceSelect {...control} {...register(`residents.${index}.state`)} choices={JURISDICTION_CODES} labels={JURISDICTIONS} />}
                  </Field>
                  <Field label={`People in State ${index + 1}`} error={errors.residents?.[index]?.count?.message}>
                    {(control) => <input {...control} {...register(`residents.${index}.count`)} inputMode="numeric" className="input-short" />}
                  </Field>
                  <button type="button" className="button-secondary button-small" onClick={() => residents.remove(index)}>
                    Remove State {index + 1}
                  </button>
                </div>
              ))}
              <button type="button" className="button-secondary button-small" onClick={() => residents.append({ state: "", count: "" })}>
                Add a State
              </button>
            </fieldset>
          </>
        ) : null}
      </fieldset>

      <fieldset className="form-group">
        <legend>Business associate</legend>
        <div className="field field-checkbox">
          <input type="checkbox" id={`${ids}-ba`} aria-describedby={`${ids}-ba-hint`} {...register("businessAssociate")} />
          <div>
            <label htmlFor={`${ids}-ba`}>The practice holds this information for another covered entity, as its business associate</label>
            <p id={`${ids}-ba-hint`} className="hint">
              Rare for a dental office. Then the practice tells that covered entity, which notifies patients and HHS (45 CFR 164.410).
            </p>
          </div>
        </div>
        {businessAssociate ? (
          <Field label="The covered entity's name" error={errors.coveredEntityName?.message}>
            {(control) => <input {...control} {...register("coveredEntityName")} autoComplete="off" />}
          </Field>
        ) : null}
      </fieldset>

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
