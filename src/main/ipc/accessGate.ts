import type { ChannelName } from "../../shared/ipc/contract";
import { ROLE_LABELS, roleMayUse, type AccessLevel, type Role } from "../../shared/model/roles";
import type { AppError } from "../../shared/result";
import type { VaultSession } from "../core/vaultSession";

/**
 * What someone whose password an Administrator reset may still do before choosing their own: change
 * it, read their own session (the screen asking for the change needs it), lock, and tell the main
 * process they are active so the auto-lock keeps time. Public channels stay open as for anyone.
 * The temporary password was chosen by someone else, so it must not open the practice's records.
 */
export const OPEN_WHILE_PASSWORD_MUST_CHANGE: ReadonlySet<ChannelName> = new Set<ChannelName>([
  "session.changePassword",
  "session.current",
  "session.lock",
  "session.activity",
]);

/**
 * Whether the caller may use a channel at all, decided before its payload is looked at, so that a
 * caller who may not use it learns nothing about what it expects. Null when the call may go ahead.
 */
export function accessRefusal(channel: ChannelName, access: AccessLevel, session: VaultSession): AppError | null {
  if (access === "public") return null;
  const role = session.currentRole;
  if (!role) return { code: "LOCKED", message: "The vault is locked. Sign in to continue." };
  if (session.requireSignedIn().user.mustChangePassword && !OPEN_WHILE_PASSWORD_MUST_CHANGE.has(channel)) {
    return {
      code: "PASSWORD_CHANGE_REQUIRED",
      message: "An Administrator set a temporary password for your account. Choose your own password in Safeguard Desk before doing anything else.",
    };
  }
  if (!roleMayUse(role, access)) return { code: "FORBIDDEN", message: forbiddenMessage(role, access) };
  return null;
}

function forbiddenMessage(role: Role, access: AccessLevel): string {
  const needs = access === "admin" ? "an Administrator" : "Staff or an Administrator";
  return `Your account's role is ${ROLE_LABELS[role]}; only ${needs} can do this.`;
}
