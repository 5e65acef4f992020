import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { _electron, type ElectronApplication } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveNativeBinding } from "../../src/main/electron/nativeBinding";

/*
 * Starts the real app where an Electron binary exists. On machines where it cannot be downloaded
 * (like the ones this project is developed on) the test is skipped and says why.
 */
const projectDir = path.resolve(__dirname, "../..");
const require = createRequire(import.meta.url);

/**
 * What `require("electron")` returns, found without calling it: when the binary is missing,
 * require("electron") tries to download it (a network request, and a slow failure offline).
 */
function findElectronBinary(): string | null {
  const electronDir = path.dirname(require.resolve("electron/package.json"));
  const pathFile = path.join(electronDir, "path.txt");
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, "utf8").trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(electronDir, "dist");
  const executable = path.join(distDir, relative);
  return existsSync(executable) ? executable : null;
}

const electronBinary = findElectronBinary();

function whySkip(): string | null {
  if (electronBinary === null) return "no Electron binary in node_modules/electron (its download was skipped or failed)";
  if (!existsSync(path.join(projectDir, "out/main/index.js"))) return "the app is not built (run: npm run build)";
  const binding = resolveNativeBinding({ isPackaged: false, resourcesPath: "", appPath: projectDir, platform: process.platform, arch: process.arch });
  if (!existsSync(binding)) return `no Electron-ABI database module at ${binding} (run: node build/electron-native.mjs)`;
  if (process.platform === "linux" && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return "no display (run under xvfb-run)";
  return null;
}

const skipReason = whySkip();
if (skipReason !== null) console.warn(`electronSmoke: skipped, ${skipReason}.`);

describe.skipIf(skipReason !== null)(`the Electron app starts${skipReason ? ` (skipped: ${skipReason})` : ""}`, () => {
  let dataDir: string;
  let app: ElectronApplication;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), "safeguard-smoke-"));
    app = await _electron.launch({
      executablePath: electronBinary!,
      args: [projectDir],
      env: { ...process.env, SAFEGUARD_DESK_DATA_DIR: dataDir } as Record<string, string>,
      timeout: 60_000,
    });
  });

  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("shows the first-run setup screen from app://safeguard/", { timeout: 60_000 }, async () => {
    const page = await app.firstWindow();
    await page.getByRole("heading", { name: "Set up your practice" }).waitFor({ timeout: 30_000 });
    expect(page.url()).toMatch(/^app:\/\/safeguard\//);
  });

  it("gives the page window.safeguard with exactly invoke and onEvent, and no Node", async () => {
    const page = await app.firstWindow();
    const seen = await page.evaluate(() => ({
      api: Object.keys((window as unknown as { safeguard: object }).safeguard).sort(),
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
    }));
    expect(seen).toEqual({ api: ["invoke", "onEvent"], require: "undefined", process: "undefined" });
  });
});
