// Finishing Chromium's PDF: document metadata, our own outline and the font audit. The additions
// are appended as an incremental update (PDF 32000-1 §7.5.6): Chromium's bytes stay as printed, and
// a new Info dictionary, catalog version and outline objects follow them with their own xref.

import { appendUpdate, pdfDict, pdfText, type PdfObjectRef } from './pdf-update.js';
import type { OutlineEntry } from './pdf-outline.js';
import type { PdfPageText } from './pdf-reader.js';

export interface PdfMetadata {
  title: string;
  /** The speaker; no Author entry when unset (never a placeholder). */
  author?: string;
  subject?: string;
  language: string;
  keywords?: string[];
  creator: string;
}

export interface PdfFinish {
  metadata: PdfMetadata;
  /** The document outline, shown when the file opens; none keeps the PDF's own. */
  outline?: readonly OutlineEntry[];
  /** Each page's object reference, in page order (pdf.js `page.ref`). */
  pageRefs: readonly PdfObjectRef[];
  /** The printed PDF's CreationDate, kept. */
  creationDate?: string;
}

/** The printed PDF with its metadata set and, when given, our outline in place of any other. */
export function finishPdf(printed: Uint8Array, finish: PdfFinish): Uint8Array {
  const { metadata } = finish;
  return appendUpdate(printed, (update) => {
    const info: Record<string, string> = {
      Title: pdfText(metadata.title),
      Creator: pdfText(metadata.creator),
      Producer: pdfText('Chromium (Skia/PDF), outline and metadata by deepseek-deck'),
    };
    if (metadata.author) info.Author = pdfText(metadata.author);
    if (metadata.subject) info.Subject = pdfText(metadata.subject);
    if (metadata.keywords?.length) info.Keywords = pdfText(metadata.keywords.join(' '));
    if (finish.creationDate) info.CreationDate = pdfText(finish.creationDate);
    const catalog: Record<string, string> = {
      Lang: pdfText(metadata.language),
      // Viewers show the title, not the file name, in their title bar.
      ViewerPreferences: pdfDict({ DisplayDocTitle: 'true' }),
    };
    if (finish.outline) {
      const root = update.reserve();
      const visible = writeOutlineLevel(update, finish.outline, root, finish.pageRefs);
      update.set(root, pdfDict({ Type: '/Outlines', First: visible.first, Last: visible.last, Count: String(visible.count) }));
      catalog.Outlines = root;
      catalog.PageMode = '/UseOutlines';
    }
    return { info: pdfDict(info), catalog };
  });
}

type Update = Parameters<Parameters<typeof appendUpdate>[1]>[0];

/** One level of the outline's linked list (First/Last/Prev/Next/Parent); all levels open. */
function writeOutlineLevel(
  update: Update,
  entries: readonly OutlineEntry[],
  parent: string,
  pageRefs: readonly PdfObjectRef[],
): { first: string; last: string; count: number } {
  const refs = entries.map(() => update.reserve());
  let count = entries.length;
  entries.forEach((entry, i) => {
    const page = pageRefs[entry.page];
    if (!page) throw new Error(`outline entry "${entry.title}" points at page ${entry.page + 1} of ${pageRefs.length}`);
    const dict: Record<string, string> = { Title: pdfText(entry.title), Parent: parent, Dest: `[${page.num} ${page.gen} R /Fit]` };
    if (i > 0) dict.Prev = refs[i - 1]!;
    if (i < refs.length - 1) dict.Next = refs[i + 1]!;
    if (entry.children.length > 0) {
      const kids = writeOutlineLevel(update, entry.children, refs[i]!, pageRefs);
      Object.assign(dict, { First: kids.first, Last: kids.last, Count: String(kids.count) });
      count += kids.count;
    }
    update.set(refs[i]!, pdfDict(dict));
  });
  return { first: refs[0]!, last: refs.at(-1)!, count };
}

export interface FontProblem {
  /** 0-based page. */
  page: number;
  font: string;
  problem: 'not embedded' | 'drawn as Type 3 glyphs';
}

/**
 * Fonts that would not print the same everywhere: not embedded, or Type 3 (how Chromium writes a
 * system CJK font; the deck's own web font is embedded as real TrueType outlines).
 */
export function auditFonts(pages: readonly PdfPageText[]): FontProblem[] {
  return pages.flatMap((page, index) => {
    const problems = new Map<string, FontProblem['problem']>();
    for (const font of page.fonts) {
      const problem = font.type3 ? 'drawn as Type 3 glyphs' : font.embedded ? undefined : 'not embedded';
      if (problem && !problems.has(font.name)) problems.set(font.name, problem);
    }
    return [...problems].map(([font, problem]) => ({ page: index, font, problem }));
  });
}
