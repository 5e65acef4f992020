import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { RiskAsset } from "../../../../shared/model/risk";
import { findThreat, THREAT_GROUP_LABELS, THREAT_GROUPS, THREATS } from "../../../../shared/risk/threatCatalog";
import { useInvoke } from "../../api/ApiContext";
import { Field } from "../../components/Field";
import { FormAlert } from "../../components/FormAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { applyServerError } from "../../forms/serverErrors";
import { useAnalysis } from "./AnalysisContext";
import { CUSTOM_THREAT, EMPTY_OWN_RISK, OWN_WEAKNESS, ownRiskFormSchema, type OwnRiskFormInput, type OwnRiskFormOutput } from "./ownRiskForm";

/** risk.pairs.add with one risk the user chose from the threat catalog, or described. */
export function AddOwnRiskForm({ asset }: { asset: RiskAsset }) {
  const invoke = useInvoke();
  const { reload } = useAnalysis();
  const [formError, setFormError] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    control,
    formState: { errors, isSubmitting },
  } = useForm<OwnRiskFormInput, unknown, OwnRiskFormOutput>({ resolver: zodResolver(ownRiskFormSchema), defaultValues: EMPTY_OWN_RISK });
  const [threatId, weaknessId] = useWatch({ control, name: ["threatId", "weaknessId"] });
  const threat = threatId === CUSTOM_THREAT ? undefined : findThreat(threatId);
  const describing = threatId === CUSTOM_THREAT || weaknessId === OWN_WEAKNESS;

  const submit = async (pair: OwnRiskFormOutput) => {
    setFormError(null);
    setAdded(null);
    const result = await invoke("risk.pairs.add", { assetId: asset.id, pairs: [pair] });
    if (!result.ok) {
      const fields = { "pairs.0.vulnerability": "ownWeakness", "pairs.0.customThreat": "customThreat", "pairs.0.threatId": "threatId" } as Record<string, string>;
      const renamed = { ...result.error, fields: Object.fromEntries(Object.entries(result.error.fields ?? {}).map(([key, message]) => [fields[key] ?? key, message])) };
      setFormError(applyServerError(renamed, setError, ["threatId", "customThreat", "weaknessId", "ownWeakness"]));
      return;
    }
    reset(EMPTY_OWN_RISK);
    setAdded(`Added: ${result.value[0]?.threatName ?? "the risk"}. Rate it in the list above.`);
    await reload();
  };

  return (
    <form onSubmit={handleSubmit(submit)} noValidate aria-label={`Add a risk of your own to ${asset.name}`}>
      <FormAlert message={formError} />
      <StatusMessage>{added}</StatusMessage>
      <Field label="Threat" hint="What could happen." error={errors.threatId?.message}>
        {(props) => (
          <select {...props} {...register("threatId")}>
            <option value="">Choose a threat…</option>
            {THREAT_GROUPS.map((group) => (
              <optgroup key={group} label={THREAT_GROUP_LABELS[group]}>
                {THREATS.filter((candidate) => candidate.group === group).map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {candidate.name}
                  </option>
                ))}
              </optgroup>
            ))}
            <option value={CUSTOM_THREAT}>Something not in the list</option>
          </select>
        )}
      </Field>
      {threat ? <p className="hint">{threat.description}</p> : null}
      {threatId === CUSTOM_THREAT ? (
        <Field label="Describe the threat" error={errors.customThreat?.message}>
          {(props) => <input {...props} {...register("customThreat")} autoComplete="off" />}
        </Field>
      ) : null}
      {threat ? (
        <Field label="Weakness" hint="What makes it possible here." error={errors.weaknessId?.message}>
          {(props) => (
            <select {...props} {...register("weaknessId")}>
              <option value="">Choose a weakness…</option>
              {threat.vulnerabilities.map((vulnerability) => (
                <option key={vulnerability.id} value={vulnerability.id}>
                  {vulnerability.text}
                </option>
              ))}
              <option value={OWN_WEAKNESS}>Another weakness (describe it)</option>
            </select>
          )}
        </Field>
      ) : null}
      {describing ? (
        <Field label="Describe the weakness" hint="For example: the back door is often propped open." error={errors.ownWeakness?.message}>
          {(props) => <textarea {...props} {...register("ownWeakness")} rows={2} />}
        </Field>
      ) : null}
      <div className="button-row button-row-start">
        <button type="submit" className="button-secondary" disabled={isSubmitting}>
          Add this risk
        </button>
      </div>
    </form>
  );
}
