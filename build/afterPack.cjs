// electron-builder afterPack hook: checks the Electron-ABI database module made it into the package, then
// flips Electron's fuses (build-time switches compiled into the executable) so a packaged Safeguard Desk
// cannot be turned into a general Node runtime or debugged into revealing the vault key.
// electron-builder signs the app after this hook, so the flipped executable gets signed.
// Pure helpers are exported for test/electron/packagingConfig.test.ts.
const fs = require("node:fs");
const path = require("node:path");
const { FuseV1Options, FuseVersion, flipFuses } = require("@electron/fuses");

/**
 * The fuse settings for one platform; `archName` as electron-builder names it ("x64", "arm64", ...).
 * @param {string} electronPlatformName
 * @param {string} archName
 */
function fuseConfigFor(electronPlatformName, archName) {
  const isMac = electronPlatformName === "darwin" || electronPlatformName === "mas";
  return {
    version: FuseVersion.V1,
    // ELECTRON_RUN_AS_NODE would make the signed app run any script as plain Node.
    [FuseV1Options.RunAsNode]: false,
    // Chromium's cookie store encrypted with the OS keychain (we set no cookies; cheap insurance).
    [FuseV1Options.EnableCookieEncryption]: true,
    // NODE_OPTIONS (e.g. --require evil.js) and --inspect would let anyone run code inside the unlocked app.
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    // Electron checks app.asar against the hash electron-builder writes into Info.plist (macOS) or the
    // .exe resources (Windows); Linux has no such check, and enabling it there would only mislead.
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: isMac || electronPlatformName === "win32",
    // Only app.asar, never a loose app/ folder someone dropped next to it.
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
    // Pages come from app://, so file:// needs no privileges beyond a browser's.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    // Flipping fuses breaks the ad-hoc signature Apple Silicon requires; re-sign ad hoc (a real
    // signature, when configured, replaces it right after this hook).
    resetAdHocDarwinSignature: isMac && (archName === "arm64" || archName === "universal"),
  };
}

/**
 * What flipFuses needs: the .app bundle on macOS, the executable elsewhere (as Signal's fuse-electron.mjs).
 * @param {{ appOutDir: string; electronPlatformName: string; productFilename: string; executableName: string }} where
 */
function fuseTargetPath({ appOutDir, electronPlatformName, productFilename, executableName }) {
  switch (electronPlatformName) {
    case "darwin":
    case "mas":
      return path.join(appOutDir, `${productFilename}.app`);
    case "win32":
      return path.join(appOutDir, `${productFilename}.exe`);
    case "linux":
      return path.join(appOutDir, executableName);
    default:
      throw new Error(`afterPack: unsupported platform ${electronPlatformName}`);
  }
}

/** @param {{ appOutDir: string; electronPlatformName: string; productFilename: string }} where */
function resourcesDir({ appOutDir, electronPlatformName, productFilename }) {
  return electronPlatformName === "darwin" || electronPlatformName === "mas"
    ? path.join(appOutDir, `${productFilename}.app`, "Contents", "Resources")
    : path.join(appOutDir, "resources");
}

/**
 * Stops packaging when resources/native/better_sqlite3.node is missing or was built for another
 * Electron: otherwise the installer would build fine and the app would fail on first start.
 * @param {{ resources: string; projectDir: string; electronPlatformName: string; archName: string; electronVersion: string }} build
 */
function checkNativeModule({ resources, projectDir, electronPlatformName, archName, electronVersion }) {
  const packaged = path.join(resources, "native", "better_sqlite3.node");
  if (!fs.existsSync(packaged)) {
    throw new Error(`afterPack: ${packaged} is missing. Run "node build/electron-native.mjs" first (npm run dist does).`);
  }
  // build/electron-native.mjs names the folder after process.platform, which says "darwin" for Mac App Store builds too.
  const platform = electronPlatformName === "mas" ? "darwin" : electronPlatformName;
  const builtDir = path.join(projectDir, ".electron-native", `${platform}-${archName}`);
  const buildInfoPath = path.join(builtDir, "build-info.json");
  const info = fs.existsSync(buildInfoPath) ? JSON.parse(fs.readFileSync(buildInfoPath, "utf8")) : {};
  if (info.electronVersion !== electronVersion) {
    throw new Error(
      `afterPack: the database module in ${builtDir} was built for Electron ${info.electronVersion ?? "(nothing found)"}, but the package uses Electron ${electronVersion}. Run "node build/electron-native.mjs --force" on a ${platform}-${archName} machine.`,
    );
  }
  // extraResources picks the file by the build machine's platform; packaging for another platform would ship the wrong one.
  const built = path.join(builtDir, "better_sqlite3.node");
  if (!fs.existsSync(built) || !fs.readFileSync(built).equals(fs.readFileSync(packaged))) {
    throw new Error(`afterPack: ${packaged} is not the module built for ${platform}-${archName}. Package on a ${platform} machine.`);
  }
}

/** @param {import("electron-builder").AfterPackContext} context */
async function afterPack(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const { Arch } = require("builder-util");
  const archName = Arch[context.arch];
  const productFilename = packager.appInfo.productFilename;
  const electronVersion = packager.info.framework.version;

  checkNativeModule({
    resources: resourcesDir({ appOutDir, electronPlatformName, productFilename }),
    projectDir: packager.info.projectDir,
    electronPlatformName,
    archName,
    electronVersion,
  });

  // Only electron-builder's Linux packager has an executable name of its own; elsewhere fuseTargetPath does not use it.
  const executableName = "executableName" in packager ? String(packager.executableName) : productFilename;
  const target = fuseTargetPath({ appOutDir, electronPlatformName, productFilename, executableName });
  console.log(`afterPack: flipping Electron fuses in ${target}`);
  await flipFuses(target, fuseConfigFor(electronPlatformName, archName));
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.fuseConfigFor = fuseConfigFor;
module.exports.fuseTargetPath = fuseTargetPath;
module.exports.resourcesDir = resourcesDir;
module.exports.checkNativeModule = checkNativeModule;
