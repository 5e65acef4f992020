import { PageHeading } from "../../components/PageHeading";
import { useSectionLink } from "./useSectionLink";
import { useSession } from "../../app/SessionContext";
import { AutoLockSection } from "./AutoLockSection";
import { BackupSection } from "./BackupSection";
import { ChangePasswordSection } from "./ChangePasswordSection";
import { ExportSection } from "./ExportSection";
import { PracticeProfileSection } from "./PracticeProfileSection";
import { RecoveryKeySection } from "./RecoveryKeySection";
import { UsersSection } from "./UsersSection";
import { VaultCheckSection } from "./VaultCheckSection";

/** Settings: the practice, auto-lock, the user's own password, users, the recovery key, backups, moving to another computer and the vault check. */
export function SettingsScreen() {
  const { session } = useSession();
  useSectionLink();
  return (
    <div className="page">
      <PageHeading>Settings</PageHeading>
      {session.user.role === "readonly" ? (
        <p className="read-only-note">Your role is Read-only: you can look at the settings but cannot change them, except your own password.</p>
      ) : null}
      <PracticeProfileSection />
      <AutoLockSection />
      <ChangePasswordSection />
      <UsersSection />
      <RecoveryKeySection />
      <BackupSection />
      <ExportSection />
      <VaultCheckSection />
    </div>
  );
}
