import { useState } from "react";
import type { LockReason, SessionInfo } from "../../../../shared/model/vaultStatus";
import { lockMessage } from "./lockMessage";
import { RecoverForm } from "./RecoverForm";
import { UnlockForm } from "./UnlockForm";

interface LockScreenProps {
  reason: LockReason | null;
  idleMinutes: number | null;
  /** Who was signed in before the lock, to save them typing it; anyone may change it. */
  lastUsername: string | null;
  onUnlocked: (session: SessionInfo) => void;
}

/** The vault is locked: sign in, or use the recovery key after a forgotten password. */
export function LockScreen({ reason, idleMinutes, lastUsername, onUnlocked }: LockScreenProps) {
  const [mode, setMode] = useState<"unlock" | "recover">("unlock");
  const message = lockMessage(reason, idleMinutes);
  return (
    <main className="single-card-page lock-page">
      <div className={mode === "unlock" ? "card" : "card card-wide"}>
        {mode === "unlock" ? (
          <UnlockForm message={message} lastUsername={lastUsername} onUnlocked={onUnlocked} onForgot={() => setMode("recover")} />
        ) : (
          <RecoverForm onUnlocked={onUnlocked} onBack={() => setMode("unlock")} />
        )}
      </div>
    </main>
  );
}
