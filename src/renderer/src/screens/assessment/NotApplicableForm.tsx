import { zodResolver } from "@hookform/resolvers/zod";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { NOT_APPLICABLE_REASON_MESSAGE, type RequirementView } from "../../../../shared/model/assessment";
import { isExplained } from "../../../../shared/rules/assessmentSnapshot";
import { useInvoke } from "../../api/ApiContext";
import { Field } from "../../components/Field";
import { FormAlert } from "../../components/FormAlert";
import { applyServerError } from "../../forms/serverErrors";
import { useYear } from "./YearContext";

/** The same rule the main process applies: a reason of a few words. */
const formSchema = z.object({
  reason: z.string().trim().max(4_000, "The explanation can be at most 4,000 characters.").refine(isExplained, NOT_APPLICABLE_REASON_MESSAGE),
});
type Form = z.infer<typeof formSchema>;

/** Marks a requirement not applicable to the practice, with the reason an auditor will read. */
export function NotApplicableForm({ requirement, name, onDone }: { requirement: RequirementView; name: string; onDone: () => void }) {
  const invoke = useInvoke();
  const { detail, replace } = useYear();
  const titleId = useId();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Form>({ resolver: zodResolver(formSchema), defaultValues: { reason: "" } });

  const submit = async (values: Form) => {
    setFormError(null);
    const result = await invoke("assessment.setNotApplicable", {
      assessmentId: detail.assessment.id,
      requirementId: requirement.id,
      notApplicable: true,
      reason: values.reason,
    });
    if (!result.ok) {
      setFormError(applyServerError(result.error, setError, ["reason"]));
      return;
    }
    replace(result.value);
    onDone();
  };

  return (
    <form className="inline-form" onSubmit={handleSubmit(submit)} noValidate aria-labelledby={titleId}>
      <h4 id={titleId}>Mark “{name}” as not applicable</h4>
      <FormAlert message={formError} />
      <Field
        label="Why does this not apply to the practice?"
        hint="An auditor will read this. For example: “The landlord maintains the building and keeps all repair records.”"
        error={errors.reason?.message}
      >
        {(control) => <textarea {...control} {...register("reason")} rows={3} autoFocus />}
      </Field>
      <div className="button-row button-row-start">
        <button type="submit" className="button-primary" disabled={isSubmitting}>
          Mark as not applicable
        </button>
        <button type="button" className="button-secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
