import { zodResolver } from "@hookform/resolvers/zod";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { useInvoke } from "../../api/ApiContext";
import { Field } from "../../components/Field";
import { FormAlert } from "../../components/FormAlert";
import { applyServerError } from "../../forms/serverErrors";
import { confirmSchema, describeGroups, groupField } from "./confirmSchema";

interface RecoveryKeyConfirmProps {
  recoveryKey: string;
  confirmGroups: number[];
  onBack: () => void;
  onConfirmed: () => void;
}

/** The user types back a few groups of the key, to show it was really written down. */
export function RecoveryKeyConfirm({ recoveryKey, confirmGroups, onBack, onConfirmed }: RecoveryKeyConfirmProps) {
  const invoke = useInvoke();
  const [formError, setFormError] = useState<string | null>(null);
  const schema = useMemo(() => confirmSchema(recoveryKey, confirmGroups), [recoveryKey, confirmGroups]);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Record<string, string>>({ resolver: zodResolver(schema) });

  const submit = async (values: Record<string, string>) => {
    setFormError(null);
    const answers = confirmGroups.map((group) => ({ group, value: values[groupField(group)] ?? "" }));
    const result = await invoke("recoveryKey.confirm", { answers });
    if (result.ok) onConfirmed();
    else setFormError(applyServerError(result.error, setError, confirmGroups.map(groupField)));
  };

  return (
    <form onSubmit={handleSubmit(submit)} noValidate className="recovery-key-confirm">
      <p>
        To make sure the key was written down correctly, type {describeGroups(confirmGroups)} of your key, from the paper, not from
        memory.
      </p>
      <FormAlert message={formError} />
      {confirmGroups.map((group, index) => (
        <Field key={group} label={`Group ${group + 1}`} error={errors[groupField(group)]?.message}>
          {(control) => (
            <input
              {...control}
              {...register(groupField(group))}
              className="input-key"
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={20}
              autoFocus={index === 0}
            />
          )}
        </Field>
      ))}
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={onBack}>
          Show the key again
        </button>
        <button type="submit" className="button-primary" disabled={isSubmitting}>
          Confirm the key
        </button>
      </div>
    </form>
  );
}
