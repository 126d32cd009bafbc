// The deck in real Chromium: builds it into a temporary folder, opens it from file://, walks
// every slide with every fragment shown, and measures what only a browser knows — overflow,
// text size, contrast and the deck's chrome over content at 1280×720, and the phone's scroll view at 390 px.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { build, mergeConfig } from 'vite';
import { launchChromium } from '../node/chromium.js';
import { deckViteConfig } from '../bundle/vite-config.js';
import type { Diagnostic } from '../diagnostics.js';
import { injectAxe } from './contrast.js';
import { describeOverflowEdges, overflowAmount, OVERFLOW_TOLERANCE_PX } from './overflow.js';
import { type BadLineBreak, checkLineBreaks } from './line-breaks.js';
import type { ChromeOverlap, SlideAddress } from '../client/probes/page-probe.js';
import { addProbeToNewDocuments, ensureProbe } from '../node/page-probe.js';
import { collectPageErrors, describeViolation, locateFailedLoads, policyViolations, type FailedLoad } from './page-problems.js';
import { measurePhoneView, PHONE_VIEWPORT } from './phone-view.js';
import { readMinFontSize } from './text-size.js';

export interface BrowserCheckOptions {
  projectRoot: string;
  slidesDir: string;
  /** deck.yaml as shown to the user: where problems of the page as a whole are reported. */
  configPath: string;
  /** Where the build's subset fonts are cached; default the project's. */
  fontCacheDir?: string;
}

const READY_TIMEOUT_MS = 20_000;

/** Builds the deck into a fresh temporary folder; the caller removes it. */
export async function buildDeckForCheck(options: BrowserCheckOptions): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'deck-check-'));
  const config = deckViteConfig({ projectRoot: options.projectRoot, slidesDir: options.slidesDir, outDir, fontCacheDir: options.fontCacheDir });
  // Quiet: the check prints findings only (rolldown's timing report is not one).
  // Lightning CSS rather than PostCSS: the same style sheet, without PostCSS parsing the fonts' data: URLs.
  await build(
    mergeConfig(config, {
      configFile: false,
      logLevel: 'silent',
      css: { transformer: 'lightningcss' },
      build: { reportCompressedSize: false, rollupOptions: { checks: { bundlerTimings: false } } },
    }),
  );
  return outDir;
}

/**
 * The deck as its audience gets it — its Content-Security-Policy included (what the policy blocks
 * is reported, not bypassed) — with reduced motion, which the theme answers by turning slide and
 * fragment transitions off: slides are measured where they rest.
 */
async function newDeckContext(browser: Browser, options: BrowserContextOptions): Promise<BrowserContext> {
  const context = await browser.newContext({ ...options, reducedMotion: 'reduce' });
  await addProbeToNewDocuments(context);
  return context;
}

/** Opens the deck and waits for reveal.js and the fonts; script errors and refusals become problems. */
async function openDeckPage(context: BrowserContext, url: string, pageErrors: string[], failedLoads: FailedLoad[] = []): Promise<Page> {
  const page = await context.newPage();
  collectPageErrors(page, pageErrors, failedLoads);
  await page.goto(url);
  await page.waitForSelector('.reveal.ready', { timeout: READY_TIMEOUT_MS });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page;
}

function listSlides(page: Page): Promise<SlideAddress[]> {
  return page.evaluate(() => window.deckProbe.listSlides());
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...new Map(items.map((item) => [key(item), item])).values()];
}

function at(slide: { file: string; line: number }, ruleId: string, message: string, hint: string): Diagnostic {
  return { file: slide.file, line: slide.line, column: 1, severity: 'error', ruleId, message, hint };
}

/**
 * Overflow, text size, contrast and chrome overlap of every slide at the deck's own size, and its
 * line breaks there (returned as measured: they are reported with the phone's).
 */
async function checkSlidesOnCanvas(
  page: Page,
): Promise<{ problems: Diagnostic[]; overflowing: Set<string>; canvas: string; lineBreaks: BadLineBreak[] }> {
  const problems: Diagnostic[] = [];
  const overflowing = new Set<string>();
  const lineBreaks: BadLineBreak[] = [];
  const minFont = await readMinFontSize(page);
  const canvas = await page.evaluate(() => `${window.deck.getConfig().width}×${window.deck.getConfig().height}`);
  await injectAxe(page);
  await ensureProbe(page);
  const slides = await listSlides(page);
  const measured = await page.evaluate(({ slides, min }) => window.deckProbe.measureSlides(slides, min), { slides, min: minFont });
  slides.forEach((slide, i) => {
    const { overflow, small, contrast, chrome, lineBreaks: breaks } = measured[i]!;
    lineBreaks.push(...breaks);
    if (overflowAmount(overflow) > OVERFLOW_TOLERANCE_PX) {
      overflowing.add(slide.id);
      problems.push(
        at(
          slide,
          'overflow',
          `slide spills ${describeOverflowEdges(overflow)} the ${canvas} canvas (${overflow.element})`,
          'shorten the text, split the slide, or choose a roomier layout',
        ),
      );
    }
    if (small) {
      const others = small.count > 1 ? `; ${small.count} elements in all` : '';
      problems.push(
        at(
          slide,
          'text-size',
          `text at ${Math.round(small.size * 10) / 10} px is below the ${minFont} px minimum (${small.element}${others})`,
          'make it larger, or move the detail into the notes',
        ),
      );
    }
    if (!overflowing.has(slide.id)) problems.push(...chromeOverlapProblems(chrome, slide));
    if (contrast) {
      const others = contrast.count > 1 ? `; ${contrast.count} elements in all` : '';
      problems.push(
        at(
          slide,
          'contrast',
          `contrast ${contrast.ratio}:1 is below WCAG AA ${contrast.expected}:1 (${contrast.element}, ${contrast.foreground} on ${contrast.background}${others})`,
          `change the text's colour or its background until they differ by at least ${contrast.expected}:1`,
        ),
      );
    }
  });
  return { problems, overflowing, canvas, lineBreaks };
}

/** The deck's chrome (arrows, slide number, progress bar, agenda strip) covering the slide's content or each other. */
function chromeOverlapProblems(overlaps: readonly ChromeOverlap[], slide: SlideAddress): Diagnostic[] {
  return uniqueBy(overlaps, (o) => `${o.chrome}|${o.covers}`).map((o) =>
    at(
      slide,
      'chrome-overlap',
      `the deck's ${o.chrome} overlap${o.chrome === 'controls' ? '' : 's'} ${o.covers} by ${Math.round(o.amount)} px`,
      o.chrome === 'agenda strip'
        ? "shorten the section slide's heading or the line below it, so both end above the agenda strip"
        : 'keep slide content inside the grid (theme/tokens.css) and away from the corners where the controls sit',
    ),
  );
}

/** The phone's scroll view: sideways scrolling, and slides cut off (those that overflow anyway are not repeated). */
async function checkPhoneView(page: Page, configPath: string, overflowing: ReadonlySet<string>): Promise<Diagnostic[]> {
  const view = await measurePhoneView(page);
  const problems: Diagnostic[] = [];
  if (view.sideScroll) {
    const where = view.sideScroll.file ? { file: view.sideScroll.file, line: view.sideScroll.line ?? 1 } : { file: configPath, line: 1 };
    problems.push(
      at(
        where,
        'phone-scroll',
        `the page scrolls sideways by ${Math.round(view.sideScroll.amount)} px on a ${PHONE_VIEWPORT.width} px phone (${view.sideScroll.element})`,
        'give the element a max-width, or let its text wrap',
      ),
    );
  }
  for (const cut of view.cut.filter((c) => !overflowing.has(c.id))) {
    problems.push(
      at(
        cut,
        'phone-cut',
        `slide is cut off by ${Math.round(cut.amount)} px in the ${PHONE_VIEWPORT.width} px phone view (${cut.element})`,
        'shorten the slide so it fits its canvas',
      ),
    );
  }
  return problems;
}

/** Failed loads and refusals at the slide that names them; other page errors at deck.yaml. */
async function pageProblems(
  page: Page,
  pageErrors: readonly string[],
  failedLoads: readonly FailedLoad[],
  configPath: string,
): Promise<Diagnostic[]> {
  const deckFile = { file: configPath, line: 1 };
  const where = (found: { file?: string; line?: number }) => (found.file ? { file: found.file, line: found.line ?? 1 } : deckFile);
  const refused = uniqueBy(await policyViolations(page), (v) => `${v.file}:${v.line}:${describeViolation(v)}`).map((v) =>
    at(
      where(v),
      'page-error',
      `the deck's Content-Security-Policy refused ${describeViolation(v)} (${v.directive})`,
      'the deck runs no inline scripts or remote files: remove it, or put the file in assets/',
    ),
  );
  const missing = uniqueBy(await locateFailedLoads(page, failedLoads), (load) => load.url).map((load) =>
    at(
      where(load),
      'load-failed',
      `"${load.written ?? load.url.replace(/^.*\//, '')}" did not load in the built deck (${load.error})`,
      'check the path; only images written as ![alt](path) are copied into the build',
    ),
  );
  const failed = [...new Set(pageErrors)].map((message) =>
    at(deckFile, 'page-error', `the deck's page failed in Chromium: ${message}`, 'open the built deck and look at the browser console'),
  );
  return [...refused, ...missing, ...failed];
}

/** Every browser finding for the deck in `options.slidesDir`, as diagnostics at the slide's file and line. */
export async function checkInBrowser(options: BrowserCheckOptions): Promise<Diagnostic[]> {
  const outDir = await buildDeckForCheck(options);
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const url = pathToFileURL(join(outDir, 'index.html')).href;
    const pageErrors: string[] = [];
    const failedLoads: FailedLoad[] = [];
    const desktop = await newDeckContext(browser, { viewport: { width: 1280, height: 720 } });
    const desktopPage = await openDeckPage(desktop, `${url}?transition=none`, pageErrors, failedLoads);
    // The phone's page (its scroll view lays out the whole deck) opens while the slides are measured.
    const phone = await newDeckContext(browser, { viewport: PHONE_VIEWPORT, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const opening = openDeckPage(phone, url, pageErrors);
    // A failure to open is thrown where it is awaited, after the canvas pass, not as an unhandled rejection.
    opening.catch(() => undefined);
    const canvas = await checkSlidesOnCanvas(desktopPage);
    const phonePage = await opening;
    const phoneProblems = await checkPhoneView(phonePage, options.configPath, canvas.overflowing);
    const lineBreaks = await checkLineBreaks(canvas.lineBreaks, canvas.canvas, phonePage);
    return [
      ...(await pageProblems(desktopPage, pageErrors, failedLoads, options.configPath)),
      ...canvas.problems,
      ...phoneProblems,
      ...lineBreaks,
    ];
  } finally {
    await browser?.close();
    await rm(outDir, { recursive: true, force: true });
  }
}
