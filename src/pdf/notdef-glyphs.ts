// Finds .notdef glyphs (glyph id 0, an empty box) that a PDF's pages show: what Chromium prints for
// a character no font it may use has. Chromium writes text in Type0 fonts whose codes are CIDs with
// an Identity CIDToGIDMap, so code 0 is glyph 0; simple fonts are not read.

import type { PdfPageText } from './pdf-reader.js';

export interface NotdefUse {
  /** 0-based page. */
  page: number;
  /** BaseFont of the font that shows them, e.g. `AAAAAA+NotoSansSC-Regular`. */
  font: string;
  count: number;
}

/** Every font on every page that shows .notdef, with how many times. */
export function findNotdefGlyphs(pages: readonly PdfPageText[]): NotdefUse[] {
  return pages.flatMap((page, index) => {
    const counts = new Map<string, number>();
    for (const { font, codes } of page.shown) {
      if (!font.composite) continue;
      const zeros = codes.filter((code) => code === 0).length;
      if (zeros > 0) counts.set(font.name, (counts.get(font.name) ?? 0) + zeros);
    }
    return [...counts].map(([font, count]) => ({ page: index, font, count }));
  });
}
