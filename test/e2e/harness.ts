import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import type { AppEvent } from "../../src/shared/ipc/api";
import { createAppCore, type AppCore } from "../../src/main/core/appCore";
import { APP_ORIGIN, createAppRequestHandler } from "../../src/main/electron/appProtocol";
import { FAST_TEST_KDF } from "../../src/main/vault/kdf";
import { makeTempDir } from "../support/tempVault";

/**
 * Runs the real React UI in headless Chromium with the real main-process core behind it. The
 * preload's `window.safeguard` is stood in for by a Playwright binding that calls the same
 * `createAppCore().dispatch` the Electron IPC bridge calls; everything behind it is the real thing.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const RENDERER_DIR = resolve(__dirname, "../../out/renderer");

export interface RunningApp {
  page: Page;
  core: AppCore;
  vaultDir: string;
  url: string;
  /** Opens the app again in a new page on the same vault and core, as a restart of the window. */
  reload(): Promise<void>;
  close(): Promise<void>;
}

let browserPromise: Promise<Browser> | null = null;

function browser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM_PATH}. Install it with: apt-get install -y chromium`);
  }
  browserPromise ??= chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
  return browserPromise;
}

export async function closeBrowser(): Promise<void> {
  if (browserPromise) await (await browserPromise).close();
  browserPromise = null;
}

/** Serves the built renderer through the same request handler the Electron custom protocol uses. */
function serveRenderer(): Promise<Server> {
  if (!existsSync(join(RENDERER_DIR, "index.html"))) {
    throw new Error("The renderer is not built. Run `npx electron-vite build` (npm test does it) before the browser tests.");
  }
  const handle = createAppRequestHandler(RENDERER_DIR);
  const server = createServer((request, response) => {
    void handle(new Request(`${APP_ORIGIN}${request.url ?? "/"}`, { method: request.method })).then(async (answer) => {
      response.writeHead(answer.status, Object.fromEntries(answer.headers.entries()));
      response.end(Buffer.from(await answer.arrayBuffer()));
    });
  });
  return new Promise((done) => server.listen(0, "127.0.0.1", () => done(server)));
}

export async function startApp(options: { vaultDir?: string; beforeLoad?: (page: Page) => Promise<void> } = {}): Promise<RunningApp> {
  const temp = options.vaultDir ? null : makeTempDir("safeguard-e2e-");
  const vaultDir = options.vaultDir ?? temp!.path;
  const core = createAppCore({ vaultDir, kdf: FAST_TEST_KDF });
  const server = await serveRenderer();
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const context = await (await browser()).newContext({ viewport: { width: 1280, height: 860 } });
  const blockedRequests: string[] = [];
  // The app makes no network request: anything not to our own server is refused and remembered.
  await context.route(/.*/, (route) => {
    if (route.request().url().startsWith(url)) return route.continue();
    blockedRequests.push(route.request().url());
    return route.abort();
  });

  let page: Page;
  let unsubscribe: () => void = () => undefined;
  const openPage = async () => {
    page = await context.newPage();
    await page.exposeBinding("__safeguardInvoke", (_source, channel: unknown, payload: unknown) => core.dispatch(channel, payload));
    // Under tsx (the benchmarks), functions sent to the page carry esbuild's __name helper: define it there.
    await page.addInitScript("globalThis.__name = globalThis.__name || ((target) => target);");
    await page.addInitScript(() => {
      const listeners = new Set<(event: unknown) => void>();
      const api = {
        invoke: (channel: string, input: unknown) => (window as unknown as { __safeguardInvoke: (c: string, i: unknown) => Promise<unknown> }).__safeguardInvoke(channel, input),
        onEvent: (listener: (event: unknown) => void) => {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
      };
      Object.defineProperty(window, "safeguard", { value: Object.freeze(api), writable: false });
      Object.defineProperty(window, "__safeguardEmit", { value: (event: unknown) => listeners.forEach((listener) => listener(event)) });
    });
    if (options.beforeLoad) await options.beforeLoad(page);
    unsubscribe();
    unsubscribe = core.onEvent((event: AppEvent) => {
      void page.evaluate((e) => (window as unknown as { __safeguardEmit: (e: unknown) => void }).__safeguardEmit(e), event).catch(() => undefined);
    });
    await page.goto(url);
  };
  await openPage();

  return {
    get page() {
      return page;
    },
    core,
    vaultDir,
    url,
    async reload() {
      await page.close();
      await openPage();
    },
    async close() {
      unsubscribe();
      await context.close();
      await new Promise((done) => server.close(done));
      core.close();
      temp?.remove();
      if (blockedRequests.length > 0) throw new Error(`The app tried to reach the network: ${blockedRequests.join(", ")}`);
    },
  };
}
