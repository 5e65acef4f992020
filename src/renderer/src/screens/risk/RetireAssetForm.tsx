import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { retireAssetSchema, type RiskAsset } from "../../../../shared/model/risk";
import { useInvoke } from "../../api/ApiContext";
import { Field } from "../../components/Field";
import { FormAlert } from "../../components/FormAlert";
import { applyServerError } from "../../forms/serverErrors";

const retireFormSchema = retireAssetSchema.omit({ id: true });
type RetireForm = { reason: string };

/** risk.assets.retire: the asset is no longer used. It stays in the record, with who retired it, when and why. */
export function RetireAssetForm({ asset, onDone, onCancel }: { asset: RiskAsset; onDone: () => void; onCancel: () => void }) {
  const invoke = useInvoke();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<RetireForm>({ resolver: zodResolver(retireFormSchema), defaultValues: { reason: "" } });

  const submit = async ({ reason }: RetireForm) => {
    setFormError(null);
    const result = await invoke("risk.assets.retire", { id: asset.id, reason });
    if (result.ok) onDone();
    else setFormError(applyServerError(result.error, setError, ["reason"]));
  };

  return (
    <form onSubmit={handleSubmit(submit)} noValidate>
      <p>Its risks stay in this year&apos;s record but are left out of the register, the heat map and next year&apos;s analysis.</p>
      <FormAlert message={formError} />
      <Field label="Why is it retired?" hint="For example: replaced by new computers in March." error={errors.reason?.message}>
        {(props) => <textarea {...props} {...register("reason")} rows={2} />}
      </Field>
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button-danger" disabled={isSubmitting}>
          Retire the asset
        </button>
      </div>
    </form>
  );
}
