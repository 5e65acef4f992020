import { performance } from "node:perf_hooks";
import { threadId } from "node:worker_threads";
import type { ReportKind, ReportProgress } from "../../shared/model/reports";
import { AUDIT_ANCHOR_PDF_KEY, formatAuditAnchor } from "../audit/auditAnchor";
import { availableDocument } from "./documents";
import { documentDefinition, preparePdfmake, renderPdf, type DocumentFrame } from "./pdfDocument";
import { signOffContent, signPdf, type SigningKeys, type VisibleSignature } from "./signPdf";

/** Everything the worker needs, as plain data: it never sees the database. */
export interface ReportJob {
  kind: ReportKind;
  /** What the document's `collect` returned in the main process. */
  data: unknown;
  frame: DocumentFrame;
  fontsDir: string;
  signing: null | { keys: SigningKeys; signature: VisibleSignature; location: string };
}

export type { ReportProgress } from "../../shared/model/reports";

export interface RenderedReport {
  pdf: Uint8Array;
  pageCount: number;
  timings: { layoutMs: number; renderMs: number; signMs: number };
  /** The thread that did the work: the report worker's, never the main process's. */
  threadId: number;
}

/** Builds the document, renders it and, when asked, signs it. Runs in the report worker. */
export async function renderReport(job: ReportJob, onProgress: (progress: ReportProgress) => void = () => undefined): Promise<RenderedReport> {
  const document = availableDocument(job.kind);
  if (!document) throw new Error(`No document is defined for "${job.kind}".`);
  preparePdfmake(job.fontsDir);

  const started = performance.now();
  onProgress({ stage: "layout", fraction: 0 });
  const body = document.layout(job.data, job.frame);
  const signOff = signOffContent(job.frame, job.signing?.signature ?? null);
  let pageCount = 0;
  const definition = documentDefinition(job.frame, body, signOff, (count) => (pageCount = count));
  const anchor = job.signing?.signature.auditAnchor;
  // Machine-readable beside the visible sign-off, inside what the signature covers; pdfmake writes
  // document-information keys it does not know as they are, which its types do not declare.
  if (anchor) (definition.info as Record<string, unknown>)[AUDIT_ANCHOR_PDF_KEY] = formatAuditAnchor(anchor);
  onProgress({ stage: "layout", fraction: 1 });

  const laidOut = performance.now();
  let reported = -1;
  const pdf = await renderPdf(definition, (fraction) => {
    // pdfmake reports every item it draws; pass on whole percents only.
    const percent = Math.floor(fraction * 100);
    if (percent > reported) {
      reported = percent;
      onProgress({ stage: "render", fraction: percent / 100 });
    }
  });
  const rendered = performance.now();

  let output: Buffer = pdf;
  if (job.signing) {
    onProgress({ stage: "sign", fraction: 0 });
    output = await signPdf(pdf, job.signing.keys, {
      signerName: job.signing.signature.fullName,
      meaning: job.signing.signature.meaning,
      location: job.signing.location,
      signedAt: new Date(job.signing.signature.signedAt),
    });
    onProgress({ stage: "sign", fraction: 1 });
  }
  const signed = performance.now();
  return {
    pdf: new Uint8Array(output.buffer, output.byteOffset, output.byteLength),
    pageCount,
    timings: { layoutMs: laidOut - started, renderMs: rendered - laidOut, signMs: signed - rendered },
    threadId,
  };
}
