import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  APP_SCHEME_DEFINITION,
  createAppRequestHandler,
  mimeTypeFor,
  registerAppScheme,
  resolveInside,
} from "../../src/main/electron/appProtocol";
import { CONTENT_SECURITY_POLICY } from "../../src/main/electron/contentSecurityPolicy";

describe("resolveInside (POSIX)", () => {
  const root = "/srv/app/out/renderer";

  it.each([
    ["/index.html", "/srv/app/out/renderer/index.html"],
    ["/assets/index-abc123.js", "/srv/app/out/renderer/assets/index-abc123.js"],
    ["/assets/My%20Font.woff2", "/srv/app/out/renderer/assets/My Font.woff2"],
    ["/..foo/bar.js", "/srv/app/out/renderer/..foo/bar.js"],
    ["/%252e%252e/x", "/srv/app/out/renderer/%2e%2e/x"], // decoded once, as servers do: a literal (missing) name
  ])("%s stays inside: %s", (requestPath, expected) => {
    expect(resolveInside(root, requestPath)).toBe(expected);
  });

  it.each([
    ["/../etc/passwd", "plain .."],
    ["/assets/../../etc/passwd", ".. in the middle"],
    ["/%2e%2e/etc/passwd", "encoded .."],
    ["/%2E%2E/%2E%2E/etc/passwd", "upper-case encoded .."],
    ["/.%2e/secret", "half-encoded .."],
    ["/assets/%2e%2e%2f%2e%2e%2fetc/passwd", "encoded .. and slashes"],
    ["/..%5c..%5cetc%5cpasswd", "encoded backslashes"],
    ["/assets\\..\\..\\secret", "raw backslashes"],
    ["//etc/passwd", "empty segment (protocol-relative)"],
    ["/%2fetc/passwd", "encoded leading slash"],
    ["/./index.html", "a . segment"],
    ["/assets/", "trailing slash (a folder)"],
    ["/", "the root folder itself"],
    ["", "empty path"],
    ["etc/passwd", "relative path"],
    ["/index.html%00.png", "encoded NUL"],
    ["/index.html\0.png", "raw NUL"],
    ["/%E0%A4%A", "malformed encoding"],
    ["/C:/Windows/win.ini", "drive letter"],
    ["/index.html:stream", "alternate data stream"],
    ["/assets/CON", "Windows device name"],
    ["/nul.txt", "Windows device name with extension"],
  ])("%s is refused (%s)", (requestPath) => {
    expect(resolveInside(root, requestPath)).toBeNull();
  });

  it("refuses a non-string", () => {
    expect(resolveInside(root, undefined as unknown as string)).toBeNull();
  });
});

describe("resolveInside (Windows path rules)", () => {
  const root = "C:\\Program Files\\Safeguard Desk\\resources\\app.asar\\out\\renderer";

  it("maps a normal file", () => {
    expect(resolveInside(root, "/assets/app.js", path.win32)).toBe(`${root}\\assets\\app.js`);
  });

  it.each(["/..%5c..%5cWindows%5cwin.ini", "/C:%5cWindows%5cwin.ini", "/D:/x", "/%5c%5cserver%5cshare", "/AUX", "/com1.log"])(
    "%s is refused",
    (requestPath) => {
      expect(resolveInside(root, requestPath, path.win32)).toBeNull();
    },
  );
});

describe("mimeTypeFor", () => {
  it.each([
    ["index.html", "text/html; charset=utf-8"],
    ["a.JS", "text/javascript; charset=utf-8"],
    ["a.mjs", "text/javascript; charset=utf-8"],
    ["a.css", "text/css; charset=utf-8"],
    ["a.svg", "image/svg+xml"],
    ["a.png", "image/png"],
    ["a.woff2", "font/woff2"],
    ["a.json", "application/json; charset=utf-8"],
    ["a.unknown", "application/octet-stream"],
    ["no-extension", "application/octet-stream"],
  ])("%s → %s", (file, type) => {
    expect(mimeTypeFor(file)).toBe(type);
  });
});

describe("the app:// request handler", () => {
  let root: string;
  let handle: (request: Request) => Promise<Response>;

  beforeAll(() => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "safeguard-protocol-"));
    root = path.join(dir, "renderer");
    mkdirSync(path.join(root, "assets"), { recursive: true });
    writeFileSync(path.join(root, "index.html"), "<!doctype html><title>t</title>");
    writeFileSync(path.join(root, "assets", "app.js"), "console.log(1)");
    writeFileSync(path.join(dir, "secret.txt"), "outside the root");
    handle = createAppRequestHandler(root);
  });
  afterAll(() => rmSync(path.dirname(root), { recursive: true, force: true }));

  it("serves index.html for / with its type and the security headers", async () => {
    const response = await handle(new Request("app://safeguard/"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("content-security-policy")).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await response.text()).toContain("<!doctype html>");
  });

  it("serves a script as JavaScript", async () => {
    const response = await handle(new Request("app://safeguard/assets/app.js"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
  });

  it("answers HEAD without a body", async () => {
    const response = await handle(new Request("app://safeguard/index.html", { method: "HEAD" }));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("");
  });

  it.each([
    "app://safeguard/missing.js",
    "app://safeguard/assets/",
    "app://safeguard/%2e%2e/secret.txt",
    "app://safeguard/assets/%2e%2e%2f%2e%2e%2fsecret.txt",
    "app://other-host/index.html",
  ])("404 for %s, still with the CSP header", async (url) => {
    const response = await handle(new Request(url));
    expect(response.status).toBe(404);
    expect(response.headers.get("content-security-policy")).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).not.toContain("outside the root");
  });

  it("refuses methods other than GET and HEAD", async () => {
    const response = await handle(new Request("app://safeguard/index.html", { method: "POST", body: "x" }));
    expect(response.status).toBe(405);
  });
});

describe("scheme registration", () => {
  it("registers app:// as standard and secure, without CSP bypass, CORS, service workers or fetch", () => {
    const registered: unknown[] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => registered.push(...schemes) });
    expect(registered).toEqual([APP_SCHEME_DEFINITION]);
    expect(APP_SCHEME_DEFINITION.scheme).toBe("app");
    expect(APP_SCHEME_DEFINITION.privileges).toMatchObject({ standard: true, secure: true });
    for (const risky of ["bypassCSP", "corsEnabled", "allowServiceWorkers", "supportFetchAPI", "allowExtensions"] as const) {
      expect(APP_SCHEME_DEFINITION.privileges?.[risky], risky).not.toBe(true);
    }
  });
});
