import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

/*
 * The app never makes a network connection. eslint.config.mjs enforces that over src/; this test lints
 * small snippets as if they lived in each part of src/, so the guard cannot be dropped or overridden by a
 * folder's own rules (ESLint replaces a rule's options per file, it does not merge them) without a failure.
 */
const projectDir = path.resolve(__dirname, "../..");
const NO_NETWORK_MESSAGE = "Safeguard Desk never makes network connections";
const eslint = new ESLint({ cwd: projectDir });

async function networkFindings(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(projectDir, file) });
  return (result?.messages ?? []).filter((message) => message.message.includes(NO_NETWORK_MESSAGE)).map((message) => message.ruleId ?? "");
}

describe("no network from our code", () => {
  it.each([
    ["import of node:https", "src/main/services/sync.ts", "no-restricted-imports", `import https from "node:https";\nhttps.get("https://example.com/");\n`],
    ["import of bare http", "src/main/services/sync.ts", "no-restricted-imports", `import { request } from "http";\nrequest("http://example.com/");\n`],
    ["import of node:dns/promises", "src/main/vault/lookup.ts", "no-restricted-imports", `import { lookup } from "node:dns/promises";\nvoid lookup("example.com");\n`],
    ["import of node:net", "src/main/cli/socket.ts", "no-restricted-imports", `import { connect } from "node:net";\nconnect(80, "example.com");\n`],
    ["import { net } from electron", "src/main/electron/update.ts", "no-restricted-imports", `import { net } from "electron";\nnet.request("https://example.com/");\n`],
    ["electron.net on a namespace import", "src/main/electron/update.ts", "no-restricted-imports", `import * as electron from "electron";\nelectron.net.request("https://example.com/");\n`],
    ["session.fetch", "src/main/electron/update.ts", "no-restricted-properties", `import { session } from "electron";\nvoid session.defaultSession.fetch("https://example.com/");\n`],
    ["global fetch", "src/main/reports/fonts.ts", "no-restricted-globals", `export const load = () => fetch("https://fonts.example.com/a.woff2");\n`],
    ["dynamic import() of node:https", "src/main/reports/fonts.ts", "no-restricted-syntax", `export const load = async () => (await import("node:https")).get("https://example.com/");\n`],
    ["require(\"tls\")", "src/main/reports/fonts.ts", "no-restricted-syntax", `// eslint-disable-next-line @typescript-eslint/no-require-imports\nexport const tls = require("tls");\n`],
    ["window.fetch", "src/renderer/src/screens/Help.tsx", "no-restricted-properties", `export const help = () => window.fetch("https://example.com/help");\n`],
    ["navigator.sendBeacon", "src/renderer/src/screens/Help.tsx", "no-restricted-properties", `export const ping = () => navigator.sendBeacon("https://example.com/", "opened");\n`],
    ["new WebSocket", "src/renderer/src/screens/Help.tsx", "no-restricted-globals", `export const live = () => new WebSocket("wss://example.com/");\n`],
    ["new XMLHttpRequest", "src/renderer/src/screens/Help.tsx", "no-restricted-globals", `export const poll = () => new XMLHttpRequest();\n`],
    ["new EventSource", "src/shared/time/now.ts", "no-restricted-globals", `export const feed = () => new EventSource("https://example.com/time");\n`],
    ["import of node:dgram", "src/shared/time/now.ts", "no-restricted-imports", `import dgram from "node:dgram";\nexport const ntp = dgram.createSocket("udp4");\n`],
  ])("%s in %s: %s", { timeout: 60_000 }, async (_what, file, rule, code) => {
    expect(await networkFindings(file, code)).toContain(rule);
  });

  it("stays quiet for code that touches no network", { timeout: 60_000 }, async () => {
    const code = `import path from "node:path";\nimport { app } from "electron";\nexport const where = () => path.join(app.getPath("userData"), "vault");\n`;
    expect(await networkFindings("src/main/electron/where.ts", code)).toEqual([]);
  });
});
