import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

/*
 * The app never makes a network connection (no updates, no telemetry, no fonts, no sync): it is a HIPAA tool
 * on one workstation. These rules keep every network API out of src/, and test/electron/noNetwork.test.ts
 * proves they still fire. ESLint replaces a rule's options per file rather than merging them, so every
 * block below that sets no-restricted-imports must build it with noRestrictedImports().
 */
const NO_NETWORK = "Safeguard Desk never makes network connections; keep all data on this computer.";
const NETWORK_GLOBALS = ["fetch", "WebSocket", "XMLHttpRequest", "EventSource"];
const NETWORK_MODULE_NAMES = ["http", "https", "net", "tls", "dns", "dns/promises", "dgram", "http2"];
// An esquery regex cannot hold a "/", hence "." for the one in dns/promises.
const NETWORK_MODULE_REGEX = "/^(node:)?(http|https|net|tls|dns|dns.promises|dgram|http2)$/";
const NO_NETWORK_IMPORTS = [
  ...NETWORK_MODULE_NAMES.flatMap((name) => [name, `node:${name}`]).map((name) => ({ name, message: NO_NETWORK })),
  { name: "electron", importNames: ["net", "netLog"], message: NO_NETWORK },
];
const noRestrictedImports = (extra = {}) => ["error", { ...extra, paths: [...NO_NETWORK_IMPORTS, ...(extra.paths ?? [])] }];

export default tseslint.config(
  { ignores: ["out/**", "dist/**", "node_modules/**", ".electron-native/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,mts}"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      eqeqeq: ["error", "always"],
      "no-console": ["error", { allow: ["error", "warn"] }],
    },
  },
  {
    files: ["src/**/*.{ts,tsx,mts,js,mjs,cjs}"],
    rules: {
      "no-restricted-imports": noRestrictedImports(),
      "no-restricted-globals": ["error", ...NETWORK_GLOBALS.map((name) => ({ name, message: NO_NETWORK }))],
      "no-restricted-properties": [
        "error",
        // window.fetch, globalThis.WebSocket, navigator.sendBeacon, and session.fetch / net.fetch (Electron's network stack).
        ...[...NETWORK_GLOBALS, "sendBeacon"].map((property) => ({ property, message: NO_NETWORK })),
        // `import * as electron from "electron"`; named imports are covered by no-restricted-imports.
        ...["net", "netLog"].map((property) => ({ object: "electron", property, message: NO_NETWORK })),
      ],
      "no-restricted-syntax": [
        "error",
        // require() and import() are not seen by no-restricted-imports.
        { selector: `CallExpression[callee.name="require"][arguments.0.value=${NETWORK_MODULE_REGEX}]`, message: NO_NETWORK },
        { selector: `ImportExpression[source.value=${NETWORK_MODULE_REGEX}]`, message: NO_NETWORK },
      ],
    },
  },
  {
    files: ["src/renderer/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "no-restricted-imports": noRestrictedImports({ patterns: ["node:*", "electron", "better-sqlite3-multiple-ciphers", "**/main/**"] }),
    },
  },
  {
    files: ["src/shared/**/*.ts"],
    rules: {
      "no-restricted-imports": noRestrictedImports({ patterns: ["node:*", "electron", "react", "react-dom", "better-sqlite3-multiple-ciphers", "**/main/**", "**/renderer/**"] }),
    },
  },
  {
    files: ["src/main/**/*.ts"],
    ignores: ["src/main/electron/**"],
    rules: {
      // Only the thin Electron shell may import Electron; everything else runs under plain Node.
      "no-restricted-imports": noRestrictedImports({ paths: ["electron"], patterns: ["**/renderer/**"] }),
    },
  },
  {
    files: ["src/main/cli/**/*.ts", "test/bench/**/*.ts"],
    rules: { "no-console": "off" },
  },
  {
    // The packaging scripts (the native module's Electron build, the fuses): plain Node, run by npm and electron-builder.
    files: ["build/**/*.{cjs,mjs}"],
    languageOptions: {
      globals: { console: "readonly", process: "readonly", require: "readonly", module: "writable", __dirname: "readonly" },
    },
    rules: {
      "@typescript-eslint/no-require-imports": "off",
      eqeqeq: ["error", "always"],
    },
  },
);
