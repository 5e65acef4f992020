import type { AppEvent } from "../../shared/ipc/api";
import type { Database } from "better-sqlite3-multiple-ciphers";
import type { Result } from "../../shared/result";
import { AutomaticBackups } from "../backup/automaticBackups";
import { createDispatcher } from "../ipc/dispatcher";
import { handlers } from "../ipc/handlers";
import type { KdfParams } from "../vault/kdf";
import { VaultSession } from "./vaultSession";

export interface AppCore {
  dispatch(channel: unknown, payload: unknown): Promise<Result<unknown>>;
  onEvent(listener: (event: AppEvent) => void): () => void;
  close(): void;
}

export interface AppCoreOptions {
  vaultDir: string;
  nativeBinding?: string;
  kdf?: KdfParams;
  /** How often the main process checks for an idle session; the renderer usually locks first. */
  idleCheckMilliseconds?: number;
  reportInternalError?: (error: unknown) => void;
  /** The clock; tests move it forward to reach the idle time without waiting. */
  now?: () => Date;
  /**
   * Daily backups while a session is open, and one as the app closes (45 CFR 164.308(a)(7)(ii)(A)).
   * The Electron shell turns them on; the command line and most tests leave them off.
   */
  automaticBackups?: boolean;
  /** Runs at each sign-in before anything is written; see VaultSession.inspectBeforeSignIn. `doctor` sets it. */
  inspectBeforeSignIn?: (db: Database) => void;
}

/**
 * Everything behind the IPC bridge, independent of Electron: the Electron shell, the browser tests
 * and the command line all drive the app through this.
 */
export function createAppCore(options: AppCoreOptions): AppCore {
  const session = new VaultSession(options.vaultDir, { kdf: options.kdf, nativeBinding: options.nativeBinding }, options.now);
  const listeners = new Set<(event: AppEvent) => void>();
  const emit = (event: AppEvent) => listeners.forEach((listener) => listener(event));
  session.notify = emit;
  session.inspectBeforeSignIn = options.inspectBeforeSignIn ?? null;
  const reportInternalError = options.reportInternalError ?? ((error: unknown) => console.error("Safeguard Desk internal error:", error));
  const dispatch = createDispatcher(session, handlers, reportInternalError);
  const backups = options.automaticBackups ? new AutomaticBackups(session, reportInternalError) : null;

  // One request at a time: an unlock waits for the KDF, and nothing else may see the session half-changed.
  let queue: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const result = queue.then(work);
    queue = result.catch(() => undefined);
    return result;
  };

  // The backstop for auto-lock (164.312(a)(2)(iii)): even if the window stops reporting activity
  // (hung, or a compromised renderer), the main process drops the key once the idle time has passed.
  const idleTimer = setInterval(() => {
    void inTurn(async () => {
      await backups?.runIfDue();
      if (!session.isIdle()) return;
      session.lock("idle");
      emit({ type: "locked", reason: "idle" });
    });
  }, options.idleCheckMilliseconds ?? 15_000);
  idleTimer.unref();

  const dispatchAndTell = async (channel: unknown, payload: unknown) => {
    const wasSignedIn = session.currentRole !== null;
    const result = await dispatch(channel, payload);
    // A password change locks the vault; tell the window the same way an idle lock does.
    if (wasSignedIn && session.currentRole === null && channel === "session.changePassword") emit({ type: "locked", reason: "password-changed" });
    return result;
  };

  return {
    dispatch(channel, payload) {
      return inTurn(() => dispatchAndTell(channel, payload));
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      clearInterval(idleTimer);
      // The last chance to take a snapshot: closing locks the vault and drops the key.
      backups?.runOnExit();
      session.close();
    },
  };
}
