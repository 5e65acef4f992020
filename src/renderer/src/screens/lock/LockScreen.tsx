import { useState } from "react";
import type { LockReason, SessionInfo } from "../../../../shared/model/vaultStatus";
import { PageHeading } from "../../components/PageHeading";
import { RestoreFlow } from "../backup/RestoreFlow";
import { lockMessage } from "./lockMessage";
import { RecoverForm } from "./RecoverForm";
import { UnlockForm } from "./UnlockForm";

interface LockScreenProps {
  reason: LockReason | null;
  idleMinutes: number | null;
  /** Who was signed in before the lock, to save them typing it; anyone may change it. */
  lastUsername: string | null;
  onUnlocked: (session: SessionInfo) => void;
  /** Reads the vault's status again, when signing in found the vault damaged. */
  onVaultProblem?: () => void;
}

/** The vault is locked: sign in, or use the recovery key after a forgotten password. */
export function LockScreen({ reason, idleMinutes, lastUsername, onUnlocked, onVaultProblem }: LockScreenProps) {
  const [mode, setMode] = useState<"unlock" | "recover" | "restore">("unlock");
  const message = lockMessage(reason, idleMinutes);
  return (
    <main className="single-card-page lock-page">
      <div className={mode === "unlock" ? "card" : "card card-wide"}>
        {mode === "unlock" ? (
          <>
            <UnlockForm
              message={message}
              lastUsername={lastUsername}
              onUnlocked={onUnlocked}
              onForgot={() => setMode("recover")}
              {...(onVaultProblem ? { onVaultProblem } : {})}
            />
            <p className="below-form">
              <button type="button" className="link-button" onClick={() => setMode("restore")}>
                Restore the vault from a backup
              </button>
            </p>
          </>
        ) : null}
        {mode === "recover" ? <RecoverForm onUnlocked={onUnlocked} onBack={() => setMode("unlock")} /> : null}
        {mode === "restore" ? (
          <>
            <PageHeading>Restore from a backup</PageHeading>
            <p>
              Restoring over this vault needs an Administrator's password, or the recovery key, that opens both the backup and the vault as it is now. If an
              Administrator can sign in, restoring from Settings is simpler.
            </p>
            <RestoreFlow onCancel={() => setMode("unlock")} onRestored={() => window.location.reload()} />
          </>
        ) : null}
      </div>
    </main>
  );
}
