import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { FuseV1Options, FuseVersion, getCurrentFuseWire } from "@electron/fuses";
import { afterEach, describe, expect, it } from "vitest";

const projectDir = path.resolve(__dirname, "../..");
const require = createRequire(import.meta.url);
// js-yaml comes with electron-builder (which parses this same file with it).
const yaml = require("js-yaml") as { load(text: string): unknown };

interface FileSet {
  from: string;
  to: string;
}
interface BuilderConfig {
  appId: string;
  productName: string;
  directories: { output: string; buildResources: string };
  files: string[];
  asar: boolean;
  asarUnpack: string[];
  npmRebuild: boolean;
  extraResources: FileSet[];
  icon: string;
  afterPack: string;
  publish: unknown;
  win: { target: string | string[] };
  mac: { target: string | string[] };
  linux: { target: string[]; maintainer: string; category: string };
}

const config = yaml.load(readFileSync(path.join(projectDir, "electron-builder.yml"), "utf8")) as BuilderConfig;
const targets = (value: string | string[]) => [value].flat();

type FuseConfig = Record<number, boolean> & { version: string; resetAdHocDarwinSignature?: boolean };
const afterPackModule = require(path.join(projectDir, "build/afterPack.cjs")) as {
  (context: unknown): Promise<void>;
  fuseConfigFor(platform: string, arch: string): FuseConfig;
};

describe("electron-builder.yml", () => {
  it("names the app", () => {
    expect(config.appId).toBe("org.safeguarddesk.app");
    expect(config.productName).toBe("Safeguard Desk");
    expect(config.directories).toEqual({ output: "dist", buildResources: "assets" });
  });

  it("packages only the built app and package.json", () => {
    const included = config.files.filter((pattern) => !pattern.startsWith("!"));
    expect(included.sort()).toEqual(["out/**", "package.json"]);
    // Exclusions may only trim dependencies (the database module's C sources and its Node-ABI build).
    const excluded = config.files.filter((pattern) => pattern.startsWith("!"));
    for (const pattern of excluded) expect(pattern).toMatch(/^!node_modules\//);
  });

  it("keeps the app in an asar archive with the native database module unpacked", () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(expect.arrayContaining(["**/*.node", "node_modules/better-sqlite3-multiple-ciphers/**"]));
  });

  it("never rebuilds native modules in node_modules (the tests' Node build would be replaced)", () => {
    expect(config.npmRebuild).toBe(false);
  });

  it("ships the Electron-ABI module from where build/electron-native.mjs writes it", () => {
    expect(config.extraResources).toContainEqual({ from: ".electron-native/${platform}-${arch}/better_sqlite3.node", to: "native/better_sqlite3.node" });
    const fileSet = config.extraResources.find((entry) => entry.to === "native/better_sqlite3.node")!;
    // electron-builder expands ${platform} to process.platform and ${arch} to its own arch name.
    const arch = process.arch === "arm" ? "armv7l" : process.arch;
    const expanded = path.join(projectDir, fileSet.from.replace("${platform}", process.platform).replace("${arch}", arch));
    const printed = execFileSync(process.execPath, [path.join(projectDir, "build/electron-native.mjs"), "--print-target"], { encoding: "utf8" }).trim();
    expect(expanded).toBe(printed);
  });

  it("builds an installer for every platform", () => {
    expect(targets(config.win.target)).toContain("nsis");
    expect(targets(config.mac.target)).toContain("dmg");
    expect(config.linux.target).toEqual(expect.arrayContaining(["AppImage", "deb"]));
    expect(config.linux.maintainer).toMatch(/\S+ <\S+@\S+>/);
    expect(config.linux.category).toBeTruthy();
  });

  it("flips the fuses after packing and publishes nowhere", () => {
    expect(config.afterPack).toBe("build/afterPack.cjs");
    // electron-builder's own fuse step would run after ours with other values; its asar hash must stay on.
    expect(config).not.toHaveProperty("electronFuses");
    expect(config).not.toHaveProperty("disableAsarIntegrity");
    expect(existsSync(path.join(projectDir, config.afterPack))).toBe(true);
    expect(config.publish).toBeNull();
  });

  it("has a 1024x1024 PNG icon", () => {
    const png = readFileSync(path.join(projectDir, config.icon));
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024]);
  });
});

describe("the fuses afterPack flips", () => {
  it.each([
    ["win32", "x64"],
    ["darwin", "arm64"],
    ["darwin", "x64"],
    ["linux", "x64"],
  ])("%s %s", (platform, arch) => {
    const fuses = afterPackModule.fuseConfigFor(platform, arch);
    expect(fuses.version).toBe(FuseVersion.V1);
    expect(fuses[FuseV1Options.RunAsNode]).toBe(false);
    expect(fuses[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(fuses[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(fuses[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(fuses[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(fuses[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]).toBe(false);
    expect(fuses[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
    // electron-builder writes the asar hash only on macOS and Windows, the only platforms Electron checks it on.
    expect(fuses[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(platform !== "linux");
    expect(fuses.resetAdHocDarwinSignature).toBe(platform === "darwin" && arch === "arm64");
  });
});

describe("afterPack on a stand-in Linux package", () => {
  // A fake executable holding Electron's fuse wire: the sentinel, wire version 1, 9 fuses, all at Electron's defaults.
  const SENTINEL = "dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX";
  const DEFAULT_WIRE = "101001010"; // RunAsNode on, cookie encryption off, NODE_OPTIONS on, ...
  let work: string | undefined;
  afterEach(() => work && rmSync(work, { recursive: true, force: true }));

  function standIn(builtFor: string, shipped = "binary-for-electron") {
    work = mkdtempSync(path.join(os.tmpdir(), "safeguard-afterpack-"));
    const appOutDir = path.join(work, "linux-unpacked");
    const projectDir = path.join(work, "project");
    mkdirSync(path.join(appOutDir, "resources", "native"), { recursive: true });
    mkdirSync(path.join(projectDir, ".electron-native", "linux-x64"), { recursive: true });
    writeFileSync(
      path.join(appOutDir, "safeguard-desk"),
      Buffer.concat([Buffer.from("ELF padding "), Buffer.from(SENTINEL), Buffer.from([1, DEFAULT_WIRE.length]), Buffer.from(DEFAULT_WIRE), Buffer.from(" tail")]),
    );
    writeFileSync(path.join(appOutDir, "resources", "native", "better_sqlite3.node"), shipped);
    writeFileSync(path.join(projectDir, ".electron-native", "linux-x64", "better_sqlite3.node"), "binary-for-electron");
    writeFileSync(path.join(projectDir, ".electron-native", "linux-x64", "build-info.json"), JSON.stringify({ electronVersion: builtFor }));
    const context = {
      appOutDir,
      electronPlatformName: "linux",
      arch: 1, // builder-util's Arch.x64
      packager: { appInfo: { productFilename: "Safeguard Desk" }, executableName: "safeguard-desk", info: { framework: { version: "45.5.0" }, projectDir } },
    };
    return { context, executable: path.join(appOutDir, "safeguard-desk") };
  }

  it("flips the fuses in the executable", async () => {
    const { context, executable } = standIn("45.5.0");
    await afterPackModule(context);
    const wire = await getCurrentFuseWire(executable);
    const ENABLE = 49;
    const DISABLE = 48;
    expect(wire[FuseV1Options.RunAsNode]).toBe(DISABLE);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(ENABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(DISABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ENABLE);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(DISABLE);
    // A fuse newer than @electron/fuses knows about keeps Electron's default.
    expect((wire as unknown as Record<number, number>)[8]).toBe(DEFAULT_WIRE.charCodeAt(8));
  });

  it("stops packaging when the database module was built for another Electron", async () => {
    const { context } = standIn("44.0.0");
    await expect(afterPackModule(context)).rejects.toThrow(/built for Electron 44\.0\.0.*45\.5\.0/);
  });

  it("stops packaging when the shipped module is not the one built for this platform", async () => {
    const { context } = standIn("45.5.0", "some other binary");
    await expect(afterPackModule(context)).rejects.toThrow(/is not the module built for linux-x64/);
  });
});
