import type { IpcMain, IpcMainInvokeEvent, WebContents } from "electron";
import { IPC_EVENT, IPC_INVOKE, type AppEvent } from "../../shared/ipc/api";
import { ERROR_CODES, fail, type AppError, type Result } from "../../shared/result";
import { APP_HOST, APP_SCHEME } from "./appProtocol";

/** What the bridge needs from the app core (src/main/core/appCore.ts); kept structural so tests can fake it. */
export interface CoreConnection {
  dispatch(channel: unknown, payload: unknown): Promise<Result<unknown>>;
  onEvent(listener: (event: AppEvent) => void): () => void;
}

/**
 * True only for a page of our own bundle: app://safeguard/... with no port or credentials. Anything else
 * (a stray file:// page, devtools, a data: URL, app://other, an unparsable string) is not trusted.
 */
export function isTrustedSender(url: unknown): boolean {
  if (typeof url !== "string") return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === "" &&
    parsed.username === "" &&
    parsed.password === ""
  );
}

interface FrameLike {
  readonly url: string;
  readonly parent: unknown;
}

/** A top-level frame (never an iframe) showing our own bundle. */
export function isTrustedFrame(frame: FrameLike | null | undefined): boolean {
  return frame !== null && frame !== undefined && frame.parent === null && isTrustedSender(frame.url);
}

const FORBIDDEN = fail("FORBIDDEN", "This request did not come from Safeguard Desk's own window and was refused.");
const INTERNAL = fail("INTERNAL", "Something went wrong inside Safeguard Desk. Please try again.");

/**
 * Rebuilds a result from known fields only, so nothing else (a stack, a cause, a database handle)
 * can ride along to the renderer even if the core ever returned it.
 */
export function toSafeResult(result: unknown): Result<unknown> {
  if (typeof result !== "object" || result === null) return INTERNAL;
  const candidate = result as { ok?: unknown; value?: unknown; error?: Partial<AppError> };
  if (candidate.ok === true) return { ok: true, value: candidate.value };
  const error = candidate.error;
  if (candidate.ok !== false || typeof error !== "object" || error === null) return INTERNAL;
  if (!ERROR_CODES.includes(error.code as AppError["code"]) || typeof error.message !== "string") return INTERNAL;
  const fields = error.fields;
  const safeFields =
    typeof fields === "object" && fields !== null
      ? Object.fromEntries(Object.entries(fields).filter(([, message]) => typeof message === "string"))
      : undefined;
  return fail(error.code as AppError["code"], error.message, safeFields);
}

export interface IpcBridgeOptions {
  ipcMain: Pick<IpcMain, "handle" | "removeHandler">;
  core: CoreConnection;
  /** The main window's contents, or null while there is none. */
  getMainContents: () => WebContents | null;
}

/** Wires window.safeguard.invoke/onEvent to the core. Returns a function that undoes the wiring. */
export function installIpcBridge({ ipcMain, core, getMainContents }: IpcBridgeOptions): () => void {
  ipcMain.handle(IPC_INVOKE, async (event: IpcMainInvokeEvent, channel: unknown, payload: unknown) => {
    const mainContents = getMainContents();
    if (mainContents === null || event.sender !== mainContents || !isTrustedFrame(event.senderFrame)) return FORBIDDEN;
    try {
      return toSafeResult(await core.dispatch(channel, payload));
    } catch {
      // dispatch promises never to throw; if it does anyway, the renderer gets a plain message, never the error.
      return INTERNAL;
    }
  });

  const unsubscribe = core.onEvent((appEvent) => {
    const contents = getMainContents();
    if (contents !== null && !contents.isDestroyed()) contents.send(IPC_EVENT, appEvent);
  });

  return () => {
    unsubscribe();
    ipcMain.removeHandler(IPC_INVOKE);
  };
}
