import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { contract } from "../../../../shared/ipc/contract";
import type { RecoveryKeyIssued } from "../../../../shared/model/vaultStatus";
import { useInvoke } from "../../api/ApiContext";
import { useSession } from "../../app/SessionContext";
import { Field } from "../../components/Field";
import { FormAlert } from "../../components/FormAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { applyServerError } from "../../forms/serverErrors";
import { RecoveryKeyFlow } from "../recoveryKey/RecoveryKeyFlow";
import { AdminOnlyNote } from "./AdminOnlyNote";
import { mayUse } from "./permissions";
import { SettingsSection } from "./SettingsSection";

const replaceSchema = contract["recoveryKey.replace"].input;
type Replace = z.output<typeof replaceSchema>;

/** A new recovery key, when the old one is lost, was never confirmed, or someone else may have seen it. */
export function RecoveryKeySection() {
  const { session, practice, refreshSession } = useSession();
  const [issued, setIssued] = useState<RecoveryKeyIssued | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const admin = mayUse(session, "admin");
  return (
    <SettingsSection title="Recovery key" anchor="recovery-key">
      <p>
        The recovery key opens the practice's records if every password is forgotten. Replace it if the paper is lost, if someone who
        should not have it may have seen it, or if it was never confirmed. The old key stops working at once.
      </p>
      <AdminOnlyNote session={session} what="the recovery key" />
      <StatusMessage>{confirmed ? "The new recovery key is confirmed. Keep the paper in a safe place; the old key no longer works." : null}</StatusMessage>
      {admin && issued ? (
        <RecoveryKeyFlow
          issued={issued}
          practiceName={practice?.name ?? session.practiceName}
          onConfirmed={() => {
            setIssued(null);
            setConfirmed(true);
            void refreshSession();
          }}
        />
      ) : null}
      {admin && !issued ? (
        <ReplaceForm
          onIssued={(next) => {
            setConfirmed(false);
            setIssued(next);
          }}
        />
      ) : null}
    </SettingsSection>
  );
}

function ReplaceForm({ onIssued }: { onIssued: (issued: RecoveryKeyIssued) => void }) {
  const invoke = useInvoke();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Replace, unknown, Replace>({ resolver: zodResolver(replaceSchema), defaultValues: { password: "" } });

  const submit = async (values: Replace) => {
    setFormError(null);
    const result = await invoke("recoveryKey.replace", values);
    if (result.ok) onIssued(result.value);
    else setFormError(applyServerError(result.error, setError, ["password"]));
  };

  return (
    <form onSubmit={handleSubmit(submit)} noValidate aria-label="Replace the recovery key">
      <FormAlert message={formError} />
      <Field label="Your password" hint="To make sure it is really you replacing the key." error={errors.password?.message}>
        {(control) => <input {...control} {...register("password")} type="password" autoComplete="current-password" />}
      </Field>
      <div className="button-row button-row-start">
        <button type="submit" className="button-primary" disabled={isSubmitting}>
          Replace the recovery key
        </button>
      </div>
    </form>
  );
}
