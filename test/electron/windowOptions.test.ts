import { describe, expect, it } from "vitest";
import { createWindowOptions } from "../../src/main/electron/windowOptions";

const packaged = createWindowOptions({ preloadPath: "/app/out/preload/index.js", isPackaged: true });
const development = createWindowOptions({ preloadPath: "/app/out/preload/index.js", isPackaged: false });

// One row per setting, so a change that weakens any single one fails with its own name.
const REQUIRED_WEB_PREFERENCES = [
  ["contextIsolation", true],
  ["sandbox", true],
  ["nodeIntegration", false],
  ["nodeIntegrationInWorker", false],
  ["nodeIntegrationInSubFrames", false],
  ["webSecurity", true],
  ["allowRunningInsecureContent", false],
  ["webviewTag", false],
  ["experimentalFeatures", false],
  ["navigateOnDragDrop", false],
  ["spellcheck", false],
  ["safeDialogs", true],
  ["disableBlinkFeatures", "Auxclick"],
] as const;

describe("main window options", () => {
  for (const options of [packaged, development]) {
    describe(options.webPreferences?.devTools ? "development build" : "packaged build", () => {
      it.each(REQUIRED_WEB_PREFERENCES)("webPreferences.%s is %s", (key, value) => {
        expect(options.webPreferences?.[key]).toBe(value);
      });

      it("never enables Blink features", () => {
        expect(options.webPreferences).not.toHaveProperty("enableBlinkFeatures");
      });

      it("sets no web preference beyond the reviewed list (a new one must be added to this test on purpose)", () => {
        const reviewed = [...REQUIRED_WEB_PREFERENCES.map(([key]) => key), "preload", "devTools"].sort();
        expect(Object.keys(options.webPreferences ?? {}).sort()).toEqual(reviewed);
      });

      it("uses the preload script it was given", () => {
        expect(options.webPreferences?.preload).toBe("/app/out/preload/index.js");
      });

      it("stays hidden until the first paint and has a title, sizes and a background colour", () => {
        expect(options.show).toBe(false);
        expect(options.title).toBe("Safeguard Desk");
        expect(options.width).toBeGreaterThanOrEqual(options.minWidth ?? 0);
        expect(options.height).toBeGreaterThanOrEqual(options.minHeight ?? 0);
        expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
      });
    });
  }

  it("turns DevTools off in packaged builds and on in development", () => {
    expect(packaged.webPreferences?.devTools).toBe(false);
    expect(development.webPreferences?.devTools).toBe(true);
  });
});
