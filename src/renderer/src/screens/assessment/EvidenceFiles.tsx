import { useId, useRef, useState, type ChangeEvent } from "react";
import type { EvidenceItem } from "../../../../shared/model/evidence";
import { useInvoke } from "../../api/ApiContext";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { FormAlert } from "../../components/FormAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { formatDateTime } from "../../format/dates";
import { downloadBase64, readFileAsBase64 } from "../../files/download";
import { evidenceFileProblem, formatFileSize } from "./evidenceFile";
import { useYear } from "./YearContext";

/** The files attached to one question: stored encrypted in the vault, at most 20 MB each. */
export function EvidenceFiles({ questionId, files, number }: { questionId: string; files: EvidenceItem[]; number: number }) {
  const invoke = useInvoke();
  const { detail, editable, timeZone, reloadEvidence } = useYear();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [removing, setRemoving] = useState<EvidenceItem | null>(null);

  const attach = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setError(null);
    setDone(null);
    if (!file) return;
    const problem = evidenceFileProblem(file);
    if (problem) {
      setError(problem);
      if (input.current) input.current.value = "";
      return;
    }
    setBusy(true);
    try {
      const contentBase64 = await readFileAsBase64(file);
      const result = await invoke("evidence.attach", { assessmentId: detail.assessment.id, questionId, fileName: file.name, mimeType: file.type, contentBase64 });
      if (!result.ok) setError(result.error.message);
      else {
        setDone(`“${result.value.fileName}” was attached and is stored encrypted in the vault.`);
        await reloadEvidence();
      }
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : "The file could not be read. Try attaching it again.");
    } finally {
      setBusy(false);
      if (input.current) input.current.value = "";
    }
  };

  const download = async (item: EvidenceItem) => {
    setError(null);
    const result = await invoke("evidence.download", { evidenceId: item.id });
    if (!result.ok) return setError(result.error.message);
    downloadBase64(result.value.fileName, result.value.contentBase64, result.value.mimeType);
  };

  const remove = async (item: EvidenceItem): Promise<string | null> => {
    const result = await invoke("evidence.remove", { evidenceId: item.id });
    if (!result.ok) return result.error.message;
    setRemoving(null);
    setDone(`“${item.fileName}” was removed.`);
    await reloadEvidence();
    return null;
  };

  return (
    <div className="evidence">
      <p className="evidence-title">Evidence files</p>
      {files.length === 0 ? (
        <p className="hint">No files attached.</p>
      ) : (
        <ul className="evidence-list">
          {files.map((item) => (
            <li key={item.id}>
              <span className="evidence-name">{item.fileName}</span>{" "}
              <span className="hint-inline">
                {formatFileSize(item.sizeBytes)}, added by {item.addedBy.name} on {formatDateTime(item.addedAt, timeZone)}
              </span>
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
        <div className="field evidence-upload">
          <label htmlFor={inputId}>Attach a file to question {number}</label>
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
        title={removing ? `Remove “${removing.fileName}”?` : "Remove the file?"}
        confirmLabel="Remove"
        danger
        onConfirm={() => (removing ? remove(removing) : Promise.resolve(null))}
        onCancel={() => setRemoving(null)}
      >
        <p>The file is deleted from the vault. The audit log keeps a record that it was attached and removed.</p>
      </ConfirmDialog>
    </div>
  );
}
