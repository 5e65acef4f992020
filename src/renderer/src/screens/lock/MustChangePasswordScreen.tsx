import type { SessionInfo } from "../../../../shared/model/vaultStatus";
import { PageHeading } from "../../components/PageHeading";
import { ChangePasswordForm } from "../settings/ChangePasswordForm";

/** An Administrator reset this user's password: they choose their own before seeing anything else. */
export function MustChangePasswordScreen({ session, onChanged }: { session: SessionInfo; onChanged: () => void }) {
  return (
    <main className="single-card-page">
      <div className="card">
        <PageHeading>Choose a new password</PageHeading>
        <p>
          Welcome, {session.user.fullName}. An Administrator set a temporary password for you. Choose a new one that only you know;
          after that, sign in again with it.
        </p>
        <ChangePasswordForm onChanged={onChanged} currentLabel="Temporary password" />
      </div>
    </main>
  );
}
