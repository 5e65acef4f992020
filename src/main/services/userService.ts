import type { Database } from "better-sqlite3-multiple-ciphers";
import type { UserSummary } from "../../shared/model/account";
import { ROLE_LABELS, type Role } from "../../shared/model/roles";
import { appendAudit, type Actor } from "../audit/auditLog";
import { AppFailure } from "../core/appFailure";
import { changedFields } from "./recordChanges";
import { retireSigningKey } from "../reports/certificateStore";

interface UserRow {
  id: string;
  username: string;
  full_name: string;
  title: string;
  role: Role;
  must_change_password: number;
  created_at: string;
  removed_at: string | null;
}

function toSummary(row: UserRow): UserSummary {
  return {
    id: row.id,
    username: row.username,
    fullName: row.full_name,
    title: row.title,
    role: row.role,
    active: row.removed_at === null,
    mustChangePassword: row.must_change_password === 1,
    createdAt: row.created_at,
    removedAt: row.removed_at,
  };
}

export function listUsers(db: Database): UserSummary[] {
  const rows = db.prepare("SELECT * FROM users ORDER BY removed_at IS NOT NULL, full_name COLLATE NOCASE").all() as UserRow[];
  return rows.map(toSummary);
}

export function findUser(db: Database, id: string): UserSummary | undefined {
  const row = db.prepare("SELECT * FROM users WHERE id = ?").get(id) as UserRow | undefined;
  return row ? toSummary(row) : undefined;
}

export function findActiveUserByUsername(db: Database, username: string): UserSummary | undefined {
  const row = db.prepare("SELECT * FROM users WHERE username = ? AND removed_at IS NULL").get(username) as UserRow | undefined;
  return row ? toSummary(row) : undefined;
}

export function requireActiveUser(db: Database, id: string): UserSummary {
  const user = findUser(db, id);
  if (!user || !user.active) throw new AppFailure("NOT_FOUND", "That user does not exist or was removed.");
  return user;
}

/**
 * Usernames are never reused, not even a removed person's: the audit log names people by username,
 * and a unique user identification (45 CFR 164.312(a)(2)(i)) must stay unique over time.
 */
export function assertUsernameFree(db: Database, username: string): void {
  const taken = db.prepare("SELECT removed_at FROM users WHERE username = ?").get(username) as { removed_at: string | null } | undefined;
  if (!taken) return;
  const message = taken.removed_at
    ? "That username belonged to a removed account. Choose another, so the audit log stays unambiguous."
    : "That username is already taken.";
  throw new AppFailure("CONFLICT", message, { username: message });
}

export function insertUser(
  db: Database,
  actor: Actor,
  user: { id: string; username: string; fullName: string; title: string; role: Role },
): UserSummary {
  assertUsernameFree(db, user.username);
  db.prepare(
    "INSERT INTO users (id, username, full_name, title, role, created_at) VALUES (@id, @username, @fullName, @title, @role, @createdAt)",
  ).run({ ...user, createdAt: new Date().toISOString() });
  appendAudit(db, actor, {
    action: "user.created",
    recordType: "user",
    recordId: user.id,
    summary: `Added ${user.fullName} (${user.username}) as ${ROLE_LABELS[user.role]}`,
    changes: { username: user.username, fullName: user.fullName, title: user.title, role: user.role },
  });
  return requireActiveUser(db, user.id);
}

function activeAdministratorCount(db: Database): number {
  return db.prepare("SELECT count(*) FROM users WHERE role = 'administrator' AND removed_at IS NULL").pluck().get() as number;
}

/** The practice must always keep one Administrator, or nobody could manage users or sign reports. */
function assertKeepsAnAdministrator(db: Database, user: UserSummary, action: string): void {
  if (user.role === "administrator" && activeAdministratorCount(db) === 1) {
    throw new AppFailure("CONFLICT", `${user.fullName} is the only Administrator and cannot be ${action}. Make someone else an Administrator first.`);
  }
}

export function updateUser(db: Database, actor: Actor, update: { id: string; fullName: string; title: string; role: Role }): UserSummary {
  return db.transaction(() => {
    const before = requireActiveUser(db, update.id);
    if (before.role !== update.role) assertKeepsAnAdministrator(db, before, "given another role");
    const changes = changedFields(
      { fullName: before.fullName, title: before.title, role: before.role },
      { fullName: update.fullName, title: update.title, role: update.role },
    );
    if (Object.keys(changes).length > 0) {
      db.prepare("UPDATE users SET full_name = @fullName, title = @title, role = @role WHERE id = @id").run(update);
      appendAudit(db, actor, { action: "user.updated", recordType: "user", recordId: update.id, summary: `Changed ${before.username}'s account`, changes });
    }
    return requireActiveUser(db, update.id);
  })();
}

/** Marks the account removed; the row stays, so the audit log still says who did what. */
export function markUserRemoved(db: Database, actor: Actor, id: string): UserSummary {
  const user = requireActiveUser(db, id);
  if (user.id === actor.id) throw new AppFailure("CONFLICT", "You cannot remove your own account. Ask another Administrator.");
  assertKeepsAnAdministrator(db, user, "removed");
  db.transaction(() => {
    db.prepare("UPDATE users SET removed_at = ? WHERE id = ?").run(new Date().toISOString(), id);
    appendAudit(db, actor, { action: "user.removed", recordType: "user", recordId: id, summary: `Removed ${user.fullName} (${user.username})` });
    retireSigningKey(db, actor, user);
  })();
  return user;
}

export function setMustChangePassword(db: Database, id: string, mustChange: boolean): void {
  db.prepare("UPDATE users SET must_change_password = ? WHERE id = ?").run(mustChange ? 1 : 0, id);
}
