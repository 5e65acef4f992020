import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY } from "../../src/main/electron/contentSecurityPolicy";

function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

const directives = parsePolicy(CONTENT_SECURITY_POLICY);
const allSources = [...directives.values()].flat();

describe("the Content-Security-Policy", () => {
  it.each(["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'wasm-unsafe-eval'", "'strict-dynamic'"])("never allows %s", (keyword) => {
    expect(allSources.map((source) => source.toLowerCase())).not.toContain(keyword);
  });

  it("names no remote host, wildcard or network scheme", () => {
    // Allowed: quoted keywords ('self', 'none') and the two local schemes data: and blob:.
    const remote = allSources.filter((source) => !/^'[a-z-]+'$/.test(source) && source !== "data:" && source !== "blob:");
    expect(remote).toEqual([]);
  });

  it.each(["default-src", "connect-src", "object-src", "base-uri", "form-action", "frame-ancestors"])("%s is 'none'", (name) => {
    expect(directives.get(name)).toEqual(["'none'"]);
  });

  it.each(["script-src", "style-src", "font-src"])("%s is 'self' only", (name) => {
    expect(directives.get(name)).toEqual(["'self'"]);
  });

  it("allows images only from the bundle and from data:/blob: made in the page", () => {
    expect(directives.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
  });

  it("declares each directive once", () => {
    expect(directives.size).toBe(CONTENT_SECURITY_POLICY.split(";").length);
  });
});

describe("the renderer's index.html", () => {
  const indexHtml = path.resolve(__dirname, "../../src/renderer/index.html");

  it("carries the same policy in a meta tag", () => {
    const html = readFileSync(indexHtml, "utf8");
    const meta = [...html.matchAll(/<meta\b[^>]*>/gis)].map((match) => match[0]).find((tag) => /http-equiv\s*=\s*["']content-security-policy["']/i.test(tag));
    expect(meta, `${indexHtml} has no <meta http-equiv="Content-Security-Policy"> tag`).toBeDefined();
    const content = /\bcontent\s*=\s*(["'])(.*?)\1/is.exec(meta ?? "")?.[2];
    expect(content?.replace(/\s+/g, " ").trim()).toBe(CONTENT_SECURITY_POLICY);
  });
});
