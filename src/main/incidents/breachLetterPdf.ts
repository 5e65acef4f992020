import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import type { BreachLetterInput } from "../../shared/model/incident";
import { formatDay } from "../../shared/time/zonedTime";
import { preparePdfmake, renderPdf } from "../reports/pdfDocument";
import { reportFontsDir } from "../reports/reportService";
import { withSampleMark } from "../reports/sampleMark";

export interface LetterFrame {
  practiceName: string;
  practiceAddress: string;
  /** The letter's date, "YYYY-MM-DD" in the practice's time zone. */
  date: string;
  /** For the PDF's properties. */
  author: string;
  /** Written from the sample practice's made-up records: marked so on every page. */
  sample: boolean;
}

const MARGIN = 72;
const GREY = "#4a4a4a";

/** Text the user wrote with blank lines between paragraphs, as pdfmake paragraphs. */
function paragraphs(text: string): Content[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .map((part) => ({ text: part, margin: [0, 0, 0, 8] }) as Content);
}

function heading(text: string): Content {
  return { text, bold: true, fontSize: 11.5, margin: [0, 8, 0, 4], headlineLevel: 1 } as Content;
}

/**
 * The letter to individuals of 45 CFR 164.404: letterhead, date, then the five content elements of
 * 164.404(c)(1) under the plain headings patients see in breach letters, and the signature.
 * Black on white, for the office printer and an envelope window.
 */
export function breachLetterDefinition(letter: BreachLetterInput, frame: LetterFrame): TDocumentDefinitions {
  const contact: string[] = [];
  if (letter.contactPhone.trim()) contact.push(`Call us toll-free: ${letter.contactPhone.trim()}`);
  if (letter.contactEmail.trim()) contact.push(`E-mail: ${letter.contactEmail.trim()}`);
  if (letter.contactWebsite.trim()) contact.push(`Web site: ${letter.contactWebsite.trim()}`);
  if (letter.contactAddress.trim()) contact.push(`Write to us: ${letter.contactAddress.trim()}`);
  return {
    pageSize: "LETTER",
    pageMargins: [MARGIN, MARGIN, MARGIN, MARGIN],
    info: {
      title: `Notice of Data Breach: ${frame.practiceName}`,
      author: frame.author,
      subject: "Notice to individuals under 45 CFR 164.404",
      creator: "Safeguard Desk",
      producer: "Safeguard Desk (pdfmake)",
    },
    defaultStyle: { font: "Roboto", fontSize: 10.5, lineHeight: 1.3, color: "#000000" },
    pageBreakBefore: (node, queries) => Boolean(node.headlineLevel) && queries.getFollowingNodesOnPage().length === 0,
    footer: (currentPage: number, pageCount: number): Content =>
      pageCount > 1 ? { text: `Page ${currentPage} of ${pageCount}`, alignment: "right", fontSize: 8, color: GREY, margin: [MARGIN, 20, MARGIN, 0] } : { text: "" },
    content: [
      { text: frame.practiceName, bold: true, fontSize: 16 },
      ...(frame.practiceAddress ? [{ text: frame.practiceAddress, fontSize: 9.5, color: GREY } as Content] : []),
      { canvas: [{ type: "line", x1: 0, y1: 0, x2: 612 - 2 * MARGIN, y2: 0, lineWidth: 1, lineColor: "#000000" }], margin: [0, 8, 0, 18] },
      { text: formatDay(frame.date), margin: [0, 0, 0, 18] },
      { text: "Notice of Data Breach", bold: true, fontSize: 14, margin: [0, 0, 0, 12] },
      { text: letter.salutation, margin: [0, 0, 0, 10] },
      heading("What happened"),
      ...paragraphs(letter.whatHappened),
      heading("What information was involved"),
      ...paragraphs(letter.informationInvolved),
      heading("What you can do"),
      ...paragraphs(letter.whatYouCanDo),
      heading("What we are doing"),
      ...paragraphs(letter.whatWeAreDoing),
      heading("For more information"),
      { text: "If you have questions, or want to know more, please contact us:", margin: [0, 0, 0, 4] },
      { ul: contact, margin: [0, 0, 0, 18] },
      { text: "Sincerely,", margin: [0, 0, 0, 24] },
      { text: letter.signerName, bold: true },
      ...(letter.signerTitle ? [{ text: letter.signerTitle } as Content] : []),
      { text: frame.practiceName },
    ],
  };
}

/**
 * A letter of one or two pages renders in a fraction of a second, so it is made here rather than in
 * the report worker, which builds the framed, registered and signable report documents.
 */
export async function renderBreachLetter(letter: BreachLetterInput, frame: LetterFrame): Promise<Buffer> {
  preparePdfmake(reportFontsDir());
  const definition = breachLetterDefinition(letter, frame);
  return renderPdf(frame.sample ? withSampleMark(definition) : definition);
}
