// The checks in Chromium on a small deck with one problem per slide (and one clean slide).

import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/node/chromium.js';
import { buildDeckForCheck, checkInBrowser } from '../../src/check/browser-checks.js';
import { measurePhoneView, PHONE_VIEWPORT } from '../../src/check/phone-view.js';
import { formatDiagnostic, type Diagnostic } from '../../src/diagnostics.js';
import { injectAxe } from '../../src/check/contrast.js';
import { ensureProbe } from '../../src/node/page-probe.js';
import { PROJECT_ROOT } from '../_support/project.js';

const SLIDES_DIR = join(PROJECT_ROOT, 'tests/check/_decks/browser/slides');
const FILE = 'tests/check/_decks/browser/slides/01-problems.md';
const options = { projectRoot: PROJECT_ROOT, slidesDir: SLIDES_DIR, configPath: 'tests/check/_decks/browser/slides/deck.yaml' };

describe('#checkInBrowser', () => {
  let found: Diagnostic[];
  let messages: string[];
  beforeAll(async () => {
    found = await checkInBrowser(options);
    messages = found.map(formatDiagnostic);
  });

  it('reports a slide that spills off the canvas, with how far and which element', () => {
    expect(messages).toContainEqual(
      expect.stringMatching(new RegExp(`^${FILE}:11:1: slide spills \\d+ px below the 1280×720 canvas \\(li "第十二点"\\) — `)),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^${FILE}:60:1: slide spills 3\\d\\d px past the right edge of the 1280×720 canvas \\(div.wide "这一行比画布还宽"\\) — `,
        ),
      ),
    );
  });

  it('reports text below the theme’s 28 px minimum', () => {
    expect(messages).toContainEqual(
      `${FILE}:31:1: text at 20 px is below the 28 px minimum (p "这段说明只有二十像素") — make it larger, or move the detail into the notes`,
    );
  });

  it('reports contrast below WCAG AA, against the page and against a slide background', () => {
    expect(messages).toContainEqual(
      expect.stringMatching(
        new RegExp(`^${FILE}:40:1: contrast 1\\.5\\d?:1 is below WCAG AA 3:1 \\(p "这段文字颜色太浅", #cccccc on #fbfaf7\\)`),
      ),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(
        new RegExp(`^${FILE}:49:1: contrast 1:1 is below WCAG AA 3:1 \\(h2 "深色背景", #1c2333 on #1c2333; 2 elements in all\\)`),
      ),
    );
  });

  // A <script> is refused by the parser before the build (tests/render/raw-html.test.ts); an inline
  // event handler is left to the deck's Content-Security-Policy.
  it('reports, at its slide, an inline event handler the deck’s Content-Security-Policy refuses', () => {
    expect(messages).toContainEqual(
      `${FILE}:69:1: the deck's Content-Security-Policy refused an inline event handler (script-src-attr) — the deck runs no inline scripts or remote files: remove it, or put the file in assets/`,
    );
  });

  it('warns about a Chinese line broken inside a phrase, at the canvas size and in the phone view', () => {
    const inside = /^.*: warning: a line breaks inside a phrase: "[^"]*⏎[^"]*"(?:, "[^"]*")* \(h3 "DeepSeek：国产大模型的破…", (.*)\) — /;
    const views = messages.filter((m) => m.startsWith(`${FILE}:80:1: `)).map((m) => inside.exec(m)?.[1]);
    expect(views).toEqual(['1280×720', `${PHONE_VIEWPORT.width} px phone`]);
  });

  it('reports slide content under the deck’s chrome (the arrows in the bottom-right corner)', () => {
    expect(messages).toContainEqual(
      expect.stringMatching(new RegExp(`^${FILE}:93:1: the deck's controls overlap p\\.corner "这一行压在按钮下" by \\d+ px — `)),
    );
  });

  it('finds nothing else: the clean slide and the phone view pass, a spilling slide is not reported twice', () => {
    expect(found.map((d) => `${d.line} ${d.ruleId}`)).toEqual([
      '69 page-error',
      '11 overflow',
      '31 text-size',
      '40 contrast',
      '49 contrast',
      '60 overflow',
      '93 chrome-overlap',
      '80 line-break',
      '80 line-break',
    ]);
    expect(found.filter((d) => d.severity !== 'error').map((d) => d.ruleId)).toEqual(['line-break', 'line-break']);
  });
});

// Five arcs, one more than the theme's four accents; the third section's heading takes two lines.
describe('#checkInBrowser on section slides', () => {
  const ARCS_DIR = 'tests/check/_decks/arcs/slides';
  let errors: string[];
  beforeAll(async () => {
    const found = await checkInBrowser({ projectRoot: PROJECT_ROOT, slidesDir: join(PROJECT_ROOT, ARCS_DIR), configPath: `${ARCS_DIR}/deck.yaml` });
    errors = found.filter((d) => d.severity === 'error').map(formatDiagnostic);
  });

  it('reports a section slide whose text runs under its agenda strip, and nothing else', () => {
    // Without its own accent the fifth arc's section slide had no background: white on white (1:1).
    expect(errors).toEqual([
      expect.stringMatching(
        new RegExp(`^${ARCS_DIR}/03-part.md:5:1: the deck's agenda strip overlaps p "它下面还有一行说明" by \\d+ px — shorten the section slide's heading`),
      ),
    ]);
  });
});

describe('#measurePhoneView', () => {
  let browser: Browser;
  let outDir: string;
  beforeAll(async () => {
    [browser, outDir] = await Promise.all([launchChromium(), buildDeckForCheck(options)]);
  });
  afterAll(async () => {
    await browser?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  // Each slide's scroll page is as tall as its drawn canvas (scrollLayout "compact"), so a slide
  // taller than its canvas is cut too; the check reports that one once, as overflow.
  it('finds slides cut off in the 390 px scroll view', async () => {
    const page = await browser.newPage({ viewport: PHONE_VIEWPORT, isMobile: true, hasTouch: true });
    await page.goto(pathToFileURL(join(outDir, 'index.html')).href);
    await page.waitForSelector('.reveal.ready');
    const view = await measurePhoneView(page);
    expect(view.scrollView).toBe(true);
    expect(view.sideScroll).toBeUndefined();
    expect(view.cut).toEqual([
      { id: '01-problems-2', file: FILE, line: 11, amount: expect.any(Number), element: 'li "第十二点"' },
      { id: '01-problems-6', file: FILE, line: 60, amount: expect.any(Number), element: 'div.wide "这一行比画布还宽"' },
    ]);
    expect(view.cut[1]!.amount).toBeGreaterThan(200);
    await page.close();
  });

  it('finds what makes a page scroll sideways, and its slide', async () => {
    const page = await browser.newPage({ viewport: PHONE_VIEWPORT });
    await page.setContent('<section data-file="slides/a.md" data-line="7"><div class="wide" style="width:600px">很宽</div></section>');
    const view = await measurePhoneView(page);
    expect(view.sideScroll).toEqual({ amount: 600 - PHONE_VIEWPORT.width + 8, element: 'div.wide "很宽"', file: 'slides/a.md', line: 7 });
    await page.close();
  });
});

describe('#measureSlides', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  // The pass sets every stack but the shown one aside (emptied, moved out of reveal.js's .slides,
  // their backgrounds swapped for stand-ins): each slide must measure exactly as when shown in the
  // whole deck (here with a view distance of 1) — the slide number and arrows (vertical stacks
  // too), its background, its fragments.
  it.each([
    ['the problems deck', SLIDES_DIR, ['#fbfaf7', '#1c2333']],
    ['a deck with a vertical stack', join(PROJECT_ROOT, 'tests/check/_decks/far-slides/slides'), ['#1c2333', '#fbfaf7']],
  ])('measures every slide of %s as shown alone in the whole deck, and puts the deck back', async (_, slidesDir, backgrounds) => {
    const outDir = await buildDeckForCheck({ ...options, slidesDir });
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    try {
      await page.goto(`${pathToFileURL(join(outDir, 'index.html')).href}?transition=none&viewDistance=1`);
      await page.waitForSelector('.reveal.ready');
      await injectAxe(page);
      await ensureProbe(page);
      const deckShape = () =>
        page.evaluate(() => ({
          slides: [...document.querySelectorAll('.reveal > .slides')].map((c) =>
            [...c.querySelectorAll('section')].map((s) => `${s.id}:${s.childElementCount}:${s.textContent!.length}`),
          ),
          backgrounds: [...document.querySelector('.reveal .backgrounds')!.children].map((b) =>
            b.className.replace(/ (past|present|future)/g, ''),
          ),
        }));
      const before = await deckShape();
      const slides = await page.evaluate(() => window.deckProbe.listSlides());
      // The deck's chrome as reveal.js draws it on arriving at each slide: its number, the progress bar, the arrows.
      const chromeLog = () => page.evaluate(() => (window as unknown as { chromeLog: Record<string, string> }).chromeLog);
      await page.evaluate(() => {
        const log: Record<string, string> = {};
        (window as unknown as { chromeLog: Record<string, string> }).chromeLog = log;
        window.deck.on('slidechanged', () => {
          const arrows = [...document.querySelectorAll('.reveal .controls button.enabled')].map((b) => b.className);
          const progress = document.querySelector<HTMLElement>('.reveal .progress span')?.style.transform;
          log[window.deck.getCurrentSlide().id] = `${document.querySelector('.reveal .slide-number')?.textContent} ${progress} ${arrows}`;
        });
      });
      const alone = await page.evaluate(async (slides) => {
        const probe = window.deckProbe;
        const measures = [];
        window.deck.slide(slides.at(-1)!.h, slides.at(-1)!.v);
        for (const { h, v } of slides) {
          await probe.showSlide(h, v);
          const measured = { overflow: probe.currentOverflow(), small: probe.smallestText(28), chrome: probe.chromeOverlaps() };
          measures.push({ ...measured, lineBreaks: probe.lineBreaks('current'), contrast: await probe.currentContrast() });
        }
        return measures;
      }, slides);
      const chromeAlone = { ...(await chromeLog()) };
      const measured = await page.evaluate((slides) => window.deckProbe.measureSlides(slides, 28), slides);
      expect(Object.keys(chromeAlone)).toHaveLength(slides.length);
      expect(await chromeLog()).toEqual(chromeAlone);
      expect(slides.length).toBeGreaterThan(8);
      expect(measured).toEqual(alone);
      expect(measured.filter((m) => m.contrast).map((m) => m.contrast!.background)).toEqual(backgrounds);
      expect(await deckShape()).toEqual(before);
    } finally {
      await page.close();
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});
