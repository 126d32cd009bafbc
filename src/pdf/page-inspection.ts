// What the browser knows before printing: which slide is on each page, and what would print
// wrong — content beyond its canvas, a web font that failed, an image that did not load —
// measured by the in-page probe.

import type { Page } from 'playwright-core';
import type { BrokenImage, FailedFont, PrintedPages, Reach, SlidePlace } from '../client/probes/page-probe.js';
import { ensureProbe } from '../node/page-probe.js';

export type { BrokenImage, FailedFont, SlidePlace };

/** How far a slide's content reaches beyond its canvas, measured as the deck linter measures it. */
export type SlideOverflow = Reach & SlidePlace & { id: string };

export interface PageInspection extends PrintedPages {
  failedFonts: FailedFont[];
  brokenImages: BrokenImage[];
}

/** How long an image may take to load or fail before it counts as broken. */
const IMAGE_TIMEOUT_MS = 10_000;

/** Puts the probe into every document the page opens (call before `goto`). */
export { addProbeToNewDocuments as prepareForEvaluate } from '../node/page-probe.js';

/** Waits for web fonts and images; returns the failed fonts and broken images of every slide. */
export async function inspectFontsAndImages(page: Page): Promise<Pick<PageInspection, 'failedFonts' | 'brokenImages'>> {
  await ensureProbe(page);
  return page.evaluate((timeout) => window.deckProbe.fontsAndImages(timeout), IMAGE_TIMEOUT_MS);
}

/**
 * In reveal.js's print view: the slide on each `.pdf-page`, and how far each slide's content
 * reaches beyond its canvas (the slide size, centred in the page as reveal.js places it). reveal.js
 * clips a page at `pdfMaxPagesPerSlide: 1`, so anything measured here would be cut from the PDF.
 */
export async function inspectPrintedPages(page: Page): Promise<PrintedPages> {
  await ensureProbe(page);
  return page.evaluate(() => window.deckProbe.printedPages());
}
