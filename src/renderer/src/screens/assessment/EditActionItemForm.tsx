import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { UserSummary } from "../../../../shared/model/account";
import type { ActionItem } from "../../../../shared/model/actionItem";
import { useInvoke } from "../../api/ApiContext";
import { FormAlert } from "../../components/FormAlert";
import { applyServerError } from "../../forms/serverErrors";
import { ActionItemFields } from "./ActionItemFields";
import { ACTION_ITEM_FIELDS, actionItemFormSchema, formFromItem, ownerFromForm, type ActionItemForm, type ActionItemFormInput } from "./actionItemSchema";

/** Changes an action item; the owner is sent only when it was changed, so a removed user's item can still be edited. */
export function EditActionItemForm({ item, owners, onDone, onCancel }: { item: ActionItem; owners: UserSummary[]; onDone: () => void; onCancel: () => void }) {
  const invoke = useInvoke();
  const [formError, setFormError] = useState<string | null>(null);
  const initial = formFromItem(item);
  const {
    register,
    handleSubmit,
    control,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ActionItemFormInput, unknown, ActionItemForm>({ resolver: zodResolver(actionItemFormSchema), defaultValues: initial });

  const submit = async (values: ActionItemForm) => {
    setFormError(null);
    const ownerChanged = values.ownerChoice !== initial.ownerChoice || values.ownerName !== (initial.ownerName ?? "").trim();
    const result = await invoke("actionItems.update", {
      id: item.id,
      title: values.title,
      priority: values.priority,
      status: values.status,
      dueDate: values.dueDate === "" ? null : values.dueDate,
      notes: values.notes,
      ...(ownerChanged ? { owner: ownerFromForm(values) } : {}),
    });
    if (!result.ok) return setFormError(applyServerError(result.error, setError, ACTION_ITEM_FIELDS));
    onDone();
  };

  return (
    <form onSubmit={handleSubmit(submit)} noValidate>
      <FormAlert message={formError} />
      <ActionItemFields register={register} control={control} errors={errors} owners={owners} currentOwner={item.owner} withStatus />
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button-primary" disabled={isSubmitting}>
          Save changes
        </button>
      </div>
    </form>
  );
}
