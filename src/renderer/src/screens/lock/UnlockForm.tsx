import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { contract } from "../../../../shared/ipc/contract";
import type { SessionInfo } from "../../../../shared/model/vaultStatus";
import { useInvoke } from "../../api/ApiContext";
import { Field } from "../../components/Field";
import { FormAlert } from "../../components/FormAlert";
import { applyServerError } from "../../forms/serverErrors";

const unlockSchema = contract["session.unlock"].input;
type UnlockInput = z.input<typeof unlockSchema>;
type Unlock = z.output<typeof unlockSchema>;

interface UnlockFormProps {
  message: string | null;
  lastUsername: string | null;
  onUnlocked: (session: SessionInfo) => void;
  onForgot: () => void;
  /** The vault turned out damaged (only the key reveals some damage): show the screen that offers a way out. */
  onVaultProblem?: () => void;
}

export function UnlockForm({ message, lastUsername, onUnlocked, onForgot, onVaultProblem }: UnlockFormProps) {
  const invoke = useInvoke();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<UnlockInput, unknown, Unlock>({
    resolver: zodResolver(unlockSchema),
    defaultValues: { username: lastUsername ?? "", password: "" },
  });

  const submit = async (values: Unlock) => {
    setFormError(null);
    const result = await invoke("session.unlock", values);
    if (result.ok) {
      onUnlocked(result.value);
      return;
    }
    if ((result.error.code === "VAULT_DAMAGED" || result.error.code === "VAULT_TOO_NEW") && onVaultProblem) {
      onVaultProblem();
      return;
    }
    // Wrong password, or too many tries (RATE_LIMITED): the main process's message says what to do.
    setFormError(applyServerError(result.error, setError, ["username", "password"]));
    setValue("password", "");
    setFocus("password");
  };

  return (
    <form onSubmit={handleSubmit(submit)} noValidate aria-labelledby="unlock-title">
      <h1 id="unlock-title" className="page-heading">
        Safeguard Desk is locked
      </h1>
      {message ? (
        <p role="status" className="lock-reason">
          {message}
        </p>
      ) : null}
      <FormAlert message={formError} />
      <Field label="Username" error={errors.username?.message}>
        {(control) => (
          <input
            {...control}
            {...register("username")}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            autoFocus={!lastUsername}
          />
        )}
      </Field>
      <Field label="Password" error={errors.password?.message}>
        {(control) => <input {...control} {...register("password")} type="password" autoComplete="current-password" autoFocus={!!lastUsername} />}
      </Field>
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={isSubmitting}>
          {isSubmitting ? "Signing in…" : "Sign in"}
        </button>
      </div>
      <p className="below-form">
        <button type="button" className="link-button" onClick={onForgot}>
          Forgot your password? Use the recovery key
        </button>
      </p>
    </form>
  );
}
