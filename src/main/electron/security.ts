import type { App, Session, WebContents } from "electron";
import { APP_SCHEME, APP_START_URL } from "./appProtocol";
import { isTrustedSender } from "./ipcBridge";

/*
 * Everything Electron lets us lock down, in one place. The app shows only its own bundle and makes no
 * network request at all, so the rules are "deny" with very few exceptions. Electron is imported for
 * types only: the functions receive app/session/webContents, so tests can pass fakes.
 */

/**
 * Chromium switches (appended before `ready`) that keep the browser itself quiet on the network:
 * no proxy auto-discovery (WPAD lookups), no hyperlink-auditing pings, no background and
 * domain-reliability traffic. Electron ships without most of Chrome's phone-home services already;
 * these cover what remains, and the request filter below cancels anything that still slips out.
 */
export const NETWORK_QUIETING_SWITCHES: ReadonlyArray<readonly [name: string, value?: string]> = [
  ["no-proxy-server"],
  ["no-pings"],
  ["disable-background-networking"],
  ["disable-domain-reliability"],
  ["disable-component-update"],
];

export function quietChromiumNetworking(commandLine: Pick<App["commandLine"], "appendSwitch">): void {
  for (const [name, value] of NETWORK_QUIETING_SWITCHES) {
    if (value === undefined) commandLine.appendSwitch(name);
    else commandLine.appendSwitch(name, value);
  }
}

/**
 * The only URLs any request may go to: our own bundle, data:/blob: (made in the page, never fetched from
 * anywhere) and devtools: (DevTools' own pages, development builds only). Everything else, http(s),
 * ws(s), file, ftp, chrome-extension, is cancelled.
 */
export function isAllowedRequestUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  switch (parsed.protocol) {
    case `${APP_SCHEME}:`:
      return isTrustedSender(url);
    case "data:":
    case "blob:":
    case "devtools:":
      return true;
    default:
      return false;
  }
}

/** CSV exports are saved from a blob: URL the page made itself: blob:app://safeguard/<uuid>. */
export function isOwnBlobDownload(url: string): boolean {
  // WHATWG gives blob: URLs of custom schemes an opaque origin, so check the inner URL ourselves.
  return url.startsWith("blob:") && isTrustedSender(url.slice("blob:".length));
}

/** Permissions, request filter, spell checker and downloads for a session (the default one: we use no other). */
export function hardenSession(session: Session): void {
  // No camera, microphone, notifications, clipboard reads, geolocation, USB, HID, serial, ...: nothing is needed.
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);

  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequestUrl(details.url) }));

  session.setSpellCheckerEnabled(false);
  // Same effect as the no-proxy-server switch, for this session: never look for a proxy on the network.
  void session.setProxy({ mode: "direct" }).catch(() => undefined);

  session.on("will-download", (event, item, contents) => {
    // Only our own page's blob: exports; Electron then shows the normal Save dialog.
    if (!isOwnBlobDownload(item.getURL()) || !contents || !isTrustedSender(contents.getURL())) event.preventDefault();
  });
}

const START_PAGE_PATH = new URL(APP_START_URL).pathname;

/**
 * True for the one page the app is: APP_START_URL, or its origin root (which the protocol serves as the
 * same index page). The fragment may be anything, since it is our router's state (#/risk) and reloading
 * keeps it. Any other path, a query, another scheme or host is not our page.
 */
export function isOwnPageUrl(url: unknown): boolean {
  if (typeof url !== "string" || !isTrustedSender(url)) return false;
  const parsed = new URL(url);
  return parsed.search === "" && (parsed.pathname === START_PAGE_PATH || parsed.pathname === "/" || parsed.pathname === "");
}

interface NavigationDetails {
  readonly url?: unknown;
  readonly isMainFrame?: unknown;
  preventDefault(): void;
}

/**
 * The app is one page; any navigation (a dropped file, a link, a script) would leave it. The one exception
 * is the main frame loading our own page again: Electron reports a page's `window.location.reload()`
 * (used after a restore or an import) as a navigation, and cancelling it leaves the old state on screen.
 */
function denyNavigationAwayFromOwnPage(details: NavigationDetails): void {
  if (details.isMainFrame === true && isOwnPageUrl(details.url)) return;
  details.preventDefault();
}

/** Navigation, redirects, popups and webviews for every web contents the app ever creates. */
export function hardenWebContents(contents: WebContents): void {
  contents.on("will-navigate", denyNavigationAwayFromOwnPage);
  contents.on("will-frame-navigate", denyNavigationAwayFromOwnPage);
  contents.on("will-redirect", (event) => event.preventDefault());
  contents.on("will-attach-webview", (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: "deny" }));
}

/** Call before `ready`: switches only take effect if appended before Chromium starts. */
export function installEarlySecurity(app: Pick<App, "commandLine" | "on" | "enableSandbox">): void {
  // Every renderer sandboxed, whatever options a future window is created with.
  app.enableSandbox();
  quietChromiumNetworking(app.commandLine);
  app.on("web-contents-created", (_event, contents) => hardenWebContents(contents));
}

/** Call once `ready` has fired. */
export function installSessionSecurity(app: Pick<App, "configureHostResolver">, session: Session): void {
  // No DNS-over-HTTPS probes or extra DNS record lookups from the built-in resolver.
  app.configureHostResolver({ secureDnsMode: "off", enableAdditionalDnsQueryTypes: false });
  hardenSession(session);
}
