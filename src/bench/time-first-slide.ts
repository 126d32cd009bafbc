// Time to first slide ready in Chromium: from navigation start until reveal.js is ready and the
// page's fonts have loaded. Each run opens a fresh browser context, so nothing comes from a cache.

import type { Browser } from 'playwright-core';

declare global {
  interface Window {
    __deckFirstSlideMs?: number;
  }
}

/**
 * Runs in the page before its own scripts: notes the time once both conditions hold. A string, not
 * a function: a TypeScript transform (rolldown's, Vitest's) may wrap inner functions in a helper the page does not have.
 */
const WATCH_FOR_READY = `(() => {
  const observer = new MutationObserver(() => {
    if (!document.querySelector('.reveal.ready')) return;
    observer.disconnect();
    document.fonts.ready.then(() => { window.__deckFirstSlideMs ??= performance.now(); });
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
})();`;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median milliseconds over `runs` loads of `url`. */
export async function timeFirstSlide(browser: Browser, url: string, runs = 5): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    try {
      const page = await context.newPage();
      await page.addInitScript({ content: WATCH_FOR_READY });
      await page.goto(url);
      await page.waitForFunction(() => window.__deckFirstSlideMs !== undefined, undefined, { timeout: 30_000 });
      times.push(await page.evaluate(() => window.__deckFirstSlideMs!));
    } finally {
      await context.close();
    }
  }
  return median(times);
}
