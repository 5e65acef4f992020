import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { ASSET_GROUP_LABELS, ASSET_GROUPS, ASSET_KIND_INFO } from "../../../../shared/risk/assetKinds";
import { DENTAL_ASSET_TEMPLATES } from "../../../../shared/risk/dentalAssetTemplates";
import { useInvoke } from "../../api/ApiContext";
import { CheckboxField } from "../../components/CheckboxField";
import { FormAlert } from "../../components/FormAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { applyServerError } from "../../forms/serverErrors";
import { useAnalysis } from "./AnalysisContext";

const pickSchema = z.object({ templateIds: z.array(z.string()).min(1, "Check at least one asset to add.") });
type PickForm = z.infer<typeof pickSchema>;

/**
 * risk.assets.addFromTemplates: the places a dental office usually keeps patient information, to check
 * off instead of typing. The data flows between the chosen ones come with them.
 */
export function TemplatePicker() {
  const invoke = useInvoke();
  const { year, detail, reload } = useAnalysis();
  const [formError, setFormError] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<PickForm>({ resolver: zodResolver(pickSchema), defaultValues: { templateIds: [] } });
  const inInventory = new Set(detail.assets.filter((asset) => asset.retired === null && asset.templateId !== null).map((asset) => asset.templateId));

  const submit = async ({ templateIds }: PickForm) => {
    setFormError(null);
    setAdded(null);
    const result = await invoke("risk.assets.addFromTemplates", { year, templateIds });
    if (!result.ok) {
      setFormError(applyServerError(result.error, setError, ["templateIds"]));
      return;
    }
    reset({ templateIds: [] });
    setAdded(`Added ${result.value.map((asset) => asset.name).join(", ")}. Check each one's owner, location and number of records below.`);
    await reload();
  };

  return (
    <form onSubmit={handleSubmit(submit)} noValidate aria-label="Add assets from the dental starter list">
      <FormAlert message={formError} />
      <StatusMessage>{added}</StatusMessage>
      {ASSET_GROUPS.map((group) => {
        const templates = DENTAL_ASSET_TEMPLATES.filter((template) => ASSET_KIND_INFO[template.kind].group === group);
        if (templates.length === 0) return null;
        return (
          <fieldset key={group} className="plain-fieldset template-group">
            <legend className="risk-legend">{ASSET_GROUP_LABELS[group]}</legend>
            {templates.map((template) => {
              const present = inInventory.has(template.id);
              return (
                <CheckboxField
                  key={template.id}
                  label={present ? `${template.name} (already in the inventory)` : template.name}
                  explanation={template.hint}
                  value={template.id}
                  disabled={present}
                  {...register("templateIds")}
                />
              );
            })}
          </fieldset>
        );
      })}
      {errors.templateIds?.message ? (
        <p className="field-error" role="alert">
          {errors.templateIds.message}
        </p>
      ) : null}
      <div className="button-row button-row-start">
        <button type="submit" className="button-primary" disabled={isSubmitting}>
          Add the checked assets
        </button>
      </div>
    </form>
  );
}
