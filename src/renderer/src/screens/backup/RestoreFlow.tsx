import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { BackupContents, BackupCredential, BackupFileInfo, RestoreOutcome } from "../../../../shared/model/backup";
import { useInvoke } from "../../api/ApiContext";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { FormAlert } from "../../components/FormAlert";
import { formatDateTime } from "../../format/dates";
import { applyServerError } from "../../forms/serverErrors";
import { StepHeading } from "./StepHeading";
import { countsWorthShowing, describeBackupFile, fileNameOf } from "./backupText";
import { CredentialFields } from "./CredentialFields";
import { CREDENTIAL_FIELDS, credentialFormSchema, EMPTY_CREDENTIAL, toCredential, type CredentialForm } from "./credentialSchema";

/** A backup picked from the list, or a file chosen with the picker (whose date is known once it is opened). */
type Picked = { path: string; label: string };

type Step =
  | { name: "choose" }
  | { name: "unlock"; picked: Picked }
  | { name: "review"; contents: BackupContents; credential: BackupCredential }
  | { name: "done"; outcome: RestoreOutcome };

interface RestoreFlowProps {
  /** Start at the unlock step with this backup (the damaged screen offers the latest one). */
  initial?: BackupFileInfo | null;
  timeZone?: string | undefined;
  /** The flow sits under a heading of this level; its steps use the next one. */
  headingLevel?: 2 | 3;
  onCancel?: () => void;
  /** The restore is done and the vault is locked: the window starts again at the sign-in screen. */
  onRestored: () => void;
}

/**
 * Restore from a backup (45 CFR 164.308(a)(7)(ii)(B)): choose a backup, open it with a password or the
 * recovery key of its day, see what it holds, confirm. The vault in place is set aside, not deleted.
 */
export function RestoreFlow({ initial, timeZone, headingLevel = 2, onCancel, onRestored }: RestoreFlowProps) {
  const [step, setStep] = useState<Step>(initial ? { name: "unlock", picked: { path: initial.path, label: describeBackupFile(initial, timeZone) } } : { name: "choose" });
  const level = headingLevel;
  return (
    <div className="restore-flow">
      {step.name === "choose" ? (
        <ChooseStep level={level} timeZone={timeZone} onChosen={(picked) => setStep({ name: "unlock", picked })} onCancel={onCancel} />
      ) : null}
      {step.name === "unlock" ? (
        <UnlockStep
          level={level}
          picked={step.picked}
          onOpened={(contents, credential) => setStep({ name: "review", contents, credential })}
          onBack={() => setStep({ name: "choose" })}
        />
      ) : null}
      {step.name === "review" ? (
        <ReviewStep
          level={level}
          contents={step.contents}
          credential={step.credential}
          timeZone={timeZone}
          onRestored={(outcome) => setStep({ name: "done", outcome })}
          onBack={() => setStep({ name: "choose" })}
        />
      ) : null}
      {step.name === "done" ? (
        <div role="status" className="alert alert-success">
          <StepHeading level={level}>The backup is restored</StepHeading>
          <p>
            The records of {step.outcome.practiceName} are back as they were on {formatDateTime(step.outcome.createdAt, timeZone)}. Sign in with a password that was
            in use on that day.
          </p>
          {step.outcome.setAsideTo ? (
            <>
              <p>The vault as it was before the restore is kept, unchanged, in this folder:</p>
              <p className="path">{step.outcome.setAsideTo}</p>
            </>
          ) : null}
          <div className="button-row button-row-start">
            <button type="button" className="button-primary" onClick={onRestored}>
              Go to sign in
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}

function ChooseStep({ level, timeZone, onChosen, onCancel }: { level: 2 | 3; timeZone: string | undefined; onChosen: (picked: Picked) => void; onCancel?: (() => void) | undefined }) {
  const invoke = useInvoke();
  const [backups, setBackups] = useState<BackupFileInfo[] | null>(null);
  const [folder, setFolder] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void invoke("backup.list", {}).then((result) => {
      if (!live) return;
      if (result.ok) {
        setBackups(result.value.backups);
        setFolder(result.value.folder);
        setSelected(result.value.backups[0]?.path ?? null);
      } else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [invoke]);

  const chooseFile = async () => {
    setError(null);
    const result = await invoke("backup.choosePath", { purpose: "backup-file" });
    if (!result.ok) setError(result.error.message);
    else if (result.value.path) onChosen({ path: result.value.path, label: fileNameOf(result.value.path) });
  };

  const chosen = backups?.find((backup) => backup.path === selected);
  return (
    <section aria-labelledby="restore-choose-title">
      <StepHeading level={level} id="restore-choose-title">
        Choose a backup
      </StepHeading>
      <FormAlert message={error} />
      {backups === null && !error ? <p>Looking for backups…</p> : null}
      {backups && backups.length === 0 ? (
        <p>There are no backups in the folder beside the vault{folder ? ` (${folder})` : ""}. If your backup is on a USB drive or elsewhere, choose the file.</p>
      ) : null}
      {backups && backups.length > 0 ? (
        <fieldset className="plain-fieldset backup-choices">
          <legend>Backups found beside the vault, newest first</legend>
          {backups.map((backup, index) => (
            <div className="backup-choice" key={backup.path}>
              <input
                type="radio"
                id={`backup-option-${index}`}
                name="backup-option"
                checked={selected === backup.path}
                onChange={() => setSelected(backup.path)}
              />
              <label htmlFor={`backup-option-${index}`}>{describeBackupFile(backup, timeZone)}</label>
            </div>
          ))}
        </fieldset>
      ) : null}
      <div className="button-row button-row-start">
        {chosen ? (
          <button type="button" className="button-primary" onClick={() => onChosen({ path: chosen.path, label: describeBackupFile(chosen, timeZone) })}>
            Open this backup
          </button>
        ) : null}
        <button type="button" className="button-secondary" onClick={() => void chooseFile()}>
          Choose a backup file…
        </button>
        {onCancel ? (
          <button type="button" className="button-secondary" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </section>
  );
}

function UnlockStep({
  level,
  picked,
  onOpened,
  onBack,
}: {
  level: 2 | 3;
  picked: Picked;
  onOpened: (contents: BackupContents, credential: BackupCredential) => void;
  onBack: () => void;
}) {
  const invoke = useInvoke();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm<CredentialForm>({ resolver: zodResolver(credentialFormSchema), defaultValues: EMPTY_CREDENTIAL });
  const kind = useWatch({ control, name: "kind" });

  const submit = async (values: CredentialForm) => {
    setFormError(null);
    const credential = toCredential(values);
    const result = await invoke("backup.inspect", { file: picked.path, credential });
    if (result.ok) onOpened(result.value, credential);
    else setFormError(applyServerError(result.error, setError, CREDENTIAL_FIELDS, "credential."));
  };

  return (
    <form onSubmit={handleSubmit(submit)} noValidate aria-labelledby="restore-unlock-title">
      <StepHeading level={level} id="restore-unlock-title">
        Open the backup
      </StepHeading>
      <p>
        Backup: <strong>{picked.label}</strong>
      </p>
      <p className="path">{picked.path}</p>
      <p>A backup opens with the passwords and the recovery key that were in use on the day it was made, even if they have changed since.</p>
      <FormAlert message={formError} />
      <CredentialFields register={register} errors={errors} kind={kind} when="of that day" />
      <div className="button-row button-row-start">
        <button type="submit" className="button-primary" disabled={isSubmitting}>
          {isSubmitting ? "Opening…" : "Open the backup"}
        </button>
        <button type="button" className="button-secondary" onClick={onBack}>
          Choose another backup
        </button>
      </div>
    </form>
  );
}

function ReviewStep({
  level,
  contents,
  credential,
  timeZone,
  onRestored,
  onBack,
}: {
  level: 2 | 3;
  contents: BackupContents;
  credential: BackupCredential;
  timeZone: string | undefined;
  onRestored: (outcome: RestoreOutcome) => void;
  onBack: () => void;
}) {
  const invoke = useInvoke();
  const [asking, setAsking] = useState(false);
  const restore = async (): Promise<string | null> => {
    const result = await invoke("backup.restore", { file: contents.path, credential, backupId: contents.backupId });
    if (!result.ok) return result.error.message;
    setAsking(false);
    onRestored(result.value);
    return null;
  };
  const when = formatDateTime(contents.createdAt, timeZone);
  return (
    <section aria-labelledby="restore-review-title">
      <StepHeading level={level} id="restore-review-title">
        What this backup holds
      </StepHeading>
      <dl className="backup-facts">
        <dt>Practice</dt>
        <dd>{contents.practiceName}</dd>
        <dt>Made</dt>
        <dd>
          {when} ({contents.kind === "automatic" ? "automatic backup" : "made by hand"})
        </dd>
        <dt>Opened with</dt>
        <dd>{contents.openedAs ? `the password of ${contents.openedAs}` : "the recovery key"}</dd>
        <dt>Records</dt>
        <dd>{contents.totalRecords.toLocaleString()} in all</dd>
      </dl>
      <div className="table-wrap">
        <table className="data-table backup-counts">
          <caption className="visually-hidden">Records in the backup, by kind</caption>
          <thead>
            <tr>
              <th scope="col">Kind of record</th>
              <th scope="col" className="numeric">
                Number
              </th>
            </tr>
          </thead>
          <tbody>
            {countsWorthShowing(contents.tables).map((table) => (
              <tr key={table.table}>
                <th scope="row">{table.label}</th>
                <td className="numeric">{table.rows.toLocaleString()}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        Restoring replaces every record in this vault with the ones in the backup. Anything added or changed after {when} will not be in the restored vault. The
        vault as it is now is moved into a folder beside it, not deleted.
      </p>
      <div className="button-row button-row-start">
        <button type="button" className="button-danger" onClick={() => setAsking(true)}>
          Restore this backup
        </button>
        <button type="button" className="button-secondary" onClick={onBack}>
          Choose another backup
        </button>
      </div>
      <ConfirmDialog open={asking} title="Restore this backup?" confirmLabel="Restore the backup" danger onConfirm={restore} onCancel={() => setAsking(false)}>
        <p>
          The vault will hold the records of {contents.practiceName} as they were on {when}. Everyone will be signed out, and will sign in with the passwords of that
          day.
        </p>
      </ConfirmDialog>
    </section>
  );
}
