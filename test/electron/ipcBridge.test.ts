import type { IpcMainInvokeEvent, WebContents } from "electron";
import { describe, expect, it, vi } from "vitest";
import { IPC_EVENT, IPC_INVOKE, type AppEvent } from "../../src/shared/ipc/api";
import type { Result } from "../../src/shared/result";
import { installIpcBridge, isTrustedFrame, isTrustedSender, toSafeResult, type CoreConnection } from "../../src/main/electron/ipcBridge";

describe("isTrustedSender", () => {
  it.each(["app://safeguard/", "app://safeguard/index.html", "app://safeguard/index.html#/audit", "app://safeguard/index.html?x=1"])(
    "trusts our own page %s",
    (url) => expect(isTrustedSender(url)).toBe(true),
  );

  it.each([
    ["file:///C:/app/out/renderer/index.html", "file://"],
    ["http://localhost:5173/", "a dev server"],
    ["https://safeguard/", "https with our host name"],
    ["app://evil/index.html", "another host on our scheme"],
    ["app://safeguard.evil.com/", "a longer host"],
    ["app://safeguard:8080/", "a port"],
    ["app://user:pass@safeguard/", "credentials"],
    ["app://safeguard@evil/", "our name as a user name"],
    ["devtools://devtools/bundled/inspector.html", "DevTools"],
    ["data:text/html,<h1>hi</h1>", "a data: page"],
    ["blob:app://safeguard/3b1f", "a blob: URL"],
    ["about:blank", "about:blank"],
    ["", "an empty string"],
    ["not a url", "garbage"],
  ])("refuses %s (%s)", (url) => expect(isTrustedSender(url)).toBe(false));

  it.each([undefined, null, 42, {}])("refuses a non-string (%s)", (value) => expect(isTrustedSender(value)).toBe(false));
});

describe("isTrustedFrame", () => {
  it("trusts our top-level frame only", () => {
    expect(isTrustedFrame({ url: "app://safeguard/index.html", parent: null })).toBe(true);
    expect(isTrustedFrame({ url: "app://safeguard/index.html", parent: {} })).toBe(false);
    expect(isTrustedFrame({ url: "https://example.com/", parent: null })).toBe(false);
    expect(isTrustedFrame(null)).toBe(false);
    expect(isTrustedFrame(undefined)).toBe(false);
  });
});

describe("toSafeResult", () => {
  it("passes a success through", () => {
    expect(toSafeResult({ ok: true, value: { a: 1 } })).toEqual({ ok: true, value: { a: 1 } });
  });

  it("keeps only code, message and string fields of an error", () => {
    const leaky = { ok: false, error: { code: "VALIDATION", message: "Check the form.", fields: { name: "Required", bad: 1 }, stack: "at x.ts:1" }, extra: 1 };
    expect(toSafeResult(leaky)).toEqual({ ok: false, error: { code: "VALIDATION", message: "Check the form.", fields: { name: "Required" } } });
  });

  it.each([
    [undefined],
    [null],
    ["text"],
    [new Error("boom at /home/x/db.ts")],
    [{ ok: false }],
    [{ ok: false, error: { code: "NOT_A_CODE", message: "x" } }],
    [{ ok: false, error: { code: "LOCKED", message: 42 } }],
  ])("turns anything unexpected (%s) into a plain INTERNAL error", (value) => {
    const result = toSafeResult(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe("INTERNAL");
    expect(JSON.stringify(result)).not.toMatch(/boom|db\.ts|stack/);
  });
});

function fakeWindow() {
  const contents = { send: vi.fn(), isDestroyed: vi.fn(() => false) };
  return contents as typeof contents & WebContents;
}

function setUp(dispatch: CoreConnection["dispatch"] = async () => ({ ok: true, value: "done" })) {
  let handler: ((event: IpcMainInvokeEvent, ...args: unknown[]) => unknown) | undefined;
  const ipcMain = {
    handle: vi.fn((channel: string, listener: typeof handler) => {
      expect(channel).toBe(IPC_INVOKE);
      handler = listener;
    }),
    removeHandler: vi.fn(),
  };
  const listeners = new Set<(event: AppEvent) => void>();
  const unsubscribe = vi.fn();
  const core: CoreConnection = {
    dispatch: vi.fn(dispatch),
    onEvent: (listener) => {
      listeners.add(listener);
      return () => {
        unsubscribe();
        listeners.delete(listener);
      };
    },
  };
  const contents = fakeWindow();
  let current: WebContents | null = contents;
  const dispose = installIpcBridge({ ipcMain, core, getMainContents: () => current });
  const invoke = (event: Partial<IpcMainInvokeEvent>, channel: unknown, payload: unknown) =>
    handler!(event as IpcMainInvokeEvent, channel, payload) as Promise<Result<unknown>>;
  const trustedEvent = { sender: contents, senderFrame: { url: "app://safeguard/index.html", parent: null } } as unknown as IpcMainInvokeEvent;
  return { ipcMain, core, contents, dispose, invoke, trustedEvent, listeners, unsubscribe, closeWindow: () => (current = null) };
}

describe("installIpcBridge", () => {
  it("dispatches a request from our window to the core", async () => {
    const { invoke, trustedEvent, core } = setUp();
    await expect(invoke(trustedEvent, "vault.status", {})).resolves.toEqual({ ok: true, value: "done" });
    expect(core.dispatch).toHaveBeenCalledWith("vault.status", {});
  });

  it.each([
    ["a page from another origin", { senderFrame: { url: "https://evil.example/", parent: null } }],
    ["an iframe inside our page", { senderFrame: { url: "app://safeguard/index.html", parent: {} } }],
    ["a frame that is already gone", { senderFrame: null }],
    ["another web contents", { sender: {} }],
  ])("answers FORBIDDEN to %s without calling the core", async (_label, override) => {
    const { invoke, trustedEvent, core } = setUp();
    const result = await invoke({ ...trustedEvent, ...override } as IpcMainInvokeEvent, "vault.status", {});
    expect(result).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(core.dispatch).not.toHaveBeenCalled();
  });

  it("answers FORBIDDEN when there is no window", async () => {
    const { invoke, trustedEvent, closeWindow } = setUp();
    closeWindow();
    await expect(invoke(trustedEvent, "vault.status", {})).resolves.toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
  });

  it("never lets an exception or its stack cross to the renderer", async () => {
    const { invoke, trustedEvent } = setUp(async () => {
      throw new Error("SQLITE_NOTADB at /home/office/vault/db.sqlite");
    });
    const result = await invoke(trustedEvent, "vault.status", {});
    expect(result).toMatchObject({ ok: false, error: { code: "INTERNAL" } });
    expect(JSON.stringify(result)).not.toMatch(/SQLITE|vault\/db|stack/);
  });

  it("forwards core events to the window on the event channel", () => {
    const { listeners, contents } = setUp();
    for (const listener of listeners) listener({ type: "locked", reason: "idle" });
    expect(contents.send).toHaveBeenCalledWith(IPC_EVENT, { type: "locked", reason: "idle" });
  });

  it("does not send to a destroyed window", () => {
    const { listeners, contents } = setUp();
    contents.isDestroyed.mockReturnValue(true);
    for (const listener of listeners) listener({ type: "locked", reason: "idle" });
    expect(contents.send).not.toHaveBeenCalled();
  });

  it("undoes its wiring when disposed", () => {
    const { dispose, ipcMain, unsubscribe, listeners } = setUp();
    dispose();
    expect(ipcMain.removeHandler).toHaveBeenCalledWith(IPC_INVOKE);
    expect(unsubscribe).toHaveBeenCalled();
    expect(listeners.size).toBe(0);
  });
});
