import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { z } from "zod";
import { passwordSchema } from "../../../../shared/model/account";
import type { ImportOutcome } from "../../../../shared/model/backup";
import { useInvoke } from "../../api/ApiContext";
import { Field } from "../../components/Field";
import { FormAlert } from "../../components/FormAlert";
import { applyServerError } from "../../forms/serverErrors";
import { countsWorthShowing } from "./backupText";
import { CredentialFields } from "./CredentialFields";
import { CREDENTIAL_FIELDS, credentialFormSchema, EMPTY_CREDENTIAL, toCredential } from "./credentialSchema";
import { StepHeading } from "./StepHeading";

const importFormSchema = credentialFormSchema.and(z.object({ passphrase: passwordSchema.refine((value) => value.length > 0, "Enter the export's passphrase.") }));
type ImportForm = z.infer<typeof importFormSchema>;

interface ImportFlowProps {
  onCancel: () => void;
  /** The records are in and the vault is locked: the window starts again at the sign-in screen. */
  onImported: () => void;
}

/**
 * Moving the practice from another computer (45 CFR 164.310(d)(2)(iv)): the export made there, its
 * passphrase, and an Administrator's password (or the recovery key) from that computer.
 */
export function ImportFlow({ onCancel, onImported }: ImportFlowProps) {
  const invoke = useInvoke();
  const [file, setFile] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm<ImportForm>({ resolver: zodResolver(importFormSchema), defaultValues: { ...EMPTY_CREDENTIAL, passphrase: "" } });
  const kind = useWatch({ control, name: "kind" });

  const chooseFile = async () => {
    setFormError(null);
    const result = await invoke("backup.choosePath", { purpose: "archive-open" });
    if (!result.ok) setFormError(result.error.message);
    else if (result.value.path) setFile(result.value.path);
  };

  const submit = async (values: ImportForm) => {
    setFormError(null);
    if (!file) {
      setFormError("Choose the export file first: the file whose name ends in .sgexport.");
      return;
    }
    const result = await invoke("archive.import", { file, passphrase: values.passphrase, credential: toCredential(values) });
    if (result.ok) setOutcome(result.value);
    else setFormError(applyServerError(result.error, setError, [...CREDENTIAL_FIELDS, "passphrase"], "credential."));
  };

  if (outcome) {
    return (
      <div role="status" className="alert alert-success">
        <StepHeading level={2}>The practice's records are here</StepHeading>
        <p>
          {outcome.totalRecords.toLocaleString()} records of {outcome.practiceName} were imported, including:
        </p>
        <ul>
          {countsWorthShowing(outcome.tables)
            .slice(0, 8)
            .map((table) => (
              <li key={table.table}>
                {table.rows.toLocaleString()} {table.label}
              </li>
            ))}
        </ul>
        <p>Everyone signs in with the password they had on the old computer, and the recovery key is the same.</p>
        <div className="button-row button-row-start">
          <button type="button" className="button-primary" onClick={onImported}>
            Go to sign in
          </button>
        </div>
      </div>
    );
  }

  return (
    <form onSubmit={handleSubmit(submit)} noValidate aria-labelledby="import-title">
      <StepHeading level={2} id="import-title">
        Bring the practice from another computer
      </StepHeading>
      <p>
        On the old computer, an Administrator chose <strong>Settings, Move to another computer</strong> and saved an export file with a passphrase. Copy that file
        here (for example on a USB drive), then choose it below.
      </p>
      <FormAlert message={formError} />
      <div className="field">
        <span className="field-label-text">Export file</span>
        {file ? <p className="path">{file}</p> : <p className="hint">No file chosen yet.</p>}
        <button type="button" className="button-secondary" onClick={() => void chooseFile()}>
          {file ? "Choose another file…" : "Choose the export file…"}
        </button>
      </div>
      <Field label="The export's passphrase" hint="The passphrase chosen when the export was made." error={errors.passphrase?.message}>
        {(control) => <input {...control} {...register("passphrase")} type="password" autoComplete="off" />}
      </Field>
      <CredentialFields register={register} errors={errors} kind={kind} when="from the old computer" />
      <div className="button-row button-row-start">
        <button type="submit" className="button-primary" disabled={isSubmitting}>
          {isSubmitting ? "Importing…" : "Import the records"}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
