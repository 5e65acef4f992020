import path from "node:path";
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, type MenuItemConstructorOptions } from "electron";
import { IPC_EVENT, type AppEvent } from "../../shared/ipc/api";
import type { Result } from "../../shared/result";
import { configurePathChooser } from "../backup/pathChooser";
import { createAppCore, type AppCore } from "../core/appCore";
import { configureReports } from "../reports/reportService";
import { APP_START_URL, registerAppScheme, serveAppProtocol } from "./appProtocol";
import { installIpcBridge } from "./ipcBridge";
import { showPathDialog } from "./pathDialogs";
import { describeNativeBindingProblem, resolveNativeBinding } from "./nativeBinding";
import { installEarlySecurity, installSessionSecurity } from "./security";
import { resolveVaultDir } from "./vaultLocation";
import { createWindowOptions } from "./windowOptions";

/*
 * The Electron shell: lifecycle, one window, the menu. Everything that can be tested without Electron
 * lives in the modules imported above; the vault and all rules live behind createAppCore.
 */

const RENDERER_ROOT = path.join(__dirname, "../renderer");
const PRELOAD_PATH = path.join(__dirname, "../preload/index.js");

let core: AppCore | null = null;
let mainWindow: BrowserWindow | null = null;
let disposeBridge: (() => void) | null = null;
let shuttingDown = false;

/** Locks the vault and closes the database; safe to call more than once. */
function closeCore(): void {
  try {
    disposeBridge?.();
    core?.close();
  } catch (error) {
    console.error("Safeguard Desk: closing the vault failed", error);
  } finally {
    disposeBridge = null;
    core = null;
  }
}

/** Shows a plain message (details go to the log, never to the screen) and quits. */
function failAndQuit(message: string, error?: unknown): void {
  if (error !== undefined) console.error("Safeguard Desk:", error);
  if (shuttingDown) return;
  shuttingDown = true;
  dialog.showErrorBox("Safeguard Desk", message);
  closeCore();
  app.quit();
}

function sendToWindow(event: AppEvent): void {
  if (mainWindow !== null && !mainWindow.isDestroyed()) mainWindow.webContents.send(IPC_EVENT, event);
}

async function lockNow(): Promise<void> {
  if (core === null) return;
  let answer: Result<unknown> | null = null;
  try {
    answer = await core.dispatch("session.lock", { reason: "user" });
  } finally {
    // Nobody signed in (setup or lock screen showing): nothing to tell. Locked, or no clear answer: show
    // the lock screen, the safe mistake, since unlocking again needs the password anyway.
    if (answer === null || answer.ok || answer.error.code === "INTERNAL") sendToWindow({ type: "locked", reason: "user" });
  }
}

function buildMenu(): Menu {
  const isMac = process.platform === "darwin";
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: "appMenu" } as const] : []),
    {
      label: "File",
      submenu: [
        { label: "Lock now", accelerator: "CmdOrCtrl+L", click: () => void lockNow().catch((error: unknown) => console.error("Safeguard Desk: lock failed", error)) },
        { type: "separator" },
        isMac ? { role: "close" } : { role: "quit" },
      ],
    },
    // Without the Edit menu, copy and paste shortcuts do not work in text fields on macOS.
    { role: "editMenu" },
    {
      label: "View",
      submenu: [
        { role: "resetZoom" },
        { role: "zoomIn" },
        { role: "zoomOut" },
        { type: "separator" },
        { role: "togglefullscreen" },
        ...(app.isPackaged ? [] : [{ role: "toggleDevTools" } as const]),
      ],
    },
    { role: "windowMenu" },
  ];
  return Menu.buildFromTemplate(template);
}

function createMainWindow(): void {
  const options = createWindowOptions({ preloadPath: PRELOAD_PATH, isPackaged: app.isPackaged });
  // electronegativity reads only object literals written inside `new BrowserWindow(...)`, so it cannot see
  // that windowOptions.ts sets contextIsolation, sandbox and disableBlinkFeatures "Auxclick". Those are
  // asserted one by one in test/electron/windowOptions.test.ts, and test/electron/electronegativity.test.ts
  // runs these very checks on the real options object.
  const window = new BrowserWindow(options); /* eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK */
  mainWindow = window;
  window.once("ready-to-show", () => window.show());
  window.on("closed", () => {
    if (mainWindow === window) mainWindow = null;
  });
  window.loadURL(APP_START_URL).catch((error: unknown) => {
    failAndQuit("Safeguard Desk could not show its window. Please reinstall the app.", error);
  });
}

async function start(): Promise<void> {
  await app.whenReady();
  if (shuttingDown) return;
  installSessionSecurity(app, session.defaultSession);
  serveAppProtocol(protocol, RENDERER_ROOT);

  const nativeBinding = resolveNativeBinding({
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    appPath: app.getAppPath(),
    platform: process.platform,
    arch: process.arch,
  });
  const problem = describeNativeBindingProblem(nativeBinding, app.isPackaged, process.versions.electron);
  if (problem !== null) return failAndQuit(problem);

  // A vault that cannot be opened is not a startup failure: the core reports it through vault.status
  // and the window explains it. Only an unexpected error lands in the catch below.
  if (app.isPackaged) configureReports({ fontsDir: path.join(process.resourcesPath, "fonts") });
  configurePathChooser((purpose) => showPathDialog(dialog, mainWindow, purpose));
  // Daily backups while a session is open, and one when the app closes (45 CFR 164.308(a)(7)(ii)(A)).
  core = createAppCore({ vaultDir: resolveVaultDir(process.env, app.getPath("userData")), nativeBinding, automaticBackups: true });
  disposeBridge = installIpcBridge({ ipcMain, core, getMainContents: () => mainWindow?.webContents ?? null });
  Menu.setApplicationMenu(buildMenu());
  createMainWindow();
}

// Both must happen before `ready`.
registerAppScheme(protocol);
installEarlySecurity(app);

// One vault, one writer: a second launch focuses the running window instead of opening the database twice.
if (!app.requestSingleInstanceLock()) {
  shuttingDown = true;
  app.quit();
} else {
  app.on("second-instance", () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // Closing the window ends the session on every platform (macOS included): no unlocked vault in the background.
  app.on("window-all-closed", () => app.quit());
  app.on("will-quit", closeCore);
  process.on("uncaughtException", (error) => {
    failAndQuit("Safeguard Desk ran into an unexpected problem and has to close. Please open it again.", error);
  });
  start().catch((error: unknown) => {
    failAndQuit("Safeguard Desk could not start. Please restart the computer and try again; if it keeps happening, contact your IT support.", error);
  });
}
