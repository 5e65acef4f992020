import { useId, useRef } from "react";
import type { VendorDetail, VendorFile } from "../../../../shared/model/vendor";
import { MAX_EVIDENCE_BYTES } from "../../../../shared/rules/evidenceFiles";
import { BAA_FILE_ACCEPT, BAA_FILE_TYPE_MESSAGE, baaFileTypeFor } from "../../../../shared/rules/vendorFiles";
import { useInvoke } from "../../api/ApiContext";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { FileActions } from "../../components/FileActions";
import { FormAlert } from "../../components/FormAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { formatFileSize } from "../../files/attachedFile";
import { useAttachedFiles, type AttachedFileMessages } from "../../files/useAttachedFiles";
import { formatDateTime } from "../../format/dates";

interface BaaFilesProps {
  vendor: VendorDetail;
  mayEdit: boolean;
  timeZone: string | undefined;
  /** Files changed: the page reads the vendor again (its warnings depend on them). */
  onChanged: (message: string) => Promise<void>;
}

/** What the main process checks again, checked before the file is read. */
function baaFileProblem(file: File): string | null {
  if (!baaFileTypeFor(file.name)) return BAA_FILE_TYPE_MESSAGE;
  if (file.size > MAX_EVIDENCE_BYTES) return "That file is larger than 20 MB. Save a smaller copy and attach that.";
  return null;
}

const MESSAGES: AttachedFileMessages = {
  attached: (fileName) => `${fileName} was attached.`,
  removed: (fileName) => `${fileName} was removed. The audit log keeps its name and fingerprint.`,
  downloaded: (fileName) => `A copy of ${fileName} was downloaded.`,
  // The vault's reasons for refusing a file come back as the file's field messages: say them too.
  attachFailed: (error) => [error.message, ...Object.values(error.fields ?? {}).filter((message) => message !== error.message)].join(" "),
  unreadable: "The file could not be read. Check that it opens, then choose it again.",
};

/** The signed BAA and its amendments, stored in the vault: download a copy, attach another, remove one attached by mistake. */
export function BaaFiles({ vendor, mayEdit, timeZone, onChanged }: BaaFilesProps) {
  const invoke = useInvoke();
  const inputId = useId();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const attachments = useAttachedFiles<VendorFile>({
    problemWith: baaFileProblem,
    attach: (upload) => invoke("vendors.files.attach", { vendorId: vendor.id, file: upload }),
    download: (file) => invoke("vendors.files.download", { fileId: file.id }),
    remove: (file) => invoke("vendors.files.remove", { fileId: file.id }),
    attachOn: "button",
    messages: MESSAGES,
    // The page says what changed, above its warnings, which it reads again with the vendor.
    onChanged: (message) => onChanged(message),
  });
  const { removing } = attachments;
  // Copies belong to an agreement that was signed; before that, "Record the signed BAA" attaches the first one.
  const canAttach = vendor.baaStatus === "signed" || vendor.baaStatus === "expired" || vendor.files.length > 0;

  return (
    <div className="vendor-files">
      <h3 className="vendor-h3">Signed copies</h3>
      <FormAlert message={attachments.error} />
      <StatusMessage>{attachments.done}</StatusMessage>
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
                      <FileActions
                        fileName={file.fileName}
                        mayRemove={mayEdit}
                        onDownload={() => void attachments.downloadFile(file)}
                        onRemove={() => attachments.askToRemove(file)}
                      />
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
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              if (input.current) void attachments.attachChosenFile(input.current);
            }}
            disabled={attachments.busy}
          >
            {attachments.busy ? "Attaching…" : "Attach the file"}
          </button>
        </div>
      ) : null}
      <ConfirmDialog
        open={removing !== null}
        title={removing ? `Remove ${removing.fileName}?` : "Remove a file?"}
        confirmLabel="Remove"
        danger
        onConfirm={attachments.confirmRemoval}
        onCancel={attachments.cancelRemoval}
      >
        <p>Only remove a file attached by mistake. A signed BAA is part of the practice's records and must be kept for six years (45 CFR 164.316(b)(2)(i)).</p>
      </ConfirmDialog>
    </div>
  );
}
