// A slide with an <iframe>, on a phone: reveal.js's scroll view moves every slide into a page of
// its own when it starts, and moving an iframe that is still loading ends the document's load
// there and then — reveal.js's layout on that load ran half-way through building the pages and
// threw (a TypeError in its scroll view). The deck starts once the window has loaded instead.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/node/chromium.js';
import { buildFixture } from '../_support/built-fixture.js';
import { serveStatic, type StaticServer } from '../_support/static-server.js';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(await buildFixture('tests/fixtures/decks/iframe', 'embedded-pages-'));
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a slide with an <iframe>', () => {
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 720 },
  ]) {
    it(`starts without a script error at ${viewport.width} px, every slide in place`, async () => {
      const page = await browser.newPage({ viewport });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      // The embedded page takes a while, as a real one may: it is still loading when the deck starts.
      await page.route('**/page.html', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await route.fulfill({ contentType: 'text/html', body: '<p>嵌入的页面</p>' });
      });
      await page.goto(`${server.url}index.html`);
      await page.waitForSelector('.reveal.ready', { timeout: 15_000 });
      await page.waitForFunction(() => document.readyState === 'complete');
      expect(errors).toEqual([]);
      expect(await page.evaluate(() => window.deck.getTotalSlides())).toBe(2);
      // The phone's scroll view has a page for each slide.
      if (viewport.width < 435) expect(await page.locator('.scroll-page').count()).toBe(2);
      await page.close();
    });
  }
});
