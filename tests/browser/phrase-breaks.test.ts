// Chinese line breaks by phrase, honoured by Chromium: the title "DeepSeek：国产大模型的破局者",
// which broke as "国产⏎大模型", squeezed to every width from 7 em (its longest phrase, "国产大模型的", is 6 em) to 16 em, breaks only between its
// phrases; the browser's own breaking (what the deck did before) breaks inside one.

import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/node/chromium.js';
import type { BadLineBreak } from '../../src/client/probes/page-probe.js';
import { addProbeToNewDocuments } from '../../src/node/page-probe.js';
import { DIST_DIR } from '../_support/project.js';

const TITLE = 'DeepSeek：国产大模型的破局者';
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
  await addProbeToNewDocuments(context);
  page = await context.newPage();
  await page.goto(`${pathToFileURL(`${DIST_DIR}/index.html`).href}?transition=none`);
  await page.waitForSelector('.reveal.ready');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
});

afterAll(async () => browser?.close());

interface Squeezed {
  width: number;
  lines: number;
  breaks: BadLineBreak[];
}

/** The title slide's heading at each width (em), with its `word-break` set to `wordBreak` ('' = the theme's). */
function squeezeTitle(wordBreak: string): Promise<Squeezed[]> {
  return page.evaluate(
    async ({ title, wordBreak }) => {
      window.deck.slide(0, 0);
      const heading = [...document.querySelectorAll<HTMLElement>('section[data-file] h1')].find((h) => h.textContent === title)!;
      heading.style.wordBreak = wordBreak;
      const results = [];
      for (let width = 7; width <= 16; width++) {
        heading.style.width = `${width}em`;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const lineHeight = parseFloat(getComputedStyle(heading).lineHeight);
        const lines = Math.round(heading.getBoundingClientRect().height / window.deck.getScale() / lineHeight);
        results.push({ width, lines, breaks: window.deckProbe.lineBreaks('current').filter((b) => b.element.startsWith('h1')) });
      }
      heading.style.width = '';
      heading.style.wordBreak = '';
      return results;
    },
    { title: TITLE, wordBreak },
  );
}

describe('phrase breaks in Chromium', () => {
  it(`breaks "${TITLE}" only between its phrases, whatever the width`, async () => {
    const squeezed = await squeezeTitle('');
    // The widths do force breaks: two lines, and three at the narrowest.
    expect(squeezed.some((s) => s.lines === 2)).toBe(true);
    expect(squeezed[0]!.lines).toBeGreaterThanOrEqual(3);
    expect(squeezed.filter((s) => s.breaks.length > 0)).toEqual([]);
  });

  it('finds the breaks inside phrases the browser makes by itself (the measurement can fail)', async () => {
    const squeezed = await squeezeTitle('break-all');
    expect(
      squeezed
        .flatMap((s) => s.breaks)
        .filter((b) => b.kind === 'inside-phrase')
        .map((b) => b.text),
    ).toContainEqual(expect.stringMatching(/[国产大模型的破局者]⏎[国产大模型的破局者]/u));
  });
});
