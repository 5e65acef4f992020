import { EventEmitter } from "node:events";
import type { MenuItemConstructorOptions } from "electron";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type * as NativeBinding from "../../src/main/electron/nativeBinding";
import { IPC_EVENT, IPC_INVOKE } from "../../src/shared/ipc/api";

type NativeBindingModule = typeof NativeBinding;

/*
 * main.ts run under plain Node against a stand-in `electron` module: the order of the startup steps,
 * the Lock now menu item, closing the core on quit, and what happens when startup fails. The real
 * Electron run is electronSmoke.test.ts (skipped where no binary exists).
 */

const state = vi.hoisted(() => ({
  singleInstance: true,
  nativeProblem: null as string | null,
  createCoreError: null as Error | null,
}));

function makeFakes() {
  const appEvents = new EventEmitter();
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const app = Object.assign(appEvents, {
    commandLine: { appendSwitch: vi.fn() },
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => state.singleInstance),
    whenReady: vi.fn(() => ready),
    isPackaged: false,
    getAppPath: () => "/project",
    getPath: (name: string) => `/profile/${name}`,
    quit: vi.fn(),
    configureHostResolver: vi.fn(),
  });
  const webContents = { send: vi.fn(), isDestroyed: () => false };
  const windows: { options: unknown; loadURL: ReturnType<typeof vi.fn> }[] = [];
  class BrowserWindow extends EventEmitter {
    webContents = webContents;
    loadURL = vi.fn(async () => undefined);
    show = vi.fn();
    isDestroyed = () => false;
    isMinimized = () => false;
    constructor(public options: unknown) {
      super();
      windows.push(this);
    }
  }
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
    setSpellCheckerEnabled: vi.fn(),
    setProxy: vi.fn(async () => undefined),
    on: vi.fn(),
  };
  const electron = {
    app,
    BrowserWindow,
    dialog: { showErrorBox: vi.fn() },
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
    Menu: { buildFromTemplate: vi.fn((template: MenuItemConstructorOptions[]) => template), setApplicationMenu: vi.fn() },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: { defaultSession: session },
  };
  const core = { dispatch: vi.fn(async () => ({ ok: true, value: null })), onEvent: vi.fn(() => () => undefined), close: vi.fn() };
  return { electron, markReady, windows, webContents, session, core };
}

let fakes: ReturnType<typeof makeFakes>;

// Mock factories run once per file; the getters hand each test's fresh fakes to a freshly imported main.ts.
vi.mock("electron", () => {
  const live = {};
  for (const key of ["app", "BrowserWindow", "dialog", "ipcMain", "Menu", "protocol", "session"]) {
    Object.defineProperty(live, key, { enumerable: true, get: () => (fakes.electron as Record<string, unknown>)[key] });
  }
  return live;
});
vi.mock("../../src/main/core/appCore", () => ({
  createAppCore: vi.fn(() => {
    if (state.createCoreError) throw state.createCoreError;
    return fakes.core;
  }),
}));
vi.mock("../../src/main/electron/nativeBinding", async (importOriginal) => ({
  ...(await importOriginal<NativeBindingModule>()),
  describeNativeBindingProblem: () => state.nativeProblem,
}));

const listenersBefore = process.listeners("uncaughtException");

async function startMain() {
  vi.resetModules();
  await import("../../src/main/electron/main");
  fakes.markReady();
  // Let start() run through its awaits.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const { createAppCore } = await import("../../src/main/core/appCore");
  return { createAppCore: vi.mocked(createAppCore) };
}

beforeEach(() => {
  vi.clearAllMocks();
  fakes = makeFakes();
  state.singleInstance = true;
  state.nativeProblem = null;
  state.createCoreError = null;
  process.env.SAFEGUARD_DESK_DATA_DIR = "/tmp/safeguard-test-vault";
  vi.spyOn(console, "error").mockImplementation(() => undefined);
});

afterEach(() => {
  // main.ts installs a process-wide handler; keep the test runner's own.
  for (const listener of process.listeners("uncaughtException")) {
    if (!listenersBefore.includes(listener)) process.removeListener("uncaughtException", listener);
  }
  delete process.env.SAFEGUARD_DESK_DATA_DIR;
  vi.restoreAllMocks();
});

describe("main.ts", () => {
  it("registers the scheme and the network switches before ready, and takes the single-instance lock", async () => {
    await startMain();
    const { electron } = fakes;
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: "app", privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(electron.app.commandLine.appendSwitch).toHaveBeenCalledWith("no-proxy-server");
    expect(electron.app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(electron.app.listenerCount("web-contents-created")).toBe(1);
  });

  it("hardens the session, serves app://, opens the vault from SAFEGUARD_DESK_DATA_DIR and loads the page", async () => {
    const { createAppCore } = await startMain();
    const { electron, session, windows } = fakes;
    expect(session.setPermissionRequestHandler).toHaveBeenCalled();
    expect(session.webRequest.onBeforeRequest).toHaveBeenCalled();
    expect(electron.protocol.handle).toHaveBeenCalledWith("app", expect.any(Function));
    expect(createAppCore).toHaveBeenCalledWith({
      vaultDir: "/tmp/safeguard-test-vault",
      nativeBinding: expect.stringMatching(/\.electron-native[/\\].+[/\\]better_sqlite3\.node$/),
      automaticBackups: true,
    });
    expect(electron.ipcMain.handle).toHaveBeenCalledWith(IPC_INVOKE, expect.any(Function));
    expect(windows).toHaveLength(1);
    expect(windows[0]!.options).toMatchObject({ show: false, webPreferences: { contextIsolation: true, sandbox: true } });
    expect(windows[0]!.loadURL).toHaveBeenCalledWith("app://safeguard/index.html");
  });

  it("has a Lock now item (CmdOrCtrl+L) that locks through the core, then tells the window", async () => {
    await startMain();
    const { electron, core, webContents } = fakes;
    const template = electron.Menu.buildFromTemplate.mock.results[0]!.value as MenuItemConstructorOptions[];
    const items = template.flatMap((menu) => (Array.isArray(menu.submenu) ? menu.submenu : []));
    const lockNow = items.find((item) => item.label === "Lock now");
    expect(lockNow?.accelerator).toBe("CmdOrCtrl+L");
    (lockNow!.click as () => void)();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(core.dispatch).toHaveBeenCalledWith("session.lock", { reason: "user" });
    expect(webContents.send).toHaveBeenCalledWith(IPC_EVENT, { type: "locked", reason: "user" });
    expect(core.dispatch.mock.invocationCallOrder[0]).toBeLessThan(webContents.send.mock.invocationCallOrder[0]!);
  });

  it("does not send a lock to the window when nobody was signed in", async () => {
    await startMain();
    const { electron, core, webContents } = fakes;
    core.dispatch.mockResolvedValueOnce({ ok: false, error: { code: "LOCKED", message: "Sign in first." } } as never);
    const template = electron.Menu.buildFromTemplate.mock.results[0]!.value as MenuItemConstructorOptions[];
    const lockNow = template.flatMap((menu) => (Array.isArray(menu.submenu) ? menu.submenu : [])).find((item) => item.label === "Lock now");
    (lockNow!.click as () => void)();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(core.dispatch).toHaveBeenCalledWith("session.lock", { reason: "user" });
    expect(webContents.send).not.toHaveBeenCalled();
  });

  it("closes the core (locking the vault) when the app quits", async () => {
    await startMain();
    fakes.electron.app.emit("will-quit");
    expect(fakes.core.close).toHaveBeenCalledTimes(1);
  });

  it("shows a plain message and quits when startup fails, without a stack on screen", async () => {
    state.createCoreError = new Error("Cannot load better_sqlite3.node: NODE_MODULE_VERSION 115 at /x/y.ts:12");
    await startMain();
    const { dialog, app } = fakes.electron;
    expect(dialog.showErrorBox).toHaveBeenCalledTimes(1);
    const [, message] = dialog.showErrorBox.mock.calls[0]!;
    expect(message).toMatch(/could not start/);
    expect(message).not.toMatch(/NODE_MODULE_VERSION|\.ts|at /);
    expect(app.quit).toHaveBeenCalled();
    expect(fakes.windows).toHaveLength(0);
  });

  it("explains a missing or mismatched database module instead of starting", async () => {
    state.nativeProblem = "The database module for Electron is missing.";
    const { createAppCore } = await startMain();
    expect(fakes.electron.dialog.showErrorBox).toHaveBeenCalledWith("Safeguard Desk", "The database module for Electron is missing.");
    expect(fakes.electron.app.quit).toHaveBeenCalled();
    expect(createAppCore).not.toHaveBeenCalled();
  });

  it("quits at once when another copy is already running", async () => {
    state.singleInstance = false;
    const { createAppCore } = await startMain();
    expect(fakes.electron.app.quit).toHaveBeenCalled();
    expect(createAppCore).not.toHaveBeenCalled();
    expect(fakes.windows).toHaveLength(0);
  });
});
