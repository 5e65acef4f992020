import { zodResolver } from "@hookform/resolvers/zod";
import { useId, useMemo, useState, type BaseSyntheticEvent } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { RiskPairView } from "../../../../shared/model/risk";
import { ratingWarnings } from "../../../../shared/risk/residualRule";
import { needsApprovalToAccept, riskLevelOrNull } from "../../../../shared/risk/riskMatrix";
import { findThreat } from "../../../../shared/risk/threatCatalog";
import { useInvoke } from "../../api/ApiContext";
import { Field } from "../../components/Field";
import { FormAlert } from "../../components/FormAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { applyServerError } from "../../forms/serverErrors";
import { useAnalysis } from "./AnalysisContext";
import { ControlLinks } from "./ControlLinks";
import { LevelBadge } from "./LevelBadge";
import { PAIR_FORM_FIELDS, pairFormSchema, pairFormValues, toRating, type PairFormInput, type PairFormOutput } from "./pairForm";
import { RatingPicker } from "./RatingPicker";
import { RiskMatrix, type MatrixMark } from "./RiskMatrix";
import { TreatmentPicker } from "./TreatmentPicker";

interface PairFormProps {
  pair: RiskPairView;
  /** Where "Save and open the next risk" goes; null on the last one. */
  onNext: (() => void) | null;
}

/**
 * risk.pairs.update: OCR's elements 4 to 7 for one risk (safeguards in place, likelihood, impact and
 * the level from the matrix, without and with safeguards) and the decision of what to do about it.
 */
export function PairForm({ pair, onNext }: PairFormProps) {
  const invoke = useInvoke();
  const { scales, reload } = useAnalysis();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const ids = { risk: useId(), controls: useId(), inherent: useId(), residual: useId(), decision: useId() };
  const schema = useMemo(() => pairFormSchema(pair.threatId), [pair.threatId]);
  const {
    register,
    handleSubmit,
    setError,
    control,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<PairFormInput, unknown, PairFormOutput>({ resolver: zodResolver(schema), defaultValues: pairFormValues(pair) });
  const watched = useWatch({ control, name: ["inherentLikelihood", "inherentImpact", "residualLikelihood", "residualImpact", "ratingNote", "treatment"] });
  const [inherentLikelihood, inherentImpact, residualLikelihood, residualImpact] = watched.slice(0, 4).map((value) => toRating(value as string | null));
  const ratingNote = watched[4] as string;
  const treatment = watched[5] as string | null;
  const inherentLevel = riskLevelOrNull(inherentLikelihood ?? null, inherentImpact ?? null);
  const residualLevel = riskLevelOrNull(residualLikelihood ?? null, residualImpact ?? null);
  const warnings = ratingWarnings({
    inherentLikelihood: inherentLikelihood ?? null,
    inherentImpact: inherentImpact ?? null,
    residualLikelihood: residualLikelihood ?? null,
    residualImpact: residualImpact ?? null,
    ratingNote: ratingNote ?? "",
  });
  const marks: MatrixMark[] = [];
  if (inherentLikelihood && inherentImpact) marks.push({ label: "Without safeguards", likelihood: inherentLikelihood, impact: inherentImpact });
  if (residualLikelihood && residualImpact) marks.push({ label: "With safeguards", likelihood: residualLikelihood, impact: residualImpact });
  const offered = [...new Set([...(pair.threatId ? (findThreat(pair.threatId)?.relatedQuestionIds ?? []) : []), ...pair.controlQuestionIds])];

  const submit = async (input: PairFormOutput, event?: BaseSyntheticEvent) => {
    // Which button sent the form: "Save", or "Save and open the next risk".
    const goNext = (event?.nativeEvent as SubmitEvent | undefined)?.submitter?.dataset.next === "true";
    setFormError(null);
    setSaved(null);
    const result = await invoke("risk.pairs.update", { id: pair.id, pair: input });
    if (!result.ok) {
      setFormError(applyServerError(result.error, setError, PAIR_FORM_FIELDS, "pair."));
      return;
    }
    reset(pairFormValues(result.value));
    await reload();
    if (goNext && onNext) onNext();
    else setSaved(`Saved. ${savedNote(result.value)}`.trim());
  };

  return (
    <form onSubmit={handleSubmit(submit)} noValidate aria-label="Rate and decide" className="pair-form">
      <FormAlert message={formError} />

      <section aria-labelledby={ids.risk} className="risk-section">
        <h3 id={ids.risk}>The risk</h3>
        {pair.threatId === null ? (
          <Field label="Threat" error={errors.customThreat?.message}>
            {(props) => <input {...props} {...register("customThreat")} autoComplete="off" />}
          </Field>
        ) : (
          <p>
            <strong>Threat:</strong> {pair.threatName}. {findThreat(pair.threatId)?.description}
          </p>
        )}
        <Field label="Weakness" hint="What makes the threat possible here. Reword it to fit the office." error={errors.vulnerability?.message}>
          {(props) => <textarea {...props} {...register("vulnerability")} rows={2} />}
        </Field>
      </section>

      <section aria-labelledby={ids.controls} className="risk-section">
        <h3 id={ids.controls}>Safeguards in place now</h3>
        <Field
          label="Current safeguards"
          hint="What the practice already does against this, in your words. For example: nightly online backup, checked monthly by the IT provider."
          error={errors.controls?.message}
        >
          {(props) => <textarea {...props} {...register("controls")} rows={3} />}
        </Field>
        <ControlLinks questionIds={offered} registration={register("controlQuestionIds")} />
      </section>

      <section aria-labelledby={ids.inherent} className="risk-section">
        <h3 id={ids.inherent}>Without safeguards (inherent risk)</h3>
        <p className="hint">{scales.inherentMeaning}</p>
        <div className="rating-grid">
          <RatingPicker legend="Likelihood without safeguards" scale={scales.likelihood} registration={register("inherentLikelihood")} error={errors.inherentLikelihood?.message} />
          <RatingPicker legend="Impact without safeguards" scale={scales.impact} registration={register("inherentImpact")} error={errors.inherentImpact?.message} />
        </div>
        <p className="level-result" aria-live="polite">
          Level without safeguards: <LevelBadge level={inherentLevel} />
        </p>
      </section>

      <section aria-labelledby={ids.residual} className="risk-section">
        <h3 id={ids.residual}>With your current safeguards (residual risk)</h3>
        <p className="hint">{scales.residualMeaning}</p>
        <div className="rating-grid">
          <RatingPicker legend="Likelihood with current safeguards" scale={scales.likelihood} registration={register("residualLikelihood")} error={errors.residualLikelihood?.message} />
          <RatingPicker legend="Impact with current safeguards" scale={scales.impact} registration={register("residualImpact")} error={errors.residualImpact?.message} />
        </div>
        <p className="level-result" aria-live="polite">
          Level with current safeguards: <LevelBadge level={residualLevel} />
        </p>
        <RiskMatrix scales={scales} marks={marks} />
        {warnings.length > 0 ? (
          <div className="alert alert-warning" role="status">
            {warnings.map((warning) => (
              <p key={warning}>{warning}</p>
            ))}
          </div>
        ) : null}
        <Field label="Note on the ratings" hint={scales.residualRule} error={errors.ratingNote?.message}>
          {(props) => <textarea {...props} {...register("ratingNote")} rows={2} />}
        </Field>
      </section>

      <section aria-labelledby={ids.decision} className="risk-section">
        <h3 id={ids.decision}>Decision</h3>
        <TreatmentPicker registration={register("treatment")} error={errors.treatment?.message} />
        {treatment === "accept" && pair.treatment !== "accept" && needsApprovalToAccept(residualLevel) ? <p className="alert alert-warning">{scales.acceptanceRule}</p> : null}
        {treatment === "mitigate" ? <p className="hint">After saving, add the steps to reduce it below: each goes into the remediation plan with an owner and a due date.</p> : null}
        <Field label="Note on the decision" hint="Why this choice, or what the practice relies on (for example: covered by cyber insurance)." error={errors.treatmentNote?.message}>
          {(props) => <textarea {...props} {...register("treatmentNote")} rows={2} />}
        </Field>
      </section>

      <StatusMessage>{saved}</StatusMessage>
      <div className="button-row button-row-start">
        <button type="submit" className="button-primary" disabled={isSubmitting}>
          Save
        </button>
        {onNext ? (
          <button type="submit" className="button-secondary" disabled={isSubmitting} data-next="true">
            Save and open the next risk
          </button>
        ) : null}
      </div>
    </form>
  );
}

function savedNote(pair: RiskPairView): string {
  if (pair.treatmentStatus === "pending-approval") return "Accepting this risk now needs an Administrator's approval (below).";
  if (pair.treatmentStatus === "needs-step") return "Add at least one step to reduce it (below).";
  return "";
}
