import type { Actor } from "./auditLog";

/**
 * The app itself as the author of an audit entry, for work it does on its own account (starting the
 * task list with the Security Rule's standing tasks) rather than at the request of whoever happens to
 * be signed in: a Read-only auditor who opens the dashboard first must not appear to have added
 * records. No user id, and a name no account can take (usernames have no spaces).
 */
export const APP_ACTOR: Actor = { id: null, name: "Safeguard Desk" };
