import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { UserSummary } from "../../../../shared/model/account";
import { useInvoke } from "../../api/ApiContext";
import { Field } from "../../components/Field";
import { FormAlert } from "../../components/FormAlert";
import { passwordGuidanceText } from "../../components/PasswordGuidance";
import { resetPasswordFormSchema, type ResetPasswordForm as ResetValues } from "../../forms/accountSchemas";
import { applyServerError } from "../../forms/serverErrors";

/** users.resetPassword: a temporary password for someone who forgot theirs; they choose their own at sign-in. */
export function ResetPasswordForm({ user, onDone, onCancel }: { user: UserSummary; onDone: () => void; onCancel: () => void }) {
  const invoke = useInvoke();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ResetValues, unknown, ResetValues>({
    resolver: zodResolver(resetPasswordFormSchema),
    defaultValues: { newPassword: "", confirmPassword: "" },
  });

  const submit = async ({ newPassword }: ResetValues) => {
    setFormError(null);
    const result = await invoke("users.resetPassword", { id: user.id, newPassword });
    if (result.ok) onDone();
    else setFormError(applyServerError(result.error, setError, ["newPassword", "confirmPassword"]));
  };

  return (
    <form onSubmit={handleSubmit(submit)} noValidate>
      <p>
        Choose a temporary password for {user.fullName}. Tell it to them face to face; the next time they sign in, they will be asked
        to choose their own.
      </p>
      <FormAlert message={formError} />
      <Field label="Temporary password" hint={passwordGuidanceText()} error={errors.newPassword?.message}>
        {(control) => <input {...control} {...register("newPassword")} type="password" autoComplete="new-password" autoFocus />}
      </Field>
      <Field label="Type the temporary password again" error={errors.confirmPassword?.message}>
        {(control) => <input {...control} {...register("confirmPassword")} type="password" autoComplete="new-password" />}
      </Field>
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button-primary" disabled={isSubmitting}>
          Reset the password
        </button>
      </div>
    </form>
  );
}
