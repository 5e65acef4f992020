import type { SessionInfo } from "../../../shared/model/vaultStatus";
import { areaHref } from "./areas";

/** Shown on every page until the recovery key has been written down and typed back. */
export function RecoveryKeyBanner({ session }: { session: SessionInfo }) {
  if (session.recoveryKeyConfirmed) return null;
  const isAdmin = session.user.role === "administrator";
  return (
    <div className="banner banner-warning" role="region" aria-label="Recovery key warning">
      <p>
        <strong>The recovery key has not been confirmed.</strong> If every password is forgotten, nobody could open the practice's
        records.{" "}
        {isAdmin ? (
          <>
            Please <a href={`${areaHref("settings")}/recovery-key`}>replace the recovery key in Settings</a> and keep the new one in a safe place.
          </>
        ) : (
          "Please ask an Administrator to replace the recovery key in Settings."
        )}
      </p>
    </div>
  );
}

/** A one-off message, such as the notice that a different user's unsaved input was dropped. */
export function NoticeBanner({ message, onDismiss }: { message: string | null; onDismiss: () => void }) {
  if (!message) return null;
  return (
    <div className="banner banner-info" role="status">
      <p>{message}</p>
      <button type="button" className="button-secondary button-small" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
