import { createContext, useContext } from "react";
import type { PracticeProfile } from "../../../shared/model/practice";
import type { LockReason, SessionInfo } from "../../../shared/model/vaultStatus";

export interface SessionValue {
  session: SessionInfo;
  /** Null until practice.get has answered. */
  practice: PracticeProfile | null;
  setPractice: (practice: PracticeProfile) => void;
  /** Reads session.current again, after something that changes it (auto-lock time, recovery key). */
  refreshSession: () => Promise<void>;
  lock: () => void;
  /** The main process has locked the vault (for instance after a password change). */
  sessionEnded: (reason: LockReason | null) => void;
}

export const SessionContext = createContext<SessionValue | null>(null);

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSession must be used inside the signed-in app.");
  return value;
}
