import { ROLE_LABELS } from "../../../shared/model/roles";
import type { SessionInfo } from "../../../shared/model/vaultStatus";
import { lockShortcutLabel } from "../app/useLockShortcut";

/** The practice's name, who is signed in, and the Lock button. */
export function Header({ session, practiceName, onLock }: { session: SessionInfo; practiceName: string; onLock: () => void }) {
  const shortcut = lockShortcutLabel();
  return (
    <header className="app-header">
      <div className="app-header-title">
        <span className="app-name">Safeguard Desk</span>
        <span className="practice-name">{practiceName}</span>
      </div>
      <div className="app-header-user">
        <span>
          Signed in as <strong>{session.user.fullName}</strong> ({ROLE_LABELS[session.user.role]})
        </span>
        <button type="button" className="button-secondary" onClick={onLock} aria-keyshortcuts="Control+L Meta+L">
          Lock <kbd>{shortcut}</kbd>
        </button>
      </div>
    </header>
  );
}
