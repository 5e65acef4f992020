import { defineConfig } from "vitest/config";

export default defineConfig({
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
