import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { _electron, type ElectronApplication, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APP_ORIGIN, APP_START_URL } from "../../src/main/electron/appProtocol";
import { DATA_DIR_VARIABLE } from "../../src/main/electron/vaultLocation";
import { vaultPaths } from "../../src/main/vault/vaultPaths";
import { ADMIN, completeSetup, lockWithShortcut, signIn } from "../e2e/flows";

/*
 * Starts the real app where an Electron binary exists and runs the first-run setup, a lock and an unlock
 * in it. On machines where the binary cannot be downloaded (like the ones this project is developed on)
 * the test is skipped and says why.
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
  if (process.platform === "linux" && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return "no display (run under xvfb-run)";
  return null;
}

const skipReason = whySkip();
if (skipReason !== null) console.warn(`electronSmoke: skipped, ${skipReason}.`);

/**
 * Runs a Node script of the project; a failure throws with the end of its output, which says what went wrong.
 * Asynchronous, so a build of several minutes does not freeze the test worker.
 */
function runNodeScript(label: string, scriptAndArgs: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, scriptAndArgs, { cwd: projectDir, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const keepTail = (chunk: Buffer) => (output = (output + chunk.toString("utf8")).slice(-20_000));
    child.stdout.on("data", keepTail);
    child.stderr.on("data", keepTail);
    child.on("error", (error) => reject(new Error(`electronSmoke: ${label} could not start: ${error.message}`)));
    child.on("close", (code) => {
      if (code === 0) return resolve();
      const tail = output.trim().split("\n").slice(-30).join("\n");
      reject(new Error(`electronSmoke: ${label} failed (exit code ${code}):\n${tail}`));
    });
  });
}

// The setup wizard runs the real KDF (tuned to 250-750 ms) several times, on a cold app.
const STEP_TIMEOUT_MS = 30_000;
// On a developer machine the native module build downloads a prebuilt binary or Electron's headers.
const PREPARE_TIMEOUT_MS = 15 * 60_000;

describe.skipIf(skipReason !== null)(`the Electron app${skipReason ? ` (skipped: ${skipReason})` : ""}`, () => {
  let dataDir: string;
  let app: ElectronApplication;
  let page: Page;

  beforeAll(async () => {
    // npm test builds the app first; a lone run of this file may not have.
    if (!existsSync(path.join(projectDir, "out/main/index.js")) || !existsSync(path.join(projectDir, "out/renderer/index.html"))) {
      // The package's "exports" hide bin/, so find it beside package.json.
      const electronVite = path.join(path.dirname(require.resolve("electron-vite/package.json")), "bin/electron-vite.js");
      await runNodeScript("building the app (electron-vite build)", [electronVite, "build"]);
    }
    // The database module for Electron's ABI. The script returns at once when it is already built for this Electron.
    await runNodeScript("building the database module for Electron (node build/electron-native.mjs)", [path.join(projectDir, "build/electron-native.mjs")]);

    dataDir = mkdtempSync(path.join(os.tmpdir(), "safeguard-smoke-"));
    app = await _electron.launch({
      executablePath: electronBinary!,
      args: [projectDir],
      env: { ...process.env, [DATA_DIR_VARIABLE]: dataDir } as Record<string, string>,
      timeout: 60_000,
    });
    page = await app.firstWindow();
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
  }, PREPARE_TIMEOUT_MS);

  afterAll(async () => {
    await app?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it("shows the first-run setup screen from app://safeguard/", { timeout: 60_000 }, async () => {
    await page.getByRole("heading", { name: "Set up your practice" }).waitFor();
    expect(page.url().startsWith(`${APP_ORIGIN}/`)).toBe(true);
  });

  it("gives the page window.safeguard with exactly invoke and onEvent, and no Node", async () => {
    const seen = await page.evaluate(() => ({
      api: Object.keys((window as unknown as { safeguard: object }).safeguard).sort(),
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
    }));
    expect(seen).toEqual({ api: ["invoke", "onEvent"], require: "undefined", process: "undefined" });
  });

  it("runs the first-run setup, confirms the recovery key and reaches the Dashboard", { timeout: 180_000 }, async () => {
    // completeSetup ends by waiting for the Dashboard heading.
    const groups = await completeSetup(page);
    expect(groups.length).toBeGreaterThan(0);
    // The vault went where the test asked, not into the developer's own profile.
    const vault = vaultPaths(dataDir);
    expect([vault.database, vault.keySlots].filter((file) => !existsSync(file))).toEqual([]);
  });

  it("locks with Ctrl+L and unlocks with the Administrator's password", { timeout: 120_000 }, async () => {
    await lockWithShortcut(page);
    await signIn(page, ADMIN.username, ADMIN.password);
    await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
  });

  it("may reload its own page, as it does after a restore or an import", { timeout: 60_000 }, async () => {
    // A cancelled reload leaves the old page up, so a marker on the old window proves a new page loaded.
    const loaded = page.waitForEvent("load");
    await page.evaluate(() => {
      (window as unknown as { beforeReload?: boolean }).beforeReload = true;
      setTimeout(() => window.location.reload(), 0);
    });
    await loaded;
    await expect(page.evaluate(() => "beforeReload" in window)).resolves.toBe(false);
    expect(page.url().startsWith(APP_START_URL)).toBe(true);
    // The main process kept the session: the new page goes straight back in.
    await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
  });
});
