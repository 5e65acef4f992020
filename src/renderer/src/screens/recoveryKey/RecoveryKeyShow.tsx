import { KeyGroups } from "./KeyGroups";
import { PrintSheet } from "./PrintSheet";

interface RecoveryKeyShowProps {
  recoveryKey: string;
  practiceName: string;
  onWrittenDown: () => void;
}

/** Shows the recovery key once, with printing and a plain warning about what losing it means. */
export function RecoveryKeyShow({ recoveryKey, practiceName, onWrittenDown }: RecoveryKeyShowProps) {
  return (
    <div className="recovery-key">
      <p>
        This key opens the practice's records if every password is forgotten. Print it or write it down now, and keep it in a safe
        place away from this computer. It will not be shown again.
      </p>
      <KeyGroups recoveryKey={recoveryKey} label="Your recovery key" />
      <div className="alert alert-warning">
        <strong>Important:</strong> if every password and this key are lost, nobody can recover the practice's data — not us, and not
        your IT provider.
      </div>
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={() => window.print()}>
          Print the key
        </button>
        <button type="button" className="button-primary" onClick={onWrittenDown}>
          I have printed or written down the key
        </button>
      </div>
      <PrintSheet recoveryKey={recoveryKey} practiceName={practiceName} />
    </div>
  );
}
