import type { Content, DynamicContent, TDocumentDefinitions } from "pdfmake/interfaces";

/** Across every page of a document made from the sample practice's made-up records. */
export const SAMPLE_WATERMARK = { text: "SAMPLE", color: "#000000", opacity: 0.07, bold: true, fontSize: 110 } as const;

const SAMPLE_FOOTER_LINE = "SAMPLE DATA: every person, record and date in this document is made up.";

/**
 * Marks a document that is not one of the framed reports (a letter, a draft agreement) as sample
 * data: the watermark on every page and a line above its own footer, so a printed page cannot pass
 * for a real practice's letter.
 */
export function withSampleMark(definition: TDocumentDefinitions): TDocumentDefinitions {
  const ownFooter = definition.footer;
  const footer: DynamicContent = (currentPage, pageCount, pageSize) => {
    const own = typeof ownFooter === "function" ? ownFooter(currentPage, pageCount, pageSize) : ownFooter;
    return {
      stack: [{ text: SAMPLE_FOOTER_LINE, alignment: "center", fontSize: 8, bold: true, margin: [0, 12, 0, 2] }, ...(own ? [own] : [])],
    } as Content;
  };
  return { ...definition, watermark: SAMPLE_WATERMARK, footer };
}
