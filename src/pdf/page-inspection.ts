// What the browser knows before printing: which slide is on each page, and what would print
// wrong — content beyond its canvas, a web font that failed, an image that did not load.
// The functions handed to page.evaluate run in the page: they may use nothing from this module.

import type { Page } from 'playwright-core';
import type { Overflow } from '../check/overflow.js';

/** Where a slide comes from, read from its `<section data-file data-line>`. */
export interface SlidePlace {
  slideId: string;
  file: string;
  line: number;
}

/** How far a slide's content reaches beyond its canvas, measured as the deck linter measures it. */
export type SlideOverflow = Overflow & SlidePlace;

export interface BrokenImage extends SlidePlace {
  src: string;
}

export interface FailedFont {
  family: string;
  /** Slides set in that font (their text prints in a fallback font, or as boxes). */
  slides: SlidePlace[];
}

export interface PageInspection {
  /** The slide printed on each page of the print view, in order. */
  pageSlides: string[];
  overflows: SlideOverflow[];
  failedFonts: FailedFont[];
  brokenImages: BrokenImage[];
}

/** How long an image may take to load or fail before it counts as broken. */
const IMAGE_TIMEOUT_MS = 10_000;

/**
 * tsx compiles with esbuild's keepNames, which wraps inner functions in `__name(…)`; the page has
 * no such helper, so give it a harmless one before any script runs.
 */
export async function prepareForEvaluate(page: Page): Promise<void> {
  await page.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
}

/** Waits for web fonts and images; returns the failed fonts and broken images of every slide. */
export function inspectFontsAndImages(page: Page): Promise<Pick<PageInspection, 'failedFonts' | 'brokenImages'>> {
  return page.evaluate(async (timeout) => {
    const place = (el: Element) => {
      const section = el.closest('section[data-file]') ?? document.querySelector('section[data-file]');
      return { slideId: section?.id ?? '', file: section?.getAttribute('data-file') ?? '', line: Number(section?.getAttribute('data-line') ?? 0) };
    };
    const images = [...document.querySelectorAll('img')];
    const settled = images.map((img) => {
      img.loading = 'eager';
      if (img.complete) return Promise.resolve();
      return new Promise((resolve) => {
        img.addEventListener('load', resolve, { once: true });
        img.addEventListener('error', resolve, { once: true });
      });
    });
    // Slide backgrounds are CSS images; load each once to see whether it exists.
    const backgrounds = [...document.querySelectorAll('section[data-background-image]')].map((section) => {
      const probe = new Image();
      const src = section.getAttribute('data-background-image') ?? '';
      probe.src = src;
      return new Promise<{ section: Element; src: string; ok: boolean }>((resolve) => {
        probe.onload = () => resolve({ section, src, ok: true });
        probe.onerror = () => resolve({ section, src, ok: false });
      });
    });
    const deadline = new Promise((resolve) => setTimeout(resolve, timeout));
    await Promise.race([Promise.all(settled), deadline]);
    const backgroundResults = await Promise.race([Promise.all(backgrounds), deadline.then(() => [])]);
    await document.fonts.ready;
    const brokenImages = [
      ...images.filter((img) => !img.complete || img.naturalWidth === 0).map((img) => ({ ...place(img), src: img.getAttribute('src') ?? '' })),
      ...(backgroundResults as { section: Element; src: string; ok: boolean }[]).filter((b) => !b.ok).map((b) => ({ ...place(b.section), src: b.src })),
    ];
    const sections = [...document.querySelectorAll('section[data-file]')];
    const failedFonts = [...document.fonts]
      .filter((face) => face.status === 'error')
      .map((face) => face.family.replace(/^["']|["']$/g, ''))
      .filter((family, i, all) => all.indexOf(family) === i)
      .map((family) => ({
        family,
        slides: sections.filter((s) => getComputedStyle(s).fontFamily.includes(family)).map(place),
      }));
    return { failedFonts, brokenImages };
  }, IMAGE_TIMEOUT_MS);
}

/**
 * In reveal.js's print view: the slide on each `.pdf-page`, and how far each slide's content
 * reaches beyond its canvas (the slide size, centred in the page as reveal.js places it). reveal.js
 * clips a page at `pdfMaxPagesPerSlide: 1`, so anything measured here would be cut from the PDF.
 */
export function inspectPrintedPages(page: Page): Promise<Pick<PageInspection, 'pageSlides' | 'overflows'>> {
  return page.evaluate(() => {
    const deck = (window as unknown as { deck: { getConfig(): { width: number; height: number; margin: number } } }).deck;
    const { width, height, margin } = deck.getConfig();
    // reveal.js's own page size and slide placement (PrintView.activate).
    const pageWidth = Math.floor(width * (1 + margin));
    const pageHeight = Math.floor(height * (1 + margin));
    const pageSlides: string[] = [];
    const overflows = [];
    for (const pdfPage of document.querySelectorAll<HTMLElement>('.reveal .slides .pdf-page')) {
      const section = pdfPage.querySelector<HTMLElement>('section[data-file]');
      if (!section) continue;
      pageSlides.push(section.id);
      const box = pdfPage.getBoundingClientRect();
      const canvas = { left: box.left + (pageWidth - width) / 2, top: box.top + (pageHeight - height) / 2 };
      const result = {
        id: section.id,
        slideId: section.id,
        file: section.getAttribute('data-file') ?? '',
        line: Number(section.getAttribute('data-line') ?? 0),
        right: 0, bottom: 0, left: 0, top: 0, element: '',
      };
      let furthest = 0;
      for (const element of section.querySelectorAll<Element>('*')) {
        if (element.closest('aside.notes, title, desc, script, style')) continue;
        const r = element.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        const right = Math.max(0, r.right - (canvas.left + width));
        const bottom = Math.max(0, r.bottom - (canvas.top + height));
        const left = Math.max(0, canvas.left - r.left);
        const top = Math.max(0, canvas.top - r.top);
        // Each edge keeps its furthest reach (centred content spills above and below at once);
        // the element named is the one reaching furthest out overall.
        Object.assign(result, { right: Math.max(result.right, right), bottom: Math.max(result.bottom, bottom), left: Math.max(result.left, left), top: Math.max(result.top, top) });
        const amount = Math.max(right, bottom, left, top);
        if (amount > furthest) {
          furthest = amount;
          const className = typeof element.className === 'string' && element.className ? `.${element.className.split(' ')[0]}` : '';
          const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
          const snippet = text ? ` "${text.length > 16 ? `${text.slice(0, 16)}…` : text}"` : '';
          result.element = `${element.tagName.toLowerCase()}${className}${snippet}`;
        }
      }
      if (furthest > 0) overflows.push(result);
    }
    return { pageSlides, overflows };
  });
}
