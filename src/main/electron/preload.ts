import { contextBridge, ipcRenderer, type IpcRendererEvent } from "electron";
import { IPC_EVENT, IPC_INVOKE, type AppEvent, type SafeguardApi } from "../../shared/ipc/api";
import type { ChannelName } from "../../shared/ipc/contract";
import { fail } from "../../shared/result";

/*
 * Runs sandboxed (no Node): only `electron` can be required, so electron-vite bundles everything else
 * into this file. The page gets exactly two functions; never ipcRenderer itself.
 */

/**
 * The contract's channel names, written in as a literal when this file is built (electron.vite.config.ts,
 * and vitest.config.mts for its tests): importing the contract itself would bundle zod and every schema,
 * some 400 KB, into this privileged file only to look up a name.
 */
declare const __SAFEGUARD_CHANNEL_NAMES__: readonly ChannelName[];
const CHANNEL_NAMES: ReadonlySet<string> = new Set(__SAFEGUARD_CHANNEL_NAMES__);
const isChannelName = (name: unknown): name is ChannelName => typeof name === "string" && CHANNEL_NAMES.has(name);
const api = {
  invoke(channel, input) {
    // Refuse unknown names here so a typo never reaches the main process; the main process checks again.
    if (!isChannelName(channel)) return Promise.resolve(fail("UNKNOWN_CHANNEL", "That action is not part of Safeguard Desk."));
    return ipcRenderer
      .invoke(IPC_INVOKE, channel, input)
      .catch(() => fail("INTERNAL", "Safeguard Desk could not complete that action. Please try again."));
  },
  onEvent(listener) {
    // The page receives only the event data, never the IpcRendererEvent (which carries `sender`).
    const forward = (_event: IpcRendererEvent, appEvent: AppEvent) => listener(appEvent);
    ipcRenderer.on(IPC_EVENT, forward);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT, forward);
    };
  },
} satisfies SafeguardApi;

contextBridge.exposeInMainWorld("safeguard", api);
