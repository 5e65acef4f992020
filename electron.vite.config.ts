import { resolve } from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "electron-vite";
import { preloadDefines } from "./src/shared/ipc/preloadDefines";

export default defineConfig({
  main: {
    build: {
      // The workers are entries of their own: PDF layout and signing, and backups, run off the main process's event loop.
      rollupOptions: {
        input: {
          index: resolve(__dirname, "src/main/electron/main.ts"),
          reportWorker: resolve(__dirname, "src/main/reports/reportWorker.ts"),
          backupWorker: resolve(__dirname, "src/main/backup/backupWorker.ts"),
        },
      },
    },
  },
  preload: {
    // The channel names as a literal: the preload checks names without bundling the contract and zod.
    define: preloadDefines(),
    build: {
      // A sandboxed preload can require nothing but `electron`: bundle every dependency into one
      // CommonJS file, out/preload/index.js (.mjs would be ESM, which sandboxed preloads cannot load).
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, "src/main/electron/preload.ts") },
        output: { format: "cjs", entryFileNames: "[name].js", codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, "src/renderer"),
    plugins: [react()],
    build: {
      rollupOptions: { input: { index: resolve(__dirname, "src/renderer/index.html") } },
    },
  },
});
