interface FileActionsProps {
  fileName: string;
  /** Only someone who may change the list gets a Remove button. */
  mayRemove: boolean;
  onDownload: () => void;
  onRemove: () => void;
}

/** A listed file's buttons, each named with the file so a screen reader tells the rows apart. */
export function FileActions({ fileName, mayRemove, onDownload, onRemove }: FileActionsProps) {
  return (
    <>
      <button type="button" className="button-secondary button-small" onClick={onDownload} aria-label={`Download ${fileName}`}>
        Download
      </button>
      {mayRemove ? (
        <button type="button" className="button-danger-quiet button-small" onClick={onRemove} aria-label={`Remove ${fileName}`}>
          Remove
        </button>
      ) : null}
    </>
  );
}
