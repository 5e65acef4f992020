import { buildSync } from "esbuild";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { configureReports } from "../../src/main/reports/reportService";

/**
 * Makes exports in this process use the report worker as the app ships it: one bundled script
 * (esbuild here, as electron-vite bundles it for the app), not TypeScript compiled on the fly by
 * tsx in every new worker, which the app never does. Answers a function that removes the bundle.
 */
export function useBuiltReportWorker(): () => void {
  // Inside the project (out/ is the build output), so that the bundle's require() finds node_modules.
  const out = join(__dirname, "../../out");
  mkdirSync(out, { recursive: true });
  const folder = mkdtempSync(join(out, "bench-report-worker-"));
  const workerScript = join(folder, "reportWorker.js");
  buildSync({
    entryPoints: [join(__dirname, "../../src/main/reports/reportWorker.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    packages: "external",
    outfile: workerScript,
    logLevel: "warning",
  });
  configureReports({ workerScript });
  return () => rmSync(folder, { recursive: true, force: true });
}
