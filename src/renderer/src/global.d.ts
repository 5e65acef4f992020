import type { SafeguardApi } from "../../shared/ipc/api";

declare global {
  interface Window {
    /** The one bridge to the main process, exposed by the preload script. */
    safeguard: SafeguardApi;
  }
}

export {};
