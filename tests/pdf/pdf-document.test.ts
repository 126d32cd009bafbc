import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { PDFDocument, PDFName, type PDFString, StandardFonts } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { auditFonts, setMetadata, writeOutline } from '../../src/pdf/pdf-document.js';
import { pdfInfo, pdfOutline } from './_support/poppler.js';
import { resolveSourceFont } from '../../src/fonts/source-fonts.js';

const dir = mkdtempSync(join(tmpdir(), 'pdf-document-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function threePages(): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < 3; i++) doc.addPage([400, 225]);
  return doc;
}

async function saved(doc: PDFDocument, name: string): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, await doc.save());
  return path;
}

describe('#writeOutline', () => {
  it('writes nested bookmarks that open their pages, shown when the file opens', async () => {
    const doc = await threePages();
    writeOutline(doc, [
      { title: '开场', page: 0, children: [] },
      {
        title: '破局',
        page: 1,
        children: [
          { title: '它闯入的赛道', page: 1, children: [] },
          { title: '增长有多快', page: 2, children: [] },
        ],
      },
    ]);
    const path = await saved(doc, 'outline.pdf');
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
    const reloaded = await PDFDocument.load(readFileSync(path));
    expect(reloaded.catalog.get(PDFName.of('PageMode'))).toBe(PDFName.of('UseOutlines'));
  });

  it('refuses an entry that points past the last page', async () => {
    const doc = await threePages();
    expect(() => writeOutline(doc, [{ title: '多余', page: 3, children: [] }])).toThrow(/page 4 of 3/);
  });
});

describe('#setMetadata', () => {
  it('sets title, author, subject, keywords, creator and the document language', async () => {
    const doc = await threePages();
    setMetadata(doc, { title: '题目', author: '讲者', subject: '副题', language: 'zh-CN', keywords: ['破局', '反套路'], creator: 'deck' });
    const path = await saved(doc, 'metadata.pdf');
    expect(pdfInfo(path)).toMatchObject({ Title: '题目', Author: '讲者', Subject: '副题', Keywords: '破局 反套路', Creator: 'deck' });
    const reloaded = await PDFDocument.load(readFileSync(path));
    expect((reloaded.catalog.get(PDFName.of('Lang')) as PDFString).decodeText()).toBe('zh-CN');
  });
});

describe('#auditFonts', () => {
  it('flags a font the PDF does not carry, on the page that uses it', async () => {
    const doc = await threePages();
    const helvetica = await doc.embedFont(StandardFonts.Helvetica);
    doc.getPage(2).drawText('DeepSeek', { font: helvetica, size: 20, x: 10, y: 100 });
    const path = await saved(doc, 'helvetica.pdf');
    expect(auditFonts(await PDFDocument.load(readFileSync(path)))).toEqual([{ page: 2, font: 'Helvetica', problem: 'not embedded' }]);
  });

  it('accepts an embedded TrueType font (as Chromium embeds the deck’s web font)', async () => {
    const doc = await threePages();
    // fontkit 2's types differ from the fork pdf-lib was typed against; the calls it makes exist in both.
    doc.registerFontkit(fontkit as unknown as Parameters<PDFDocument['registerFontkit']>[0]);
    const require = createRequire(import.meta.url);
    const full = readFileSync(resolveSourceFont(400));
    // Subset first (as the build does): embedding all 10 MB of outlines would only slow the test.
    const subsetFont = require('subset-font') as (font: Buffer, text: string, options: { targetFormat: 'truetype' }) => Promise<Buffer>;
    const noto = await doc.embedFont(await subsetFont(full, '破局者', { targetFormat: 'truetype' }));
    doc.getPage(0).drawText('破局者', { font: noto, size: 20, x: 10, y: 100 });
    const path = await saved(doc, 'embedded.pdf');
    expect(auditFonts(await PDFDocument.load(readFileSync(path)))).toEqual([]);
    expect(execFileSync('pdffonts', [path], { encoding: 'utf8' })).toMatch(/CID TrueType\s+Identity-H\s+yes/);
  });
});
