import { CHANNEL_NAMES } from "./contract";

/**
 * The compile-time constants the preload is built with (electron.vite.config.ts) and tested with
 * (vitest.config.mts): the contract's channel names as a JSON literal, so that the sandboxed preload
 * can refuse an unknown name without bundling the contract's schemas.
 */
export function preloadDefines(): Record<string, string> {
  return { __SAFEGUARD_CHANNEL_NAMES__: JSON.stringify(CHANNEL_NAMES) };
}
