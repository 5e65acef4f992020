import { automaticBackupDue } from "../../shared/rules/backupSchedule";
import { AppFailure } from "../core/appFailure";
import type { VaultSession } from "../core/vaultSession";
import { automaticBackup, automaticBackupOnExit } from "./backupService";
import { lastBackup } from "./backupRecords";

/**
 * Automatic backups (45 CFR 164.308(a)(7)(ii)(A)): at most once a day while someone is signed in,
 * and when the app closes with the vault open, since the key is needed to take a snapshot and is
 * dropped at lock. A failure does not stop the app; it is kept here and shown in Settings.
 */
export interface AutomaticBackupProblem {
  at: string;
  message: string;
}

const problems = new WeakMap<VaultSession, AutomaticBackupProblem>();

export function automaticBackupProblem(session: VaultSession): AutomaticBackupProblem | null {
  return problems.get(session) ?? null;
}

export class AutomaticBackups {
  constructor(
    private readonly session: VaultSession,
    private readonly reportInternalError: (error: unknown) => void,
  ) {}

  /** Called on the core's timer: makes a backup if the last automatic one is a day old or there is none. */
  async runIfDue(): Promise<void> {
    if (this.session.currentRole === null) return;
    const signedIn = this.session.requireSignedIn();
    const last = lastBackup(signedIn.vault.db, "automatic");
    if (!automaticBackupDue(last?.createdAt ?? null, this.session.now())) return;
    const now = this.session.now();
    try {
      await automaticBackup(signedIn, now, this.session.vaultOptions.nativeBinding);
      problems.delete(this.session);
    } catch (error) {
      this.remember(error, now);
    }
  }

  /** Called as the app closes, before the vault is locked. */
  runOnExit(): void {
    if (this.session.currentRole === null) return;
    const now = this.session.now();
    try {
      automaticBackupOnExit(this.session.requireSignedIn(), now, this.session.vaultOptions.nativeBinding);
      problems.delete(this.session);
    } catch (error) {
      this.remember(error, now);
    }
  }

  /** A failure does not stop the app: it is kept and shown in Settings. */
  private remember(error: unknown, now: Date): void {
    if (!(error instanceof AppFailure)) this.reportInternalError(error);
    problems.set(this.session, {
      at: now.toISOString(),
      message: error instanceof AppFailure ? error.message : "The automatic backup could not be made. Back up now from Settings, and call your IT provider if it fails again.",
    });
  }
}
