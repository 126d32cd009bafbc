// The .notdef audit reads the text operators of content streams, and of the forms they draw.

import { PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { findNotdefGlyphs } from '../../src/pdf/notdef-glyphs.js';

/** A one-page PDF with a Type0 Identity-H font /F1 (and a simple font /F2), showing `content`. */
async function pdfShowing(content: string, form?: string): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  const page = doc.addPage();
  const { context } = doc;
  const cidFont = context.obj({ Type: 'Font', Subtype: 'CIDFontType2', BaseFont: 'AAAAAA+Test-Regular', CIDToGIDMap: 'Identity' });
  const type0 = context.register(
    context.obj({
      Type: 'Font',
      Subtype: 'Type0',
      BaseFont: 'AAAAAA+Test-Regular',
      Encoding: 'Identity-H',
      DescendantFonts: [context.register(cidFont)],
    }),
  );
  const simple = context.register(context.obj({ Type: 'Font', Subtype: 'TrueType', BaseFont: 'Simple' }));
  const fonts = context.obj({ F1: type0, F2: simple });
  const resources = context.obj({ Font: fonts });
  if (form !== undefined) {
    const xObject = context.register(
      context.stream(form, { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 10, 10], Resources: context.obj({ Font: fonts }) }),
    );
    resources.set(PDFName.of('XObject'), context.obj({ X1: xObject }));
  }
  page.node.set(PDFName.of('Resources'), resources);
  page.node.set(PDFName.of('Contents'), context.register(context.flateStream(content)));
  return PDFDocument.load(await doc.save());
}

describe('findNotdefGlyphs', () => {
  it('counts glyph 0 in hex strings, literal strings and TJ arrays of a Type0 font', async () => {
    const doc = await pdfShowing('BT /F1 12 Tf <0087 0000> Tj [(\\000\\000) -120 <0089>] TJ (\\000\\001) Tj ET');
    expect(findNotdefGlyphs(doc)).toEqual([{ page: 0, font: 'AAAAAA+Test-Regular', count: 2 }]);
  });

  it('finds nothing where every glyph is real, and ignores simple fonts, strings in comments and dictionaries', async () => {
    const doc = await pdfShowing('% <0000> Tj\n/P <</MCID 0>> BDC BT /F1 12 Tf <00870088> Tj /F2 12 Tf <00> Tj (\\(0\\)) Tj ET EMC');
    expect(findNotdefGlyphs(doc)).toEqual([]);
  });

  it('follows the font through q/Q and into the forms a page draws', async () => {
    const doc = await pdfShowing('BT /F2 12 Tf ET q BT /F1 12 Tf ET Q BT <0000> Tj ET /X1 Do', 'BT /F1 9 Tf <00000000> Tj ET');
    expect(findNotdefGlyphs(doc)).toEqual([{ page: 0, font: 'AAAAAA+Test-Regular', count: 2 }]);
  });
});
