import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/*
 * better-sqlite3 must be compiled for the runtime that loads it. Tests run the copy in node_modules,
 * built for Node; Electron needs one built for its own ABI. build/electron-native.mjs builds that one into
 * .electron-native/<platform>-<arch>/ (with build-info.json saying for which Electron) and never touches
 * node_modules; packaging copies it to resources/native/. Keep the names here in step with that script
 * (a test compares them).
 */
export const NATIVE_MODULE_FILE = "better_sqlite3.node";
export const ELECTRON_NATIVE_DIR = ".electron-native";
export const NATIVE_BUILD_INFO_FILE = "build-info.json";

/** Node says "arm" where electron-builder's ${arch} says "armv7l"; the folder uses electron-builder's name. */
export function builderArchName(arch: string): string {
  return arch === "arm" ? "armv7l" : arch;
}

export interface NativeBindingInput {
  isPackaged: boolean;
  /** process.resourcesPath: where electron-builder's extraResources land. */
  resourcesPath: string;
  /** app.getAppPath(): the project folder in development. */
  appPath: string;
  platform: string;
  arch: string;
}

/** The file to pass as better-sqlite3's `nativeBinding` option. */
export function resolveNativeBinding({ isPackaged, resourcesPath, appPath, platform, arch }: NativeBindingInput): string {
  if (isPackaged) return path.join(resourcesPath, "native", NATIVE_MODULE_FILE);
  return path.join(appPath, ELECTRON_NATIVE_DIR, `${platform}-${builderArchName(arch)}`, NATIVE_MODULE_FILE);
}

/**
 * Why the binding cannot be used, in words for the person starting the app, or null when it looks fine.
 * Catching this before the database opens turns an ABI crash ("was compiled against a different
 * Node.js version") into an explanation.
 */
export function describeNativeBindingProblem(bindingPath: string, isPackaged: boolean, electronVersion: string): string | null {
  if (!existsSync(bindingPath)) {
    return isPackaged
      ? "A part of Safeguard Desk is missing (the database module). Please reinstall the app."
      : `The database module for Electron is missing (${bindingPath}). Run "npm start", which builds it with build/electron-native.mjs.`;
  }
  if (isPackaged) return null;
  try {
    const info = JSON.parse(readFileSync(path.join(path.dirname(bindingPath), NATIVE_BUILD_INFO_FILE), "utf8")) as { electronVersion?: unknown };
    if (info.electronVersion !== electronVersion) {
      return `The database module was built for Electron ${String(info.electronVersion)}, but this is Electron ${electronVersion}. Run "node build/electron-native.mjs" again.`;
    }
  } catch {
    return `The database module has no build record next to it. Run "node build/electron-native.mjs --force".`;
  }
  return null;
}
