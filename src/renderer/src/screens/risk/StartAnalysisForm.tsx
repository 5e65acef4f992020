import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { RiskAnalysisSummary } from "../../../../shared/model/risk";
import { calendarDateInZone } from "../../../../shared/rules/calendarDates";
import { useInvoke } from "../../api/ApiContext";
import { Field } from "../../components/Field";
import { FormAlert } from "../../components/FormAlert";
import { applyServerError } from "../../forms/serverErrors";
import { RadioOption } from "./RadioOption";
import { openHash, stepHref } from "./riskRoute";
import { startFormSchema, type StartFormInput, type StartFormOutput } from "./startForm";

const FIELDS = ["year", "copyFromYear"];

/**
 * risk.start: this year's analysis, either empty or copied from an earlier year's (its assets, risks,
 * ratings and decisions, each linked to last year's so the changes can be shown).
 */
export function StartAnalysisForm({ analyses, timeZone }: { analyses: readonly RiskAnalysisSummary[]; timeZone: string | undefined }) {
  const invoke = useInvoke();
  const [formError, setFormError] = useState<string | null>(null);
  const thisYear = Number(calendarDateInZone(new Date(), timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone).slice(0, 4));
  const latest = analyses[0]?.year ?? null;
  const suggestedYear = latest !== null && latest >= thisYear ? latest + 1 : thisYear;
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm<StartFormInput, unknown, StartFormOutput>({
    resolver: zodResolver(startFormSchema),
    defaultValues: { year: String(suggestedYear), start: latest === null ? "fresh" : "carry", copyFromYear: latest === null ? "" : String(latest) },
  });
  const start = useWatch({ control, name: "start" });

  const submit = async (input: StartFormOutput) => {
    setFormError(null);
    const result = await invoke("risk.start", input);
    if (result.ok) openHash(stepHref(result.value.analysis.year));
    else setFormError(applyServerError(result.error, setError, FIELDS));
  };

  return (
    <form onSubmit={handleSubmit(submit)} noValidate className="risk-form">
      <FormAlert message={formError} />
      <Field label="Year of the analysis" hint="Usually this calendar year." error={errors.year?.message}>
        {(props) => <input {...props} {...register("year")} inputMode="numeric" autoComplete="off" className="input-short" />}
      </Field>
      {analyses.length > 0 ? (
        <fieldset className="plain-fieldset field">
          <legend className="risk-legend">How to start</legend>
          <RadioOption
            value="carry"
            registration={register("start")}
            label="Start from an earlier year's analysis (recommended)"
            hint="Copies its assets, risks, ratings and decisions, so you only update what changed. Approvals to accept a risk are asked again."
          />
          <RadioOption value="fresh" registration={register("start")} label="Start fresh, with an empty inventory" />
        </fieldset>
      ) : null}
      {analyses.length > 0 && start === "carry" ? (
        <Field label="Copy from" error={errors.copyFromYear?.message}>
          {(props) => (
            <select {...props} {...register("copyFromYear")} className="input-short">
              {analyses.map((analysis) => (
                <option key={analysis.id} value={String(analysis.year)}>
                  {analysis.year}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <div className="button-row button-row-start">
        <button type="submit" className="button-primary" disabled={isSubmitting}>
          Start the analysis
        </button>
      </div>
    </form>
  );
}
