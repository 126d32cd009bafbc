// Reading a PDF with pdf.js (unpdf's serverless build): each page's fonts and the character codes
// its text operators show, following the forms the page draws (pdf.js inlines them).

import type { getDocumentProxy } from 'unpdf';

type PDFDocumentProxy = Awaited<ReturnType<typeof getDocumentProxy>>;

export interface PageFont {
  /** BaseFont, e.g. `AAAAAA+NotoSansSC-Regular`. */
  name: string;
  embedded: boolean;
  type3: boolean;
  /** A Type0 font: its codes are CIDs (Chromium writes them with an Identity CIDToGIDMap, so CID = glyph id). */
  composite: boolean;
}

export interface PdfPageText {
  /** The page object's reference (for outline destinations). */
  ref: { num: number; gen: number };
  fonts: PageFont[];
  /** Every text-showing operation: the font in use and the character codes shown. */
  shown: { font: PageFont; codes: number[] }[];
}

/**
 * pdf.js 5 calls ArrayBuffer#transferToFixedLength, which Node 20 lacks (Node 22 has it); a copy
 * serves, as pdf.js only reads the result.
 */
function polyfillNode20(): void {
  const proto = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: () => ArrayBuffer };
  if (!proto.transferToFixedLength) {
    Object.defineProperty(proto, 'transferToFixedLength', {
      value(this: ArrayBuffer) {
        return this.slice(0);
      },
      configurable: true,
      writable: true,
    });
  }
}

/**
 * What pdf.js's font loader needs to count a font as loaded. Told that fonts can be loaded
 * (`disableFontFace: false`), pdf.js does not compile every shown glyph's outline into a path (what
 * it does for drawing without fonts, ~40 % of reading a deck's PDF); Node has no FontFace and no
 * document, so it gets a stand-in of each that loads nothing: nothing is drawn here.
 */
class FontFaceStandIn {
  readonly loaded: Promise<FontFaceStandIn>;
  constructor(readonly family: string) {
    this.loaded = Promise.resolve(this);
  }
}

const fontLoadingDocument = { fonts: new Set<FontFaceStandIn>() };

function standInFontFace(): void {
  const global = globalThis as { FontFace?: unknown };
  if (global.FontFace === undefined)
    Object.defineProperty(global, 'FontFace', { value: FontFaceStandIn, configurable: true, writable: true });
}

export interface PrintedPdf {
  pages: PdfPageText[];
  /** The Info dictionary's CreationDate (`D:…`), when there is one. */
  creationDate?: string;
}

/** Reads what the audits and the finishing step need from a printed PDF. */
export async function readPrintedPdf(bytes: Uint8Array): Promise<PrintedPdf> {
  const doc = await openPdf(bytes);
  try {
    const pages = await readPageText(doc);
    const { info } = await doc.getMetadata();
    const creationDate = (info as { CreationDate?: unknown }).CreationDate;
    return { pages, creationDate: typeof creationDate === 'string' ? creationDate : undefined };
  } finally {
    await doc.loadingTask.destroy();
  }
}

/** A one-page PDF with nothing on it, its cross-reference table exact. */
function blankPdf(): Uint8Array {
  const objects = [
    '<</Type /Catalog /Pages 2 0 R>>',
    '<</Type /Pages /Kids [3 0 R] /Count 1>>',
    '<</Type /Page /Parent 2 0 R /MediaBox [0 0 72 72] /Resources <<>>>>',
  ];
  let text = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const at = text.length;
    text += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return at;
  });
  const xref = offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`).join('');
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${xref}trailer\n<</Size ${objects.length + 1} /Root 1 0 R>>\nstartxref\n${text.length}\n%%EOF\n`;
  return new TextEncoder().encode(text);
}

let warmedUp: Promise<PrintedPdf | undefined> | undefined;

/**
 * pdf.js read once on a blank page while Chromium prints: its set-up done and its parser compiled,
 * ~0.15 s that the first real read then does not spend. Once per process; undefined if it failed.
 */
export function warmUpPdfReader(): Promise<PrintedPdf | undefined> {
  warmedUp ??= readPrintedPdf(blankPdf()).catch(() => undefined);
  return warmedUp;
}

/** Opens a PDF for reading (fonts with the properties the audits need). */
export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  polyfillNode20();
  standInFontFace();
  const { getDocumentProxy } = await import('unpdf');
  // pdf.js takes the buffer over (detaches it): it gets a copy. Verbosity 0: errors only, no
  // warnings about fonts it would substitute for drawing (it draws nothing here).
  return getDocumentProxy(new Uint8Array(bytes), {
    fontExtraProperties: true,
    verbosity: 0,
    disableFontFace: false,
    // Only its `fonts` is used, by the font loader; `fonts.delete` when the document is destroyed.
    ownerDocument: fontLoadingDocument as unknown as Document,
  });
}

/** The font object pdf.js keeps for a `setFont` (its getters read the PDF's font dictionary). */
interface LoadedFont {
  name?: string;
  missingFile?: boolean;
  isType3Font?: boolean;
  composite?: boolean;
}

/** Glyph as pdf.js lists it in a showText operation; numbers there are spacing adjustments. */
type ShownGlyph = { originalCharCode: number } | number | null;

/** Fonts and shown codes of every page, in page order. */
export async function readPageText(doc: PDFDocumentProxy): Promise<PdfPageText[]> {
  const { getResolvedPDFJS } = await import('unpdf');
  const { OPS } = await getResolvedPDFJS();
  const pages: PdfPageText[] = [];
  for (let number = 1; number <= doc.numPages; number++) {
    const page = await doc.getPage(number);
    const { fnArray, argsArray } = await page.getOperatorList();
    const fonts = new Map<string, PageFont>();
    const shown: PdfPageText['shown'] = [];
    let font: PageFont | undefined;
    const saved: (PageFont | undefined)[] = [];
    fnArray.forEach((fn, i) => {
      const args = argsArray[i] as unknown[];
      // The font is part of the graphics state: q/Q (and a form's bounds) save and restore it.
      if (fn === OPS.save || fn === OPS.paintFormXObjectBegin) saved.push(font);
      else if (fn === OPS.restore || fn === OPS.paintFormXObjectEnd) font = saved.pop();
      else if (fn === OPS.setFont) {
        const id = args[0] as string;
        font = fonts.get(id) ?? describeFont(page.commonObjs.get(id) as LoadedFont, id);
        fonts.set(id, font);
      } else if (fn === OPS.showText && font) {
        const glyphs = args[0] as ShownGlyph[];
        shown.push({ font, codes: glyphs.flatMap((g) => (g !== null && typeof g === 'object' ? [g.originalCharCode] : [])) });
      }
    });
    pages.push({ ref: page.ref ?? { num: 0, gen: 0 }, fonts: [...fonts.values()], shown });
    page.cleanup();
  }
  return pages;
}

function describeFont(loaded: LoadedFont, id: string): PageFont {
  return {
    name: loaded.name ?? id,
    embedded: loaded.missingFile !== true,
    type3: loaded.isType3Font === true,
    composite: loaded.composite === true,
  };
}
