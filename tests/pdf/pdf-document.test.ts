import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveSourceFont } from '../../src/fonts/source-fonts.js';
import { auditFonts, finishPdf, type PdfMetadata } from '../../src/pdf/pdf-document.js';
import { openPdf, readPrintedPdf } from '../../src/pdf/pdf-reader.js';
import { handMadePdf, pdfWithPages } from './_support/hand-made-pdf.js';
import { pdfInfo, pdfOutline } from './_support/poppler.js';

const dir = mkdtempSync(join(tmpdir(), 'pdf-document-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Three empty pages, objects 3, 4, 5. */
const threePages = () => pdfWithPages([{}, {}, {}]);
const pageRefs = [3, 4, 5].map((num) => ({ num, gen: 0 }));
const metadata: PdfMetadata = { title: 'deck', language: 'zh-CN', creator: 'deck' };

function saved(pdf: Uint8Array, name: string): string {
  const path = join(dir, name);
  writeFileSync(path, pdf);
  // qpdf reads the whole file, xref and trailers included: a wrong offset is an error or a warning.
  expect(execFileSync('qpdf', ['--check', path], { encoding: 'utf8' })).toMatch(/No syntax or stream encoding errors/);
  return path;
}

describe('#finishPdf', () => {
  it('writes nested bookmarks that open their pages, shown when the file opens', async () => {
    const outline = [
      { title: '开场', page: 0, children: [] },
      {
        title: '破局',
        page: 1,
        children: [
          { title: '它闯入的赛道', page: 1, children: [] },
          { title: '增长有多快', page: 2, children: [] },
        ],
      },
    ];
    const path = saved(finishPdf(threePages(), { metadata, outline, pageRefs }), 'outline.pdf');
    expect(pdfOutline(path)).toEqual([
      { title: '开场', page: 1, kids: [] },
      {
        title: '破局',
        page: 2,
        kids: [
          { title: '它闯入的赛道', page: 2, kids: [] },
          { title: '增长有多快', page: 3, kids: [] },
        ],
      },
    ]);
    const doc = await openPdf(readFileSync(path));
    expect(await doc.getPageMode()).toBe('UseOutlines');
  });

  it('leaves the printed PDF’s bytes as they were, appending after them', () => {
    const printed = threePages();
    const finished = finishPdf(printed, { metadata, pageRefs });
    expect(finished.length).toBeGreaterThan(printed.length);
    expect(Buffer.from(finished.subarray(0, printed.length)).equals(Buffer.from(printed))).toBe(true);
  });

  it('refuses an entry that points past the last page', () => {
    expect(() => finishPdf(threePages(), { metadata, pageRefs, outline: [{ title: '多余', page: 3, children: [] }] })).toThrow(
      /page 4 of 3/,
    );
  });

  it('sets title, author, subject, keywords, creator and the document language, keeping the creation date', async () => {
    const full = { title: '题目', author: '讲者', subject: '副题', language: 'zh-CN', keywords: ['破局', '反套路'], creator: 'deck' };
    const path = saved(finishPdf(threePages(), { metadata: full, pageRefs, creationDate: "D:20261130120000+00'00'" }), 'metadata.pdf');
    expect(pdfInfo(path)).toMatchObject({ Title: '题目', Author: '讲者', Subject: '副题', Keywords: '破局 反套路', Creator: 'deck' });
    expect(pdfInfo(path).CreationDate).toMatch(/Nov 30 12:00:00 2026/);
    const doc = await openPdf(readFileSync(path));
    expect((await doc.getMetadata()).info).toMatchObject({ Language: 'zh-CN' });
    expect(await doc.getViewerPreferences()).toMatchObject({ DisplayDocTitle: true });
  });

  it('replaces the catalog’s own language and keeps its other entries', async () => {
    const printed = handMadePdf([
      '<</Type /Catalog /Pages 2 0 R /Lang (en) /MarkInfo <</Marked true>>>>',
      '<</Type /Pages /Kids [3 0 R] /Count 1>>',
      '<</Type /Page /Parent 2 0 R /MediaBox [0 0 400 225]>>',
    ]);
    const path = saved(finishPdf(printed, { metadata, pageRefs: [{ num: 3, gen: 0 }] }), 'lang.pdf');
    const doc = await openPdf(readFileSync(path));
    expect((await doc.getMetadata()).info).toMatchObject({ Language: 'zh-CN' });
    expect(await doc.getMarkInfo()).toMatchObject({ Marked: true });
  });
});

describe('#auditFonts', () => {
  it('flags a font the PDF does not carry, on the page that uses it', async () => {
    const pdf = pdfWithPages(
      [{}, {}, { content: 'BT /F1 20 Tf 10 100 Td (DeepSeek) Tj ET', resources: '<</Font <</F1 9 0 R>>>>' }],
      ['<</Type /Font /Subtype /Type1 /BaseFont /Helvetica>>'],
    );
    expect(auditFonts((await readPrintedPdf(pdf)).pages)).toEqual([{ page: 2, font: 'Helvetica', problem: 'not embedded' }]);
  });

  it('accepts an embedded TrueType font (as Chromium embeds the deck’s web font)', async () => {
    const require = createRequire(import.meta.url);
    // Subset first (as the build does): embedding all 10 MB of outlines would only slow the test.
    const subsetFont = require('subset-font') as (font: Buffer, text: string, options: { targetFormat: 'truetype' }) => Promise<Buffer>;
    const truetype = await subsetFont(readFileSync(resolveSourceFont(400)), '破局者', { targetFormat: 'truetype' });
    const pdf = pdfWithPages(
      [{ content: 'BT /F1 20 Tf 10 100 Td <000100020003> Tj ET', resources: '<</Font <</F1 5 0 R>>>>' }],
      [
        '<</Type /Font /Subtype /Type0 /BaseFont /AAAAAA+NotoSansSC /Encoding /Identity-H /DescendantFonts [6 0 R]>>',
        '<</Type /Font /Subtype /CIDFontType2 /BaseFont /AAAAAA+NotoSansSC /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>> /FontDescriptor 7 0 R /CIDToGIDMap /Identity>>',
        '<</Type /FontDescriptor /FontName /AAAAAA+NotoSansSC /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 /FontFile2 8 0 R>>',
        { dict: '', data: truetype },
      ],
    );
    const path = saved(pdf, 'embedded.pdf');
    expect(auditFonts((await readPrintedPdf(pdf)).pages)).toEqual([]);
    expect(execFileSync('pdffonts', [path], { encoding: 'utf8' })).toMatch(/CID TrueType\s+Identity-H\s+yes/);
  });
});
