import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from "pdfjs-dist";
import workerUrl from "pdfjs-dist/build/pdf.worker.min.mjs?url";
import { useEffect, useRef, useState } from "react";
import { base64ToBytes } from "../../files/download";

// pdf.js parses in a worker of its own, loaded from the app's origin (the CSP allows workers from 'self' only).
GlobalWorkerOptions.workerSrc = workerUrl;

/** Pages drawn at first; a long audit log can have hundreds, drawn on request. */
const FIRST_PAGES = 8;
const PAGE_WIDTH_PX = 760;

interface PdfPreviewProps {
  pdfBase64: string;
  title: string;
}

/**
 * Draws a PDF's pages on canvases inside the app, so a report is read before anyone signs it. Give it a
 * new `key` for a new file.
 */
export function PdfPreview({ pdfBase64, title }: PdfPreviewProps) {
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null);
  const [shown, setShown] = useState(FIRST_PAGES);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    // isEvalSupported: false keeps pdf.js from compiling fonts with eval, which the CSP forbids anyway.
    const task = getDocument({ data: base64ToBytes(pdfBase64), isEvalSupported: false });
    task.promise.then(
      (loaded) => live && setPdf(loaded),
      () => live && setProblem("The preview could not be drawn. Save the report and open it in your PDF reader instead."),
    );
    return () => {
      live = false;
      void task.destroy();
    };
  }, [pdfBase64]);

  if (problem) return <p className="field-error">{problem}</p>;
  if (!pdf) return <p aria-live="polite">Drawing the preview…</p>;
  const count = Math.min(shown, pdf.numPages);
  return (
    <section className="pdf-preview" aria-label={`Preview of the ${title}`}>
      <p className="count">
        {pdf.numPages} {pdf.numPages === 1 ? "page" : "pages"}
        {count < pdf.numPages ? `, the first ${count} shown` : ""}
      </p>
      <ol className="pdf-pages" tabIndex={0} aria-label="Pages">
        {Array.from({ length: count }, (_, index) => (
          <li key={index}>
            <PdfPage pdf={pdf} number={index + 1} total={pdf.numPages} />
          </li>
        ))}
      </ol>
      {count < pdf.numPages ? (
        <button type="button" className="button-secondary" onClick={() => setShown((n) => n + FIRST_PAGES * 2)}>
          Show more pages
        </button>
      ) : null}
    </section>
  );
}

function PdfPage({ pdf, number, total }: { pdf: PDFDocumentProxy; number: number; total: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let cancelled = false;
    let render: { cancel(): void } | null = null;
    void pdf.getPage(number).then((page) => {
      const target = canvas.current;
      const context = target?.getContext("2d");
      if (cancelled || !target || !context) return;
      const unscaled = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: (PAGE_WIDTH_PX / unscaled.width) * (window.devicePixelRatio || 1) });
      target.width = viewport.width;
      target.height = viewport.height;
      const task = page.render({ canvasContext: context, viewport });
      render = task;
      task.promise.catch(() => undefined);
    });
    return () => {
      cancelled = true;
      render?.cancel();
    };
  }, [pdf, number]);
  return <canvas ref={canvas} className="pdf-page" role="img" aria-label={`Page ${number} of ${total}`} />;
}
