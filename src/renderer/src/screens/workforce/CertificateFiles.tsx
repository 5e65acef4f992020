import { useId, useRef, useState, type ChangeEvent } from "react";
import type { CertificateItem, TrainingCompletion } from "../../../../shared/model/training";
import { formatDay, formatMoment } from "../../../../shared/time/zonedTime";
import { useInvoke } from "../../api/ApiContext";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { FormAlert } from "../../components/FormAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { downloadBase64, readFileAsBase64 } from "../../files/download";
import { certificateFileProblem, fileSize } from "./certificateFile";

interface CertificateFilesProps {
  completion: TrainingCompletion;
  editable: boolean;
  timeZone: string;
  onChanged: () => Promise<void>;
}

/** Certificates for one training record: stored encrypted in the vault, at most 20 MB each. */
export function CertificateFiles({ completion, editable, timeZone, onChanged }: CertificateFilesProps) {
  const invoke = useInvoke();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [removing, setRemoving] = useState<CertificateItem | null>(null);
  const when = formatDay(completion.completedOn);

  const attach = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setError(null);
    setDone(null);
    if (!file) return;
    const problem = certificateFileProblem(file);
    if (problem) {
      setError(problem);
      if (input.current) input.current.value = "";
      return;
    }
    setBusy(true);
    try {
      const contentBase64 = await readFileAsBase64(file);
      const result = await invoke("training.certificates.attach", { completionId: completion.id, fileName: file.name, mimeType: file.type, contentBase64 });
      if (!result.ok) setError(result.error.message);
      else {
        setDone(`“${result.value.fileName}” was attached and is stored encrypted in the vault.`);
        await onChanged();
      }
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : "The file could not be read. Try attaching it again.");
    } finally {
      setBusy(false);
      if (input.current) input.current.value = "";
    }
  };

  const download = async (item: CertificateItem) => {
    setError(null);
    const result = await invoke("training.certificates.download", { certificateId: item.id });
    if (!result.ok) return setError(result.error.message);
    downloadBase64(result.value.fileName, result.value.contentBase64, result.value.mimeType);
  };

  const remove = async (item: CertificateItem): Promise<string | null> => {
    const result = await invoke("training.certificates.remove", { certificateId: item.id });
    if (!result.ok) return result.error.message;
    setRemoving(null);
    setDone(`“${item.fileName}” was removed.`);
    await onChanged();
    return null;
  };

  return (
    <div className="certificates">
      <p className="certificates-title">Certificates</p>
      {completion.certificates.length === 0 ? (
        <p className="hint">No certificate attached.</p>
      ) : (
        <ul className="certificate-list">
          {completion.certificates.map((item) => (
            <li key={item.id}>
              <span className="certificate-name">{item.fileName}</span>{" "}
              <span className="hint-inline">
                {fileSize(item.sizeBytes)}, added by {item.addedBy.name} on {formatMoment(item.addedAt, timeZone)}
              </span>{" "}
              <span className="row-actions">
                <button type="button" className="button-secondary button-small" onClick={() => void download(item)} aria-label={`Download ${item.fileName}`}>
                  Download
                </button>
                {editable ? (
                  <button type="button" className="button-danger-quiet button-small" onClick={() => setRemoving(item)} aria-label={`Remove ${item.fileName}`}>
                    Remove
                  </button>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      )}
      {editable ? (
        <div className="field">
          <label htmlFor={inputId}>Attach a certificate to the training of {when}</label>
          <p id={`${inputId}-hint`} className="hint">
            PDF, PNG, JPG, Word (.docx), Excel (.xlsx), text or CSV, up to 20 MB. It is stored encrypted inside the vault.
          </p>
          <input
            ref={input}
            id={inputId}
            type="file"
            aria-describedby={`${inputId}-hint`}
            accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.txt,.csv"
            onChange={(event) => void attach(event)}
            disabled={busy}
          />
        </div>
      ) : null}
      <FormAlert message={error} />
      <StatusMessage>{busy ? "Attaching the file…" : done}</StatusMessage>
      <ConfirmDialog
        open={removing !== null}
        title={removing ? `Remove “${removing.fileName}”?` : "Remove the certificate?"}
        confirmLabel="Remove"
        danger
        onConfirm={() => (removing ? remove(removing) : Promise.resolve(null))}
        onCancel={() => setRemoving(null)}
      >
        <p>The file is deleted from the vault. The training record itself stays, and the audit log keeps a record that the file was attached and removed.</p>
      </ConfirmDialog>
    </div>
  );
}
