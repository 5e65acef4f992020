import { useCallback, useEffect, useState } from "react";
import type { UserSummary } from "../../../../shared/model/account";
import { useInvoke } from "../../api/ApiContext";
import { useSession } from "../../app/SessionContext";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { Dialog } from "../../components/Dialog";
import { FormAlert } from "../../components/FormAlert";
import { StatusMessage } from "../../components/StatusMessage";
import { AddUserForm } from "./AddUserForm";
import { AdminOnlyNote } from "./AdminOnlyNote";
import { EditUserForm } from "./EditUserForm";
import { mayUse } from "./permissions";
import { ResetPasswordForm } from "./ResetPasswordForm";
import { SettingsSection } from "./SettingsSection";
import { UserTable } from "./UserTable";

type Open = { kind: "add" } | { kind: "edit" | "reset" | "remove"; user: UserSummary } | null;

/** Everyone who can sign in. An Administrator adds, edits, resets and removes users (unique user IDs, 164.312(a)(2)(i)). */
export function UsersSection() {
  const invoke = useInvoke();
  const { session, practice, refreshSession } = useSession();
  const manage = mayUse(session, "admin");
  const [users, setUsers] = useState<UserSummary[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<string | null>(null);

  const load = useCallback(
    () =>
      invoke("users.list", {}).then((result) => {
        if (result.ok) {
          setUsers(result.value);
          setLoadError(null);
        } else setLoadError(result.error.message);
      }),
    [invoke],
  );
  useEffect(() => {
    void load();
  }, [load]);

  const finish = async (message: string, touchesMe = false) => {
    setOpen(null);
    setDone(message);
    await load();
    if (touchesMe) await refreshSession();
  };

  const remove = async (user: UserSummary): Promise<string | null> => {
    const result = await invoke("users.remove", { id: user.id });
    if (!result.ok) return result.error.message;
    await finish(`${user.fullName} was removed and can no longer sign in. Their past entries stay in the audit log.`);
    return null;
  };

  return (
    <SettingsSection title="Users">
      <p>Everyone who uses Safeguard Desk signs in with their own username, so the audit log shows who did what.</p>
      <AdminOnlyNote session={session} what="users" />
      <FormAlert message={loadError} />
      <StatusMessage>{done}</StatusMessage>
      {manage ? (
        <div className="button-row button-row-start">
          <button type="button" className="button-primary" onClick={() => setOpen({ kind: "add" })}>
            Add a user
          </button>
        </div>
      ) : null}
      {users ? (
        <UserTable
          users={users}
          currentUserId={session.user.id}
          timeZone={practice?.timeZone}
          actions={
            manage
              ? {
                  onEdit: (user) => setOpen({ kind: "edit", user }),
                  onReset: (user) => setOpen({ kind: "reset", user }),
                  onRemove: (user) => setOpen({ kind: "remove", user }),
                }
              : null
          }
        />
      ) : loadError ? null : (
        <p>Loading users…</p>
      )}

      <Dialog open={open?.kind === "add"} title="Add a user" onClose={() => setOpen(null)}>
        <AddUserForm onAdded={(user) => void finish(`${user.fullName} was added. They can now sign in as ${user.username}.`)} onCancel={() => setOpen(null)} />
      </Dialog>
      <Dialog open={open?.kind === "edit"} title={open?.kind === "edit" ? `Edit ${open.user.fullName}` : "Edit user"} onClose={() => setOpen(null)}>
        {open?.kind === "edit" ? (
          <EditUserForm
            user={open.user}
            onSaved={(user) => void finish(`The changes to ${user.fullName} were saved.`, user.id === session.user.id)}
            onCancel={() => setOpen(null)}
          />
        ) : null}
      </Dialog>
      <Dialog open={open?.kind === "reset"} title={open?.kind === "reset" ? `Reset the password of ${open.user.fullName}` : "Reset a password"} onClose={() => setOpen(null)}>
        {open?.kind === "reset" ? (
          <ResetPasswordForm
            user={open.user}
            onDone={() => void finish(`The password of ${open.user.fullName} was reset. Give them the temporary password in person.`)}
            onCancel={() => setOpen(null)}
          />
        ) : null}
      </Dialog>
      <ConfirmDialog
        open={open?.kind === "remove"}
        title={open?.kind === "remove" ? `Remove ${open.user.fullName}?` : "Remove a user?"}
        confirmLabel="Remove"
        danger
        onConfirm={() => (open?.kind === "remove" ? remove(open.user) : Promise.resolve(null))}
        onCancel={() => setOpen(null)}
      >
        <p>
          {open?.kind === "remove" ? open.user.fullName : "This person"} will no longer be able to sign in. Their name stays on the records and
          audit log entries they made.
        </p>
      </ConfirmDialog>
    </SettingsSection>
  );
}
