// The .notdef audit reads the text operators of content streams, and of the forms they draw.

import { describe, expect, it } from 'vitest';
import { findNotdefGlyphs } from '../../src/pdf/notdef-glyphs.js';
import { readPrintedPdf } from '../../src/pdf/pdf-reader.js';
import { pdfWithPages } from './_support/hand-made-pdf.js';

/**
 * A one-page PDF with a Type0 Identity-H font /F1 (objects 5, 6: not embedded, which the reader
 * does not need) and a simple font /F2 (7), showing `content`; `form` is drawn by `/X1 Do` (8).
 */
function pdfShowing(content: string, form?: string): Uint8Array {
  const fonts = '/Font <</F1 5 0 R /F2 7 0 R>>';
  return pdfWithPages(
    [{ content, resources: `<<${fonts}${form === undefined ? '' : ' /XObject <</X1 8 0 R>>'}>>` }],
    [
      '<</Type /Font /Subtype /Type0 /BaseFont /AAAAAA+Test-Regular /Encoding /Identity-H /DescendantFonts [6 0 R]>>',
      '<</Type /Font /Subtype /CIDFontType2 /BaseFont /AAAAAA+Test-Regular /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>> /CIDToGIDMap /Identity>>',
      '<</Type /Font /Subtype /TrueType /BaseFont /Simple>>',
      { dict: `/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources <<${fonts}>>`, data: form ?? '' },
    ],
  );
}

const notdefs = async (pdf: Uint8Array) => findNotdefGlyphs((await readPrintedPdf(pdf)).pages);

describe('findNotdefGlyphs', () => {
  it('counts glyph 0 in hex strings, literal strings and TJ arrays of a Type0 font', async () => {
    const pdf = pdfShowing('BT /F1 12 Tf <0087 0000> Tj [(\\000\\000) -120 <0089>] TJ (\\000\\001) Tj ET');
    expect(await notdefs(pdf)).toEqual([{ page: 0, font: 'AAAAAA+Test-Regular', count: 2 }]);
  });

  it('finds nothing where every glyph is real, and ignores simple fonts, strings in comments and dictionaries', async () => {
    const pdf = pdfShowing('% <0000> Tj\n/P <</MCID 0>> BDC BT /F1 12 Tf <00870088> Tj /F2 12 Tf <00> Tj (\\(0\\)) Tj ET EMC');
    expect(await notdefs(pdf)).toEqual([]);
  });

  it('follows the font through q/Q and into the forms a page draws', async () => {
    const pdf = pdfShowing('BT /F2 12 Tf ET q BT /F1 12 Tf ET Q BT <0000> Tj ET /X1 Do', 'BT /F1 9 Tf <00000000> Tj ET');
    expect(await notdefs(pdf)).toEqual([{ page: 0, font: 'AAAAAA+Test-Regular', count: 2 }]);
  });
});
