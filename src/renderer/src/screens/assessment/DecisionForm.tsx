import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { RequirementView } from "../../../../shared/model/assessment";
import { ADDRESSABLE_DECISION_LABELS, ADDRESSABLE_DECISIONS } from "../../../../shared/rules/assessmentSnapshot";
import { useInvoke } from "../../api/ApiContext";
import { Field } from "../../components/Field";
import { FormAlert } from "../../components/FormAlert";
import { applyServerError } from "../../forms/serverErrors";
import { DECISION_EXPLANATIONS, decisionFormSchema, DESCRIPTION_LABELS, type DecisionForm as Decision, type DecisionFormInput } from "./decisionSchema";
import { useYear } from "./YearContext";

const FIELDS = ["decision", "description", "rationale"];

interface DecisionFormProps {
  requirement: RequirementView;
  onDone: () => void;
  /** Offered only when a decision already exists to go back to. */
  onCancel?: (() => void) | undefined;
}

/** Implemented / equivalent alternative (described) / not reasonable and appropriate (why, and what instead). */
export function DecisionForm({ requirement, onDone, onCancel }: DecisionFormProps) {
  const invoke = useInvoke();
  const { detail, replace } = useYear();
  const [formError, setFormError] = useState<string | null>(null);
  const idBase = `decide-${requirement.id}`;
  const {
    register,
    handleSubmit,
    control,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<DecisionFormInput, unknown, Decision>({
    resolver: zodResolver(decisionFormSchema),
    defaultValues: {
      decision: requirement.decision?.kind,
      description: requirement.decision?.description ?? "",
      rationale: requirement.decision?.rationale ?? "",
    },
  });
  const decision = useWatch({ control, name: "decision" });

  const submit = async (values: Decision) => {
    setFormError(null);
    const result = await invoke("assessment.decideAddressable", {
      assessmentId: detail.assessment.id,
      requirementId: requirement.id,
      decision: values.decision,
      description: values.description,
      rationale: values.decision === "not-reasonable" ? values.rationale : "",
    });
    if (!result.ok) {
      setFormError(applyServerError(result.error, setError, FIELDS));
      return;
    }
    replace(result.value);
    onDone();
  };

  return (
    <form className="decision-form" onSubmit={handleSubmit(submit)} noValidate aria-label={`Record the decision on ${requirement.specification ?? requirement.standard}`}>
      <FormAlert message={formError} />
      <fieldset className={errors.decision ? "plain-fieldset field field-invalid" : "plain-fieldset field"} aria-describedby={errors.decision ? `${idBase}-error` : undefined}>
        <legend className="legend">What has the practice decided?</legend>
        {ADDRESSABLE_DECISIONS.map((kind) => (
          <div className="choice" key={kind}>
            <input type="radio" id={`${idBase}-${kind}`} value={kind} aria-describedby={`${idBase}-${kind}-hint`} {...register("decision")} />
            <div>
              <label htmlFor={`${idBase}-${kind}`}>{ADDRESSABLE_DECISION_LABELS[kind]}</label>
              <p id={`${idBase}-${kind}-hint`} className="hint">
                {DECISION_EXPLANATIONS[kind]}
              </p>
            </div>
          </div>
        ))}
        {errors.decision ? (
          <p id={`${idBase}-error`} className="field-error">
            {errors.decision.message}
          </p>
        ) : null}
      </fieldset>
      {decision === "not-reasonable" ? (
        <Field label="Why is it not reasonable and appropriate for the practice?" error={errors.rationale?.message}>
          {(control) => <textarea {...control} {...register("rationale")} rows={3} />}
        </Field>
      ) : null}
      {decision ? (
        <Field label={DESCRIPTION_LABELS[decision]} error={errors.description?.message}>
          {(control) => <textarea {...control} {...register("description")} rows={3} />}
        </Field>
      ) : null}
      <div className="button-row button-row-start">
        <button type="submit" className="button-primary" disabled={isSubmitting}>
          Save the decision
        </button>
        {onCancel ? (
          <button type="button" className="button-secondary" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
