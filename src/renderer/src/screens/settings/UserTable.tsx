import type { UserSummary } from "../../../../shared/model/account";
import { ROLE_LABELS } from "../../../../shared/model/roles";
import { formatDate } from "../../format/dates";

interface UserTableProps {
  users: UserSummary[];
  currentUserId: string;
  timeZone: string | undefined;
  /** Null for someone who may not manage users: the table is then only a list. */
  actions: { onEdit: (u: UserSummary) => void; onReset: (u: UserSummary) => void; onRemove: (u: UserSummary) => void } | null;
}

export function UserTable({ users, currentUserId, timeZone, actions }: UserTableProps) {
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">People who can sign in to Safeguard Desk</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Username</th>
            <th scope="col">Title</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            {actions ? <th scope="col">Actions</th> : null}
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <th scope="row">
                {user.fullName}
                {user.id === currentUserId ? " (you)" : ""}
              </th>
              <td>{user.username}</td>
              <td>{user.title}</td>
              <td>{ROLE_LABELS[user.role]}</td>
              <td>{status(user, timeZone)}</td>
              {actions ? (
                <td>
                  {user.active ? (
                    <div className="row-actions">
                      <button type="button" className="button-secondary button-small" onClick={() => actions.onEdit(user)} aria-label={`Edit ${user.fullName}`}>
                        Edit
                      </button>
                      <button
                        type="button"
                        className="button-secondary button-small"
                        onClick={() => actions.onReset(user)}
                        aria-label={`Reset the password of ${user.fullName}`}
                      >
                        Reset password
                      </button>
                      <button type="button" className="button-danger-quiet button-small" onClick={() => actions.onRemove(user)} aria-label={`Remove ${user.fullName}`}>
                        Remove
                      </button>
                    </div>
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function status(user: UserSummary, timeZone: string | undefined): string {
  if (!user.active) return user.removedAt ? `Removed on ${formatDate(user.removedAt, timeZone)}` : "Removed";
  if (user.mustChangePassword) return "Must choose a new password";
  return "Active";
}
