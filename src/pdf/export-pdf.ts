// Printing the built deck with Chromium: the slides through reveal.js's print view, and the
// handout through the reader mode. Both are checked before printing (what would be cut or
// missing) and after (fonts in the PDF); a PDF is only returned when nothing is wrong.

import type { Browser, Page } from 'playwright-core';
import type { Diagnostic } from '../diagnostics.js';
import { speakerOf, type DeckConfig } from '../parse/model.js';
import type { RenderedSlide } from '../render/section.js';
import { inspectFontsAndImages, inspectPrintedPages, prepareForEvaluate, type SlidePlace } from './page-inspection.js';
import type { PdfMetadata } from './pdf-document.js';
import { buildOutline } from './pdf-outline.js';
import {
  embeddedFontProblems,
  imageProblems,
  notdefProblems,
  overflowProblems,
  staleBuildProblem,
  webFontProblems,
} from './print-problems.js';

export interface PdfJob {
  /** URL of the built deck's index.html (file:// works). */
  deckUrl: string;
  config: DeckConfig;
  slides: readonly RenderedSlide[];
  /** Arc name by slide file. */
  arcs: ReadonlyMap<string, string>;
  /** One page per fragment step instead of each slide in its final state. */
  separateFragments: boolean;
  /** Slides on a handout page (reader-mode.css lays out 2 or 3); default 2 (notes beneath: a text reader reads each note whole, in order). */
  handoutPerPage?: 2 | 3;
}

export interface PrintResult {
  problems: Diagnostic[];
  /** The finished PDF; absent when there are problems. */
  pdf?: Uint8Array;
  pages: number;
}

const READY_TIMEOUT_MS = 30_000;

/**
 * pdf.js (through unpdf) and the audits built on it: loaded once Chromium has a page to lay out,
 * while it does (Node caches the modules; a second call costs nothing).
 */
function loadPdfTools() {
  // The warm-up loads unpdf's pdf.js too (~0.1 s), which pdf-reader.ts imports on its first read.
  const tools = Promise.all([import('./pdf-reader.js'), import('./pdf-document.js'), import('./notdef-glyphs.js')]).then(
    async ([reader, document, notdef]) => {
      await reader.warmUpPdfReader();
      return { ...reader, ...document, ...notdef };
    },
  );
  // A page that fails first reports its own error; this one is then seen by nobody.
  tools.catch(() => undefined);
  return tools;
}

/**
 * The slides, one page each (or one per fragment step), with outline and metadata. Printed in a
 * new page of `target`, or in `target` itself when it is a page opened earlier (openPrintPage);
 * the page is closed after.
 */
export async function printDeck(target: Browser | Page, job: PdfJob): Promise<PrintResult> {
  const { width, height } = job.config.size;
  const page = await pageToPrintIn(target, { width, height });
  const tools = loadPdfTools();
  try {
    // Records reveal.js's `pdf-ready` (it bubbles to the document), fired once the pages are laid out.
    await page.addInitScript(`document.addEventListener('pdf-ready', () => { document.documentElement.dataset.pdfReady = 'true'; });`);
    const url = `${job.deckUrl}?print-pdf&transition=none&pdfSeparateFragments=${job.separateFragments}`;
    await page.goto(url);
    await waitUntilLaidOut(page, 'html[data-pdf-ready]', url);
    const assets = await inspectFontsAndImages(page);
    const printed = await inspectPrintedPages(page);
    const stale = staleBuildProblem(printed.pageSlides, job.slides);
    if (stale) return { problems: [stale], pages: 0 };
    const problems = [
      ...overflowProblems(printed.overflows, job.config.size),
      ...imageProblems(assets.brokenImages),
      ...webFontProblems(assets.failedFonts, placeOf(job.slides[0]!)),
    ];
    if (problems.length > 0) return { problems, pages: 0 };

    const raw = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true });
    const { readPrintedPdf, auditFonts, findNotdefGlyphs, finishPdf } = await tools;
    const doc = await readPrintedPdf(raw);
    if (doc.pages.length !== printed.pageSlides.length) {
      throw new Error(
        `Chromium printed ${doc.pages.length} pages for the print view's ${printed.pageSlides.length}: a page broke in two`,
      );
    }
    const byId = new Map(job.slides.map((s) => [s.id, s]));
    const slideOnPage = (i: number) => {
      const slide = byId.get(printed.pageSlides[i] ?? '');
      return slide && placeOf(slide);
    };
    const fontProblems = [
      ...embeddedFontProblems(auditFonts(doc.pages), slideOnPage),
      ...notdefProblems(findNotdefGlyphs(doc.pages), (i) => {
        const place = slideOnPage(i);
        return place && { place, what: 'this slide' };
      }),
    ];
    if (fontProblems.length > 0) return { problems: fontProblems, pages: 0 };

    const pdf = finishPdf(raw, {
      metadata: deckMetadata(job),
      outline: buildOutline(job.slides, job.arcs, (id) => indexOrUndefined(printed.pageSlides.indexOf(id))),
      pageRefs: doc.pages.map((p) => p.ref),
      creationDate: doc.creationDate,
    });
    return { problems: [], pdf, pages: doc.pages.length };
  } finally {
    await page.close();
  }
}

/** The handout: the reader mode printed on A4 portrait, each slide above its notes. */
export async function printHandout(target: Browser | Page, job: PdfJob, handoutPath: string): Promise<PrintResult> {
  const page = await pageToPrintIn(target, { width: 1280, height: 900 });
  const tools = loadPdfTools();
  try {
    const perPage = job.handoutPerPage ?? 2;
    const url = `${job.deckUrl}?reader&per-page=${perPage}`;
    await page.goto(url);
    await waitUntilLaidOut(page, 'html[data-reader-ready]', url);
    const assets = await inspectFontsAndImages(page);
    const problems = [...imageProblems(assets.brokenImages), ...webFontProblems(assets.failedFonts, placeOf(job.slides[0]!))];
    if (problems.length > 0) return { problems, pages: 0 };

    // The page size and margins come from the reader's own @media print rules (A4 portrait).
    const raw = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
    const { readPrintedPdf, auditFonts, findNotdefGlyphs, finishPdf } = await tools;
    const doc = await readPrintedPdf(raw);
    if (doc.pages.length < Math.ceil(job.slides.length / perPage)) {
      throw new Error(
        `the handout has ${doc.pages.length} pages for ${job.slides.length} slides at ${perPage} a page: a slide is missing from it`,
      );
    }
    // Which slide a handout page holds is not known here; the page number says where to look.
    const pagePlace = (i: number) => ({ slideId: '', file: handoutPath, line: i + 1 });
    const fontProblems = [
      ...embeddedFontProblems(auditFonts(doc.pages), pagePlace),
      ...notdefProblems(findNotdefGlyphs(doc.pages), (i) => ({ place: pagePlace(i), what: `page ${i + 1} of the handout` })),
    ];
    if (fontProblems.length > 0) return { problems: fontProblems, pages: 0 };

    // The handout keeps Chromium's outline (its headings: arc, then slide).
    const pdf = finishPdf(raw, {
      metadata: { ...deckMetadata(job), title: `${job.config.title}（讲稿）` },
      pageRefs: doc.pages.map((p) => p.ref),
      creationDate: doc.creationDate,
    });
    return { problems: [], pdf, pages: doc.pages.length };
  } finally {
    await page.close();
  }
}

/**
 * A page of `browser` ready to print in, the probe already in it: ~0.3 s, worth opening before the
 * deck is known (while it is checked).
 */
export async function openPrintPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await prepareForEvaluate(page);
  return page;
}

async function pageToPrintIn(target: Browser | Page, viewport: { width: number; height: number }): Promise<Page> {
  const page = 'newPage' in target ? await openPrintPage(target) : target;
  await page.setViewportSize(viewport);
  return page;
}

/** Waits for the page's own "laid out" mark; a page that never gets there is named, not traced. */
async function waitUntilLaidOut(page: Page, selector: string, url: string): Promise<void> {
  try {
    await page.waitForSelector(selector, { state: 'attached', timeout: READY_TIMEOUT_MS });
  } catch {
    throw new Error(
      `the deck did not finish laying out for print in ${READY_TIMEOUT_MS / 1000} s — open ${url} in Chromium and look at its console`,
    );
  }
}

function deckMetadata(job: PdfJob): PdfMetadata {
  const { config } = job;
  return {
    title: config.title,
    author: speakerOf(config),
    subject: config.subtitle ?? config.source,
    language: config.language,
    keywords: [...new Set(job.arcs.values())],
    creator: 'deepseek-deck (Markdown → reveal.js print view)',
  };
}

function placeOf(slide: Pick<RenderedSlide, 'id' | 'file' | 'line'>): SlidePlace {
  return { slideId: slide.id, file: slide.file, line: slide.line };
}

function indexOrUndefined(index: number): number | undefined {
  return index < 0 ? undefined : index;
}
