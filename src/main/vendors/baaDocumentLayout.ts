import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import {
  BAA_DRAFT_BACKGROUND,
  BAA_DRAFT_NOTICE,
  BAA_DRAFT_PARTIES,
  BAA_DRAFT_SIGNATURE_INTRO,
  BAA_DRAFT_TITLE,
  BAA_PROVISIONS,
} from "../../shared/content/baa/baaDraft";
import {
  BAA_REQUEST_CLOSING_PARAGRAPHS,
  BAA_REQUEST_ENCLOSURE,
  BAA_REQUEST_GREETING,
  BAA_REQUEST_PARAGRAPHS,
  BAA_REQUEST_QUESTIONS,
  BAA_REQUEST_SIGN_OFF,
  BAA_REQUEST_SIGNER_TITLE,
  BAA_REQUEST_SUBJECT,
} from "../../shared/content/baa/baaRequestLetter";
import { fillTemplate } from "../../shared/content/baa/fillTemplate";
import { baaTemplateValues, type BaaParties } from "../../shared/content/baa/templateValues";
import { formatMoment } from "../../shared/time/zonedTime";
import { CONTENT_WIDTH, notice, PAGE_MARGINS, paragraph, smallPrint, STYLES, subHeading } from "../reports/pdfDocument";

/**
 * The BAA request letter and the draft BAA as pdfmake documents, built from the plain-text
 * templates in src/shared/content/baa and the report machinery's look (fonts, styles, margins,
 * black and white for an office printer). Pure: the parties in, a document definition out.
 */

export interface BaaDocumentInput {
  parties: BaaParties;
  /** When the document was made, and who made it; for the PDF's properties and footer. */
  madeAt: string;
  madeBy: string;
  timeZone: string;
}

const GREY_TEXT = "#4a4a4a";
const RULE = "#8c8c8c";

function addressLines(address: string): string[] {
  return address
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

function line(width: number, thickness = 0.6, margin: [number, number, number, number] = [0, 0, 0, 0]): Content {
  return { canvas: [{ type: "line", x1: 0, y1: 0, x2: width, y2: 0, lineWidth: thickness, lineColor: "#000000" }], margin };
}

function frame(title: string, input: BaaDocumentInput, body: Content[], options: { watermark?: string } = {}): TDocumentDefinitions {
  const { practice, vendor } = input.parties;
  const made = formatMoment(input.madeAt, input.timeZone);
  return {
    pageSize: "LETTER",
    pageMargins: PAGE_MARGINS,
    info: {
      title: `${title}: ${practice.name} and ${vendor.name}`,
      author: input.madeBy,
      subject: `${title} for ${vendor.name}`,
      creator: "Safeguard Desk",
      producer: "Safeguard Desk (pdfmake)",
      creationDate: new Date(input.madeAt),
    },
    defaultStyle: { font: "Roboto", fontSize: 10, color: "#000000" },
    styles: STYLES,
    header: (currentPage: number): Content =>
      currentPage === 1
        ? { text: "" }
        : {
            margin: [PAGE_MARGINS[0], 26, PAGE_MARGINS[2], 0],
            stack: [
              { columns: [{ text: title, bold: true, fontSize: 8.5 }, { text: `${practice.name} and ${vendor.name}`, fontSize: 8.5, alignment: "right", color: GREY_TEXT }] },
              { canvas: [{ type: "line", x1: 0, y1: 3, x2: CONTENT_WIDTH, y2: 3, lineWidth: 0.5, lineColor: RULE }] },
            ],
          },
    footer: (currentPage: number, pageCount: number): Content => ({
      margin: [PAGE_MARGINS[0], 14, PAGE_MARGINS[2], 0],
      stack: [
        { canvas: [{ type: "line", x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 0.5, lineColor: RULE }] },
        {
          margin: [0, 4, 0, 0],
          columns: [
            { text: practice.name, fontSize: 7.5, width: "*" },
            { text: `Made ${made}`, fontSize: 7.5, alignment: "center", width: "auto", color: GREY_TEXT },
            { text: `Page ${currentPage} of ${pageCount}`, fontSize: 7.5, alignment: "right", width: "*", bold: true },
          ],
        },
      ],
    }),
    ...(options.watermark ? { watermark: { text: options.watermark, color: "#000000", opacity: 0.06, bold: true, fontSize: 120 } } : {}),
    content: body,
  };
}

/** The letter asking the vendor for a BAA, signed off by the Security Official. */
export function requestLetterDefinition(input: BaaDocumentInput): TDocumentDefinitions {
  const { practice, vendor } = input.parties;
  const values = baaTemplateValues(input.parties);
  const fill = (template: string) => fillTemplate(template, values);
  const addressee = [vendor.contactName.trim(), vendor.name, ...addressLines(vendor.address)].filter(Boolean);
  return frame(BAA_REQUEST_SUBJECT, input, [
    { text: practice.name, fontSize: 18, bold: true },
    ...addressLines(practice.address).map((text): Content => ({ text, fontSize: 9.5, color: GREY_TEXT })),
    line(CONTENT_WIDTH, 1.5, [0, 8, 0, 18]),
    { text: values.date ?? "", margin: [0, 0, 0, 14] },
    { stack: addressee.map((text) => ({ text })), margin: [0, 0, 0, 16] },
    { text: `Re: ${BAA_REQUEST_SUBJECT}`, bold: true, margin: [0, 0, 0, 12] },
    paragraph(fill(BAA_REQUEST_GREETING)),
    ...BAA_REQUEST_PARAGRAPHS.map((text) => paragraph(fill(text))),
    { ul: BAA_REQUEST_QUESTIONS.map((text) => ({ text: fill(text), style: "body", margin: [0, 0, 0, 3] })), margin: [10, 0, 0, 8] } as Content,
    ...BAA_REQUEST_CLOSING_PARAGRAPHS.map((text) => paragraph(fill(text))),
    {
      unbreakable: true,
      stack: [
        { text: BAA_REQUEST_SIGN_OFF, margin: [0, 6, 0, 36] },
        line(200),
        { text: practice.securityOfficial, bold: true, margin: [0, 4, 0, 0] },
        { text: fill(BAA_REQUEST_SIGNER_TITLE), color: GREY_TEXT },
      ],
    },
    { text: BAA_REQUEST_ENCLOSURE, style: "small", margin: [0, 24, 0, 0] },
  ]);
}

function citationLine(citations: readonly string[]): Content {
  return { text: `Rule: ${citations.join(", ")}`, style: "small", margin: [0, 0, 0, 3] };
}

/** One party's signature block: lines to sign on, with what is already known written above them. */
function signatureBlock(heading: string, known: { name: string; title: string }): Content {
  const field = (label: string, value: string): Content => ({
    stack: [{ text: value || " ", margin: [0, 14, 0, 2] }, line(220), { text: label, style: "label", margin: [0, 2, 0, 0] }],
  });
  return {
    stack: [
      { text: heading, bold: true, margin: [0, 0, 0, 2] },
      field("Signature", ""),
      field("Name", known.name),
      field("Title", known.title),
      field("Date", ""),
    ],
  };
}

/** The draft BAA: parties, background, every required provision with its paragraph of 45 CFR, signature blocks. */
export function baaDraftDefinition(input: BaaDocumentInput): TDocumentDefinitions {
  const { practice, vendor } = input.parties;
  const values = baaTemplateValues(input.parties);
  const fill = (template: string) => fillTemplate(template, values);
  return frame(
    BAA_DRAFT_TITLE,
    input,
    [
      { text: "DRAFT FOR REVIEW", style: "coverKicker", margin: [0, 0, 0, 6] },
      { text: BAA_DRAFT_TITLE, fontSize: 24, bold: true },
      { text: `between ${practice.name} and ${vendor.name}`, fontSize: 13, color: GREY_TEXT, margin: [0, 2, 0, 10] },
      notice("info", "About this draft", fill(BAA_DRAFT_NOTICE)),
      paragraph(fill(BAA_DRAFT_PARTIES)),
      subHeading("Background"),
      { ol: BAA_DRAFT_BACKGROUND.map((text) => ({ text: fill(text), style: "body", margin: [0, 0, 0, 4] })), type: "upper-alpha", margin: [4, 0, 0, 6] } as Content,
      subHeading("What the parties agree"),
      ...BAA_PROVISIONS.map(
        (provision, index): Content => ({
          unbreakable: true,
          stack: [
            { text: `${index + 1}. ${provision.heading}`, bold: true, fontSize: 10.5, margin: [0, 6, 0, 1] },
            citationLine(provision.citations),
            ...provision.paragraphs.map((text) => paragraph(fill(text))),
          ],
        }),
      ),
      {
        unbreakable: true,
        stack: [
          subHeading("Signatures"),
          smallPrint(BAA_DRAFT_SIGNATURE_INTRO),
          {
            columns: [
              signatureBlock(`For ${practice.name} (the Practice)`, { name: practice.securityOfficial, title: "Security Official" }),
              signatureBlock(`For ${vendor.name} (the Business Associate)`, { name: "", title: "" }),
            ],
            columnGap: 24,
            margin: [0, 4, 0, 0],
          },
        ],
      },
    ],
    { watermark: "DRAFT" },
  );
}
