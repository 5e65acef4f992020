import { useState, type ReactNode } from "react";
import { Dialog } from "./Dialog";
import { FormAlert } from "./FormAlert";

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  /** Resolves to an error message to show in the dialog, or null when done. */
  onConfirm: () => Promise<string | null>;
  onCancel: () => void;
}

/** Asks before doing something that cannot simply be undone. Cancel is first so Enter does no harm. */
export function ConfirmDialog({ open, title, children, confirmLabel, danger, onConfirm, onCancel }: ConfirmDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setError(null);
    onCancel();
  };
  const confirm = async () => {
    setBusy(true);
    setError(null);
    const message = await onConfirm();
    setBusy(false);
    if (message) setError(message);
  };
  return (
    <Dialog open={open} title={title} onClose={close}>
      <div className="dialog-body">{children}</div>
      <FormAlert message={error} />
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={close} autoFocus>
          Cancel
        </button>
        <button type="button" className={danger ? "button-danger" : "button-primary"} onClick={confirm} disabled={busy}>
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
