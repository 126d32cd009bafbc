// Edit → visible in the dev server: a slide edit that adds no new character sends the slides
// only (not the fonts), keeps slide and fragment, and shows in the page quickly — timed in real
// Chromium from the file write to the DOM change.

import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixtureDeck, startDevServer } from '../_support/dev-server.js';
import { launchChromium } from '../../src/node/chromium.js';
import { deckState, openDeck } from '../_support/deck-page.js';

let browser: Browser;
let server: ViteDevServer;
let slidesDir: string;
let page: Page;
/** Messages on the page's socket: which carried fonts, and their text. */
const messages: { fonts: boolean; text: string }[] = [];
const fontMessages = () => messages.filter((m) => m.fonts);
/** The fixture's slide file as it was before any edit. */
let original: string;

/** Writes the slide file with `item` as slide 2's first point and resolves with the ms until the page shows it. */
async function timedEdit(item: string): Promise<number> {
  // The page notes the wall clock when the heading changes; the same clock as the write's here.
  await page.evaluate((expected) => {
    const w = window as unknown as { shownAt?: number };
    w.shownAt = undefined;
    const observer = new MutationObserver(() => {
      if (document.querySelector('.reveal .slides section.present li')?.textContent === expected) {
        w.shownAt = Date.now();
        observer.disconnect();
      }
    });
    observer.observe(document.querySelector('.reveal .slides')!, { subtree: true, childList: true, characterData: true });
  }, item);
  const writtenAt = Date.now();
  await writeFile(join(slidesDir, '01-intro.md'), original.replace('* 第一点', `* ${item}`));
  const shownAt = await page.waitForFunction(() => (window as unknown as { shownAt?: number }).shownAt, undefined, { timeout: 15_000 });
  return Number(await shownAt.jsonValue()) - writtenAt;
}

beforeAll(async () => {
  slidesDir = await copyFixtureDeck('small', 'deck-dev-timing-');
  original = await readFile(join(slidesDir, '01-intro.md'), 'utf8');
  let url: string;
  ({ server, url } = await startDevServer(slidesDir));
  browser = await launchChromium();
  ({ page } = await openDeck(browser, url, (opening) =>
    opening.on('websocket', (socket) =>
      socket.on('framereceived', ({ payload }) => {
        messages.push({ fonts: String(payload).includes('@font-face'), text: String(payload) });
      }),
    ),
  ));
  // Timed once the page follows the edits (its updates module loads once slide 1 shows, then says hello).
  await page.waitForSelector('html[data-deck-live]', { state: 'attached', timeout: 15_000 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(slidesDir, { recursive: true, force: true });
});

describe('dev server, edit → visible', () => {
  it('sends only the slides for an edit with no new character, on the same slide and fragment, quickly', async () => {
    await page.evaluate(() => window.deck.slide(1, 0, 0));
    const before = await deckState(page);
    // Points written in characters the deck already has: the fonts stay as they are.
    const items = ['第二点', '第一页', '第二页的备注', '第三页', '讲两点', '第一点', '小演示'];
    const times: number[] = [];
    for (const item of items) times.push(await timedEdit(item));
    times.sort((a, b) => a - b);
    const median = times[times.length >> 1]!;
    console.log(`edit → visible: median ${median} ms (${times.join(', ')} ms)`);
    expect(fontMessages()).toEqual([]);
    expect(await deckState(page)).toEqual(before);
    // The target is 100 ms (DECK_EDIT_BUDGET_MS=100 on a quiet machine: 68 ms measured); by default
    // a bound a loaded machine running the whole suite still meets, which a font reload per edit did not.
    expect(median).toBeLessThanOrEqual(Number(process.env.DECK_EDIT_BUDGET_MS ?? 400));
  });

  it('sends new fonts when an edit brings a character the fonts lack', { timeout: 90_000 }, async () => {
    await writeFile(join(slidesDir, '01-intro.md'), original.replace('* 第一点', '* 鳄鱼'));
    // Subsetting for a new character set may take seconds on a busy machine.
    await expect.poll(() => page.locator('.reveal .slides section.present li').first().textContent(), { timeout: 60_000 }).toBe('鳄鱼');
    // The fonts came with the slides that need them: the new characters never show in another face.
    expect(messages.filter((m) => m.text.includes('鳄鱼')).map((m) => m.fonts)).toEqual([true]);
  });
});
