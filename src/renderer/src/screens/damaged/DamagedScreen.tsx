import { useEffect, useState } from "react";
import type { BackupFileInfo } from "../../../../shared/model/backup";
import type { VaultProblem } from "../../../../shared/model/vaultStatus";
import { useInvoke } from "../../api/ApiContext";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { PageHeading } from "../../components/PageHeading";
import { formatDateTime } from "../../format/dates";
import { RestoreFlow } from "../backup/RestoreFlow";
import { NewerVersionScreen } from "./NewerVersionScreen";

interface DamagedScreenProps {
  folder: string;
  problem: VaultProblem;
  /** The main process's explanation of what is wrong, written for the user. */
  message: string;
  onStartAgain: () => Promise<void>;
}

/** The vault folder cannot be opened by this version: why decides the way out. */
export function DamagedScreen({ folder, problem, message, onStartAgain }: DamagedScreenProps) {
  // A vault from a newer version is whole: the way out is that version, never a new vault beside it.
  if (problem === "too-new") return <NewerVersionScreen folder={folder} />;
  return <DamagedFilesScreen folder={folder} message={message} onStartAgain={onStartAgain} />;
}

/** The vault's files are damaged or mismatched: explain, point to a backup, and offer a way out that deletes nothing. */
function DamagedFilesScreen({ folder, message, onStartAgain }: Omit<DamagedScreenProps, "problem">) {
  const invoke = useInvoke();
  const [asking, setAsking] = useState(false);
  const [movedTo, setMovedTo] = useState<string | null>(null);
  // The latest backup beside the vault, offered first: a cut-short or overwritten file is what backups are for.
  const [latest, setLatest] = useState<BackupFileInfo | null>(null);
  const [restoring, setRestoring] = useState<"latest" | "other" | null>(null);
  useEffect(() => {
    let live = true;
    void invoke("backup.list", {}).then((result) => {
      if (live && result.ok) setLatest(result.value.backups[0] ?? null);
    });
    return () => {
      live = false;
    };
  }, [invoke]);

  const setAside = async (): Promise<string | null> => {
    const result = await invoke("vault.setAsideDamaged", {});
    if (!result.ok) return result.error.message;
    setAsking(false);
    setMovedTo(result.value.movedTo);
    return null;
  };

  if (movedTo) {
    return (
      <main className="single-card-page">
        <div className="card card-wide">
          <PageHeading>The old files were moved aside</PageHeading>
          <p>Nothing was deleted. The files that could not be opened are now in this folder:</p>
          <p className="path">{movedTo}</p>
          <p>Keep that folder until you are sure you do not need it; your IT provider may still be able to restore it. Next, set up the practice again.</p>
          <div className="button-row button-row-start">
            <button type="button" className="button-primary" onClick={() => void onStartAgain()}>
              Set up the practice
            </button>
          </div>
        </div>
      </main>
    );
  }

  return (
    <main className="single-card-page">
      <div className="card card-wide">
        <PageHeading>The practice's vault cannot be opened</PageHeading>
        <div className="alert alert-error">{message}</div>
        <p>The vault folder is:</p>
        <p className="path">{folder}</p>
        {restoring ? (
          <RestoreFlow initial={restoring === "latest" ? latest : null} onCancel={() => setRestoring(null)} onRestored={() => window.location.reload()} />
        ) : (
          <>
            <h2>Restore from a backup</h2>
            {latest ? (
              <p>
                The latest backup beside the vault was made on <strong>{formatDateTime(latest.createdAt, undefined)}</strong>. Restoring it brings back every record as
                it was then; these damaged files are moved aside, not deleted.
              </p>
            ) : (
              <p>No backup was found beside the vault. If you have one on a USB drive or elsewhere, choose it.</p>
            )}
            <div className="button-row button-row-start">
              {latest ? (
                <button type="button" className="button-primary" onClick={() => setRestoring("latest")}>
                  Restore the latest backup
                </button>
              ) : null}
              <button type="button" className="button-secondary" onClick={() => setRestoring("other")}>
                {latest ? "Choose another backup…" : "Restore from a backup…"}
              </button>
            </div>
          </>
        )}
        <h2>What else you can do</h2>
        <ul>
          <li>If you are not sure what happened, call your IT provider before doing anything else, and show them this screen.</li>
          <li>If there is no backup and you need to keep working, you can move these files aside and start with a new, empty vault. Nothing is deleted.</li>
        </ul>
        <div className="button-row button-row-start">
          <button type="button" className="button-secondary" onClick={() => setAsking(true)}>
            Move these files aside and start again
          </button>
        </div>
      </div>
      <ConfirmDialog
        open={asking}
        title="Move these files aside and start again?"
        confirmLabel="Move the files aside"
        onConfirm={setAside}
        onCancel={() => setAsking(false)}
      >
        <p>
          The files in the vault folder will be moved into a new folder next to it, and Safeguard Desk will start with a new, empty
          vault. Nothing is deleted, but the new vault will not contain the old records.
        </p>
        <p>If a backup exists, restoring it is usually the better choice.</p>
      </ConfirmDialog>
    </main>
  );
}
