import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useInvoke } from "../../api/ApiContext";
import { Field } from "../../components/Field";
import { FormAlert } from "../../components/FormAlert";
import { passwordGuidanceText } from "../../components/PasswordGuidance";
import { changePasswordFormSchema, type ChangePasswordForm as ChangePasswordValues } from "../../forms/accountSchemas";
import { applyServerError } from "../../forms/serverErrors";

const FIELDS = ["currentPassword", "newPassword", "confirmPassword"];

interface ChangePasswordFormProps {
  /** After a change the main process locks the vault; the user signs in again with the new password. */
  onChanged: () => void;
  currentLabel?: string;
}

export function ChangePasswordForm({ onChanged, currentLabel = "Current password" }: ChangePasswordFormProps) {
  const invoke = useInvoke();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ChangePasswordValues, unknown, ChangePasswordValues>({
    resolver: zodResolver(changePasswordFormSchema),
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
  });

  const submit = async ({ currentPassword, newPassword }: ChangePasswordValues) => {
    setFormError(null);
    const result = await invoke("session.changePassword", { currentPassword, newPassword });
    if (result.ok) onChanged();
    else setFormError(applyServerError(result.error, setError, FIELDS));
  };

  return (
    <form onSubmit={handleSubmit(submit)} noValidate aria-label="Change my password">
      <FormAlert message={formError} />
      <Field label={currentLabel} error={errors.currentPassword?.message}>
        {(control) => <input {...control} {...register("currentPassword")} type="password" autoComplete="current-password" />}
      </Field>
      <Field label="New password" hint={passwordGuidanceText()} error={errors.newPassword?.message}>
        {(control) => <input {...control} {...register("newPassword")} type="password" autoComplete="new-password" />}
      </Field>
      <Field label="Type the new password again" error={errors.confirmPassword?.message}>
        {(control) => <input {...control} {...register("confirmPassword")} type="password" autoComplete="new-password" />}
      </Field>
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={isSubmitting}>
          Change my password
        </button>
      </div>
    </form>
  );
}
