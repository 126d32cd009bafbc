// reveal's code line highlights in steps (```js [1|2]) in the built deck, in real Chromium: lines
// numbered, the first step marked, each further step one press of the right arrow.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/node/chromium.js';
import { buildFixture } from '../_support/built-fixture.js';
import { openDeck } from '../_support/deck-page.js';
import { serveStatic, type StaticServer } from '../_support/static-server.js';

let browser: Browser;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  server = await serveStatic(await buildFixture('tests/fixtures/decks/reveal-md/talk.md', 'code-steps-'));
  browser = await launchChromium();
  ({ page } = await openDeck(browser, `${server.url}index.html#/talk-2`));
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const lines = () =>
  page.$$eval('section.present pre code .code-line', (spans) =>
    spans.map((s) => `${s.getAttribute('data-line')}${s.classList.contains('highlight-line') ? '*' : ''}`),
  );

describe('code line highlights in steps', () => {
  it('numbers the lines, marks step 1, then step 2 on the next press, and back', async () => {
    await page.waitForFunction(() => document.querySelector('section.present code[data-steps-ready]'));
    expect(await lines()).toEqual(['1*', '2']);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('section.present .code-line[data-line="2"].highlight-line'));
    expect(await lines()).toEqual(['1', '2*']);
    expect(await page.evaluate(() => window.deck.getCurrentSlide().id)).toBe('talk-2');
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => document.querySelector('section.present .code-line[data-line="1"].highlight-line'));
    expect(await lines()).toEqual(['1*', '2']);
  });

  it('keeps the colours made at build time and the code text', async () => {
    const code = await page.$eval('section.present pre code', (c) => ({
      text: c.textContent,
      coloured: c.querySelectorAll('span[style*="color"]').length,
    }));
    expect(code.text).toBe('let a = 1;\nlet b = 2;\n');
    expect(code.coloured).toBeGreaterThan(0);
  });
});
