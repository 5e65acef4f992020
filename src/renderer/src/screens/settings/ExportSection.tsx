import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { passwordSchema } from "../../../../shared/model/account";
import { archivePassphraseSchema, type ArchiveOutcome } from "../../../../shared/model/backup";
import { useInvoke } from "../../api/ApiContext";
import { useSession } from "../../app/SessionContext";
import { Field } from "../../components/Field";
import { FormAlert } from "../../components/FormAlert";
import { confirmRefinement, passwordsMatch } from "../../forms/passwordConfirm";
import { applyServerError } from "../../forms/serverErrors";
import { formatBytes } from "../backup/backupText";
import { AdminOnlyNote } from "./AdminOnlyNote";
import { mayUse } from "./permissions";
import { SettingsSection } from "./SettingsSection";

const exportFormSchema = z
  .object({ password: passwordSchema, passphrase: archivePassphraseSchema, confirmPassphrase: z.string() })
  .refine(passwordsMatch("passphrase", "confirmPassphrase"), { ...confirmRefinement("passphrase", "confirmPassphrase"), message: "The two passphrases do not match." });
type ExportForm = z.infer<typeof exportFormSchema>;

/**
 * Everything in one encrypted file, for a new computer or another program (45 CFR 164.310(d)(2)(iv):
 * a retrievable copy before equipment is moved). The passphrase is the archive's own.
 */
export function ExportSection() {
  const invoke = useInvoke();
  const { session } = useSession();
  const [file, setFile] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<ArchiveOutcome | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<ExportForm>({ resolver: zodResolver(exportFormSchema), defaultValues: { password: "", passphrase: "", confirmPassphrase: "" } });

  const choose = async () => {
    setFormError(null);
    const result = await invoke("backup.choosePath", { purpose: "archive-save" });
    if (!result.ok) setFormError(result.error.message);
    else if (result.value.path) setFile(result.value.path);
  };
  const submit = async (values: ExportForm) => {
    setFormError(null);
    setOutcome(null);
    if (!file) {
      setFormError("Choose where to save the export first.");
      return;
    }
    const result = await invoke("archive.export", { file, password: values.password, passphrase: values.passphrase });
    if (!result.ok) {
      setFormError(applyServerError(result.error, setError, ["password", "passphrase"]));
      return;
    }
    setOutcome(result.value);
    reset();
  };

  return (
    <SettingsSection title="Move to another computer" anchor="export">
      <p>
        Saves every record, with the evidence files, in one file encrypted with a passphrase you choose here. On the new computer, choose “Bring the practice from
        another computer” when Safeguard Desk first opens. Everyone keeps their password. The file is also readable by other programs once decrypted (it is
        compressed JSON), for a practice that moves to another tool.
      </p>
      <AdminOnlyNote session={session} what="exports" />
      {mayUse(session, "admin") ? (
        <form onSubmit={handleSubmit(submit)} noValidate aria-label="Export everything">
          <FormAlert message={formError} />
          <div className="field">
            <span className="field-label-text">Save the export as</span>
            {file ? <p className="path">{file}</p> : <p className="hint">No place chosen yet.</p>}
            <button type="button" className="button-secondary" onClick={() => void choose()}>
              Choose where to save…
            </button>
          </div>
          <Field label="Your password" hint="An export carries every record out of the vault, so your password is asked again." error={errors.password?.message}>
            {(control) => <input {...control} {...register("password")} type="password" autoComplete="current-password" />}
          </Field>
          <Field
            label="A passphrase for the export"
            hint="At least 10 characters. Not your password: whoever imports the file needs it, so give it to them separately from the file."
            error={errors.passphrase?.message}
          >
            {(control) => <input {...control} {...register("passphrase")} type="password" autoComplete="new-password" />}
          </Field>
          <Field label="Type the passphrase again" error={errors.confirmPassphrase?.message}>
            {(control) => <input {...control} {...register("confirmPassphrase")} type="password" autoComplete="new-password" />}
          </Field>
          <div className="button-row button-row-start">
            <button type="submit" className="button-primary" disabled={isSubmitting}>
              {isSubmitting ? "Exporting…" : "Export everything"}
            </button>
          </div>
          {outcome ? (
            <div role="status" className="alert alert-success">
              Exported {outcome.totalRecords.toLocaleString()} records ({formatBytes(outcome.sizeBytes)}) to <span className="path">{outcome.path}</span>. Keep the
              file as safe as the computer: with its passphrase, it opens every record.
            </div>
          ) : null}
        </form>
      ) : null}
    </SettingsSection>
  );
}
