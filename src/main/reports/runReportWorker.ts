import { locateWorkerScript, startWorker } from "../core/workerThreads";
import type { RenderedReport, ReportJob, ReportProgress } from "./renderReport";
import type { WorkerMessage } from "./reportWorker";

/** A report that takes longer than this has gone wrong; the worker is stopped. */
const WORKER_TIME_LIMIT_MS = 10 * 60_000;

/** The report worker's script: built beside the main bundle, or this folder's TypeScript source. */
export function locateReportWorker(): string {
  return locateWorkerScript("reportWorker", __dirname);
}

export interface RunOptions {
  workerScript?: string;
  onProgress?: (progress: ReportProgress) => void;
}

/** Runs one job in a fresh worker thread and resolves with the finished PDF. */
export function runReportWorker(job: ReportJob, options: RunOptions = {}): Promise<RenderedReport> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(options.workerScript ?? locateReportWorker());
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(() => finish(() => reject(new Error("The report took too long and was stopped."))), WORKER_TIME_LIMIT_MS);
    worker.on("message", (message: WorkerMessage) => {
      if (message.type === "progress") options.onProgress?.({ stage: message.stage, fraction: message.fraction });
      else if (message.type === "done") finish(() => resolve({ pdf: message.pdf, pageCount: message.pageCount, timings: message.timings, threadId: message.threadId }));
      else finish(() => reject(new Error(`The report could not be made: ${message.message}`)));
    });
    worker.on("error", (error) => finish(() => reject(error)));
    worker.on("exit", (code) => finish(() => reject(new Error(`The report worker stopped unexpectedly (exit code ${code}).`))));
    // The job, signing key included, is copied to the worker's memory; nothing is written to disk.
    worker.postMessage(job);
  });
}
