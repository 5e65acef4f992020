import { readFile } from "node:fs/promises";
import path from "node:path";
import type { CustomScheme, Protocol } from "electron";
import { CONTENT_SECURITY_POLICY } from "./contentSecurityPolicy";

/*
 * The renderer is served from app://safeguard/ rather than file://: a fixed origin that the IPC bridge
 * and the download handler can recognise, a CSP where 'self' means "our bundle only", and no file://
 * privileges (the GrantFileProtocolExtraPrivileges fuse is off in packaged builds).
 * This module imports Electron for types only, so all of it runs under plain Node in tests.
 */
export const APP_SCHEME = "app";
export const APP_HOST = "safeguard";
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/**
 * standard: real origin, relative URLs and 'self' work. secure: treated like https (no mixed-content
 * downgrades, secure-context APIs). codeCache: faster start. Deliberately absent: bypassCSP,
 * corsEnabled (would let other origins read our files), allowServiceWorkers, supportFetchAPI
 * (the renderer fetches nothing; connect-src is 'none').
 */
export const APP_SCHEME_DEFINITION: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, codeCache: true },
};

/** Must run before `app` is ready. */
export function registerAppScheme(protocol: Pick<Protocol, "registerSchemesAsPrivileged">): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_DEFINITION]);
}

/** Must run after `app` is ready. Serves the built renderer folder (out/renderer). */
export function serveAppProtocol(protocol: Pick<Protocol, "handle">, rendererRoot: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rendererRoot));
}

// Windows opens devices, not files, under these names in any folder.
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

/**
 * Maps a URL path ("/assets/app.js", still percent-encoded) to a file inside `root`, or null when the
 * path could reach anything else: `..` (plain or encoded), empty or `.` segments, backslashes (a
 * separator on Windows), drive letters or any `:`, NUL bytes, malformed encodings, device names.
 * `pathApi` lets tests check the Windows rules on any machine.
 */
export function resolveInside(root: string, requestPath: string, pathApi: path.PlatformPath = path): string | null {
  if (typeof requestPath !== "string" || !requestPath.startsWith("/")) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return null;
  const segments = decoded.slice(1).split("/");
  const unsafe = (segment: string) =>
    segment === "" || segment === "." || segment === ".." || segment.includes(":") || WINDOWS_DEVICE_NAME.test(segment);
  if (segments.some(unsafe)) return null;

  // Belt and braces: whatever the checks above missed, the result must still sit strictly inside root.
  const base = pathApi.resolve(root);
  const candidate = pathApi.resolve(base, ...segments);
  const relative = pathApi.relative(base, candidate);
  if (relative === "" || relative === ".." || relative.startsWith(`..${pathApi.sep}`) || pathApi.isAbsolute(relative)) {
    return null;
  }
  return candidate;
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".otf": "font/otf",
  ".wasm": "application/wasm",
};

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? "application/octet-stream";
}

function securityHeaders(contentType: string): Headers {
  return new Headers({
    "Content-Type": contentType,
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    // With nosniff, a file with an unknown type is never run as a script or styled as CSS.
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
  });
}

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: securityHeaders("text/plain; charset=utf-8") });
}

/** The protocol handler as a plain function of a fetch Request, so tests can call it directly. */
export function createAppRequestHandler(rendererRoot: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== "GET" && request.method !== "HEAD") return textResponse(405, "Method not allowed");
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return textResponse(404, "Not found");
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return textResponse(404, "Not found");

    const requestPath = url.pathname === "/" ? "/index.html" : url.pathname;
    const filePath = resolveInside(rendererRoot, requestPath);
    if (filePath === null) return textResponse(404, "Not found");
    try {
      const body = await readFile(filePath);
      return new Response(request.method === "HEAD" ? null : new Uint8Array(body), {
        status: 200,
        headers: securityHeaders(mimeTypeFor(filePath)),
      });
    } catch {
      // Missing file, a folder, unreadable: the page gets a 404, never a path or an error text.
      return textResponse(404, "Not found");
    }
  };
}
