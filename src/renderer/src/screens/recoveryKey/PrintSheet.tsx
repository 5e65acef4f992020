import { createPortal } from "react-dom";
import { KeyGroups } from "./KeyGroups";

/**
 * What the printer gets: only the key, the practice's name, the date and where to keep it. It lives
 * outside #root, which the print stylesheet hides; on screen it is not shown at all.
 */
export function PrintSheet({ recoveryKey, practiceName }: { recoveryKey: string; practiceName: string }) {
  const today = new Intl.DateTimeFormat(undefined, { dateStyle: "long" }).format(new Date());
  return createPortal(
    <div className="print-sheet">
      <h1>Safeguard Desk recovery key</h1>
      <p>
        <strong>Practice:</strong> {practiceName}
        <br />
        <strong>Printed on:</strong> {today}
      </p>
      <KeyGroups recoveryKey={recoveryKey} label="Recovery key" />
      <p>
        Keep this sheet in a safe place away from the computer, such as a locked drawer or the practice's safe. If every password
        is forgotten, this key is the only way to open the practice's records. Anyone who has this key and the computer can open
        them, so do not leave it on the desk.
      </p>
      <p>If every password and this key are lost, nobody can recover the data.</p>
    </div>,
    document.body,
  );
}
