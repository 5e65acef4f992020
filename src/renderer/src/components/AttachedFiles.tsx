import { useId } from "react";
import { formatFileSize } from "../files/attachedFile";
import { useAttachedFiles, type AttachedFileChannels, type AttachedFileMessages } from "../files/useAttachedFiles";
import { ConfirmDialog } from "./ConfirmDialog";
import { FileActions } from "./FileActions";
import { FormAlert } from "./FormAlert";
import { StatusMessage } from "./StatusMessage";

/** A file as the list shows it: each kind (evidence, a certificate) carries at least this. */
export interface ListedFile {
  id: string;
  fileName: string;
  sizeBytes: number;
  addedAt: string;
  addedBy: { name: string };
}

/** The class names each screen's stylesheet already targets. */
export interface AttachedFilesClassNames {
  root: string;
  title: string;
  list: string;
  name: string;
  field: string;
}

interface AttachedFilesProps<Item extends ListedFile> extends AttachedFileChannels<Item> {
  files: Item[];
  editable: boolean;
  title: string;
  emptyText: string;
  /** The picker's label, which says what the file is attached to. */
  attachLabel: string;
  /** What removing does, said in the confirm dialog. */
  removeExplanation: string;
  /** What is wrong with a chosen file, checked before it is read. */
  problemWith: (file: File) => string | null;
  /** When a file was added, as this screen writes moments. */
  formatAddedAt: (iso: string) => string;
  /** Reads the list again after an attach or a removal. */
  reload: () => Promise<void>;
  classNames: AttachedFilesClassNames;
}

const MESSAGES: AttachedFileMessages = {
  attached: (fileName) => `“${fileName}” was attached and is stored encrypted in the vault.`,
  removed: (fileName) => `“${fileName}” was removed.`,
};

/** Files attached to one record, stored encrypted in the vault, at most 20 MB each: picking a file attaches it. */
export function AttachedFiles<Item extends ListedFile>(props: AttachedFilesProps<Item>) {
  const { files, editable, title, emptyText, attachLabel, removeExplanation, formatAddedAt, reload, classNames } = props;
  const inputId = useId();
  const attachments = useAttachedFiles<Item>({
    problemWith: props.problemWith,
    attach: props.attach,
    download: props.download,
    remove: props.remove,
    attachOn: "choose",
    messages: MESSAGES,
    onChanged: async (message, show) => {
      show(message);
      await reload();
    },
  });
  const { removing } = attachments;

  return (
    <div className={classNames.root}>
      <p className={classNames.title}>{title}</p>
      {files.length === 0 ? (
        <p className="hint">{emptyText}</p>
      ) : (
        <ul className={classNames.list}>
          {files.map((item) => (
            <li key={item.id}>
              <span className={classNames.name}>{item.fileName}</span>{" "}
              <span className="hint-inline">
                {formatFileSize(item.sizeBytes)}, added by {item.addedBy.name} on {formatAddedAt(item.addedAt)}
              </span>{" "}
              <span className="row-actions">
                <FileActions
                  fileName={item.fileName}
                  mayRemove={editable}
                  onDownload={() => void attachments.downloadFile(item)}
                  onRemove={() => attachments.askToRemove(item)}
                />
              </span>
            </li>
          ))}
        </ul>
      )}
      {editable ? (
        <div className={classNames.field}>
          <label htmlFor={inputId}>{attachLabel}</label>
          <p id={`${inputId}-hint`} className="hint">
            PDF, PNG, JPG, Word (.docx), Excel (.xlsx), text or CSV, up to 20 MB. It is stored encrypted inside the vault.
          </p>
          <input
            id={inputId}
            type="file"
            aria-describedby={`${inputId}-hint`}
            accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.txt,.csv"
            onChange={(event) => void attachments.attachChosenFile(event.currentTarget)}
            disabled={attachments.busy}
          />
        </div>
      ) : null}
      <FormAlert message={attachments.error} />
      <StatusMessage>{attachments.busy ? "Attaching the file…" : attachments.done}</StatusMessage>
      {/* The dialog shows its title only while open, that is while a file is being asked about. */}
      <ConfirmDialog
        open={removing !== null}
        title={removing ? `Remove “${removing.fileName}”?` : ""}
        confirmLabel="Remove"
        danger
        onConfirm={attachments.confirmRemoval}
        onCancel={attachments.cancelRemoval}
      >
        <p>{removeExplanation}</p>
      </ConfirmDialog>
    </div>
  );
}
