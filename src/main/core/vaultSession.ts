import type { Database } from "better-sqlite3-multiple-ciphers";
import { randomInt, randomUUID } from "node:crypto";
import type { AppEvent } from "../../shared/ipc/api";
import type { NewAccount, UserSummary } from "../../shared/model/account";
import type { PracticeProfile } from "../../shared/model/practice";
import { isWellFormedRecoveryKey, normalizeRecoveryKey, RECOVERY_KEY_GROUPS, recoveryKeyGroups } from "../../shared/model/recoveryKey";
import type { LockReason, RecoveryKeyIssued, SessionInfo, VaultStatus } from "../../shared/model/vaultStatus";
import { appendAudit, type Actor } from "../audit/auditLog";
import { isSampleVault } from "../sample/sampleMarker";
import { logPendingFailures } from "../services/failedSignIns";
import { LoginThrottle, type PendingFailures } from "../services/loginThrottle";
import { insertPractice, readPractice } from "../services/practiceService";
import { readSettings } from "../services/settingsService";
import { findActiveUserByUsername, insertUser, requireActiveUser, setMustChangePassword } from "../services/userService";
import type { KdfParams } from "../vault/kdf";
import { unwrapMasterKey } from "../vault/keySlots";
import {
  closeVault,
  createVault,
  findRecoverySlot,
  findUserSlot,
  generateRecoveryKey,
  inspectVaultFolder,
  openVault,
  prepareSlot,
  setAsideVaultFiles,
  storeSlot,
  type OpenVault,
  type VaultOptions,
} from "../vault/vault";
import { VaultDamagedError, WrongCredentialsError } from "../vault/vaultErrors";
import { vaultPaths } from "../vault/vaultPaths";
import { AppFailure } from "./appFailure";
import { isDiskFull } from "./diskFull";

export interface SignedIn {
  vault: OpenVault;
  user: UserSummary;
  actor: Actor;
}

const RECOVERY_ACCOUNT = "recovery-key";

function isWeakerThan(used: KdfParams, current: KdfParams): boolean {
  return used.N * used.r * used.p < current.N * current.r * current.p;
}
const CONFIRM_GROUP_COUNT = 2;

/**
 * The state of one vault folder in this process: locked, or unlocked by one user. It owns the
 * database connection and the master key, and drops both on lock.
 */
export class VaultSession {
  private signedIn: SignedIn | null = null;
  private lockReason: LockReason | null = null;
  /** Kept in memory only, until the user types back the groups asked for. */
  private unconfirmedRecoveryKey: RecoveryKeyIssued | null = null;
  /** Damage only a key can reveal (a database that is not the slots' own, cut short, or too new), found at unlock. */
  private damageFoundAtUnlock: VaultDamagedError | null = null;
  private throttle: LoginThrottle;
  private lastActivity = 0;
  /** The practice's own vault folder; the session visits the sample practice's folder and comes back here. */
  readonly homeFolder: string;
  private currentFolder: string;
  /** Tells the window something it did not ask for (a report's progress); the core connects it. */
  notify: (event: AppEvent) => void = () => undefined;
  /**
   * Looks at the database once a password has opened it, before the sign-in writes anything (its
   * own entry, failed attempts waiting to be recorded). If it throws, the vault is closed again,
   * unchanged and still locked. `doctor` uses it to refuse to write into a damaged database.
   */
  inspectBeforeSignIn: ((db: Database) => void) | null = null;

  constructor(
    folder: string,
    private readonly options: VaultOptions = {},
    /** The clock; tests move it forward. Backups read it too, for their dates and the daily schedule. */
    readonly now: () => Date = () => new Date(),
  ) {
    this.homeFolder = folder;
    this.currentFolder = folder;
    this.throttle = new LoginThrottle(vaultPaths(folder).loginAttempts, now);
  }

  /** The vault folder the session works on now: the practice's own, or the sample practice's. */
  get folder(): string {
    return this.currentFolder;
  }

  /** Points the session at another vault folder (the sample practice, and back); locks first. */
  switchFolder(folder: string): void {
    if (this.signedIn) this.lock("user");
    this.currentFolder = folder;
    this.throttle = new LoginThrottle(vaultPaths(folder).loginAttempts, this.now);
    this.lockReason = null;
    this.damageFoundAtUnlock = null;
    this.unconfirmedRecoveryKey = null;
  }

  /** How this process opens vaults (KDF, native binding), for vaults it makes or opens beside this one. */
  get vaultOptions(): VaultOptions {
    return this.options;
  }

  status(): VaultStatus {
    if (this.signedIn) return { state: "unlocked", folder: this.folder, session: this.sessionInfo() };
    const found = this.damageFoundAtUnlock;
    if (found) return { state: "damaged", folder: this.folder, problem: found.problem, message: found.message };
    try {
      const folderState = inspectVaultFolder(this.folder);
      if (folderState.state === "no-vault") return { state: "no-vault", folder: this.folder };
      return { state: "locked", folder: this.folder, lockReason: this.lockReason };
    } catch (error) {
      if (error instanceof VaultDamagedError) return { state: "damaged", folder: this.folder, problem: error.problem, message: error.message };
      throw error;
    }
  }

  requireSignedIn(): SignedIn {
    if (!this.signedIn) throw new AppFailure("LOCKED", "The vault is locked. Sign in to continue.");
    return this.signedIn;
  }

  get currentRole() {
    return this.signedIn?.user.role ?? null;
  }

  /** Any request from the signed-in user counts as activity for the auto-lock. */
  touch(): void {
    this.lastActivity = this.now().getTime();
  }

  /** True once the signed-in session has heard nothing for the configured idle time. */
  isIdle(): boolean {
    if (!this.signedIn) return false;
    const idleMinutes = readSettings(this.signedIn.vault.db).idleLockMinutes;
    return this.now().getTime() - this.lastActivity >= idleMinutes * 60_000;
  }

  sessionInfo(): SessionInfo {
    const { vault, user } = this.requireSignedIn();
    return {
      user: { id: user.id, username: user.username, fullName: user.fullName, title: user.title, role: user.role },
      practiceName: readPractice(vault.db).name,
      idleLockMinutes: readSettings(vault.db).idleLockMinutes,
      recoveryKeyConfirmed: vault.db.prepare("SELECT value FROM meta WHERE key = 'recovery_key_confirmed_at'").pluck().get() !== undefined,
      mustChangePassword: user.mustChangePassword,
      samplePractice: isSampleVault(vault.db),
    };
  }

  async create(practice: PracticeProfile, admin: NewAccount): Promise<RecoveryKeyIssued> {
    if (this.status().state !== "no-vault") throw new AppFailure("VAULT_EXISTS", "This folder already holds a vault. Sign in instead.");
    const adminId = randomUUID();
    const actor: Actor = { id: adminId, name: admin.username };
    const { vault, recoveryKey } = await createVault(
      this.folder,
      { userId: adminId, username: admin.username, password: admin.password },
      (db) => {
        insertPractice(db, practice);
        appendAudit(db, actor, { action: "vault.created", recordType: "practice", recordId: "1", summary: `Set up the vault for ${practice.name}` });
        insertUser(db, actor, { id: adminId, username: admin.username, fullName: admin.fullName, title: admin.title, role: "administrator" });
      },
      this.options,
    );
    this.begin(vault, requireActiveUser(vault.db, adminId));
    return this.issueRecoveryKey(recoveryKey);
  }

  async unlock(username: string, password: string): Promise<SessionInfo> {
    this.assertNotWaiting(username);
    const folderState = inspectVaultFolder(this.folder);
    if (folderState.state === "no-vault") throw new AppFailure("VAULT_MISSING", "There is no vault here yet. Set up the practice first.");
    let vault: OpenVault;
    const slot = findUserSlot(folderState.slots, username);
    try {
      vault = await openVault(this.folder, slot, password, this.options);
    } catch (error) {
      if (error instanceof WrongCredentialsError) throw this.failedAttempt(username, "password");
      throw this.rememberDamage(error);
    }
    const user = findActiveUserByUsername(vault.db, username);
    if (!user) {
      closeVault(vault);
      throw this.failedAttempt(username, "password");
    }
    let pending: PendingFailures;
    try {
      this.inspectBeforeSignIn?.(vault.db);
      pending = this.throttle.pending();
      vault.db.transaction(() => {
        logPendingFailures(vault.db, pending);
        appendAudit(vault.db, { id: user.id, name: user.username }, { action: "session.unlocked", summary: `${user.username} signed in` });
      })();
      if (slot && isWeakerThan(slot.kdf, vault.kdf)) {
        // The KDF's cost lives in each slot; a slot made with older, cheaper settings is rewrapped at the current ones.
        storeSlot(vault, await prepareSlot(vault, { kind: "user", userId: user.id, username: user.username }, password));
      }
    } catch (error) {
      closeVault(vault);
      throw error;
    }
    // Only now that the failures are in the log may the file that held them let them go.
    this.throttle.settleAfterSuccess(username, pending);
    this.begin(vault, user);
    return this.sessionInfo();
  }

  async recover(recoveryKey: string, username: string, newPassword: string): Promise<SessionInfo> {
    if (!isWellFormedRecoveryKey(recoveryKey)) {
      throw new AppFailure("VALIDATION", "That is not a recovery key: it has 52 letters and digits, in groups of four.", {
        recoveryKey: "Check the key against the printed copy.",
      });
    }
    this.assertNotWaiting(RECOVERY_ACCOUNT);
    const folderState = inspectVaultFolder(this.folder);
    if (folderState.state === "no-vault") throw new AppFailure("VAULT_MISSING", "There is no vault here yet. Set up the practice first.");
    let vault: OpenVault;
    try {
      vault = await openVault(this.folder, findRecoverySlot(folderState.slots), normalizeRecoveryKey(recoveryKey), this.options);
    } catch (error) {
      if (error instanceof WrongCredentialsError) throw this.failedAttempt(RECOVERY_ACCOUNT, "recovery-key", "That recovery key does not open this vault.");
      throw this.rememberDamage(error);
    }
    const user = findActiveUserByUsername(vault.db, username);
    if (!user) {
      closeVault(vault);
      throw new AppFailure("NOT_FOUND", `There is no active account named "${username}". Check the username.`, { username: "No such account." });
    }
    let pending: PendingFailures;
    try {
      pending = this.throttle.pending();
      const slot = await prepareSlot(vault, { kind: "user", userId: user.id, username: user.username }, newPassword);
      vault.db.transaction(() => {
        logPendingFailures(vault.db, pending);
        setMustChangePassword(vault.db, user.id, false);
        appendAudit(vault.db, { id: user.id, name: user.username }, {
          action: "session.recovered",
          recordType: "user",
          recordId: user.id,
          summary: `${user.username} used the recovery key and chose a new password`,
        });
        storeSlot(vault, slot);
      })();
    } catch (error) {
      closeVault(vault);
      throw error;
    }
    this.throttle.settleAfterSuccess(RECOVERY_ACCOUNT, pending);
    this.begin(vault, requireActiveUser(vault.db, user.id));
    return this.sessionInfo();
  }

  lock(reason: LockReason): void {
    if (!this.signedIn) return;
    const { vault, actor } = this.signedIn;
    const summaries: Record<LockReason, string> = {
      user: `${actor.name} locked the app`,
      idle: `Locked after ${readSettings(vault.db).idleLockMinutes} minutes without activity`,
      "password-changed": `Locked after ${actor.name} changed their password`,
    };
    try {
      appendAudit(vault.db, actor, { action: "session.locked", summary: summaries[reason], changes: { reason } });
    } catch (error) {
      // Locking must always happen; on a full disk it does, without its entry in the log.
      if (!isDiskFull(error)) throw error;
    } finally {
      this.end(reason);
    }
  }

  /** The process is exiting: lock (which records it in the audit log) so the key is dropped and the database closed. */
  close(): void {
    if (this.signedIn) this.lock("user");
  }

  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    const { vault, user, actor } = this.requireSignedIn();
    await this.verifyOwnPassword(currentPassword, "currentPassword");
    if (currentPassword === newPassword) throw new AppFailure("VALIDATION", "Choose a password different from the current one.", { newPassword: "Same as the current password." });
    const slot = await prepareSlot(vault, { kind: "user", userId: user.id, username: user.username }, newPassword);
    vault.db.transaction(() => {
      setMustChangePassword(vault.db, user.id, false);
      appendAudit(vault.db, actor, { action: "user.password-changed", recordType: "user", recordId: user.id, summary: `${user.username} changed their password` });
      storeSlot(vault, slot);
    })();
    this.lock("password-changed");
  }

  async resetPassword(userId: string, newPassword: string): Promise<void> {
    const { vault, actor } = this.requireSignedIn();
    const user = requireActiveUser(vault.db, userId);
    const slot = await prepareSlot(vault, { kind: "user", userId: user.id, username: user.username }, newPassword);
    vault.db.transaction(() => {
      setMustChangePassword(vault.db, user.id, user.id !== actor.id);
      appendAudit(vault.db, actor, {
        action: "user.password-reset",
        recordType: "user",
        recordId: user.id,
        summary: `Set a new password for ${user.username}; they must change it when they next sign in`,
      });
      storeSlot(vault, slot);
    })();
  }

  async createUser(account: NewAccount): Promise<UserSummary> {
    const { vault, actor } = this.requireSignedIn();
    const id = randomUUID();
    const slot = await prepareSlot(vault, { kind: "user", userId: id, username: account.username }, account.password);
    return vault.db.transaction(() => {
      const user = insertUser(vault.db, actor, { id, username: account.username, fullName: account.fullName, title: account.title, role: account.role });
      storeSlot(vault, slot);
      return user;
    })();
  }

  confirmRecoveryKey(answers: { group: number; value: string }[]): void {
    const { vault, actor } = this.requireSignedIn();
    const issued = this.unconfirmedRecoveryKey;
    if (!issued) throw new AppFailure("CONFLICT", "There is no new recovery key waiting to be confirmed. Replace the recovery key in Settings to get one.");
    const groups = recoveryKeyGroups(issued.recoveryKey);
    const answered = new Map(answers.map((answer) => [answer.group, normalizeRecoveryKey(answer.value)]));
    const wrong = issued.confirmGroups.filter((group) => answered.get(group) !== groups[group]);
    if (wrong.length > 0) {
      const fields = Object.fromEntries(wrong.map((group) => [`group${group}`, `Group ${group + 1} does not match the key shown.`]));
      throw new AppFailure("VALIDATION", "That does not match the recovery key. Check what you wrote down against the key on screen.", fields);
    }
    vault.db.transaction(() => {
      vault.db.prepare("INSERT INTO meta (key, value) VALUES ('recovery_key_confirmed_at', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(
        this.now().toISOString(),
      );
      appendAudit(vault.db, actor, { action: "recovery-key.confirmed", summary: `${actor.name} confirmed the recovery key was written down` });
    })();
    this.unconfirmedRecoveryKey = null;
  }

  async replaceRecoveryKey(password: string): Promise<RecoveryKeyIssued> {
    const { vault, actor } = this.requireSignedIn();
    await this.verifyOwnPassword(password, "password");
    const recoveryKey = generateRecoveryKey();
    const slot = await prepareSlot(vault, { kind: "recovery", userId: null, username: null }, normalizeRecoveryKey(recoveryKey));
    vault.db.transaction(() => {
      vault.db.prepare("DELETE FROM meta WHERE key = 'recovery_key_confirmed_at'").run();
      appendAudit(vault.db, actor, { action: "recovery-key.replaced", summary: `${actor.name} replaced the recovery key; the old one no longer opens the vault` });
      storeSlot(vault, slot);
    })();
    return this.issueRecoveryKey(recoveryKey);
  }

  /**
   * Before the vault's files are replaced by a restore: lock (closing the database and dropping the
   * key; the lock is audited in the vault being replaced) and forget damage found at unlock.
   */
  releaseFiles(): void {
    this.lock("user");
    this.lockReason = null;
    this.damageFoundAtUnlock = null;
  }

  setAsideDamaged(): { movedTo: string } {
    const status = this.status();
    if (status.state !== "damaged") throw new AppFailure("CONFLICT", "The vault is not damaged; nothing was moved.");
    // A vault from a newer version is whole; starting again beside it would only split the practice's records.
    if (status.problem === "too-new") {
      throw new AppFailure(
        "CONFLICT",
        "This vault is not damaged: it was saved by a newer version of Safeguard Desk. Install that version to open it. Nothing was moved.",
      );
    }
    const movedTo = setAsideVaultFiles(this.folder, this.now());
    this.damageFoundAtUnlock = null;
    return { movedTo };
  }

  private rememberDamage(error: unknown): unknown {
    if (error instanceof VaultDamagedError) this.damageFoundAtUnlock = error;
    return error;
  }

  /** Re-checks the signed-in user's password before an act that must be theirs alone, such as signing a report. */
  async confirmPassword(password: string, field = "password"): Promise<void> {
    await this.verifyOwnPassword(password, field);
  }

  /** Re-checks the signed-in user's password before a sensitive change, as a second factor of intent. */
  private async verifyOwnPassword(password: string, field: string): Promise<void> {
    const { vault, user } = this.requireSignedIn();
    const folderState = inspectVaultFolder(this.folder);
    const ownSlot = folderState.state === "present" ? findUserSlot(folderState.slots, user.username) : undefined;
    try {
      if (!ownSlot) throw new WrongCredentialsError();
      (await unwrapMasterKey(vault.vaultId, ownSlot, password)).fill(0);
    } catch (error) {
      if (error instanceof WrongCredentialsError) {
        throw new AppFailure("WRONG_CREDENTIALS", "Your password is not right.", { [field]: "This is not your current password." });
      }
      throw error;
    }
  }

  private issueRecoveryKey(recoveryKey: string): RecoveryKeyIssued {
    const confirmGroups = new Set<number>();
    while (confirmGroups.size < CONFIRM_GROUP_COUNT) confirmGroups.add(randomInt(RECOVERY_KEY_GROUPS));
    this.unconfirmedRecoveryKey = { recoveryKey, confirmGroups: [...confirmGroups].sort((a, b) => a - b) };
    return this.unconfirmedRecoveryKey;
  }

  private begin(vault: OpenVault, user: UserSummary): void {
    this.signedIn = { vault, user, actor: { id: user.id, name: user.username } };
    this.lockReason = null;
    this.lastActivity = this.now().getTime();
  }

  private end(reason: LockReason): void {
    if (this.signedIn) closeVault(this.signedIn.vault);
    this.signedIn = null;
    this.lockReason = reason;
    this.unconfirmedRecoveryKey = null;
  }

  /** Refreshes the signed-in user after a change to their own account (role, name). */
  refreshUser(): void {
    if (!this.signedIn) return;
    const user = requireActiveUser(this.signedIn.vault.db, this.signedIn.user.id);
    this.signedIn = { ...this.signedIn, user };
  }

  private assertNotWaiting(account: string): void {
    const seconds = this.throttle.secondsToWait(account);
    if (seconds > 0) {
      throw new AppFailure("RATE_LIMITED", `Too many wrong attempts. Wait ${seconds} second${seconds === 1 ? "" : "s"} before trying again.`);
    }
  }

  private failedAttempt(account: string, kind: "password" | "recovery-key", message = "The username or password is not right."): AppFailure {
    this.throttle.recordFailure(account, kind);
    const wait = this.throttle.secondsToWait(account);
    // No count in the message: after an unreadable record of failures, part of the count is assumed (loginThrottle.ts).
    const suffix = wait > 0 ? ` Wait ${wait} second${wait === 1 ? "" : "s"} before the next try.` : "";
    return new AppFailure("WRONG_CREDENTIALS", `${message}${suffix}`);
  }

}
