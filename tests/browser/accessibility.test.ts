// axe-core finds nothing on any slide of the real talk, nor in reader mode; reduced motion turns
// transitions off.

import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/node/chromium.js';
import { runAxe, type AxeViolation } from '../_support/axe.js';
import { openDeck } from '../_support/deck-page.js';
import { DIST_DIR } from '../_support/project.js';

let browser: Browser;
const deckUrl = pathToFileURL(`${DIST_DIR}/index.html`).href;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => browser?.close());

describe('accessibility', () => {
  it('has no axe violations on any slide', async () => {
    // Reduced motion: fragments are measured at full opacity, not mid-fade.
    const context = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(deckUrl);
    await page.waitForSelector('.reveal.ready');
    const total = await page.evaluate(() => window.deck.getTotalSlides());
    const found: (AxeViolation & { slide: number })[] = [];
    for (let i = 0; i < total; i++) {
      await page.evaluate((index) => window.deck.slide(index, 0, 999), i);
      found.push(...(await runAxe(page)).map((v) => ({ ...v, slide: i + 1 })));
    }
    expect(total).toBeGreaterThan(0);
    expect(found).toEqual([]);
    await context.close();
  });

  it('has no axe violations in reader mode', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    await page.goto(`${deckUrl}?reader`);
    await page.waitForSelector('html[data-reader-ready]');
    expect(await runAxe(page)).toEqual([]);
    await page.close();
  });

  it('turns transitions off when the reader prefers reduced motion', async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(deckUrl);
    await page.waitForSelector('.reveal.ready');
    expect(await page.evaluate(() => window.deck.getConfig().transition)).toBe('none');
    await context.close();
  });

  it('gives every slide a heading and the page its language', async () => {
    const { page } = await openDeck(browser, deckUrl);
    const withoutHeading = await page.$$eval('.reveal .slides section:not(.stack)', (sections) =>
      sections.filter((s) => !s.querySelector('h1, h2, h3')).map((s) => s.id),
    );
    expect(withoutHeading).toEqual([]);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await page.close();
  });
});
