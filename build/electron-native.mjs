#!/usr/bin/env node
// Builds better-sqlite3-multiple-ciphers for Electron's ABI into .electron-native/<platform>-<arch>/,
// leaving node_modules (the Node build the tests use) untouched. Run by `npm start` and `npm run dist`.
//
//   node build/electron-native.mjs                 build if missing or built for another version
//   node build/electron-native.mjs --force         rebuild anyway
//   node build/electron-native.mjs --print-target  print the output file and exit
//
// Why a copy: @electron/rebuild and electron-builder's install-app-deps rebuild node_modules in place,
// after which every Node test fails with "compiled against a different Node.js version". Here the package
// is copied to a temporary staging folder and built there. The output folder name uses electron-builder's
// ${platform}-${arch} so electron-builder.yml can name it; build-info.json records which Electron and
// which module version it was built for. Keep names in step with src/main/electron/nativeBinding.ts.
import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const MODULE_NAME = "better-sqlite3-multiple-ciphers";
const NATIVE_FILE = "better_sqlite3.node";
const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(path.join(projectDir, "package.json"));
const args = new Set(process.argv.slice(2));

// Node says "arm" where electron-builder's ${arch} says "armv7l".
const arch = process.arch === "arm" ? "armv7l" : process.arch;
const outDir = path.join(projectDir, ".electron-native", `${process.platform}-${arch}`);
const target = path.join(outDir, NATIVE_FILE);
const buildInfoPath = path.join(outDir, "build-info.json");

if (args.has("--print-target")) {
  console.log(target);
  process.exit(0);
}

const readJson = (/** @type {string} */ file) => JSON.parse(readFileSync(file, "utf8"));
const electronVersion = readJson(require.resolve("electron/package.json")).version;
const moduleDir = path.dirname(require.resolve(`${MODULE_NAME}/package.json`));
const moduleVersion = readJson(path.join(moduleDir, "package.json")).version;
const wanted = { electronVersion, moduleName: MODULE_NAME, moduleVersion, platform: process.platform, arch };

function isUpToDate() {
  if (!existsSync(target) || !existsSync(buildInfoPath)) return false;
  try {
    const info = readJson(buildInfoPath);
    return Object.entries(wanted).every(([key, value]) => info[key] === value);
  } catch {
    return false;
  }
}

if (!args.has("--force") && isUpToDate()) {
  console.log(`electron-native: ${path.relative(projectDir, target)} is already built for Electron ${electronVersion}.`);
  process.exit(0);
}

/**
 * @param {string} label
 * @param {string} command
 * @param {string[]} commandArgs
 * @param {string} cwd
 */
function run(label, command, commandArgs, cwd) {
  console.log(`electron-native: ${label}…`);
  const result = spawnSync(command, commandArgs, { cwd, stdio: "inherit", env: { ...process.env, npm_config_runtime: "electron", npm_config_target: electronVersion } });
  return result.status === 0;
}

// Sources and lib only: the Node build in build/ must not be reused or touched.
const staging = mkdtempSync(path.join(os.tmpdir(), "safeguard-electron-native-"));
try {
  cpSync(moduleDir, staging, { recursive: true, filter: (source) => path.relative(moduleDir, source).split(path.sep)[0] !== "build" });
  const electronArgs = [`--target=${electronVersion}`, `--arch=${arch}`, "--dist-url=https://electronjs.org/headers"];
  const built =
    run(`downloading a prebuilt binary for Electron ${electronVersion}`, process.execPath, [
      require.resolve("prebuild-install/bin.js"),
      "--runtime=electron",
      `--target=${electronVersion}`,
      `--arch=${arch}`,
      `--platform=${process.platform}`,
      "--verbose",
    ], staging) ||
    run(`compiling from source for Electron ${electronVersion} (a few minutes)`, process.execPath, [
      require.resolve("node-gyp/bin/node-gyp.js"),
      "rebuild",
      "--release",
      "--runtime=electron",
      ...electronArgs,
      // Electron headers get their own cache so they never mix with Node's.
      `--devdir=${path.join(os.homedir(), ".electron-gyp")}`,
    ], staging);

  const produced = path.join(staging, "build", "Release", NATIVE_FILE);
  if (!built || !existsSync(produced)) {
    console.error(`
electron-native: could not build ${MODULE_NAME} ${moduleVersion} for Electron ${electronVersion} (${process.platform}-${arch}).
  Both ways need the internet: prebuild-install downloads a ready-made binary from GitHub, and node-gyp
  downloads Electron's headers from electronjs.org (and then needs a C++ compiler and Python).
  On a machine with internet access, run "node build/electron-native.mjs" again.
  Nothing else was changed: node_modules still holds the Node build that the tests use.`);
    process.exitCode = 1;
  } else {
    // Copy then rename, so a half-written file is never taken for a finished one.
    mkdirSync(outDir, { recursive: true });
    copyFileSync(produced, `${target}.partial`);
    renameSync(`${target}.partial`, target);
    writeFileSync(buildInfoPath, `${JSON.stringify({ ...wanted, builtAt: new Date().toISOString() }, null, 2)}\n`);
    console.log(`electron-native: wrote ${path.relative(projectDir, target)} for Electron ${electronVersion}.`);
  }
} finally {
  rmSync(staging, { recursive: true, force: true });
}
