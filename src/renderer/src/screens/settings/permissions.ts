import { roleMayUse, type AccessLevel } from "../../../../shared/model/roles";
import type { SessionInfo } from "../../../../shared/model/vaultStatus";

/**
 * Whether to offer a control at all. The main process is the real guard: a refusal it sends anyway
 * (FORBIDDEN) is shown to the user.
 */
export function mayUse(session: SessionInfo, level: AccessLevel): boolean {
  return roleMayUse(session.user.role, level);
}
