import { useSession } from "../../app/SessionContext";
import { ChangePasswordForm } from "./ChangePasswordForm";
import { SettingsSection } from "./SettingsSection";

/** Anyone may change their own password; the app then locks and asks for the new one. */
export function ChangePasswordSection() {
  const { sessionEnded } = useSession();
  return (
    <SettingsSection title="Change my password">
      <p>After the change, Safeguard Desk locks and you sign in again with the new password.</p>
      <ChangePasswordForm onChanged={() => sessionEnded("password-changed")} />
    </SettingsSection>
  );
}
