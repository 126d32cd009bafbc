// The speaker's keys (the speaker view itself is tested in speaker-view.test.ts): reveal.js's keys — help, overview, blackout, jump to slide — plus progress and numbers.

import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/node/chromium.js';
import type { DeckBuild } from '../../src/pipeline.js';
import { deckState, openDeck } from '../_support/deck-page.js';
import { DIST_DIR, loadRealDeck } from '../_support/project.js';

let browser: Browser;
let page: Page;
let deck: DeckBuild;

beforeAll(async () => {
  browser = await launchChromium();
  deck = await loadRealDeck();
  ({ page } = await openDeck(browser, `${pathToFileURL(`${DIST_DIR}/index.html`).href}?transition=none`));
});

afterAll(async () => browser?.close());

describe('keys', () => {
  it('G jumps to a slide by number', async () => {
    await page.locator('body').press('g');
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await deckState(page)).h).toBe(4);
  });

  it('O shows the overview and Esc leaves it', async () => {
    await page.locator('body').press('o');
    await expect.poll(() => page.locator('.reveal.overview').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.reveal.overview').count()).toBe(0);
  });

  it('B blacks the screen out and back', async () => {
    await page.locator('body').press('b');
    await expect.poll(() => page.locator('.reveal.paused').count()).toBe(1);
    await page.keyboard.press('b');
    await expect.poll(() => page.locator('.reveal.paused').count()).toBe(0);
  });

  it('? lists the keyboard shortcuts', async () => {
    await page.locator('body').press('Shift+?');
    await expect.poll(() => page.locator('.reveal-keyboard-help, .r-overlay-help, .overlay-help').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
  });

  it('shows a progress bar and the slide number as current/total', async () => {
    const total = deck.rendered!.slides.length;
    expect(await page.locator('.reveal .progress').isVisible()).toBe(true);
    expect((await page.locator('.reveal .slide-number').textContent())?.replace(/\s/g, '')).toBe(`5/${total}`);
  });
});

describe('touch', () => {
  it('swipes to the next slide on a tablet', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true });
    const tablet = await context.newPage();
    // A slide without fragments, so one swipe is one slide.
    const plain = deck.rendered!.slides.findIndex((s, i) => i > 0 && !s.html.includes('fragment'));
    await tablet.goto(`${pathToFileURL(`${DIST_DIR}/index.html`).href}?transition=none#/${deck.rendered!.slides[plain]!.id}`);
    await tablet.waitForSelector('.reveal.ready');
    const before = await deckState(tablet);
    const cdp = await context.newCDPSession(tablet);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y: 400, id: 1 }] });
    await touch('touchStart', 800);
    for (const x of [780, 700, 600]) await touch('touchMove', x);
    await touch('touchEnd', 600);
    await expect.poll(async () => (await deckState(tablet)).id).toBe(deck.rendered!.slides[plain + 1]!.id);
    expect(before.id).toBe(deck.rendered!.slides[plain]!.id);
    await context.close();
  });
});
