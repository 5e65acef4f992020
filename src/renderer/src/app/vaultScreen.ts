import type { LockReason, SessionInfo, VaultProblem, VaultStatus } from "../../../shared/model/vaultStatus";

/** Which screen the app shows, derived from the vault's status and what happened since. */
export type VaultScreen =
  | { kind: "loading" }
  | { kind: "unavailable"; message: string }
  /** `session` is set once the vault exists and the wizard is showing the recovery key. */
  | { kind: "setup"; session: SessionInfo | null }
  /** `problem` tells a vault from a newer version (whole, only not for this version) from damaged files. */
  | { kind: "damaged"; folder: string; problem: VaultProblem; message: string }
  | { kind: "locked"; reason: LockReason | null }
  | { kind: "unlocked"; session: SessionInfo };

export function screenForStatus(status: VaultStatus): VaultScreen {
  switch (status.state) {
    case "no-vault":
      return { kind: "setup", session: null };
    case "damaged":
      return { kind: "damaged", folder: status.folder, problem: status.problem, message: status.message };
    case "locked":
      return { kind: "locked", reason: status.lockReason };
    case "unlocked":
      return { kind: "unlocked", session: status.session };
  }
}

/** A session is open (and must be guarded by the idle lock and Ctrl+L) on these screens. */
export function openSession(screen: VaultScreen): SessionInfo | null {
  if (screen.kind === "unlocked") return screen.session;
  if (screen.kind === "setup") return screen.session;
  return null;
}
