import { useId } from "react";
import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { Field } from "../../components/Field";
import type { CredentialForm } from "./credentialSchema";

interface CredentialFieldsProps<T extends CredentialForm> {
  register: UseFormRegister<T>;
  errors: FieldErrors<CredentialForm>;
  kind: CredentialForm["kind"];
  /** Whose credentials: "of the day the backup was made", "from the old computer". */
  when: string;
}

/** A choice between a username and password and the recovery key, then the fields for the one chosen. */
export function CredentialFields<T extends CredentialForm>({ register, errors, kind, when }: CredentialFieldsProps<T>) {
  const reg = register as unknown as UseFormRegister<CredentialForm>;
  const id = useId();
  return (
    <>
      <fieldset className="plain-fieldset backup-choices">
        <legend>How will you open it?</legend>
        <div className="backup-choice">
          <input type="radio" id={`${id}-password`} value="password" {...reg("kind")} />
          <label htmlFor={`${id}-password`}>An Administrator's username and password {when}</label>
        </div>
        <div className="backup-choice">
          <input type="radio" id={`${id}-key`} value="recovery-key" {...reg("kind")} />
          <label htmlFor={`${id}-key`}>The recovery key {when}</label>
        </div>
      </fieldset>
      {kind === "password" ? (
        <>
          <Field label="Username" error={errors.username?.message}>
            {(control) => <input {...control} {...reg("username")} autoComplete="off" autoCapitalize="none" spellCheck={false} />}
          </Field>
          <Field label="Password" error={errors.password?.message}>
            {(control) => <input {...control} {...reg("password")} type="password" autoComplete="off" />}
          </Field>
        </>
      ) : (
        <Field label="Recovery key" hint="52 letters and digits in groups of four, as printed." error={errors.recoveryKey?.message}>
          {(control) => <input {...control} {...reg("recoveryKey")} className="input-key" autoComplete="off" autoCapitalize="characters" spellCheck={false} />}
        </Field>
      )}
    </>
  );
}
