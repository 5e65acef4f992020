import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Content, CustomTableLayout, TableCell, TDocumentDefinitions } from "pdfmake/interfaces";
import * as pdfmakeModule from "pdfmake";
import { formatMoment } from "../../shared/time/zonedTime";
import { withSimpleKerning } from "./reportFonts";

/**
 * pdfmake, set up for reports: fonts from assets/fonts handed over in memory, and no access to the
 * network or to any file (a report is made only from what the vault holds), plus the layout pieces
 * every document shares: cover, headings, tables, empty sections, header and "Page N of M" footer.
 *
 * Everything is black, white and grey, so a report reads the same from an office laser printer.
 */

interface PdfMakeInstance {
  createPdf(definition: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
  setFonts(fonts: Record<string, Record<"normal" | "bold" | "italics" | "bolditalics", string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  setProgressCallback(callback: ((fraction: number) => void) | undefined): void;
  virtualfs: { writeFileSync(name: string, content: Buffer): void; existsSync(name: string): boolean };
}

// pdfmake's Node entry exports an instance whose methods live on its prototype; an `import *`
// namespace copies only own properties, so the instance itself is the namespace's default.
const pdfmake = ((pdfmakeModule as unknown as { default?: PdfMakeInstance }).default ?? pdfmakeModule) as unknown as PdfMakeInstance;

const FONT_FILES = {
  normal: "Roboto-Regular.ttf",
  bold: "Roboto-Medium.ttf",
  italics: "Roboto-Italic.ttf",
  bolditalics: "Roboto-MediumItalic.ttf",
} as const;
const VIRTUAL_FOLDER = "safeguard-fonts";

/** assets/fonts, found from this file whether it runs from src/main/reports or from a build in out/main. */
export function defaultFontsDir(): string {
  let folder = __dirname;
  for (let depth = 0; depth < 6; depth++) {
    const candidate = join(folder, "assets", "fonts");
    if (existsSync(join(candidate, FONT_FILES.normal))) return candidate;
    folder = dirname(folder);
  }
  throw new Error(`The report fonts (assets/fonts/${FONT_FILES.normal}) were not found near ${__dirname}.`);
}

let preparedFontsDir: string | null = null;

/**
 * Loads the fonts once per process (or worker), in the form that is quick to lay out (see
 * reportFonts.ts), and shuts pdfmake's doors to files and URLs.
 */
export function preparePdfmake(fontsDir: string): void {
  if (preparedFontsDir === fontsDir) return;
  for (const file of Object.values(FONT_FILES)) {
    pdfmake.virtualfs.writeFileSync(`${VIRTUAL_FOLDER}/${file}`, withSimpleKerning(readFileSync(join(fontsDir, file))));
  }
  const inVirtualFolder = (file: string) => `${VIRTUAL_FOLDER}/${file}`;
  pdfmake.setFonts({
    Roboto: {
      normal: inVirtualFolder(FONT_FILES.normal),
      bold: inVirtualFolder(FONT_FILES.bold),
      italics: inVirtualFolder(FONT_FILES.italics),
      bolditalics: inVirtualFolder(FONT_FILES.bolditalics),
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  preparedFontsDir = fontsDir;
}

export async function renderPdf(definition: TDocumentDefinitions, onProgress?: (fraction: number) => void): Promise<Buffer> {
  pdfmake.setProgressCallback(onProgress);
  try {
    return await pdfmake.createPdf(definition).getBuffer();
  } finally {
    pdfmake.setProgressCallback(undefined);
  }
}

// ---------------------------------------------------------------------------------------------
// Look and feel

const INK = "#000000";
const GREY_TEXT = "#4a4a4a";
const RULE = "#8c8c8c";
const HEADER_FILL = "#e2e2e2";
const STRIPE_FILL = "#f3f3f3";

export const PAGE_MARGINS: [number, number, number, number] = [54, 62, 54, 58];
/** US Letter less the side margins. */
export const CONTENT_WIDTH = 612 - PAGE_MARGINS[0] - PAGE_MARGINS[2];

export const STYLES = {
  coverKicker: { fontSize: 9, bold: true, color: GREY_TEXT, characterSpacing: 1.5 },
  coverPractice: { fontSize: 24, bold: true },
  coverAddress: { fontSize: 10, color: GREY_TEXT },
  coverTitle: { fontSize: 30, bold: true, lineHeight: 1.05 },
  coverPeriod: { fontSize: 14, color: GREY_TEXT },
  h1: { fontSize: 15, bold: true, margin: [0, 14, 0, 6] as [number, number, number, number] },
  h2: { fontSize: 11.5, bold: true, margin: [0, 10, 0, 4] as [number, number, number, number] },
  body: { fontSize: 9.5, lineHeight: 1.25 },
  small: { fontSize: 8, color: GREY_TEXT },
  tableHeader: { bold: true, fontSize: 8.5 },
  tableCell: { fontSize: 8.5 },
  label: { fontSize: 8.5, color: GREY_TEXT },
  emptyNote: { fontSize: 9.5, italics: true },
};

/** Thin grey rules between rows, a heavier rule under the header, a grey header band and light stripes. */
function reportTableLayout(headerRows: number, striped: boolean): CustomTableLayout {
  return {
    hLineWidth: (i, node) => (i === 0 || i === headerRows || i === node.table.body.length ? 0.9 : 0.3),
    vLineWidth: () => 0,
    hLineColor: (i, node) => (i === 0 || i === headerRows || i === node.table.body.length ? INK : RULE),
    fillColor: (rowIndex) => (rowIndex < headerRows ? HEADER_FILL : striped && (rowIndex - headerRows) % 2 === 1 ? STRIPE_FILL : null),
    paddingLeft: () => 4,
    paddingRight: () => 4,
    paddingTop: () => 3,
    paddingBottom: () => 3,
  };
}

// ---------------------------------------------------------------------------------------------
// Building blocks

export interface Column {
  header: string;
  /** A width in points, "*" to share what is left, or "auto". */
  width: number | "*" | "auto";
  align?: "left" | "right" | "center";
  /** For a column of codes or hashes that should stay on one line. */
  fontSize?: number;
}

/** A table whose header row repeats on every page it runs onto; rows never split across pages. */
export function dataTable(columns: Column[], rows: (string | number | Content)[][], options: { striped?: boolean; fontSize?: number } = {}): Content {
  const fontSize = options.fontSize ?? STYLES.tableCell.fontSize;
  const header: TableCell[] = columns.map((column) => ({ text: column.header, style: "tableHeader", alignment: column.align ?? "left" }));
  const body: TableCell[][] = rows.map((row) =>
    row.map((value, index) => {
      const look = { fontSize: columns[index]?.fontSize ?? fontSize, alignment: columns[index]?.align ?? "left" };
      // A cell may be a text node of its own (a page reference, mixed bold and plain), set in the column's size.
      return typeof value === "object" ? ({ ...look, ...value } as TableCell) : { text: String(value), ...look };
    }),
  );
  return {
    table: { headerRows: 1, keepWithHeaderRows: rows.length > 0 ? 1 : 0, dontBreakRows: true, widths: columns.map((column) => column.width), body: [header, ...body] },
    layout: reportTableLayout(1, options.striped ?? true),
    margin: [0, 2, 0, 8],
  };
}

/** Two columns of label and value, for facts about a document or a person. */
export function factTable(facts: { label: string; value: Content | string }[], labelWidth = 130): Content {
  return {
    table: {
      widths: [labelWidth, "*"],
      body: facts.map((fact) => [
        { text: fact.label, style: "label" },
        typeof fact.value === "string" ? { text: fact.value, fontSize: 9.5 } : fact.value,
      ]),
    },
    layout: {
      hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0 : 0.3),
      vLineWidth: () => 0,
      hLineColor: () => RULE,
      paddingLeft: () => 0,
      paddingRight: () => 6,
      paddingTop: () => 4,
      paddingBottom: () => 4,
    },
    margin: [0, 2, 0, 8],
  };
}

/** Heading ids only need to be unique within one document; a running count gives that. */
let headingCounter = 0;

/** A numbered section heading: listed in the contents, bookmarked in the PDF's outline. */
export function sectionHeading(text: string, id?: string): Content {
  headingCounter += 1;
  return {
    text,
    style: "h1",
    id: id ?? `section-${headingCounter}`,
    tocItem: true,
    outline: true,
    headlineLevel: 1,
  } as Content;
}

export function subHeading(text: string): Content {
  return { text, style: "h2", headlineLevel: 2 } as Content;
}

export function paragraph(text: string | Content[]): Content {
  return { text, style: "body", margin: [0, 0, 0, 6] } as Content;
}

export function smallPrint(text: string): Content {
  return { text, style: "small", margin: [0, 0, 0, 6] };
}

/**
 * What a section shows when it has nothing in it: that it is empty, and why, so an auditor never has
 * to wonder whether something was left out by mistake.
 */
export function emptySection(because: string): Content {
  return {
    table: { widths: ["*"], body: [[{ text: `This section is empty because ${because}`, style: "emptyNote" }]] },
    layout: {
      hLineWidth: () => 0.6,
      vLineWidth: () => 0.6,
      hLineColor: () => RULE,
      vLineColor: () => RULE,
      paddingLeft: () => 8,
      paddingRight: () => 8,
      paddingTop: () => 6,
      paddingBottom: () => 6,
    },
    margin: [0, 2, 0, 10],
  };
}

/**
 * A boxed statement. "problem" draws a heavy black frame and says so in words, because colour is
 * lost on a black-and-white printer.
 */
export function notice(tone: "ok" | "problem" | "info", title: string, text: string): Content {
  const weight = tone === "problem" ? 2 : 0.8;
  return {
    table: {
      widths: ["*"],
      body: [[{ stack: [{ text: title, bold: true, fontSize: 10.5, margin: [0, 0, 0, 2] }, { text, fontSize: 9.5, lineHeight: 1.2 }] }]],
    },
    layout: {
      hLineWidth: () => weight,
      vLineWidth: () => weight,
      hLineColor: () => INK,
      vLineColor: () => INK,
      fillColor: () => (tone === "problem" ? STRIPE_FILL : null),
      paddingLeft: () => 10,
      paddingRight: () => 10,
      paddingTop: () => 8,
      paddingBottom: () => 8,
    },
    margin: [0, 4, 0, 10],
  };
}

function rule(width = CONTENT_WIDTH, thickness = 2): Content {
  return { canvas: [{ type: "line", x1: 0, y1: 0, x2: width, y2: 0, lineWidth: thickness, lineColor: INK }], margin: [0, 8, 0, 8] };
}

// ---------------------------------------------------------------------------------------------
// The frame around every document

export interface PracticeOnCover {
  name: string;
  address: string;
  securityOfficial: string;
  timeZone: string;
}

/** What the cover, header and footer say; the same for every kind of document. */
export interface DocumentFrame {
  title: string;
  practice: PracticeOnCover;
  periodLabel: string;
  version: number;
  generatedAt: string;
  generatedBy: string;
  /** The register's id for this export; null for a preview, which is not registered. */
  reportId: string | null;
  preview: boolean;
  /** Made from the sample practice's made-up records: said on the cover, in every footer, and across every page. */
  sample: boolean;
}

/** What a document contributes: facts and an optional notice for its cover, and its sections. */
export interface DocumentBody {
  coverFacts: { label: string; value: string }[];
  coverNotice: { tone: "ok" | "problem" | "info"; title: string; text: string } | null;
  sections: Content[];
}

function coverPage(frame: DocumentFrame, body: DocumentBody, signOffSummary: string): Content[] {
  const generated = formatMoment(frame.generatedAt, frame.practice.timeZone);
  const facts = [
    { label: "Practice", value: frame.practice.name },
    { label: "Period covered", value: frame.periodLabel },
    { label: "Version", value: frame.preview ? `${frame.version} (preview, not yet issued)` : String(frame.version) },
    { label: "Date generated", value: generated },
    { label: "Generated by", value: frame.generatedBy },
    { label: "Security Official", value: frame.practice.securityOfficial },
    ...body.coverFacts,
    { label: "Report ID", value: frame.reportId ?? "None: previews are not recorded in the report register" },
  ];
  // A sample's notice and the document's own make three boxes with the sign-off: the cover then
  // sits tighter, so that all of it (the confidentiality note included) stays on the first page.
  const crowded = frame.sample && body.coverNotice !== null;
  const coverNotice = (tone: "ok" | "problem" | "info", title: string, text: string): Content =>
    crowded ? ({ ...(notice(tone, title, text) as object), margin: [0, 2, 0, 6] } as Content) : notice(tone, title, text);
  return [
    { text: "HIPAA SECURITY RULE PROGRAM", style: "coverKicker", margin: [0, crowded ? 8 : 40, 0, 10] },
    { text: frame.practice.name, style: "coverPractice" },
    ...(frame.practice.address ? [{ text: frame.practice.address, style: "coverAddress", margin: [0, 2, 0, 0] } as Content] : []),
    rule(),
    { text: frame.title, style: "coverTitle", margin: [0, crowded ? 16 : 26, 0, 6] },
    // A sample's extra notice must still leave the cover on one page.
    { text: frame.periodLabel, style: "coverPeriod", margin: [0, 0, 0, crowded ? 8 : frame.sample ? 14 : 30] },
    factTable(facts),
    ...(frame.sample ? [coverNotice("problem", "Sample data", "Every person, record and date in this document is made up. It is not a record of any real practice.")] : []),
    ...(body.coverNotice ? [coverNotice(body.coverNotice.tone, body.coverNotice.title, body.coverNotice.text)] : []),
    coverNotice("info", "Sign-off", signOffSummary),
    {
      text: [
        "Confidential. This document describes how ",
        frame.practice.name,
        " protects electronic protected health information. Keep it with the practice's compliance records for at least six years (45 CFR 164.316(b)(2)).",
      ],
      style: "small",
      margin: [0, 16, 0, 0],
    },
  ];
}

function pageHeader(frame: DocumentFrame) {
  return (currentPage: number): Content => {
    if (currentPage === 1) return { text: "" };
    return {
      margin: [PAGE_MARGINS[0], 26, PAGE_MARGINS[2], 0],
      stack: [
        {
          columns: [
            { text: frame.title, bold: true, fontSize: 8.5 },
            { text: frame.periodLabel, fontSize: 8.5, alignment: "right", color: GREY_TEXT },
          ],
        },
        { canvas: [{ type: "line", x1: 0, y1: 3, x2: CONTENT_WIDTH, y2: 3, lineWidth: 0.5, lineColor: RULE }] },
      ],
    };
  };
}

function pageFooter(frame: DocumentFrame, onPageCount: (count: number) => void) {
  const generated = `Generated ${formatMoment(frame.generatedAt, frame.practice.timeZone)}`;
  return (currentPage: number, pageCount: number): Content => {
    onPageCount(pageCount);
    return {
      margin: [PAGE_MARGINS[0], 14, PAGE_MARGINS[2], 0],
      stack: [
        { canvas: [{ type: "line", x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 0.5, lineColor: RULE }] },
        {
          margin: [0, 4, 0, 0],
          columns: [
            { text: frame.practice.name, fontSize: 7.5, width: "*" },
            { text: [frame.sample ? "SAMPLE DATA" : null, frame.preview ? "PREVIEW" : null, generated].filter(Boolean).join(" · "), fontSize: 7.5, alignment: "center", width: "auto", color: GREY_TEXT },
            { text: `Page ${currentPage} of ${pageCount}`, fontSize: 7.5, alignment: "right", width: "*", bold: true },
          ],
        },
      ],
    };
  };
}

/**
 * pdfmake moves to a new page when an element's bottom margin does not fit on its page, and a
 * `pageBreak: "before"` after it then adds another page: a blank one. Content that a page break
 * follows ends without a bottom margin, so that cannot happen. Changes the last element in place.
 */
export function endWithoutMargin(content: Content[]): Content[] {
  let last: unknown = content.at(-1);
  while (last && typeof last === "object") {
    if (Array.isArray(last)) {
      last = last.at(-1);
      continue;
    }
    const node = last as { margin?: number | number[]; stack?: Content[] };
    const [left, top, right] = Array.isArray(node.margin) && node.margin.length === 4 ? node.margin : [0, 0, 0];
    node.margin = [left ?? 0, top ?? 0, right ?? 0, 0];
    last = node.stack?.at(-1);
  }
  return content;
}

// ---------------------------------------------------------------------------------------------
// Headings stay with what they introduce

/** Body height of a page: US Letter less the top and bottom margins. */
const BODY_HEIGHT = 792 - PAGE_MARGINS[1] - PAGE_MARGINS[3];
/** The least room kept below a heading: a heading in the last tenth or so of a page goes to the next one. */
const MIN_ROOM_AFTER_HEADING = 60;
/** What reportTableLayout adds around a cell's text: 4 points on each side, 3 above and below, and the rules. */
const CELL_PADDING = { across: 8, down: 8 };
/** Roboto's line box is about 1.17 of the font size; its average character about half of it (rounded up, to err on the safe side). */
const LINE_BOX = 1.17;
const AVERAGE_CHARACTER = 0.55;

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => typeof value === "object" && value !== null && !Array.isArray(value);
const isHeading = (value: unknown): value is Node => isNode(value) && Boolean(value.headlineLevel);
const numberOr = (value: unknown, fallback: number) => (typeof value === "number" ? value : fallback);
const marginTop = (node: Node) => (Array.isArray(node.margin) && node.margin.length === 4 ? numberOr(node.margin[1], 0) : 0);

/** The style a node names, for its font size and line height. */
function namedStyle(node: Node): { fontSize?: number; lineHeight?: number } {
  const name = typeof node.style === "string" ? node.style : null;
  return name && name in STYLES ? (STYLES as Record<string, { fontSize?: number; lineHeight?: number }>)[name]! : {};
}

/** The text a cell or text node shows, its forced line breaks (and a stack's lines) as newlines. */
function plainText(value: unknown): string {
  if (typeof value === "string" || typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.map(plainText).join("");
  if (!isNode(value)) return "";
  if (value.text !== undefined) return plainText(value.text);
  if (Array.isArray(value.stack)) return value.stack.map(plainText).join("\n");
  return "";
}

/** Roughly how tall some text is when set in a column `width` points wide: erring high, never measured. */
function textHeight(text: string, width: number, fontSize: number, lineHeight = 1, maxLines = Infinity): number {
  const perLine = Math.max(1, Math.floor(width / (fontSize * AVERAGE_CHARACTER)));
  const lines = text.split("\n").reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0);
  return Math.min(lines, maxLines) * fontSize * LINE_BOX * lineHeight;
}

/** The height of a table's first rows that pdfmake keeps together: the header and the rows kept with it. */
function tableHeadHeight(node: Node): number {
  const table = node.table as { body?: unknown[][]; widths?: unknown[]; headerRows?: number; keepWithHeaderRows?: number };
  const body = table.body ?? [];
  const rows = Math.max(1, numberOr(table.headerRows, 0) + numberOr(table.keepWithHeaderRows, 0));
  const widths = table.widths ?? body[0]?.map(() => "*") ?? [];
  const fixed = widths.reduce<number>((sum, width) => sum + numberOr(width, 0), 0);
  const shared = widths.filter((width) => typeof width !== "number").length;
  const rest = Math.max(40, (CONTENT_WIDTH - fixed - CELL_PADDING.across * widths.length) / Math.max(1, shared));
  const tableFontSize = numberOr(node.fontSize, STYLES.tableCell.fontSize);
  let height = marginTop(node);
  for (const row of body.slice(0, rows)) {
    const cells = row.map((cell, index) => {
      const fontSize = isNode(cell) ? numberOr(cell.fontSize, numberOr(namedStyle(cell).fontSize, tableFontSize)) : tableFontSize;
      return textHeight(plainText(cell), numberOr(widths[index], rest), fontSize);
    });
    height += Math.max(0, ...cells) + CELL_PADDING.down;
  }
  return height;
}

/** How much of `next` must fit below a heading for the heading not to end its page. */
function roomFor(next: unknown): number {
  if (Array.isArray(next)) return roomFor(next[0]);
  if (typeof next === "string") return textHeight(next, CONTENT_WIDTH, 9.5, 1, 2);
  if (!isNode(next) || next.pageBreak) return 0;
  if (next.table) return tableHeadHeight(next);
  if (next.text !== undefined) {
    const style = namedStyle(next);
    const fontSize = numberOr(next.fontSize, style.fontSize ?? 9.5);
    return marginTop(next) + textHeight(plainText(next), CONTENT_WIDTH, fontSize, numberOr(next.lineHeight, style.lineHeight ?? 1), 2);
  }
  if (Array.isArray(next.stack) && !next.unbreakable) return marginTop(next) + roomFor(next.stack[0]);
  return 0;
}

/**
 * A heading never ends a page: each run of headings becomes one unbreakable block that also holds
 * an empty space as tall as the start of what follows (its first two lines, or a table's header with
 * its first row), and a negative bottom margin gives that space back. The block, and so the heading,
 * moves to the next page when what it introduces could not start below it. Unlike pdfmake's
 * `pageBreakBefore`, which lays the whole document out again for every heading it moves, this costs
 * nothing: the decision is made as the page fills.
 */
function keepHeadingsWithNext(content: Content[]): Content[] {
  const result: Content[] = [];
  for (let index = 0; index < content.length; index++) {
    const item: unknown = content[index];
    if (Array.isArray(item)) {
      result.push(keepHeadingsWithNext(item as Content[]));
      continue;
    }
    if (isNode(item) && Array.isArray(item.stack) && !item.unbreakable) {
      result.push({ ...item, stack: keepHeadingsWithNext(item.stack as Content[]) } as Content);
      continue;
    }
    if (!isHeading(item)) {
      result.push(item as Content);
      continue;
    }
    const headings: Node[] = [];
    while (index < content.length && isHeading(content[index])) headings.push({ ...(content[index++] as unknown as Node) });
    index -= 1;
    const room = Math.min(BODY_HEIGHT / 2, Math.max(MIN_ROOM_AFTER_HEADING, roomFor(content[index + 1])));
    // A page break asked for by the first heading belongs to the block; inside it, it would split it.
    const pageBreak = headings[0]!.pageBreak;
    delete headings[0]!.pageBreak;
    result.push({
      stack: [...headings, { stack: [], margin: [0, room, 0, 0] }],
      unbreakable: true,
      margin: [0, 0, 0, -room],
      ...(pageBreak ? { pageBreak } : {}),
    } as unknown as Content);
  }
  return result;
}

/**
 * The whole document: cover, contents, the document's own sections, then the sign-off (a visible
 * signature block, or a statement that the copy is unsigned). `onPageCount` hears the final count.
 */
export function documentDefinition(
  frame: DocumentFrame,
  body: DocumentBody,
  signOff: { summary: string; section: Content[] },
  onPageCount: (count: number) => void = () => undefined,
): TDocumentDefinitions {
  return {
    pageSize: "LETTER",
    pageMargins: PAGE_MARGINS,
    info: {
      title: `${frame.title}: ${frame.practice.name}, ${frame.periodLabel}`,
      author: frame.generatedBy,
      subject: `${frame.title} for ${frame.practice.name}`,
      creator: "Safeguard Desk",
      producer: "Safeguard Desk (pdfmake)",
      creationDate: new Date(frame.generatedAt),
    },
    defaultStyle: { font: "Roboto", fontSize: 9.5, color: INK },
    styles: STYLES,
    header: pageHeader(frame),
    footer: pageFooter(frame, onPageCount),
    ...(frame.preview || frame.sample ? { watermark: { text: frame.sample ? "SAMPLE" : "PREVIEW", color: "#000000", opacity: 0.07, bold: true, fontSize: 110 } } : {}),
    content: [
      ...coverPage(frame, body, signOff.summary),
      {
        toc: { title: { text: "Contents", style: "h1" }, numberStyle: { bold: true } },
        pageBreak: "before",
      } as Content,
      ...keepHeadingsWithNext([...body.sections, ...signOff.section]),
    ],
  };
}
