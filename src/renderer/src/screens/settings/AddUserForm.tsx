import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { UserSummary } from "../../../../shared/model/account";
import { useInvoke } from "../../api/ApiContext";
import { Field } from "../../components/Field";
import { FormAlert } from "../../components/FormAlert";
import { passwordGuidanceText } from "../../components/PasswordGuidance";
import { newUserFormSchema, type NewUserForm, type NewUserFormInput } from "../../forms/accountSchemas";
import { applyServerError } from "../../forms/serverErrors";
import { RoleSelect } from "./RoleSelect";

const FIELDS = ["fullName", "title", "username", "role", "password", "confirmPassword"];

/** users.create: a new person with a role and a first password, shown inside a dialog. */
export function AddUserForm({ onAdded, onCancel }: { onAdded: (user: UserSummary) => void; onCancel: () => void }) {
  const invoke = useInvoke();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<NewUserFormInput, unknown, NewUserForm>({
    resolver: zodResolver(newUserFormSchema),
    defaultValues: { fullName: "", title: "", username: "", role: "staff", password: "", confirmPassword: "" },
  });

  const submit = async ({ confirmPassword: _confirm, ...account }: NewUserForm) => {
    setFormError(null);
    const result = await invoke("users.create", account);
    if (result.ok) onAdded(result.value);
    else setFormError(applyServerError(result.error, setError, FIELDS));
  };

  return (
    <form onSubmit={handleSubmit(submit)} noValidate>
      <FormAlert message={formError} />
      <Field label="Full name" error={errors.fullName?.message}>
        {(control) => <input {...control} {...register("fullName")} autoComplete="off" autoFocus />}
      </Field>
      <Field label="Title" hint="For example: Dental Hygienist. You can leave this empty." error={errors.title?.message}>
        {(control) => <input {...control} {...register("title")} autoComplete="off" />}
      </Field>
      <Field label="Username" hint="What they type to sign in, for example sam.patel." error={errors.username?.message}>
        {(control) => <input {...control} {...register("username")} autoComplete="off" autoCapitalize="none" spellCheck={false} />}
      </Field>
      <RoleSelect registration={register("role")} error={errors.role?.message} />
      <Field label="First password" hint={`${passwordGuidanceText()} Tell it to the person face to face, not by email.`} error={errors.password?.message}>
        {(control) => <input {...control} {...register("password")} type="password" autoComplete="new-password" />}
      </Field>
      <Field label="Type the first password again" error={errors.confirmPassword?.message}>
        {(control) => <input {...control} {...register("confirmPassword")} type="password" autoComplete="new-password" />}
      </Field>
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button-primary" disabled={isSubmitting}>
          Add the user
        </button>
      </div>
    </form>
  );
}
