import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultFontsDir } from "../../../src/main/reports/pdfDocument";
import { withSimpleKerning } from "../../../src/main/reports/reportFonts";

/** The fontkit that pdfmake lays text out with (its own dependency, so the very same version). */
interface LaidOut {
  glyphs: unknown[];
  positions: { xAdvance: number }[];
}
interface Font {
  layout(text: string): LaidOut;
  GPOS?: unknown;
  GSUB?: unknown;
  kern?: unknown;
}
const fontkit = createRequire(require.resolve("pdfmake/package.json"))("fontkit") as { create(buffer: Buffer): Font };

/** Printable ASCII, accented letters of Western names, and the punctuation and symbols reports print. */
const CHARACTERS = [...Array.from({ length: 95 }, (_, index) => String.fromCharCode(32 + index)), ..."éèñüöäÉÅçßàôíóúøÆŁłšžčřő–—‘’“”…•×→©®€™"];

describe("the report fonts, made quick to lay out", () => {
  for (const file of ["Roboto-Regular.ttf", "Roboto-Medium.ttf", "Roboto-Italic.ttf"]) {
    it(`keeps every kerning pair of ${file} and drops the OpenType shaping tables`, () => {
      const original = readFileSync(join(defaultFontsDir(), file));
      const before = fontkit.create(original);
      const after = fontkit.create(withSimpleKerning(original));
      expect(after.GPOS).toBeUndefined();
      expect(after.GSUB).toBeUndefined();
      expect(after.kern).toBeDefined();

      let kerned = 0;
      const different: string[] = [];
      for (const first of CHARACTERS) {
        for (const second of CHARACTERS) {
          const pair = first + second;
          const was = before.layout(pair);
          // A ligature ("fi", "fl") is the one thing drawn differently: two letters instead of one glyph.
          if (was.glyphs.length !== 2) continue;
          const widths = (laidOut: LaidOut) => laidOut.positions.map((position) => position.xAdvance);
          if (widths(was)[0] !== before.layout(first).positions[0]?.xAdvance) kerned += 1;
          if (JSON.stringify(widths(after.layout(pair))) !== JSON.stringify(widths(was))) different.push(pair);
        }
      }
      expect(different).toEqual([]);
      // The comparison means something: the font kerns many of these pairs (AV, To, r., ...).
      expect(kerned).toBeGreaterThan(500);
    });
  }

  it("leaves a font that has no OpenType kerning as it is", () => {
    const once = withSimpleKerning(readFileSync(join(defaultFontsDir(), "Roboto-Regular.ttf")));
    expect(withSimpleKerning(once)).toBe(once);
  });
});
