import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["out/**", "dist/**", "node_modules/**", ".electron-native/**", "build/**/*.cjs", "build/**/*.mjs"] },
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
    files: ["src/renderer/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "no-restricted-imports": ["error", { patterns: ["node:*", "electron", "better-sqlite3-multiple-ciphers", "**/main/**"] }],
    },
  },
  {
    files: ["src/shared/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["node:*", "electron", "react", "react-dom", "better-sqlite3-multiple-ciphers", "**/main/**", "**/renderer/**"] }],
    },
  },
  {
    files: ["src/main/**/*.ts"],
    ignores: ["src/main/electron/**"],
    rules: {
      // Only the thin Electron shell may import Electron; everything else runs under plain Node.
      "no-restricted-imports": ["error", { paths: ["electron"], patterns: ["**/renderer/**"] }],
    },
  },
  {
    files: ["src/main/cli/**/*.ts", "test/bench/**/*.ts"],
    rules: { "no-console": "off" },
  },
);
