import type { BrowserWindowConstructorOptions } from "electron";

export const WINDOW_TITLE = "Safeguard Desk";
// Matches the renderer's page background so the window does not flash white before the first paint.
export const WINDOW_BACKGROUND = "#f4f6f8";

export interface WindowOptionsInput {
  /** Absolute path of the built preload script (out/preload/index.js). */
  preloadPath: string;
  /** app.isPackaged: DevTools stay available only in development builds. */
  isPackaged: boolean;
}

/**
 * The main window's options. Every web preference below is spelled out, even where it equals
 * Electron's default, so a weakening is a visible diff and fails test/electron/windowOptions.test.ts.
 */
export function createWindowOptions({ preloadPath, isPackaged }: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title: WINDOW_TITLE,
    width: 1280,
    height: 840,
    minWidth: 960,
    minHeight: 640,
    backgroundColor: WINDOW_BACKGROUND,
    // Shown on 'ready-to-show', so the user never sees an empty frame.
    show: false,
    webPreferences: {
      preload: preloadPath,
      // The renderer reaches the main process only through window.safeguard (see preload.ts).
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // enableBlinkFeatures is deliberately never set.
      // Middle-click would otherwise open links in new windows: there is nothing to open.
      disableBlinkFeatures: "Auxclick",
      // Dropping a file on the window must not navigate away from the app (and lose unsaved work).
      navigateOnDragDrop: false,
      // Chromium's spell checker downloads dictionaries; the app makes no network request at all.
      spellcheck: false,
      // Lets the user stop a page that opens dialog after dialog.
      safeDialogs: true,
      devTools: !isPackaged,
    },
  };
}
