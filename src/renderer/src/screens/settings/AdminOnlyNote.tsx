import type { SessionInfo } from "../../../../shared/model/vaultStatus";

/** Says why a section's controls are greyed out, instead of leaving the user to wonder. */
export function AdminOnlyNote({ session, what }: { session: SessionInfo; what: string }) {
  if (session.user.role === "administrator") return null;
  return <p className="read-only-note">Only an Administrator can change {what}.</p>;
}
