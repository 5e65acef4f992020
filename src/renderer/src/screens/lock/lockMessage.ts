import type { LockReason } from "../../../../shared/model/vaultStatus";

/** Why the lock screen is showing, in a sentence; null when there is nothing to explain. */
export function lockMessage(reason: LockReason | null, idleMinutes: number | null): string | null {
  switch (reason) {
    case "idle":
      return idleMinutes
        ? `Locked after ${idleMinutes} ${idleMinutes === 1 ? "minute" : "minutes"} without activity.`
        : "Locked after a period without activity.";
    case "password-changed":
      return "Your password was changed. Sign in with your new password.";
    case "user":
      return "Safeguard Desk was locked. Sign in to continue.";
    default:
      return null;
  }
}
