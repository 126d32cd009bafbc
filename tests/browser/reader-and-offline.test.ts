// The reader alone: the single-file deck, reader mode, search in Chinese, stable addresses.

import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/node/chromium.js';
import type { DeckBuild } from '../../src/pipeline.js';
import { deckState, openDeck } from '../_support/deck-page.js';
import { DIST_DIR, loadRealDeck } from '../_support/project.js';

let browser: Browser;
let deck: DeckBuild;
const fileUrl = (name: string) => pathToFileURL(`${DIST_DIR}/${name}`).href;

beforeAll(async () => {
  browser = await launchChromium();
  deck = await loadRealDeck();
});

afterAll(async () => browser?.close());

describe('the single-file deck', () => {
  it('shows every slide from one file with no request beyond the file itself', async () => {
    const url = fileUrl(`${deck.model!.config.slug}.html`);
    const { page, requests } = await openDeck(browser, url);
    expect(requests.filter((r) => r !== url && !r.startsWith('data:'))).toEqual([]);
    expect(await page.evaluate(() => window.deck.getTotalSlides())).toBe(deck.rendered!.slides.length);
    // Its fonts are inside it: the deck's face is loaded, not a system one.
    expect(await page.evaluate(() => document.fonts.check('700 40px "Noto Sans SC Subset"', '破局'))).toBe(true);
    await page.close();
  });
});

describe('reader mode', () => {
  it('shows every slide with its notes beneath it, as one page', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    await page.goto(`${fileUrl('index.html')}?reader`);
    await page.waitForSelector('html[data-reader-ready]');
    const items = await page.$$eval('.reader-item', (nodes) =>
      nodes.map((n) => ({
        id: n.id,
        title: n.querySelector('h1, h2')?.textContent ?? '',
        notes: n.querySelector('.reader-notes')?.textContent ?? '',
      })),
    );
    expect(items.map((i) => i.id)).toEqual(deck.rendered!.slides.map((s) => s.id));
    for (const [i, slide] of deck.rendered!.slides.entries()) {
      expect(items[i]!.title).toBe(slide.title);
      expect(items[i]!.notes.replace(/\s+/g, '')).toBe(slide.notes.replace(/\s+/g, ''));
    }
    await page.close();
  });

  it('is toggled with R at the current slide, and back', async () => {
    const { page } = await openDeck(browser, `${fileUrl('index.html')}#/02-accumulation-3`);
    await page.locator('body').press('r');
    await page.waitForSelector('html[data-reader-ready]');
    expect(page.url()).toContain('?reader#02-accumulation-3');
    await page.click('.reader-toggle');
    await page.waitForSelector('.reveal.ready');
    expect((await deckState(page)).id).toBe('02-accumulation-3');
    await page.close();
  });
});

describe('search', () => {
  it('finds a Chinese phrase and goes to its slide', async () => {
    const { page } = await openDeck(browser, `${fileUrl('index.html')}?transition=none`);
    const target = deck.rendered!.slides.find((s) => s.html.includes('萤火二号') && !s.html.startsWith('<section id="00'))!;
    await page.keyboard.press('Control+Shift+F');
    await page.locator('.reveal input[type="search"], #searchinput, .searchbox input').first().fill('萤火二号');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await deckState(page)).id).toBe(target.id);
    await page.close();
  });
});
