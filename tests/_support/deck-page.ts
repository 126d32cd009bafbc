// Opening the deck in Chromium and asking reveal.js where it is.

import type { Browser, Page } from 'playwright-core';

export interface DeckState {
  id: string;
  h: number;
  v: number;
  f: number | undefined;
}

/**
 * Opens the deck at `url` in a new 1280×720 page and waits until reveal.js is ready; records every
 * request made. `prepare` sees the page before it navigates (to listen to it).
 */
export async function openDeck(
  browser: Browser,
  url: string,
  prepare: (page: Page) => void = () => undefined,
): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  prepare(page);
  await page.goto(url);
  await page.waitForSelector('.reveal.ready', { timeout: 15_000 });
  return { page, requests };
}

export function deckState(page: Page): Promise<DeckState> {
  return page.evaluate(() => {
    const deck = window.deck;
    const { h, v, f } = deck.getIndices();
    return { id: deck.getCurrentSlide().id, h, v, f };
  });
}

export function currentNotes(page: Page): Promise<string> {
  return page.evaluate(() => window.deck.getSlideNotes() ?? '');
}

/** The font family (first of the list) and weight of every element with text of its own under `selector`. */
export function facesOf(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const faces = new Set<string>();
    for (const el of document.querySelectorAll(`${selector}, ${selector} *`)) {
      if (![...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim())) continue;
      const style = getComputedStyle(el);
      faces.add(`${style.fontFamily.split(',')[0]} ${style.fontWeight}`);
    }
    return [...faces];
  }, selector);
}
