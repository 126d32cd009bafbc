// The built deck in real Chromium: from a static server under a sub-path and from file://.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ICON_FILE } from '../../src/bundle/index-html.js';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/node/chromium.js';
import type { RenderedSlide } from '../../src/render/section.js';
import { currentNotes, deckState, openDeck } from '../_support/deck-page.js';
import { DIST_DIR, loadRealDeck, PROJECT_ROOT } from '../_support/project.js';
import { serveStatic, type StaticServer } from '../_support/static-server.js';

let browser: Browser;
let server: StaticServer;
let slides: RenderedSlide[];

beforeAll(async () => {
  browser = await launchChromium();
  server = await serveStatic(DIST_DIR);
  slides = (await loadRealDeck()).rendered!.slides;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Walks the whole deck with the keyboard ("n" = next step), collecting each slide's id and notes. */
async function walkDeck(page: Page): Promise<{ ids: string[]; notes: Map<string, string> }> {
  const ids: string[] = [];
  const notes = new Map<string, string>();
  await page.locator('body').focus();
  for (let step = 0; step < 500; step++) {
    const { id } = await deckState(page);
    if (ids.at(-1) !== id) {
      ids.push(id);
      notes.set(id, await currentNotes(page));
    }
    const done = await page.evaluate(() => {
      const deck = window.deck;
      return deck.isLastSlide() && !deck.availableFragments().next;
    });
    if (done) break;
    await page.keyboard.press('n');
  }
  return { ids, notes };
}

describe.each([
  ['a static server under a sub-path', () => `${server.url}index.html`],
  ['file://', () => pathToFileURL(`${DIST_DIR}/index.html`).href],
])('built deck opened from %s', (_name, url) => {
  let page: Page;
  let requests: string[];

  beforeAll(async () => {
    ({ page, requests } = await openDeck(browser, url()));
  });

  afterAll(async () => page?.close());

  it('shows every slide, in order, walking with the keyboard', async () => {
    const { ids } = await walkDeck(page);
    expect(ids).toEqual(slides.map((s) => s.id));
  });

  it('gives each slide its speaker notes', async () => {
    await page.evaluate(() => window.deck.slide(0));
    const { notes } = await walkDeck(page);
    for (const slide of slides) {
      const shown = notes.get(slide.id) ?? '';
      expect(shown.replace(/<[^>]+>/g, '').replace(/\s+/g, ''), slide.id).toContain(slide.notes.replace(/\s+/g, '').slice(0, 40));
    }
  });

  it('sets the page language to zh-CN and the title from deck.yaml', async () => {
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.title()).toContain('DeepSeek');
  });

  it('has its icon from assets/favicon.svg, inlined, so no icon request can fail', async () => {
    const icon = await page.getAttribute('link[rel="icon"]', 'href');
    expect(icon).toBe(`data:image/svg+xml;base64,${readFileSync(join(PROJECT_ROOT, ICON_FILE)).toString('base64')}`);
    expect(requests.filter((r) => /favicon/.test(r))).toEqual([]);
  });

  it('makes no request to any other host', () => {
    const origin = new URL(url()).origin;
    const foreign = requests.filter((r) => !r.startsWith('data:') && new URL(r).origin !== origin);
    expect(requests.length).toBeGreaterThan(1);
    expect(foreign).toEqual([]);
  });

  it('opens the speaker view with the current slide and its notes', async () => {
    await page.evaluate(() => window.deck.slide(2));
    const { id } = await deckState(page);
    const expected = slides.find((s) => s.id === id)!;
    expect(expected.notes).not.toBe('');
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    const notesBox = popup.locator('.sv-notes');
    await expect.poll(async () => (await notesBox.textContent()) ?? '', { timeout: 15_000 }).toContain(expected.notes.slice(0, 20));
    // The current slide's iframe shows the same slide.
    const currentFrame = popup.frameLocator('.sv-current iframe');
    await expect
      .poll(async () => (await currentFrame.locator('.present h1, .present h2').first().textContent()) ?? '', { timeout: 15_000 })
      .toBe(expected.title);
    await popup.close();
  });
});
