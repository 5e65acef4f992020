import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { z } from "zod";
import type { AssessmentSummary } from "../../../../shared/model/assessment";
import { startAssessmentSchema } from "../../../../shared/model/assessment";
import { calendarDateInZone } from "../../../../shared/rules/calendarDates";
import { useInvoke } from "../../api/ApiContext";
import { Field } from "../../components/Field";
import { FormAlert } from "../../components/FormAlert";
import { applyServerError } from "../../forms/serverErrors";
import { openAssessment } from "./assessmentRoute";
import { CARRIED_OVER_LABEL } from "./labels";

const formSchema = startAssessmentSchema.pick({ year: true }).extend({ startFrom: z.enum(["fresh", "carry"]) });
type FormInput = z.input<typeof formSchema>;
type FormOutput = z.output<typeof formSchema>;

/** The latest assessment from before `year`, whose answers can be carried forward. */
function latestBefore(assessments: AssessmentSummary[], year: number): AssessmentSummary | undefined {
  return assessments.filter((assessment) => assessment.year < year).sort((a, b) => b.year - a.year)[0];
}

/** Starts a year's assessment, blank or with the previous year's answers carried forward for review. */
export function StartAssessmentForm({ assessments, timeZone }: { assessments: AssessmentSummary[]; timeZone: string | undefined }) {
  const invoke = useInvoke();
  const thisYear = Number(calendarDateInZone(new Date(), timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone).slice(0, 4));
  const taken = new Set(assessments.map((assessment) => assessment.year));
  const defaultYear = taken.has(thisYear) ? thisYear + 1 : thisYear;
  const defaultSource = latestBefore(assessments, defaultYear);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    control,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(formSchema),
    defaultValues: { year: defaultYear, startFrom: defaultSource ? "carry" : "fresh" },
  });
  const year = useWatch({ control, name: "year" });
  const source = typeof year === "number" && !Number.isNaN(year) ? latestBefore(assessments, year) : undefined;

  const submit = async (values: FormOutput) => {
    setFormError(null);
    const carry = values.startFrom === "carry" ? source?.id : undefined;
    const result = await invoke("assessment.start", { year: values.year, ...(carry ? { carryFromAssessmentId: carry } : {}) });
    if (!result.ok) {
      setFormError(applyServerError(result.error, setError, ["year"]));
      return;
    }
    openAssessment(result.value.assessment.year);
  };

  return (
    <section className="panel" aria-labelledby="start-assessment-title">
      <h2 id="start-assessment-title">{taken.has(thisYear) ? "Start another year" : `Start the ${thisYear} assessment`}</h2>
      <form onSubmit={handleSubmit(submit)} noValidate aria-labelledby="start-assessment-title">
        <FormAlert message={formError} />
        <Field label="Year" error={errors.year?.message}>
          {(control) => <input {...control} {...register("year", { valueAsNumber: true })} type="number" inputMode="numeric" className="input-year" />}
        </Field>
        <fieldset className="plain-fieldset field">
          <legend className="legend">How to begin</legend>
          <div className="choice">
            <input type="radio" id="start-fresh" value="fresh" {...register("startFrom")} />
            <label htmlFor="start-fresh">Start with blank answers</label>
          </div>
          {source ? (
            <div className="choice">
              <input type="radio" id="start-carry" value="carry" aria-describedby="start-carry-hint" {...register("startFrom")} />
              <div>
                <label htmlFor="start-carry">Carry forward the answers of the {source.year} assessment</label>
                <p id="start-carry-hint" className="hint">
                  Each answer, note and decision is copied and marked “{CARRIED_OVER_LABEL}” until someone confirms it is still true or changes it.
                  Evidence files stay with {source.year}.
                </p>
              </div>
            </div>
          ) : null}
        </fieldset>
        <div className="button-row button-row-start">
          <button type="submit" className="button-primary" disabled={isSubmitting}>
            Start the assessment
          </button>
        </div>
      </form>
    </section>
  );
}
