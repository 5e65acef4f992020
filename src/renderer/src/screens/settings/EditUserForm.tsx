import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { contract } from "../../../../shared/ipc/contract";
import type { UserSummary } from "../../../../shared/model/account";
import { useInvoke } from "../../api/ApiContext";
import { Field } from "../../components/Field";
import { FormAlert } from "../../components/FormAlert";
import { applyServerError } from "../../forms/serverErrors";
import { RoleSelect } from "./RoleSelect";

const editSchema = contract["users.update"].input;
type EditInput = z.input<typeof editSchema>;
type Edit = z.output<typeof editSchema>;
const FIELDS = ["fullName", "title", "role"];

/** users.update: name, title and role. The main process refuses to demote the last Administrator. */
export function EditUserForm({ user, onSaved, onCancel }: { user: UserSummary; onSaved: (user: UserSummary) => void; onCancel: () => void }) {
  const invoke = useInvoke();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<EditInput, unknown, Edit>({
    resolver: zodResolver(editSchema),
    defaultValues: { id: user.id, fullName: user.fullName, title: user.title, role: user.role },
  });

  const submit = async (values: Edit) => {
    setFormError(null);
    const result = await invoke("users.update", values);
    if (result.ok) onSaved(result.value);
    else setFormError(applyServerError(result.error, setError, FIELDS));
  };

  return (
    <form onSubmit={handleSubmit(submit)} noValidate>
      <p>
        Username: <strong>{user.username}</strong> (a username cannot be changed)
      </p>
      <FormAlert message={formError} />
      <Field label="Full name" error={errors.fullName?.message}>
        {(control) => <input {...control} {...register("fullName")} autoComplete="off" autoFocus />}
      </Field>
      <Field label="Title" error={errors.title?.message}>
        {(control) => <input {...control} {...register("title")} autoComplete="off" />}
      </Field>
      <RoleSelect registration={register("role")} error={errors.role?.message} />
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
