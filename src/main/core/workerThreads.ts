import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { Worker } from "node:worker_threads";

/**
 * Where a worker's code is: the built `<name>.js` beside this module (electron-vite's main build
 * gives each worker an entry of its own), or the TypeScript source when running from src/ (tests,
 * `npm run cli`), which tsx compiles on the fly. `folder` is the worker's own folder in src/.
 */
export function locateWorkerScript(name: string, sourceFolder: string): string {
  for (const path of [join(__dirname, `${name}.js`), join(sourceFolder, `${name}.ts`)]) {
    if (existsSync(path)) return path;
  }
  throw new Error(`The worker "${name}" was not found next to ${__dirname}.`);
}

export function startWorker(script: string): Worker {
  if (!script.endsWith(".ts")) return new Worker(script);
  const tsxApi = createRequire(__filename).resolve("tsx/cjs/api");
  return new Worker(`require(${JSON.stringify(tsxApi)}).register(); require(${JSON.stringify(script)});`, { eval: true });
}
