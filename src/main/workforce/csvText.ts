/**
 * A small CSV reader for roster files as spreadsheets save them (RFC 4180): fields separated by commas
 * (or semicolons or tabs, as some spreadsheet settings write them), fields in double quotes may hold
 * separators, line breaks and doubled quotes (""), lines end in CRLF, LF or CR, and a leading byte
 * order mark is dropped. Each record keeps its row number as a spreadsheet shows it (the header is row
 * 1), so a message about a row points at the row the user sees.
 */

export interface CsvRecord {
  rowNumber: number;
  fields: string[];
  /** Set when the row's quotation marks do not pair up; its fields are then not to be trusted. */
  problem: string | null;
}

export interface CsvTable {
  records: CsvRecord[];
  /** Set when the file cannot be read as CSV at all. */
  problem: string | null;
}

const SEPARATORS = [",", ";", "\t"] as const;

/** The separator the header row uses most, outside quotes; a comma when it has none. */
function detectSeparator(text: string): string {
  let best: string = ",";
  let bestCount = 0;
  const firstLine = text.split(/\r\n|\n|\r/, 1)[0] ?? "";
  const unquoted = firstLine.replace(/"[^"]*"/g, "");
  for (const separator of SEPARATORS) {
    const count = unquoted.split(separator).length - 1;
    if (count > bestCount) {
      best = separator;
      bestCount = count;
    }
  }
  return best;
}

export function parseCsv(input: string): CsvTable {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.includes("\u0000")) return { records: [], problem: "This is not a text file. Save the roster from the spreadsheet as CSV and choose that file." };
  const separator = detectSeparator(text);
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let problem: string | null = null;
  let inQuotes = false;
  let fieldWasQuoted = false;
  let rowNumber = 1;
  let i = 0;

  const endField = () => {
    fields.push(fieldWasQuoted ? field : field.trim());
    field = "";
    fieldWasQuoted = false;
  };
  const endRecord = () => {
    endField();
    records.push({ rowNumber, fields, problem });
    fields = [];
    problem = null;
    rowNumber += 1;
  };

  while (i < text.length) {
    const char = text[i]!;
    if (inQuotes) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i += 1;
        // After a closing quote only a separator or the end of the line may follow (spaces are tolerated).
        while (text[i] === " ") i += 1;
        const next = text[i];
        if (next !== undefined && next !== separator && next !== "\n" && next !== "\r") {
          problem ??= "Its quotation marks do not pair up. Put the whole value in quotes and double any quote inside it.";
          while (i < text.length && text[i] !== separator && text[i] !== "\n" && text[i] !== "\r") field += text[i++];
        }
        continue;
      }
      field += char;
      i += 1;
      continue;
    }
    if (char === '"' && field.trim() === "" && !fieldWasQuoted) {
      inQuotes = true;
      fieldWasQuoted = true;
      field = "";
      i += 1;
      continue;
    }
    if (char === '"') problem ??= "It has a quotation mark in the middle of a value. Put the whole value in quotes and double any quote inside it.";
    if (char === separator) {
      endField();
      i += 1;
      continue;
    }
    if (char === "\r" || char === "\n") {
      endRecord();
      i += char === "\r" && text[i + 1] === "\n" ? 2 : 1;
      continue;
    }
    field += char;
    i += 1;
  }
  if (inQuotes) {
    return { records, problem: `A quotation mark opened on row ${rowNumber} is never closed, so the rest of the file cannot be read. Check that row in the spreadsheet.` };
  }
  // The last line needs no line break after it; a break after the last line adds no empty record.
  if (field !== "" || fields.length > 0 || fieldWasQuoted) endRecord();
  return { records, problem: null };
}

export function isBlankRecord(record: CsvRecord): boolean {
  return record.fields.every((value) => value.trim() === "");
}
