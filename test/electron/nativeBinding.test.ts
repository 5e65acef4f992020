import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { builderArchName, describeNativeBindingProblem, resolveNativeBinding } from "../../src/main/electron/nativeBinding";

const projectDir = path.resolve(__dirname, "../..");

describe("resolveNativeBinding", () => {
  it("uses resources/native/ in a packaged app", () => {
    const resources = path.resolve("/opt/Safeguard Desk/resources");
    expect(resolveNativeBinding({ isPackaged: true, resourcesPath: resources, appPath: "/ignored", platform: "linux", arch: "x64" })).toBe(
      path.join(resources, "native", "better_sqlite3.node"),
    );
  });

  it("uses .electron-native/<platform>-<arch>/ in development", () => {
    const appPath = path.resolve("/work/safeguard");
    expect(resolveNativeBinding({ isPackaged: false, resourcesPath: "/ignored", appPath, platform: "darwin", arch: "arm64" })).toBe(
      path.join(appPath, ".electron-native", "darwin-arm64", "better_sqlite3.node"),
    );
  });

  it("names 32-bit ARM the way electron-builder's ${arch} does", () => {
    expect(builderArchName("arm")).toBe("armv7l");
    expect(builderArchName("x64")).toBe("x64");
  });

  it("agrees with build/electron-native.mjs on where the file goes", () => {
    const printed = execFileSync(process.execPath, [path.join(projectDir, "build/electron-native.mjs"), "--print-target"], { encoding: "utf8" }).trim();
    expect(printed).toBe(
      resolveNativeBinding({ isPackaged: false, resourcesPath: "", appPath: projectDir, platform: process.platform, arch: process.arch }),
    );
  });
});

describe("describeNativeBindingProblem", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function binding(buildInfo?: object | string): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), "safeguard-native-"));
    dirs.push(dir);
    const folder = path.join(dir, "linux-x64");
    mkdirSync(folder);
    writeFileSync(path.join(folder, "better_sqlite3.node"), "stand-in");
    if (buildInfo !== undefined) {
      writeFileSync(path.join(folder, "build-info.json"), typeof buildInfo === "string" ? buildInfo : JSON.stringify(buildInfo));
    }
    return path.join(folder, "better_sqlite3.node");
  }

  it("is quiet when the module was built for this Electron", () => {
    expect(describeNativeBindingProblem(binding({ electronVersion: "45.5.0" }), false, "45.5.0")).toBeNull();
  });

  it("explains a module built for another Electron", () => {
    expect(describeNativeBindingProblem(binding({ electronVersion: "44.0.0" }), false, "45.5.0")).toMatch(/built for Electron 44\.0\.0.*45\.5\.0/);
  });

  it("explains a module with no build record", () => {
    expect(describeNativeBindingProblem(binding(), false, "45.5.0")).toMatch(/build-info|build record/i);
    expect(describeNativeBindingProblem(binding("{not json"), false, "45.5.0")).toMatch(/build record/i);
  });

  it("explains a missing module, in development and in a packaged app", () => {
    expect(describeNativeBindingProblem("/nowhere/better_sqlite3.node", false, "45.5.0")).toMatch(/npm start/);
    expect(describeNativeBindingProblem("/nowhere/better_sqlite3.node", true, "45.5.0")).toMatch(/reinstall/i);
  });

  it("trusts the file shipped in a packaged app (afterPack checked its version)", () => {
    expect(describeNativeBindingProblem(binding(), true, "45.5.0")).toBeNull();
  });
});
