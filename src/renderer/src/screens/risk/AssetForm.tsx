import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import type { RiskAsset } from "../../../../shared/model/risk";
import { EPHI_KIND_LABELS, EPHI_KINDS } from "../../../../shared/risk/assetKinds";
import { useInvoke } from "../../api/ApiContext";
import { Field } from "../../components/Field";
import { FormAlert } from "../../components/FormAlert";
import { applyServerError } from "../../forms/serverErrors";
import { useAnalysis } from "./AnalysisContext";
import { assetFieldNames, assetFormSchema, assetFormValues, EMPTY_ASSET_FORM, type AssetFormInput, type AssetFormOutput } from "./assetForm";
import { AssetKindSelect } from "./AssetKindSelect";
import { FlowFields } from "./FlowFields";

interface AssetFormProps {
  /** The asset to edit; without it, a new asset is added. */
  asset?: RiskAsset;
  onSaved: (asset: RiskAsset) => void;
  onCancel: () => void;
}

/** risk.assets.add and risk.assets.update: what the asset is, who looks after it, what it holds and where the data goes. */
export function AssetForm({ asset, onSaved, onCancel }: AssetFormProps) {
  const invoke = useInvoke();
  const { year, detail } = useAnalysis();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm<AssetFormInput, unknown, AssetFormOutput>({
    resolver: zodResolver(assetFormSchema),
    defaultValues: asset ? assetFormValues(asset) : EMPTY_ASSET_FORM,
  });
  const flows = useFieldArray({ control, name: "flows" });
  const otherAssets = detail.assets.filter((other) => other.retired === null && other.id !== asset?.id);

  const submit = async (input: AssetFormOutput) => {
    setFormError(null);
    const result = asset ? await invoke("risk.assets.update", { id: asset.id, asset: input }) : await invoke("risk.assets.add", { year, asset: input });
    if (result.ok) onSaved(result.value);
    else setFormError(applyServerError(result.error, setError, assetFieldNames(input.flows.length), "asset."));
  };

  return (
    <form onSubmit={handleSubmit(submit)} noValidate>
      <FormAlert message={formError} />
      <Field label="Name" hint="What the office calls it, for example: Front desk computers." error={errors.name?.message}>
        {(props) => <input {...props} {...register("name")} autoComplete="off" />}
      </Field>
      <AssetKindSelect registration={register("kind")} error={errors.kind?.message} />
      <Field label="Owner" hint="Who looks after it: a person or a role, for example: Office manager." error={errors.owner?.message}>
        {(props) => <input {...props} {...register("owner")} autoComplete="off" />}
      </Field>
      <Field label="Location" hint="Where it is, for example: Front desk, or the vendor's cloud." error={errors.location?.message}>
        {(props) => <input {...props} {...register("location")} autoComplete="off" />}
      </Field>
      <Field label="Vendor or product" hint="For example: Dentrix, Microsoft 365. Leave empty if none." error={errors.vendorName?.message}>
        {(props) => <input {...props} {...register("vendorName")} autoComplete="off" />}
      </Field>
      <fieldset className="plain-fieldset field">
        <legend className="risk-legend">Kinds of patient information it holds or sends</legend>
        <div className="checkbox-columns">
          {EPHI_KINDS.map((kind) => (
            <label key={kind} className="checkbox-inline">
              <input type="checkbox" value={kind} {...register("ephiKinds")} />
              {EPHI_KIND_LABELS[kind]}
            </label>
          ))}
        </div>
        {errors.ephiKinds?.message ? <p className="field-error">{errors.ephiKinds.message}</p> : null}
      </fieldset>
      <Field label="About how many patients' records" hint="A rough number is enough, for example 3000. Leave empty if you don't know." error={errors.approxRecordCount?.message}>
        {(props) => <input {...props} {...register("approxRecordCount")} inputMode="numeric" autoComplete="off" className="input-short" />}
      </Field>
      <FlowFields fields={flows} register={register} errors={errors} otherAssets={otherAssets} />
      <Field label="Notes" error={errors.notes?.message}>
        {(props) => <textarea {...props} {...register("notes")} rows={2} />}
      </Field>
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button-primary" disabled={isSubmitting}>
          {asset ? "Save the asset" : "Add the asset"}
        </button>
      </div>
    </form>
  );
}
