import { isMainThread, parentPort } from "node:worker_threads";
import { renderReport, type RenderedReport, type ReportJob, type ReportProgress } from "./renderReport";

/**
 * The report worker's entry: receives one job, posts progress while it builds and signs the PDF,
 * posts the bytes, and ends. Running here keeps the main process's event loop (and so the window)
 * free during a long export. The signing key arrives in the job message and lives only in this
 * thread's memory until the thread exits.
 */

export type WorkerMessage =
  | ({ type: "progress" } & ReportProgress)
  | ({ type: "done" } & RenderedReport)
  | { type: "failed"; message: string };

if (!isMainThread && parentPort) {
  const port = parentPort;
  port.once("message", (job: ReportJob) => {
    renderReport(job, (progress) => port.postMessage({ type: "progress", ...progress } satisfies WorkerMessage))
      .then((result) => {
        // A copy that owns its memory, handed over without another copy.
        const pdf = new Uint8Array(result.pdf);
        port.postMessage({ type: "done", ...result, pdf } satisfies WorkerMessage, [pdf.buffer]);
      })
      .catch((error: unknown) => {
        port.postMessage({ type: "failed", message: error instanceof Error ? error.message : String(error) } satisfies WorkerMessage);
      });
  });
}
