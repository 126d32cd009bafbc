// The built talk (dist/, built by the global set-up) within its weight budget, bench/budget.json.
// Bytes only: they are stable. Times are printed by `npm run bench`, never asserted.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/node/chromium.js';
import { overBudget, parseBudget, type Budget } from '../../src/bench/budget.js';
import { measureBuiltDeck, sizeFigures, type BuiltDeckSizes } from '../../src/bench/measure-dist.js';
import { DIST_DIR, loadRealDeck, PROJECT_ROOT } from '../_support/project.js';
import { serveStatic } from '../_support/static-server.js';

const BUDGET_FILE = join(PROJECT_ROOT, 'bench/budget.json');
const FONT_CACHE = join(PROJECT_ROOT, 'node_modules/.cache/deck-fonts');

let budget: Budget;
let sizes: BuiltDeckSizes;

beforeAll(async () => {
  budget = parseBudget(JSON.parse(readFileSync(BUDGET_FILE, 'utf8')), 'bench/budget.json');
  const slug = (await loadRealDeck()).model!.config.slug;
  sizes = await measureBuiltDeck(DIST_DIR, slug, { fontCacheDir: FONT_CACHE });
}, 120_000);

describe('the built talk fits its budget', () => {
  it('slide 1, the whole deck, the single-file deck and the fonts are all within bench/budget.json', ({ annotate }) => {
    const figures = sizeFigures(sizes);
    void annotate(JSON.stringify(figures));
    expect(overBudget(figures, budget)).toEqual([]);
  });

  it('counts what slide 1 needs: the page, its script and style sheet, with the fonts inlined', () => {
    const files = sizes.slideOne.files.map((f) => f.path);
    expect(files[0]).toBe('index.html');
    expect(files.some((f) => f.endsWith('.js'))).toBe(true);
    expect(files.some((f) => f.endsWith('.css'))).toBe(true);
    // two weights, inlined as data: URLs
    expect(sizes.slideOne.fonts).toHaveLength(2);
    expect(sizes.slideOne.byType.fonts.gzip).toBeGreaterThan(50_000);
    expect(sizes.fonts.ratio).toBeGreaterThan(1);
  });

  it('measures slide 1 against its physical limit: fonts, page and reveal.js core, all inside what slide 1 loads', () => {
    const { limit, slideOne } = sizes;
    expect(limit.fonts).toBe(slideOne.byType.fonts.gzip);
    expect(limit.html).toBe(slideOne.byType.html.gzip);
    // reveal.js's own minified script and style sheet: tens of KB, and less than our script and style sheet carry
    expect(limit.revealCore).toBeGreaterThan(20_000);
    expect(limit.revealCore).toBeLessThan(slideOne.byType.js.gzip + slideOne.byType.css.gzip);
    expect(limit.total).toBeLessThan(slideOne.total.gzip);
  });

  it('the bytes counted for slide 1 are the files Chromium fetches to show it', async () => {
    const server = await serveStatic(DIST_DIR);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const fetched: string[] = [];
      page.on('request', (request) => {
        if (request.url().startsWith(server.url)) fetched.push(decodeURI(request.url().slice(server.url.length)).split(/[?#]/)[0]!);
      });
      await page.goto(`${server.url}index.html`);
      await page.waitForSelector('.reveal.ready', { timeout: 20_000 });
      await page.evaluate(() => document.fonts.ready);
      expect(new Set(fetched)).toEqual(new Set(sizes.slideOne.files.map((f) => f.path)));
    } finally {
      await browser.close();
      await server.close();
    }
  }, 60_000);
});

describe('bench/budget.json', () => {
  it('gives the issue’s limits, each with a reason', () => {
    expect(budget.slideOneGzip.max).toBeLessThanOrEqual(300_000);
    expect(budget.deckGzip.max).toBeLessThanOrEqual(500_000);
    expect(budget.fontsToSingleSubset.max).toBeLessThanOrEqual(1.25);
    expect(budget.slideOneToLimit.max).toBeLessThanOrEqual(1.1);
    for (const limit of Object.values(budget)) expect(limit.why.length).toBeGreaterThan(40);
  });
});
