import { EventEmitter } from "node:events";
import type { Session, WebContents } from "electron";
import { APP_ORIGIN, APP_START_URL } from "../../src/main/electron/appProtocol";
import { describe, expect, it, vi } from "vitest";
import {
  hardenSession,
  hardenWebContents,
  installEarlySecurity,
  isAllowedRequestUrl,
  isOwnBlobDownload,
  isOwnPageUrl,
  NETWORK_QUIETING_SWITCHES,
} from "../../src/main/electron/security";

describe("isAllowedRequestUrl", () => {
  it.each([
    "app://safeguard/index.html",
    "app://safeguard/assets/index-abc.js",
    "data:image/png;base64,iVBORw0KGgo=",
    "blob:app://safeguard/7f0c2a44-2b43-4a3e-9d0a-1d1b0f0b6b7e",
    "devtools://devtools/bundled/devtools_app.html",
  ])("lets %s through", (url) => expect(isAllowedRequestUrl(url)).toBe(true));

  it.each([
    "https://example.com/",
    "http://localhost:5173/",
    "http://127.0.0.1/",
    "ws://localhost/socket",
    "wss://example.com/",
    "file:///etc/passwd",
    "ftp://example.com/",
    "chrome-extension://abcdef/background.js",
    "chrome://settings",
    "app://evil/index.html",
    "app://safeguard:1234/",
    "not a url",
    "",
  ])("cancels %s", (url) => expect(isAllowedRequestUrl(url)).toBe(false));
});

describe("isOwnBlobDownload", () => {
  it("accepts a blob made by our page", () => {
    expect(isOwnBlobDownload("blob:app://safeguard/7f0c2a44-2b43-4a3e-9d0a-1d1b0f0b6b7e")).toBe(true);
  });
  it.each(["blob:https://evil.example/123", "blob:app://other/123", "https://example.com/report.csv", "app://safeguard/report.csv", "data:text/csv,a,b"])(
    "refuses %s",
    (url) => expect(isOwnBlobDownload(url)).toBe(false),
  );
});

function fakeSession() {
  const emitter = new EventEmitter();
  const captured: Record<string, (...args: never[]) => unknown> = {};
  const session = {
    setPermissionRequestHandler: vi.fn((handler) => (captured.request = handler)),
    setPermissionCheckHandler: vi.fn((handler) => (captured.check = handler)),
    setDevicePermissionHandler: vi.fn((handler) => (captured.device = handler)),
    webRequest: { onBeforeRequest: vi.fn((listener) => (captured.beforeRequest = listener)) },
    setSpellCheckerEnabled: vi.fn(),
    setProxy: vi.fn(async () => undefined),
    on: (name: string, listener: (...args: unknown[]) => void) => emitter.on(name, listener),
  };
  hardenSession(session as unknown as Session);
  return { session, captured, emitter };
}

describe("hardenSession", () => {
  it("denies every permission request and check", () => {
    const { captured } = fakeSession();
    const callback = vi.fn();
    (captured.request as (...args: unknown[]) => void)({}, "media", callback, {});
    expect(callback).toHaveBeenCalledWith(false);
    for (const permission of ["clipboard-read", "notifications", "geolocation", "openExternal"]) {
      expect((captured.check as (...args: unknown[]) => boolean)({}, permission, "app://safeguard", {})).toBe(false);
    }
    expect((captured.device as (...args: unknown[]) => boolean)({})).toBe(false);
  });

  it("cancels network requests and lets our own pages through", () => {
    const { captured } = fakeSession();
    const decide = (url: string) => {
      const callback = vi.fn();
      (captured.beforeRequest as (...args: unknown[]) => void)({ url }, callback);
      return callback.mock.calls[0]?.[0];
    };
    expect(decide("https://fonts.googleapis.com/css")).toEqual({ cancel: true });
    expect(decide("app://safeguard/index.html")).toEqual({ cancel: false });
  });

  it("turns the spell checker off and never looks for a proxy", () => {
    const { session } = fakeSession();
    expect(session.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
    expect(session.setProxy).toHaveBeenCalledWith({ mode: "direct" });
  });

  it.each([
    ["blob:app://safeguard/1", "app://safeguard/index.html", false],
    ["https://example.com/x.exe", "app://safeguard/index.html", true],
    ["blob:app://safeguard/1", "https://evil.example/", true],
  ])("download of %s started by %s: cancelled=%s", (url, pageUrl, cancelled) => {
    const { emitter } = fakeSession();
    const event = { preventDefault: vi.fn() };
    emitter.emit("will-download", event, { getURL: () => url }, { getURL: () => pageUrl });
    expect(event.preventDefault).toHaveBeenCalledTimes(cancelled ? 1 : 0);
  });
});

describe("hardenWebContents", () => {
  function fakeContents() {
    const emitter = new EventEmitter();
    let openHandler: (() => { action: string }) | undefined;
    const contents = Object.assign(emitter, { setWindowOpenHandler: (handler: () => { action: string }) => (openHandler = handler) });
    hardenWebContents(contents as unknown as WebContents);
    return { emitter, openHandler: () => openHandler?.() };
  }

  it.each(["will-navigate", "will-frame-navigate", "will-redirect", "will-attach-webview"])("prevents %s", (name) => {
    const { emitter } = fakeContents();
    const event = { preventDefault: vi.fn() };
    emitter.emit(name, event, "https://example.com/");
    expect(event.preventDefault).toHaveBeenCalled();
  });

  describe("a page loading our own page again (window.location.reload() after a restore or an import)", () => {
    const navigate = (name: string, url: string, isMainFrame: boolean) => {
      const { emitter } = fakeContents();
      const event = { url, isMainFrame, isSameDocument: false, preventDefault: vi.fn() };
      emitter.emit(name, event);
      return event.preventDefault.mock.calls.length === 0 ? "allowed" : "denied";
    };

    it.each([
      ["will-navigate", APP_START_URL],
      ["will-frame-navigate", APP_START_URL],
      ["will-navigate", `${APP_START_URL}#/risk`],
      ["will-navigate", `${APP_ORIGIN}/`],
    ])("%s to %s in the main frame is allowed", (name, url) => {
      expect(navigate(name, url, true)).toBe("allowed");
    });

    it.each([
      `${APP_ORIGIN}/assets/index-abc.js`,
      `${APP_ORIGIN}/other.html`,
      `${APP_START_URL}?next=https://example.com/`,
      "app://evil/index.html",
      "app://safeguard:8080/index.html",
      "https://example.com/",
      "http://127.0.0.1:5173/index.html",
      "file:///C:/Users/maria/Desktop/patients.csv",
      "file:///home/maria/index.html",
      "data:text/html,<script>alert(1)</script>",
      "javascript:alert(1)",
      "not a url",
    ])("a main-frame navigation to %s is denied", (url) => {
      expect(navigate("will-navigate", url, true)).toBe("denied");
      expect(navigate("will-frame-navigate", url, true)).toBe("denied");
    });

    it("a subframe loading our own page is denied", () => {
      expect(navigate("will-frame-navigate", APP_START_URL, false)).toBe("denied");
    });

    it.each(["will-redirect", "will-attach-webview"])("%s to our own page is still denied", (name) => {
      expect(navigate(name, APP_START_URL, true)).toBe("denied");
    });
  });

  describe("isOwnPageUrl", () => {
    it.each([
      [APP_START_URL, true],
      [`${APP_ORIGIN}/`, true],
      [APP_ORIGIN, true],
      [`${APP_START_URL}#/assessment/2025`, true],
      [`${APP_ORIGIN}/index.htm`, false],
      [`${APP_ORIGIN}/assets/`, false],
      [`${APP_START_URL}?x=1`, false],
      ["app://user:pass@safeguard/index.html", false],
      [undefined, false],
    ])("%s: %s", (url, own) => expect(isOwnPageUrl(url)).toBe(own));
  });

  it("denies every new window", () => {
    expect(fakeContents().openHandler()).toEqual({ action: "deny" });
  });
});

describe("installEarlySecurity", () => {
  it("sandboxes every renderer, appends the network-quieting switches and hardens every new web contents", () => {
    const appendSwitch = vi.fn();
    const on = vi.fn();
    const enableSandbox = vi.fn();
    installEarlySecurity({ commandLine: { appendSwitch }, on, enableSandbox } as never);
    expect(enableSandbox).toHaveBeenCalled();
    expect(appendSwitch.mock.calls.map(([name]) => name)).toEqual(NETWORK_QUIETING_SWITCHES.map(([name]) => name));
    expect(appendSwitch).toHaveBeenCalledWith("no-proxy-server");
    expect(on).toHaveBeenCalledWith("web-contents-created", expect.any(Function));
  });
});
