import { zodResolver } from "@hookform/resolvers/zod";
import { useCallback, useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { backupSettingsSchema, type BackupRecord, type BackupSettings, type BackupStatus } from "../../../../shared/model/backup";
import { useInvoke } from "../../api/ApiContext";
import { useSession } from "../../app/SessionContext";
import { Field } from "../../components/Field";
import { FormAlert } from "../../components/FormAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { formatDateTime } from "../../format/dates";
import { applyServerError } from "../../forms/serverErrors";
import { formatBytes } from "../backup/backupText";
import { RestoreFlow } from "../backup/RestoreFlow";
import { AdminOnlyNote } from "./AdminOnlyNote";
import { mayUse } from "./permissions";
import { SettingsSection } from "./SettingsSection";

/**
 * Backups: when the last good one was (with a warning after a week without one), "Back up now" to a
 * chosen folder, how many days of automatic backups are kept, and restoring one. 45 CFR
 * 164.308(a)(7)(ii)(A) (data backup plan) and (B) (disaster recovery plan).
 */
export function BackupSection() {
  const invoke = useInvoke();
  const { session, practice } = useSession();
  const admin = mayUse(session, "admin");
  const timeZone = practice?.timeZone;
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [restoring, setRestoring] = useState(false);

  const load = useCallback(async () => {
    const result = await invoke("backup.status", {});
    if (result.ok) setStatus(result.value);
    else setLoadError(result.error.message);
  }, [invoke]);
  useEffect(() => {
    let live = true;
    void invoke("backup.status", {}).then((result) => {
      if (!live) return;
      if (result.ok) setStatus(result.value);
      else setLoadError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [invoke]);

  return (
    <SettingsSection title="Backups" anchor="backups">
      <p>
        A backup is a copy of every record, encrypted like the vault, that opens with the passwords and the recovery key of the day it was made. Keep a recent one
        away from this computer (a USB drive in a locked drawer, or a network share), so that a broken disk, a theft or a fire does not take the practice's records
        with it.
      </p>
      <FormAlert message={loadError} />
      {status ? <LastBackup status={status} timeZone={timeZone} /> : loadError ? null : <p>Loading…</p>}
      <AdminOnlyNote session={session} what="backups" />
      {status && admin ? <BackUpNow status={status} timeZone={timeZone} onDone={load} /> : null}
      {status ? (
        <>
          <h3>Automatic backups</h3>
          <p>
            While someone is signed in, Safeguard Desk makes a backup once a day, and another when it closes. They go in this folder beside the vault, and the
            latest backup of each of the last {status.keepAutomatic} {status.keepAutomatic === 1 ? "day" : "days"} is kept:
          </p>
          <p className="path">{status.automaticFolder}</p>
          <p>They protect against a mistake or a damaged file, not against losing this computer: for that, use Back up now to a drive kept elsewhere.</p>
          {admin ? <KeepForm status={status} onSaved={setStatus} /> : null}
        </>
      ) : null}
      {admin ? (
        <>
          <h3>Restore from a backup</h3>
          {restoring ? (
            <RestoreFlow timeZone={timeZone} headingLevel={3} onCancel={() => setRestoring(false)} onRestored={() => window.location.reload()} />
          ) : (
            <>
              <p>Brings back every record as it was when a backup was made. The vault as it is now is set aside in a folder beside it, not deleted.</p>
              <div className="button-row button-row-start">
                <button type="button" className="button-secondary" onClick={() => setRestoring(true)}>
                  Restore from a backup…
                </button>
              </div>
            </>
          )}
        </>
      ) : null}
    </SettingsSection>
  );
}

function LastBackup({ status, timeZone }: { status: BackupStatus; timeZone: string | undefined }) {
  const last = status.lastBackup;
  return (
    <>
      {last ? (
        <p>
          Last backup: <strong>{formatDateTime(last.createdAt, timeZone)}</strong>, {last.kind === "automatic" ? "automatic" : `made by ${last.madeBy}`},{" "}
          {formatBytes(last.sizeBytes)}, checked after it was written. <span className="path">{last.path}</span>
        </p>
      ) : null}
      {status.warning?.kind === "never" ? (
        <div className="alert alert-warning">
          <p>
            <strong>There is no backup yet.</strong> If this computer's disk failed today, the practice's records would be lost. Back up now, to a USB drive or a
            network share.
          </p>
        </div>
      ) : null}
      {status.warning?.kind === "stale" ? (
        <div className="alert alert-warning">
          <p>
            <strong>The last backup is {status.warning.days} days old.</strong> Anything recorded since would be lost if this computer's disk failed. Back up now.
          </p>
        </div>
      ) : null}
      {status.automaticProblem ? (
        <div className="alert alert-error">
          <p>
            <strong>The automatic backup of {formatDateTime(status.automaticProblem.at, timeZone)} failed.</strong> {status.automaticProblem.message}
          </p>
        </div>
      ) : null}
    </>
  );
}

function BackUpNow({ status, timeZone, onDone }: { status: BackupStatus; timeZone: string | undefined; onDone: () => Promise<void> }) {
  const invoke = useInvoke();
  const [folder, setFolder] = useState(status.suggestedFolder);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [made, setMade] = useState<BackupRecord | null>(null);

  const choose = async () => {
    setError(null);
    const result = await invoke("backup.choosePath", { purpose: "backup-folder" });
    if (!result.ok) setError(result.error.message);
    else if (result.value.path) setFolder(result.value.path);
  };
  const backUp = async () => {
    setBusy(true);
    setError(null);
    setMade(null);
    const result = await invoke("backup.create", { folder });
    setBusy(false);
    if (!result.ok) {
      setError([result.error.message, ...Object.values(result.error.fields ?? {}).filter((message) => message !== result.error.message)].join(" "));
      return;
    }
    setMade(result.value);
    await onDone();
  };

  return (
    <div className="backup-now">
      <h3>Back up now</h3>
      <p>The backup will be saved in this folder:</p>
      <p className="path">{folder}</p>
      <FormAlert message={error} />
      <div className="button-row button-row-start">
        <button type="button" className="button-primary" onClick={() => void backUp()} disabled={busy}>
          {busy ? "Backing up and checking…" : "Back up now"}
        </button>
        <button type="button" className="button-secondary" onClick={() => void choose()} disabled={busy}>
          Choose another folder…
        </button>
      </div>
      <StatusMessage>
        {made ? `Backed up and checked at ${formatDateTime(made.createdAt, timeZone)}: ${made.path} (${formatBytes(made.sizeBytes)}).` : null}
      </StatusMessage>
    </div>
  );
}

type KeepInput = { keepAutomatic: unknown };

function KeepForm({ status, onSaved }: { status: BackupStatus; onSaved: (status: BackupStatus) => void }) {
  const invoke = useInvoke();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<KeepInput, unknown, BackupSettings>({ resolver: zodResolver(backupSettingsSchema), defaultValues: { keepAutomatic: status.keepAutomatic } });
  const submit = async (values: BackupSettings) => {
    setFormError(null);
    setSaved(false);
    const result = await invoke("backup.updateSettings", values);
    if (!result.ok) {
      setFormError(applyServerError(result.error, setError, ["keepAutomatic"]));
      return;
    }
    setSaved(true);
    onSaved(result.value);
  };
  return (
    <form onSubmit={handleSubmit(submit)} noValidate aria-label="Automatic backups kept">
      <FormAlert message={formError} />
      <Field label="Days of automatic backups to keep" hint="Between 1 and 60. The latest backup of each day is kept." error={errors.keepAutomatic?.message}>
        {(control) => <input {...control} {...register("keepAutomatic")} type="number" inputMode="numeric" min={1} max={60} className="input-short" />}
      </Field>
      <div className="button-row button-row-start">
        <button type="submit" className="button-secondary" disabled={isSubmitting}>
          Save
        </button>
      </div>
      <StatusMessage>{saved ? "Saved." : null}</StatusMessage>
    </form>
  );
}
