import { useId, useRef, useState } from "react";
import type { VendorDetail, VendorFile } from "../../../../shared/model/vendor";
import { MAX_EVIDENCE_BYTES } from "../../../../shared/rules/evidenceFiles";
import { BAA_FILE_ACCEPT, BAA_FILE_TYPE_MESSAGE, baaFileTypeFor } from "../../../../shared/rules/vendorFiles";
import { useInvoke } from "../../api/ApiContext";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { FormAlert } from "../../components/FormAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { formatDateTime } from "../../format/dates";
import { downloadBase64, formatFileSize, readFileAsBase64 } from "./vendorFiles";

interface BaaFilesProps {
  vendor: VendorDetail;
  mayEdit: boolean;
  timeZone: string | undefined;
  /** Files changed: the page reads the vendor again (its warnings depend on them). */
  onChanged: (message: string) => Promise<void>;
}

/** The signed BAA and its amendments, stored in the vault: download a copy, attach another, remove one attached by mistake. */
export function BaaFiles({ vendor, mayEdit, timeZone, onChanged }: BaaFilesProps) {
  const invoke = useInvoke();
  const inputId = useId();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [removing, setRemoving] = useState<VendorFile | null>(null);
  // Copies belong to an agreement that was signed; before that, "Record the signed BAA" attaches the first one.
  const canAttach = vendor.baaStatus === "signed" || vendor.baaStatus === "expired" || vendor.files.length > 0;

  const download = async (file: VendorFile) => {
    setError(null);
    const result = await invoke("vendors.files.download", { fileId: file.id });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    downloadBase64(result.value.fileName, result.value.contentBase64, result.value.mimeType);
    setDone(`A copy of ${file.fileName} was downloaded.`);
  };

  const attach = async () => {
    setError(null);
    setDone(null);
    const file = input.current?.files?.[0];
    if (!file) {
      setError("Choose a file first.");
      return;
    }
    if (!baaFileTypeFor(file.name)) {
      setError(BAA_FILE_TYPE_MESSAGE);
      return;
    }
    if (file.size > MAX_EVIDENCE_BYTES) {
      setError("That file is larger than 20 MB. Save a smaller copy and attach that.");
      return;
    }
    setBusy(true);
    try {
      const contentBase64 = await readFileAsBase64(file);
      const result = await invoke("vendors.files.attach", { vendorId: vendor.id, file: { fileName: file.name, mimeType: file.type, contentBase64 } });
      if (!result.ok) {
        setError([result.error.message, ...Object.values(result.error.fields ?? {}).filter((message) => message !== result.error.message)].join(" "));
        return;
      }
      if (input.current) input.current.value = "";
      await onChanged(`${result.value.fileName} was attached.`);
    } catch {
      setError("The file could not be read. Check that it opens, then choose it again.");
    } finally {
      setBusy(false);
    }
  };

  const remove = async (file: VendorFile): Promise<string | null> => {
    const result = await invoke("vendors.files.remove", { fileId: file.id });
    if (!result.ok) return result.error.message;
    setRemoving(null);
    await onChanged(`${file.fileName} was removed. The audit log keeps its name and fingerprint.`);
    return null;
  };

  return (
    <div className="vendor-files">
      <h3 className="vendor-h3">Signed copies</h3>
      <FormAlert message={error} />
      <StatusMessage>{done}</StatusMessage>
      {vendor.files.length === 0 ? (
        <p className="empty">
          No signed copy is attached yet.{mayEdit && !canAttach ? " When the signed agreement comes back, use “Record the signed BAA” above." : ""}
        </p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">Signed copies of the BAA with {vendor.name}</caption>
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">Added</th>
                <th scope="col">Size</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {vendor.files.map((file) => (
                <tr key={file.id}>
                  <th scope="row">{file.fileName}</th>
                  <td>
                    {formatDateTime(file.addedAt, timeZone)} by {file.addedBy.name}
                  </td>
                  <td>{formatFileSize(file.sizeBytes)}</td>
                  <td>
                    <div className="row-actions">
                      <button type="button" className="button-secondary button-small" onClick={() => void download(file)} aria-label={`Download ${file.fileName}`}>
                        Download
                      </button>
                      {mayEdit ? (
                        <button type="button" className="button-danger-quiet button-small" onClick={() => setRemoving(file)} aria-label={`Remove ${file.fileName}`}>
                          Remove
                        </button>
                      ) : null}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {mayEdit && canAttach ? (
        <div className="vendor-attach">
          <div className="field">
            <label htmlFor={inputId}>{vendor.files.length === 0 ? "Attach the signed copy" : "Attach another file"}</label>
            <p id={hintId} className="hint">
              An amendment or a renewed agreement: a PDF, a scan (PNG or JPG) or a Word file, up to 20 MB.
            </p>
            <input id={inputId} ref={input} type="file" accept={BAA_FILE_ACCEPT} aria-describedby={hintId} />
          </div>
          <button type="button" className="button-secondary" onClick={() => void attach()} disabled={busy}>
            {busy ? "Attaching…" : "Attach the file"}
          </button>
        </div>
      ) : null}
      <ConfirmDialog
        open={removing !== null}
        title={removing ? `Remove ${removing.fileName}?` : "Remove a file?"}
        confirmLabel="Remove"
        danger
        onConfirm={() => (removing ? remove(removing) : Promise.resolve(null))}
        onCancel={() => setRemoving(null)}
      >
        <p>Only remove a file attached by mistake. A signed BAA is part of the practice's records and must be kept for six years (45 CFR 164.316(b)(2)(i)).</p>
      </ConfirmDialog>
    </div>
  );
}
