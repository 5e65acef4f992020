import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { UserSummary } from "../../../../shared/model/account";
import type { GapView } from "../../../../shared/model/assessment";
import { findQuestion } from "../../../../shared/catalog";
import { useInvoke } from "../../api/ApiContext";
import { FormAlert } from "../../components/FormAlert";
import { applyServerError } from "../../forms/serverErrors";
import { ActionItemFields } from "./ActionItemFields";
import { ACTION_ITEM_FIELDS, actionItemFormSchema, NO_OWNER, ownerFromForm, type ActionItemForm, type ActionItemFormInput } from "./actionItemSchema";

const MAX_TITLE = 300;

/** The title a gap's item starts with: the citation, the name and the question. */
function defaultTitle(gap: GapView): string {
  const title = `${gap.cfr} ${gap.name}: ${findQuestion(gap.questionId)?.text ?? gap.summary}`;
  return title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1)}…` : title;
}

/** Turns a gap into an action item of the remediation plan (45 CFR 164.308(a)(1)(ii)(B)). */
export function GapActionForm({ assessmentId, gap, owners, onDone, onCancel }: { assessmentId: string; gap: GapView; owners: UserSummary[]; onDone: () => void; onCancel: () => void }) {
  const invoke = useInvoke();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    control,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ActionItemFormInput, unknown, ActionItemForm>({
    resolver: zodResolver(actionItemFormSchema),
    defaultValues: { title: defaultTitle(gap), ownerChoice: NO_OWNER, ownerName: "", dueDate: "", priority: gap.severity, status: "open", notes: "" },
  });

  const submit = async (values: ActionItemForm) => {
    setFormError(null);
    const result = await invoke("actionItems.createFromGap", {
      assessmentId,
      questionId: gap.questionId,
      title: values.title,
      priority: values.priority,
      owner: ownerFromForm(values),
      dueDate: values.dueDate === "" ? null : values.dueDate,
      notes: values.notes,
    });
    if (!result.ok) return setFormError(applyServerError(result.error, setError, ACTION_ITEM_FIELDS));
    onDone();
  };

  return (
    <form onSubmit={handleSubmit(submit)} noValidate>
      <p>
        Gap {gap.rank}: {gap.summary}
      </p>
      <FormAlert message={formError} />
      <ActionItemFields register={register} control={control} errors={errors} owners={owners} currentOwner={null} withStatus={false} />
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button-primary" disabled={isSubmitting}>
          Add to the plan
        </button>
      </div>
    </form>
  );
}
