import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The folder says where code runs: src/shared anywhere, src/renderer in the page, src/main in Node.
 * This scan keeps imports honest, as Signal's lint rule does for its file suffixes.
 */
const ROOT = join(__dirname, "../..");

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|require\(\s*["']([^"']+)["']\s*\)/g)].map(
    (match) => match[1] ?? match[2] ?? match[3] ?? "",
  );
}

const NODE_BUILTIN = /^(node:|fs$|path$|crypto$|os$|child_process$|util$|stream$|http$|net$|url$)/;

function violations(folder: string, isForbidden: (specifier: string, file: string) => boolean): string[] {
  return sourceFiles(join(ROOT, folder)).flatMap((file) =>
    importsOf(file)
      .filter((specifier) => isForbidden(specifier, file))
      .map((specifier) => `${relative(ROOT, file)} imports ${specifier}`),
  );
}

describe("where code runs", () => {
  it("src/shared imports no Node, Electron, DOM library or main/renderer code", () => {
    expect(
      violations("src/shared", (s) => NODE_BUILTIN.test(s) || s === "electron" || s.startsWith("react") || /\/(main|renderer)\//.test(s) || s.startsWith("better-sqlite3")),
    ).toEqual([]);
  });

  it("src/renderer imports no Node or Electron module and no main-process code", () => {
    expect(violations("src/renderer", (s) => NODE_BUILTIN.test(s) || s === "electron" || s.includes("/main/") || s.startsWith("better-sqlite3"))).toEqual([]);
  });

  it("only the Electron shell (src/main/electron) imports electron", () => {
    expect(violations("src/main", (s, file) => s === "electron" && !file.includes(`${join("src", "main", "electron")}`))).toEqual([]);
  });
});
