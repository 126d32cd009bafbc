// Finishing Chromium's PDF with pdf-lib: document metadata, our own outline, and a font audit.

import { PDFArray, PDFDict, type PDFDocument, PDFHexString, PDFName, PDFNumber, type PDFRef, PDFStream } from 'pdf-lib';
import type { OutlineEntry } from './pdf-outline.js';

export interface PdfMetadata {
  title: string;
  /** The speaker; no Author entry when unset (never a placeholder). */
  author?: string;
  subject?: string;
  language: string;
  keywords?: string[];
  creator: string;
}

/** Sets the document's metadata (the Info dictionary and the catalog's /Lang). */
export function setMetadata(doc: PDFDocument, metadata: PdfMetadata): void {
  doc.setTitle(metadata.title, { showInWindowTitleBar: true });
  if (metadata.author) doc.setAuthor(metadata.author);
  if (metadata.subject) doc.setSubject(metadata.subject);
  if (metadata.keywords?.length) doc.setKeywords(metadata.keywords);
  doc.setLanguage(metadata.language);
  doc.setCreator(metadata.creator);
  doc.setProducer('Chromium (Skia/PDF) and pdf-lib');
}

/** Writes `entries` as the document outline and asks viewers to show it on opening. */
export function writeOutline(doc: PDFDocument, entries: readonly OutlineEntry[]): void {
  const { context, catalog } = doc;
  const pages = doc.getPages();
  const rootRef = context.nextRef();
  const visible = writeOutlineLevel(
    doc,
    entries,
    rootRef,
    pages.map((p) => p.ref),
  );
  context.assign(rootRef, context.obj({ Type: 'Outlines', First: visible.first, Last: visible.last, Count: visible.count }));
  catalog.set(PDFName.of('Outlines'), rootRef);
  catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/** One level of the outline's linked list (First/Last/Prev/Next/Parent); all levels open. */
function writeOutlineLevel(
  doc: PDFDocument,
  entries: readonly OutlineEntry[],
  parent: PDFRef,
  pageRefs: PDFRef[],
): { first: PDFRef; last: PDFRef; count: number } {
  const { context } = doc;
  const refs = entries.map(() => context.nextRef());
  let count = entries.length;
  entries.forEach((entry, i) => {
    const pageRef = pageRefs[entry.page];
    if (!pageRef) throw new Error(`outline entry "${entry.title}" points at page ${entry.page + 1} of ${pageRefs.length}`);
    const dict = context.obj({
      Title: PDFHexString.fromText(entry.title),
      Parent: parent,
      Dest: [pageRef, 'Fit'],
    }) as PDFDict;
    if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]!);
    if (i < refs.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]!);
    if (entry.children.length > 0) {
      const kids = writeOutlineLevel(doc, entry.children, refs[i]!, pageRefs);
      dict.set(PDFName.of('First'), kids.first);
      dict.set(PDFName.of('Last'), kids.last);
      dict.set(PDFName.of('Count'), PDFNumber.of(kids.count));
      count += kids.count;
    }
    context.assign(refs[i]!, dict);
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
export function auditFonts(doc: PDFDocument): FontProblem[] {
  const problems: FontProblem[] = [];
  doc.getPages().forEach((page, index) => {
    const seen = new Set<string>();
    for (const font of fontsOf(page.node.Resources(), new Set())) {
      const name = font.lookupMaybe(PDFName.of('BaseFont'), PDFName)?.decodeText() ?? '(unnamed)';
      const problem = fontProblem(font);
      if (problem && !seen.has(name)) {
        seen.add(name);
        problems.push({ page: index, font: name, problem });
      }
    }
  });
  return problems;
}

/** The font dictionaries of a resource dictionary and of the form XObjects it draws. */
function fontsOf(resources: PDFDict | undefined, visited: Set<PDFDict>): PDFDict[] {
  if (!resources || visited.has(resources)) return [];
  visited.add(resources);
  const fonts = resources.lookupMaybe(PDFName.of('Font'), PDFDict);
  const own = fonts ? fonts.keys().map((key) => fonts.lookup(key, PDFDict)) : [];
  const xObjects = resources.lookupMaybe(PDFName.of('XObject'), PDFDict);
  const nested = (xObjects?.keys() ?? []).flatMap((key) => {
    const xObject = xObjects!.lookup(key);
    return xObject instanceof PDFStream ? fontsOf(xObject.dict.lookupMaybe(PDFName.of('Resources'), PDFDict), visited) : [];
  });
  return [...own, ...nested];
}

function fontProblem(font: PDFDict): FontProblem['problem'] | undefined {
  const subtype = font.lookupMaybe(PDFName.of('Subtype'), PDFName)?.decodeText();
  if (subtype === 'Type3') return 'drawn as Type 3 glyphs';
  const descendant = subtype === 'Type0' ? font.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray)?.lookup(0, PDFDict) : font;
  const descriptor = descendant?.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict);
  const embedded = ['FontFile', 'FontFile2', 'FontFile3'].some((key) => descriptor?.has(PDFName.of(key)));
  return embedded ? undefined : 'not embedded';
}
