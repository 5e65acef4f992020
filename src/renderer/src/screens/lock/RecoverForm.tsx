import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { contract } from "../../../../shared/ipc/contract";
import { isWellFormedRecoveryKey } from "../../../../shared/model/recoveryKey";
import type { SessionInfo } from "../../../../shared/model/vaultStatus";
import { useInvoke } from "../../api/ApiContext";
import { Field } from "../../components/Field";
import { FormAlert } from "../../components/FormAlert";
import { PageHeading } from "../../components/PageHeading";
import { passwordGuidanceText } from "../../components/PasswordGuidance";
import { confirmRefinement, passwordsMatch } from "../../forms/passwordConfirm";
import { applyServerError } from "../../forms/serverErrors";

const recoverSchema = contract["session.recover"].input
  .safeExtend({
    recoveryKey: contract["session.recover"].input.shape.recoveryKey.refine(
      isWellFormedRecoveryKey,
      "A recovery key has 13 groups of 4 letters and digits. Check what you typed against the paper.",
    ),
    confirmPassword: z.string(),
  })
  .refine(passwordsMatch("newPassword", "confirmPassword"), confirmRefinement("newPassword", "confirmPassword"));
type RecoverInput = z.input<typeof recoverSchema>;
type Recover = z.output<typeof recoverSchema>;

const FIELDS = ["recoveryKey", "username", "newPassword", "confirmPassword"];

/** A forgotten password: the recovery key lets the user choose a new one. */
export function RecoverForm({ onUnlocked, onBack }: { onUnlocked: (session: SessionInfo) => void; onBack: () => void }) {
  const invoke = useInvoke();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<RecoverInput, unknown, Recover>({
    resolver: zodResolver(recoverSchema),
    defaultValues: { recoveryKey: "", username: "", newPassword: "", confirmPassword: "" },
  });

  const submit = async ({ confirmPassword: _confirm, ...values }: Recover) => {
    setFormError(null);
    const result = await invoke("session.recover", values);
    if (result.ok) onUnlocked(result.value);
    else setFormError(applyServerError(result.error, setError, FIELDS));
  };

  return (
    <form onSubmit={handleSubmit(submit)} noValidate aria-labelledby="recover-title">
      <PageHeading id="recover-title">Use the recovery key</PageHeading>
      <p>Type the recovery key from the sheet you printed or wrote down when the practice was set up, then choose a new password.</p>
      <FormAlert message={formError} />
      <Field label="Recovery key" hint="Dashes and spaces do not matter; capitals or small letters both work." error={errors.recoveryKey?.message}>
        {(control) => <textarea {...control} {...register("recoveryKey")} rows={3} className="input-key" autoComplete="off" spellCheck={false} />}
      </Field>
      <Field label="Username" error={errors.username?.message}>
        {(control) => <input {...control} {...register("username")} autoComplete="username" autoCapitalize="none" spellCheck={false} />}
      </Field>
      <Field label="New password" hint={passwordGuidanceText()} error={errors.newPassword?.message}>
        {(control) => <input {...control} {...register("newPassword")} type="password" autoComplete="new-password" />}
      </Field>
      <Field label="Type the new password again" error={errors.confirmPassword?.message}>
        {(control) => <input {...control} {...register("confirmPassword")} type="password" autoComplete="new-password" />}
      </Field>
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={onBack}>
          Back to sign in
        </button>
        <button type="submit" className="button-primary" disabled={isSubmitting}>
          Set the new password and sign in
        </button>
      </div>
    </form>
  );
}
