// The differential suite: each corpus input rendered by reveal.js's own Markdown plugin in
// Chromium and by our pipeline must give the same slides, or be a listed deliberate difference.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/node/chromium.js';
import { CORPUS } from './corpus.js';
import { DELIBERATE_DIFFERENCES, OPEN_BUGS } from './deliberate-differences.js';
import { NORMALISATIONS, normalise, printTree } from './normalise.js';
import { preparePage, renderByReveal, renderByUs } from './render-both.js';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
  await preparePage(page);
});

afterAll(async () => {
  await browser?.close();
});

describe('reveal.js Markdown compatibility', () => {
  it('compares at least 40 inputs, after the named normalisations', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CORPUS.map((c) => c.name)).size).toBe(CORPUS.length);
    expect(NORMALISATIONS.length).toBeGreaterThan(0);
  });

  it('lists only differences of inputs in the corpus', () => {
    const names = new Set(CORPUS.map((c) => c.name));
    expect(Object.keys({ ...DELIBERATE_DIFFERENCES, ...OPEN_BUGS }).filter((name) => !names.has(name))).toEqual([]);
  });

  it.each(CORPUS.map((c) => [c.name, c] as const))('%s', async (name, { markdown }) => {
    const reference = printTree(normalise(await renderByReveal(page, markdown)));
    const ours = await renderByUs(page, markdown);
    expect(ours.errors).toEqual([]);
    const actual = printTree(normalise(ours.slides));
    const listed = DELIBERATE_DIFFERENCES[name] ?? OPEN_BUGS[name];
    if (listed) {
      // A listed difference that no longer occurs must leave the list (and AUTHORING.md).
      expect(actual, `listed as deliberate ("${listed}") but now identical to reveal.js`).not.toBe(reference);
    } else {
      expect(actual).toBe(reference);
    }
  });
});
