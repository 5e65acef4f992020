import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { IPC_EVENT, IPC_INVOKE, type SafeguardApi } from "../../src/shared/ipc/api";
import { CHANNEL_NAMES } from "../../src/shared/ipc/contract";

/* preload.ts under plain Node against a stand-in `electron`: what the page gets, and what it never gets. */

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  return {
    exposed: new Map<string, unknown>(),
    listeners,
    ipcRenderer: {
      invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => ({ ok: true, value: "answer" })),
      on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)!.add(listener);
      }),
      removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) => listeners.get(channel)?.delete(listener)),
    },
  };
});

vi.mock("electron", () => ({
  contextBridge: { exposeInMainWorld: (name: string, value: unknown) => electron.exposed.set(name, value) },
  ipcRenderer: electron.ipcRenderer,
}));

let api: SafeguardApi;

beforeAll(async () => {
  await import("../../src/main/electron/preload");
  api = electron.exposed.get("safeguard") as SafeguardApi;
});

describe("preload", () => {
  it("exposes one object, window.safeguard, with exactly invoke and onEvent", () => {
    expect([...electron.exposed.keys()]).toEqual(["safeguard"]);
    expect(Object.keys(api).sort()).toEqual(["invoke", "onEvent"]);
  });

  it("sends a contract channel over the single invoke channel", async () => {
    await expect(api.invoke("vault.status", {})).resolves.toEqual({ ok: true, value: "answer" });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_INVOKE, "vault.status", {});
  });

  it("refuses a channel that is not in the contract without sending anything", async () => {
    electron.ipcRenderer.invoke.mockClear();
    const result = await api.invoke("fs.readFile" as never, {} as never);
    expect(result).toMatchObject({ ok: false, error: { code: "UNKNOWN_CHANNEL" } });
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it("turns a failed IPC call into a plain error result", async () => {
    electron.ipcRenderer.invoke.mockRejectedValueOnce(new Error("Error invoking remote method: at main.ts:1"));
    const result = await api.invoke("vault.status", {});
    expect(result).toMatchObject({ ok: false, error: { code: "INTERNAL" } });
    expect(JSON.stringify(result)).not.toMatch(/main\.ts|remote method/);
  });

  it("hands listeners the event data only, never the IpcRendererEvent, and unsubscribes", () => {
    const received: unknown[][] = [];
    const unsubscribe = api.onEvent((...args: unknown[]) => received.push(args));
    const ipcEvent = { sender: { send: () => undefined }, ports: [] };
    for (const listener of electron.listeners.get(IPC_EVENT) ?? []) listener(ipcEvent, { type: "locked", reason: "idle" });
    expect(received).toEqual([[{ type: "locked", reason: "idle" }]]);
    unsubscribe();
    expect(electron.listeners.get(IPC_EVENT)?.size).toBe(0);
  });
});

const builtPreload = path.resolve(__dirname, "../../out/preload/index.js");

describe.skipIf(!existsSync(builtPreload))("the built preload (out/preload/index.js)", () => {
  it("is one CommonJS file that requires nothing but electron (a sandboxed preload can load nothing else)", () => {
    const code = readFileSync(builtPreload, "utf8");
    const required = [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]);
    expect([...new Set(required)]).toEqual(["electron"]);
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
  });

  it("knows every channel of the contract by name, without the contract's schemas or zod", () => {
    const code = readFileSync(builtPreload, "utf8");
    for (const name of CHANNEL_NAMES) expect(code).toContain(JSON.stringify(name));
    expect(code).not.toMatch(/ZodError|safeParse/);
    // Names and two functions: a few kilobytes. The contract with zod was over 400 KB.
    expect(code.length).toBeLessThan(20_000);
  });
});
