import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import type { RiskAsset, RiskPairSuggestion } from "../../../../shared/model/risk";
import { useInvoke } from "../../api/ApiContext";
import { FormAlert } from "../../components/FormAlert";
import { applyServerError } from "../../forms/serverErrors";
import { useAnalysis } from "./AnalysisContext";
import { LevelBadge } from "./LevelBadge";
import { ratingWords } from "./riskLabels";

const pickSchema = z.object({ picks: z.array(z.string()).min(1, "Check at least one risk to add.") });
type PickForm = z.infer<typeof pickSchema>;

/**
 * The suggestions as a checklist. For an asset without risks every one starts checked: uncheck what
 * doesn't apply and add the rest. Later, what was left out stays unchecked until chosen.
 */
export function SuggestionsForm({ asset, suggestions, onAdded }: { asset: RiskAsset; suggestions: readonly RiskPairSuggestion[]; onAdded: (count: number) => void }) {
  const invoke = useInvoke();
  const { reload } = useAnalysis();
  const [formError, setFormError] = useState<string | null>(null);
  const fresh = suggestions.map((suggestion, index) => ({ suggestion, key: String(index) })).filter(({ suggestion }) => !suggestion.alreadyAdded);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<PickForm>({
    resolver: zodResolver(pickSchema),
    defaultValues: { picks: asset.pairCount === 0 ? fresh.map(({ key }) => key) : [] },
  });

  if (fresh.length === 0) return <p className="empty">Every suggested risk is listed for this asset.</p>;

  const submit = async ({ picks }: PickForm) => {
    setFormError(null);
    const chosen = picks.map((key) => suggestions[Number(key)]!);
    const result = await invoke("risk.pairs.add", {
      assetId: asset.id,
      pairs: chosen.map((suggestion) => ({
        threatId: suggestion.threatId,
        vulnerability: suggestion.vulnerability,
        controlQuestionIds: suggestion.controlQuestionIds,
        inherentLikelihood: suggestion.inherentLikelihood,
        inherentImpact: suggestion.inherentImpact,
      })),
    });
    if (!result.ok) {
      setFormError(applyServerError(result.error, setError, ["picks"]));
      return;
    }
    await reload();
    onAdded(chosen.length);
  };

  return (
    <form onSubmit={handleSubmit(submit)} noValidate aria-label={`Suggested risks for ${asset.name}`}>
      <p className="hint">Each comes with a starting rating without safeguards, which you can change when you rate it.</p>
      <FormAlert message={formError} />
      <ul className="suggestion-list">
        {fresh.map(({ suggestion, key }) => (
          <li key={key}>
            <label className="checkbox-inline">
              <input type="checkbox" value={key} {...register("picks")} />
              <span>
                <strong>{suggestion.threatName}:</strong> {suggestion.vulnerability}
              </span>
            </label>
            <span className="suggestion-rating">
              Without safeguards: <LevelBadge level={suggestion.inherentLevel} />{" "}
              <span className="hint">{ratingWords({ likelihood: suggestion.inherentLikelihood, impact: suggestion.inherentImpact, level: suggestion.inherentLevel })}</span>
            </span>
          </li>
        ))}
      </ul>
      {errors.picks?.message ? (
        <p className="field-error" role="alert">
          {errors.picks.message}
        </p>
      ) : null}
      <div className="button-row button-row-start">
        <button type="submit" className="button-primary" disabled={isSubmitting}>
          {`Add the checked risks to ${asset.name}`}
        </button>
      </div>
    </form>
  );
}
