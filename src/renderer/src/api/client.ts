import type { SafeguardApi } from "../../../shared/ipc/api";
import type { ChannelInput, ChannelName, ChannelOutput } from "../../../shared/ipc/contract";
import type { AppError, Result } from "../../../shared/result";

/** A typed call to the main process that never throws: every failure comes back as an AppError. */
export type Invoke = <C extends ChannelName>(channel: C, input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;

export interface Client {
  invoke: Invoke;
  /**
   * Called whenever a channel answers LOCKED (the session is over and the lock screen must show) or
   * PASSWORD_CHANGE_REQUIRED (the session may only change its password): either way the window
   * re-reads the vault's status and shows the screen that fits it.
   */
  onSessionEnded(listener: () => void): () => void;
}

const UNREACHABLE: AppError = {
  code: "INTERNAL",
  message: "Safeguard Desk could not reach its vault. Close the app and open it again; if this keeps happening, call your IT provider.",
};

/**
 * Answers that mean the window shows a session the main process no longer has. PASSWORD_CHANGE_REQUIRED
 * should reach no screen but the password change, which is shown first; if it does, the window goes
 * back to that screen rather than leaving a half-loaded page.
 */
const SESSION_CHANGED_CODES: ReadonlySet<AppError["code"]> = new Set(["LOCKED", "PASSWORD_CHANGE_REQUIRED"]);

/**
 * Wraps `window.safeguard.invoke`. A LOCKED answer means the session is over (the main process locked
 * the vault on its own, for instance after the idle time), so the app is told to show the lock screen.
 */
export function createClient(api: SafeguardApi): Client {
  const listeners = new Set<() => void>();
  const invoke: Invoke = async (channel, input) => {
    let result;
    try {
      result = await api.invoke(channel, input);
    } catch {
      return { ok: false, error: UNREACHABLE };
    }
    if (!result.ok && SESSION_CHANGED_CODES.has(result.error.code)) listeners.forEach((listener) => listener());
    return result;
  };
  return {
    invoke,
    onSessionEnded(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
