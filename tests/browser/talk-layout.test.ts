// The real talk in Chromium: no slide spills off its 1280×720 canvas, and the phone scroll view
// (390 px wide) needs no horizontal scrolling.

import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/node/chromium.js';
import { measureOverflow, type Overflow } from '../_support/overflow.js';
import { openDeck } from '../_support/deck-page.js';
import { DIST_DIR } from '../_support/project.js';

let browser: Browser;
const deckUrl = () => pathToFileURL(`${DIST_DIR}/index.html`).href;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => browser?.close());

describe('the talk', () => {
  it('keeps every slide, with all fragments shown, inside its 1280×720 canvas', async () => {
    // No transition: a slide is measured where it rests, not mid-slide.
    const { page } = await openDeck(browser, `${deckUrl()}?transition=none`);
    const total = await page.evaluate(() => window.deck.getTotalSlides());
    const overflows: Overflow[] = [];
    for (let i = 0; i < total; i++) {
      await page.evaluate((index) => {
        const deck = window.deck;
        deck.slide(index, 0, 999);
      }, i);
      // Measured once reveal.js is there with every fragment shown and a frame has been drawn.
      await page.waitForFunction((index) => {
        const deck = window.deck;
        return deck.getIndices().h === index && deck.getCurrentSlide().querySelector('.fragment:not(.visible)') === null;
      }, i);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const overflow = await measureOverflow(page);
      if (Math.max(overflow.right, overflow.bottom, overflow.left, overflow.top) > 1) overflows.push(overflow);
    }
    expect(total).toBeGreaterThan(0);
    expect(overflows).toEqual([]);
    await page.close();
  });

  it('needs no horizontal scrolling on a 390 px phone (scroll view)', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    await page.goto(deckUrl());
    await page.waitForSelector('.reveal.ready');
    const view = await page.evaluate(() => ({
      scrollView: document.querySelector('.reveal-viewport')?.classList.contains('reveal-scroll') ?? false,
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
      widest: Math.max(...[...document.querySelectorAll('.reveal .slides section')].map((s) => s.getBoundingClientRect().right)),
    }));
    expect(view.scrollView).toBe(true);
    expect(view.scrollWidth).toBeLessThanOrEqual(view.clientWidth);
    expect(view.widest).toBeLessThanOrEqual(view.clientWidth + 1);
    // No slide cut off: everything in a slide stays inside its page of the scroll view.
    const cut = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.scroll-page-content')].flatMap((content) => {
        const box = content.getBoundingClientRect();
        return [...content.querySelectorAll<HTMLElement>('section *')]
          .filter((e) => !e.closest('aside.notes') && !e.closest('title, desc'))
          .map((e) => ({ e, r: e.getBoundingClientRect() }))
          .filter(
            ({ r }) =>
              r.width > 0 && (r.right > box.right + 1 || r.bottom > box.bottom + 1 || r.left < box.left - 1 || r.top < box.top - 1),
          )
          .map(({ e }) => `${e.closest('section')?.id}: ${e.tagName.toLowerCase()}`);
      }),
    );
    expect(cut).toEqual([]);
    // Readable without zooming: body text is at least 16 CSS px on the phone.
    const smallest = await page.evaluate(() => {
      // Rendered size = computed size × the scale reveal.js applies (box height over layout height).
      const sizes = [...document.querySelectorAll<HTMLElement>('.reveal .slides section li, .reveal .slides section p')]
        .filter((e) => e.offsetHeight > 0 && !e.closest('aside.notes'))
        .map((e) => parseFloat(getComputedStyle(e).fontSize) * (e.getBoundingClientRect().height / e.offsetHeight));
      return Math.min(...sizes);
    });
    expect(smallest).toBeGreaterThanOrEqual(16);
    // Charts and the timeline too: their 28-unit text, as drawn on the phone.
    const smallestSvgText = await page.evaluate(() =>
      Math.min(
        ...[...document.querySelectorAll<SVGSVGElement>('.reveal .slides svg.deck-svg')]
          .filter((svg) => svg.getBoundingClientRect().width > 0)
          .map((svg) => (28 * svg.getBoundingClientRect().width) / svg.viewBox.baseVal.width),
      ),
    );
    expect(smallestSvgText).toBeGreaterThanOrEqual(14);
    await page.close();
  });
});
