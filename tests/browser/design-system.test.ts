// The talk's design system in Chromium: one heading line across content slides, no chrome over
// content, a visual slide in every arc, section slides in their arc's colour, and a phone scroll
// view with every fragment shown and no slide much taller than its drawn canvas.

import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/node/chromium.js';
import { addProbeToNewDocuments } from '../../src/node/page-probe.js';
import { DIST_DIR } from '../_support/project.js';

let browser: Browser;
const deckUrl = () => pathToFileURL(`${DIST_DIR}/index.html`).href;

/** Layouts centred by design; every other layout hangs its heading from the grid. */
const CENTRED = ['title', 'section', 'quote', 'stat'];

interface SlideLook {
  id: string;
  layout: string;
  arcNumber: string;
  /** The heading's first line box, top edge, in canvas px (undefined without a heading). */
  headingTop?: number;
  overlaps: string[];
  background: string;
  progressColour: string;
  /** Bullet slides: the list's extent in canvas px (top, bottom, right). */
  list?: { top: number; bottom: number; right: number };
}

async function walkSlides(page: Page): Promise<SlideLook[]> {
  const addresses = await page.evaluate(() => window.deckProbe.listSlides());
  const looks: SlideLook[] = [];
  for (const slide of addresses) {
    await page.evaluate(({ h, v }) => window.deckProbe.showSlide(h, v), slide);
    looks.push(
      await page.evaluate(() => {
        const current = window.deck.getCurrentSlide();
        const canvas = document.querySelector('.reveal .slides')!.getBoundingClientRect();
        const heading = current.querySelector('h1, h2');
        let headingTop: number | undefined;
        if (heading) {
          const range = document.createRange();
          range.selectNodeContents(heading);
          const first = range.getClientRects()[0];
          if (first) headingTop = (first.top - canvas.top) / window.deck.getScale();
        }
        const background = document.querySelector<HTMLElement>('.reveal .backgrounds .slide-background.present');
        const scale = window.deck.getScale();
        const listBox = current.dataset.layout === 'bullets' ? current.querySelector('ul, ol')?.getBoundingClientRect() : undefined;
        return {
          list: listBox && {
            top: (listBox.top - canvas.top) / scale,
            bottom: (listBox.bottom - canvas.top) / scale,
            right: (listBox.right - canvas.left) / scale,
          },
          id: current.id,
          layout: current.dataset.layout ?? '',
          arcNumber: current.dataset.arcNumber ?? '',
          headingTop,
          overlaps: window.deckProbe.chromeOverlaps().map((o) => `${o.chrome} over ${o.covers}`),
          background: background ? getComputedStyle(background).backgroundColor : '',
          progressColour: getComputedStyle(document.querySelector('.reveal .progress span')!).backgroundColor,
        };
      }),
    );
  }
  return looks;
}

let looks: SlideLook[];
let arcColours: string[];
/** Where content must end: the canvas's height less the grid's foot margin (tokens.css), in canvas px. */
let contentFoot: number;

beforeAll(async () => {
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
  await addProbeToNewDocuments(context);
  const page = await context.newPage();
  await page.goto(`${deckUrl()}?transition=none`);
  await page.waitForSelector('.reveal.ready');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  looks = await walkSlides(page);
  contentFoot = await page.evaluate(() => {
    const canvas = document.querySelector<HTMLElement>('.reveal .slides')!;
    return canvas.offsetHeight - parseFloat(getComputedStyle(canvas).getPropertyValue('--deck-grid-bottom'));
  });
  // The arc tokens as the browser resolves them (rgb()), to compare with computed colours.
  arcColours = await page.evaluate(() =>
    [1, 2, 3, 4].map((n) => {
      const probe = document.createElement('i');
      probe.style.color = `var(--deck-arc-${n})`;
      document.body.append(probe);
      const colour = getComputedStyle(probe).color;
      probe.remove();
      return colour;
    }),
  );
  await context.close();
});

afterAll(async () => browser?.close());

describe('the talk at 1280×720', () => {
  it('hangs every content slide’s heading from one line (±2 px)', () => {
    const content = looks.filter((l) => !CENTRED.includes(l.layout));
    expect(content.length).toBeGreaterThan(15);
    const tops = content.map((l) => l.headingTop);
    expect(tops.every((t) => t !== undefined)).toBe(true);
    const spread = Math.max(...(tops as number[])) - Math.min(...(tops as number[]));
    expect(spread, content.map((l) => `${l.id} ${l.headingTop?.toFixed(1)}`).join('\n')).toBeLessThanOrEqual(2);
  });

  it('lets a bullet list fill its content area: three quarters of its height or more, never past its foot', () => {
    const lists = looks.filter((l) => l.list);
    expect(lists.length).toBeGreaterThan(8);
    // The content area: from the list's top to the canvas less its foot margin.
    const foot = contentFoot;
    expect(foot).toBeGreaterThan(360);
    for (const { id, list } of lists) {
      expect(list!.bottom, id).toBeLessThanOrEqual(foot);
      expect(list!.bottom - list!.top, id).toBeGreaterThan(0.75 * (foot - list!.top));
    }
  });

  it('keeps the arrows, slide number and progress bar off every slide’s content and off each other', () => {
    expect(looks.flatMap((l) => l.overlaps.map((o) => `${l.id}: ${o}`))).toEqual([]);
  });

  it('gives every arc a slide whose message is a drawing (chart, timeline or diagram)', async () => {
    const page = await browser.newPage();
    await page.goto(deckUrl());
    await page.waitForSelector('.reveal.ready');
    const visualArcs = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('section[data-arc-number]')]
        .filter((s) => s.querySelector('figure svg.deck-svg'))
        .map((s) => s.dataset.arcNumber),
    );
    await page.close();
    expect([...new Set(visualArcs)].sort()).toEqual(['1', '2', '3', '4']);
  });

  it('shows each section slide full-bleed in its arc’s colour, numbered, and the progress bar in the arc’s colour', () => {
    const sections = looks.filter((l) => l.layout === 'section');
    expect(sections.map((s) => s.arcNumber)).toEqual(['1', '2', '3', '4']);
    for (const s of sections) expect(s.background, s.id).toBe(arcColours[Number(s.arcNumber) - 1]);
    for (const l of looks.filter((l) => l.arcNumber)) expect(l.progressColour, l.id).toBe(arcColours[Number(l.arcNumber) - 1]);
    expect(new Set(arcColours).size).toBe(4);
  });
});

describe('the talk on a 390 px phone', () => {
  it('shows every fragment and draws no slide taller than 1.2× its canvas', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    await page.goto(deckUrl());
    await page.waitForSelector('.reveal.ready');
    const view = await page.evaluate(() => ({
      scrollView: document.querySelector('.reveal-viewport')?.classList.contains('reveal-scroll') ?? false,
      hiddenFragments: [...document.querySelectorAll('.reveal .slides section .fragment')].filter(
        (f) => getComputedStyle(f).opacity !== '1',
      ).length,
      pages: [...document.querySelectorAll<HTMLElement>('.scroll-page')].map((page) => {
        const slide = page.querySelector<HTMLElement>('section[data-file]')!;
        return { id: slide.id, page: page.getBoundingClientRect().height, canvas: slide.getBoundingClientRect().height };
      }),
    }));
    await page.close();
    expect(view.scrollView).toBe(true);
    expect(view.hiddenFragments).toBe(0);
    expect(view.pages.length).toBeGreaterThan(15);
    expect(view.pages.filter((p) => p.page > 1.2 * p.canvas)).toEqual([]);
  });
});
