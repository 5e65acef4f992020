/**
 * The report fonts, made quick to lay out. pdfmake measures and draws every word through fontkit,
 * which runs the full OpenType shaper (GSUB substitutions, then GPOS kerning and mark positioning)
 * once per distinct word and font. For the English text of a report that work buys one thing, the
 * kerning, and it was half of the time spent measuring a large report.
 *
 * `withSimpleKerning` returns a copy of a TrueType font without its OpenType layout tables (GSUB,
 * GPOS, GDEF) but with the same kerning as a classic TrueType `kern` table, which fontkit applies
 * with one lookup per pair of letters. Every kerning pair among the letters, digits, punctuation
 * and symbols a report prints (Basic Latin, Latin-1, Latin Extended-A and B, general punctuation,
 * currency, arrows) keeps its exact value. What is given up: the f-ligatures ("fi", "ffi" are drawn
 * as their letters, as many typefaces do anyway), and the placement of combining accents on
 * letters that have no precomposed form. The copy lives in memory only; assets/fonts is unchanged.
 */

/** The characters whose kerning is kept: everything a report in English (with accented names) prints. */
const KERNED_RANGES: [number, number][] = [
  [0x0020, 0x007e],
  [0x00a0, 0x024f],
  [0x2010, 0x205e],
  [0x20ac, 0x20ac],
  [0x2122, 0x2122],
  [0x2190, 0x21ff],
];

/** Glyph ids are 16 bits. */
const GLYPH_IDS = 0x10000;

/** A classic `kern` subtable's length is 16 bits: 14 bytes of header and 6 per pair. */
const PAIRS_PER_SUBTABLE = Math.floor((0xffff - 14) / 6);

interface TableRecord {
  tag: string;
  offset: number;
  length: number;
}

function readTables(font: DataView): TableRecord[] {
  const tag = (at: number) => String.fromCharCode(font.getUint8(at), font.getUint8(at + 1), font.getUint8(at + 2), font.getUint8(at + 3));
  return Array.from({ length: font.getUint16(4) }, (_, index) => {
    const at = 12 + 16 * index;
    return { tag: tag(at), offset: font.getUint32(at + 8), length: font.getUint32(at + 12) };
  });
}

/** Glyph ids of the code points in `ranges`, from the Windows Unicode BMP cmap (format 4); null without one. */
function glyphsFor(font: DataView, cmap: TableRecord, ranges: [number, number][]): number[] | null {
  const base = cmap.offset;
  let format4 = -1;
  for (let index = 0; index < font.getUint16(base + 2); index++) {
    const at = base + 4 + 8 * index;
    const offset = base + font.getUint32(at + 4);
    if (font.getUint16(at) === 3 && font.getUint16(at + 2) === 1 && font.getUint16(offset) === 4) format4 = offset;
  }
  if (format4 < 0) return null;
  const segments = font.getUint16(format4 + 6) / 2;
  const ends = format4 + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  const glyphs = new Set<number>();
  for (const [first, last] of ranges) {
    let segment = 0;
    for (let codePoint = first; codePoint <= last; codePoint++) {
      while (segment < segments && font.getUint16(ends + 2 * segment) < codePoint) segment++;
      if (segment === segments) break;
      const start = font.getUint16(starts + 2 * segment);
      if (codePoint < start) continue;
      const delta = font.getUint16(deltas + 2 * segment);
      const rangeOffset = font.getUint16(rangeOffsets + 2 * segment);
      let glyph = (codePoint + delta) & 0xffff;
      if (rangeOffset !== 0) {
        const indexed = font.getUint16(rangeOffsets + 2 * segment + rangeOffset + 2 * (codePoint - start));
        glyph = indexed === 0 ? 0 : (indexed + delta) & 0xffff;
      }
      if (glyph !== 0) glyphs.add(glyph);
    }
  }
  return [...glyphs].sort((a, b) => a - b);
}

/** Each covered glyph with its coverage index (the order a format 1 subtable stores its pair sets in). */
function readCoverage(font: DataView, at: number): [number, number][] {
  const covered: [number, number][] = [];
  const format = font.getUint16(at);
  const count = font.getUint16(at + 2);
  if (format === 1) {
    for (let index = 0; index < count; index++) covered.push([font.getUint16(at + 4 + 2 * index), index]);
  } else if (format === 2) {
    for (let index = 0; index < count; index++) {
      const record = at + 4 + 6 * index;
      const first = font.getUint16(record);
      const startIndex = font.getUint16(record + 4);
      for (let glyph = first; glyph <= font.getUint16(record + 2); glyph++) covered.push([glyph, startIndex + glyph - first]);
    }
  } else {
    throw new Error(`Unknown coverage format ${format} in the report font.`);
  }
  return covered;
}

/** Class definition table: the class of each glyph id (0 when not listed). */
function readClasses(font: DataView, at: number): Uint16Array {
  const classes = new Uint16Array(GLYPH_IDS);
  const format = font.getUint16(at);
  if (format === 1) {
    const first = font.getUint16(at + 2);
    const count = font.getUint16(at + 4);
    for (let index = 0; index < count; index++) classes[first + index] = font.getUint16(at + 6 + 2 * index);
  } else if (format === 2) {
    for (let index = 0; index < font.getUint16(at + 2); index++) {
      const record = at + 4 + 6 * index;
      for (let glyph = font.getUint16(record); glyph <= font.getUint16(record + 2); glyph++) classes[glyph] = font.getUint16(record + 4);
    }
  } else {
    throw new Error(`Unknown class definition format ${format} in the report font.`);
  }
  return classes;
}

const bitCount = (value: number) => [...value.toString(2)].filter((bit) => bit === "1").length;

/**
 * The kerning of every pair of `glyphs` under the GPOS `kern` feature, as a square matrix indexed
 * by the glyphs' places in `glyphs`. Each lookup of the feature adds its adjustment; within one
 * lookup, the first subtable that applies to a pair decides it (a pair-list subtable applies to the
 * pairs it lists, a class-based one to every pair whose first glyph it covers), as shapers do.
 */
function kerningMatrix(font: DataView, gpos: TableRecord, glyphs: number[]): Int32Array {
  const count = glyphs.length;
  const place = new Int32Array(GLYPH_IDS).fill(-1);
  glyphs.forEach((glyph, index) => (place[glyph] = index));
  const total = new Int32Array(count * count);
  const decided = new Uint8Array(count * count);

  const base = gpos.offset;
  const featureList = base + font.getUint16(base + 6);
  const lookupList = base + font.getUint16(base + 8);
  const lookups = new Set<number>();
  for (let index = 0; index < font.getUint16(featureList); index++) {
    const record = featureList + 2 + 6 * index;
    const tag = String.fromCharCode(font.getUint8(record), font.getUint8(record + 1), font.getUint8(record + 2), font.getUint8(record + 3));
    if (tag !== "kern") continue;
    const feature = featureList + font.getUint16(record + 4);
    for (let lookup = 0; lookup < font.getUint16(feature + 2); lookup++) lookups.add(font.getUint16(feature + 4 + 2 * lookup));
  }

  for (const lookupIndex of [...lookups].sort((a, b) => a - b)) {
    decided.fill(0);
    const lookup = lookupList + font.getUint16(lookupList + 2 + 2 * lookupIndex);
    const type = font.getUint16(lookup);
    for (let subtable = 0; subtable < font.getUint16(lookup + 4); subtable++) {
      let at = lookup + font.getUint16(lookup + 6 + 2 * subtable);
      if (type === 9) {
        // An extension subtable points, with 32 bits, at the real one.
        if (font.getUint16(at + 2) !== 2) continue;
        at += font.getUint32(at + 4);
      } else if (type !== 2) {
        continue;
      }
      const format = font.getUint16(at);
      const valueFormat1 = font.getUint16(at + 4);
      const size = 2 * (bitCount(valueFormat1) + bitCount(font.getUint16(at + 6)));
      // Only the first glyph's horizontal advance is kerning; a record may hold other fields first.
      const xAdvance = valueFormat1 & 0x0004 ? 2 * bitCount(valueFormat1 & 0x0003) : -1;
      const covered = readCoverage(font, at + font.getUint16(at + 2));
      if (format === 1) {
        for (const [glyph, coverageIndex] of covered) {
          const row = place[glyph] ?? -1;
          if (row < 0) continue;
          const set = at + font.getUint16(at + 10 + 2 * coverageIndex);
          for (let pair = 0; pair < font.getUint16(set); pair++) {
            const record = set + 2 + pair * (2 + size);
            const column = place[font.getUint16(record)] ?? -1;
            const cell = row * count + column;
            if (column < 0 || decided[cell]) continue;
            decided[cell] = 1;
            if (xAdvance >= 0) total[cell] = (total[cell] ?? 0) + font.getInt16(record + 2 + xAdvance);
          }
        }
      } else if (format === 2) {
        const classes1 = readClasses(font, at + font.getUint16(at + 8));
        const classes2 = readClasses(font, at + font.getUint16(at + 10));
        const class1Count = font.getUint16(at + 12);
        const class2Count = font.getUint16(at + 14);
        const secondClasses = glyphs.map((glyph) => classes2[glyph] ?? 0);
        for (const [glyph] of covered) {
          const row = place[glyph] ?? -1;
          const class1 = classes1[glyph] ?? 0;
          if (row < 0 || class1 >= class1Count) continue;
          const values = at + 16 + class1 * class2Count * size;
          for (let column = 0; column < count; column++) {
            const cell = row * count + column;
            const class2 = secondClasses[column] ?? 0;
            if (decided[cell] || class2 >= class2Count) continue;
            decided[cell] = 1;
            if (xAdvance >= 0) total[cell] = (total[cell] ?? 0) + font.getInt16(values + class2 * size + xAdvance);
          }
        }
      } else {
        throw new Error(`Unknown pair positioning format ${format} in the report font.`);
      }
    }
  }
  return total;
}

/** A classic (version 0) `kern` table of format 0 subtables, each within its 16-bit length. */
function kernTable(pairs: [number, number, number][]): Uint8Array {
  const chunks: [number, number, number][][] = [];
  for (let start = 0; start < pairs.length; start += PAIRS_PER_SUBTABLE) chunks.push(pairs.slice(start, start + PAIRS_PER_SUBTABLE));
  const bytes = new Uint8Array(4 + chunks.reduce((sum, chunk) => sum + 14 + 6 * chunk.length, 0));
  const table = new DataView(bytes.buffer);
  table.setUint16(2, chunks.length);
  let at = 4;
  for (const chunk of chunks) {
    const entrySelector = Math.floor(Math.log2(chunk.length));
    const searchRange = 6 * 2 ** entrySelector;
    table.setUint16(at + 2, 14 + 6 * chunk.length);
    table.setUint16(at + 4, 0x0001); // horizontal kerning, format 0, values added
    table.setUint16(at + 6, chunk.length);
    table.setUint16(at + 8, searchRange);
    table.setUint16(at + 10, entrySelector);
    table.setUint16(at + 12, 6 * chunk.length - searchRange);
    at += 14;
    for (const [left, right, value] of chunk) {
      table.setUint16(at, left);
      table.setUint16(at + 2, right);
      table.setInt16(at + 4, value);
      at += 6;
    }
  }
  return bytes;
}

/** The font's tables less `drop`, plus `add`, in a new sfnt with a fresh table directory. */
function rebuild(font: Uint8Array, tables: TableRecord[], drop: string[], add: Record<string, Uint8Array>): Buffer {
  const entries = [
    ...tables.filter((table) => !drop.includes(table.tag) && !(table.tag in add)).map((table) => ({ tag: table.tag, data: font.subarray(table.offset, table.offset + table.length) })),
    ...Object.entries(add).map(([tag, data]) => ({ tag, data })),
  ].sort((a, b) => (a.tag < b.tag ? -1 : 1));
  const padded = (length: number) => (length + 3) & ~3;
  const output = Buffer.alloc(12 + 16 * entries.length + entries.reduce((sum, entry) => sum + padded(entry.data.length), 0));
  const view = new DataView(output.buffer, output.byteOffset, output.byteLength);
  output.set(font.subarray(0, 4), 0);
  const entrySelector = Math.floor(Math.log2(entries.length));
  view.setUint16(4, entries.length);
  view.setUint16(6, 16 * 2 ** entrySelector);
  view.setUint16(8, entrySelector);
  view.setUint16(10, 16 * entries.length - 16 * 2 ** entrySelector);
  let offset = 12 + 16 * entries.length;
  entries.forEach((entry, index) => {
    const at = 12 + 16 * index;
    output.write(entry.tag, at, 4, "latin1");
    output.set(entry.data, offset);
    let sum = 0;
    for (let word = offset; word < offset + padded(entry.data.length); word += 4) sum = (sum + view.getUint32(word)) >>> 0;
    view.setUint32(at + 4, sum);
    view.setUint32(at + 8, offset);
    view.setUint32(at + 12, entry.data.length);
    offset += padded(entry.data.length);
  });
  return output;
}

/** The font with its GPOS kerning as a classic `kern` table and without OpenType layout (see above). */
export function withSimpleKerning(font: Buffer): Buffer {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = readTables(view);
  const find = (tag: string) => tables.find((table) => table.tag === tag);
  const [gpos, cmap] = [find("GPOS"), find("cmap")];
  if (!gpos || !cmap || find("kern")) return font;
  const glyphs = glyphsFor(view, cmap, KERNED_RANGES);
  // A font this does not know how to read is used as it is: slower to lay out, the same on paper.
  if (!glyphs) return font;
  const matrix = kerningMatrix(view, gpos, glyphs);
  const pairs: [number, number, number][] = [];
  for (let cell = 0; cell < matrix.length; cell++) {
    const value = matrix[cell] ?? 0;
    if (value !== 0) pairs.push([glyphs[Math.floor(cell / glyphs.length)]!, glyphs[cell % glyphs.length]!, value]);
  }
  return rebuild(font, tables, ["GSUB", "GPOS", "GDEF"], { kern: kernTable(pairs) });
}
