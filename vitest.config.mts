import { defineConfig } from "vitest/config";
import { preloadDefines } from "./src/shared/ipc/preloadDefines";

export default defineConfig({
  // For test/electron/preload.test.ts, which loads the preload's source as electron-vite builds it.
  define: preloadDefines(),
  test: {
    include: ["test/**/*.test.ts", "test/**/*.test.tsx"],
    // Browser tests drive one Chromium each; two cores cannot run many at once.
    maxWorkers: 2,
    // Generous limits: these are "something hung" guards, not speed targets (speed is npm run bench's),
    // and a shared two-core machine can be slow to spawn the CLI or render a signed report.
    testTimeout: 90_000,
    hookTimeout: 120_000,
    environment: "node",
  },
});
