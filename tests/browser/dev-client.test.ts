// The dev server's bundled client in real Chromium: the page loads one module (no main.ts, no
// reveal.js of its own), the deck works and updates in place, and a change to a client source is
// bundled again and reloads the page — never served stale — as is the next start.

import { appendFile, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_CLIENT_URL } from '../../src/bundle/dev-client-plugin.js';
import { DEV_UPDATES_URL } from '../../src/bundle/dev-page.js';
import { launchChromium } from '../../src/node/chromium.js';
import { copyClient, type ClientCopy } from '../_support/client-copy.js';
import { deckState, openDeck } from '../_support/deck-page.js';
import { copyFixtureDeck, startDevServer } from '../_support/dev-server.js';

let browser: Browser;
let server: ViteDevServer | undefined;
let copy: ClientCopy;
let slidesDir: string;
let page: Page;
let requests: string[];

const start = async () => {
  const started = await startDevServer(slidesDir, { clientDir: copy.clientDir, devClientCacheDir: copy.spareDir });
  server = started.server;
  return started.url;
};
const marker = (p: Page) => p.evaluate(() => (window as unknown as { deckTestMarker?: string }).deckTestMarker ?? null);

beforeAll(async () => {
  [copy, slidesDir] = await Promise.all([copyClient(), copyFixtureDeck('small', 'deck-dev-client-')]);
  const url = await start();
  browser = await launchChromium();
  ({ page, requests } = await openDeck(browser, url));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await Promise.all([copy?.remove(), rm(slidesDir, { recursive: true, force: true })]);
});

describe('dev server, bundled client', () => {
  it('serves the deck from one bundled module: no main.ts, no client module or reveal.js of its own', async () => {
    const paths = requests.map((url) => new URL(url).pathname);
    expect(paths).toContain(DEV_CLIENT_URL);
    // The client's folder's modules the page asks for are its line to the server (and the names it shares), through Vite.
    expect(paths.filter((path) => /\.ts$|reveal|\.css$/.test(path) && ![DEV_UPDATES_URL, '/client-deck.ts'].includes(path))).toEqual([]);
    expect(await page.evaluate(() => window.deck.getTotalSlides())).toBe(4);
    // The page as the plugins' hooks make it: the bundle, the deck's title, no module of Vite's own.
    const html = await (await fetch(server!.resolvedUrls!.local[0]!)).text();
    expect(html).not.toContain('/@vite/client');
    expect(html).toContain(`<script type="module" src="${DEV_CLIENT_URL}"></script>`);
    expect(html).toContain('<title>测试用的小演示</title>');
    // Styled by the bundle's styles: the theme's canvas, not the browser's default.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.reveal')!).position)).not.toBe('static');
  });

  it('serves Vite’s client without a source map', async () => {
    const base = server!.resolvedUrls!.local[0]!;
    const client = await (await fetch(new URL('/@vite/client', base))).text();
    expect(client).toContain('createHotContext');
    expect(client).not.toContain('sourceMappingURL');
  });

  it('updates an edited slide in place on the same slide', async () => {
    await page.evaluate(() => window.deck.slide(1, 0, 0));
    const before = await deckState(page);
    const file = join(slidesDir, '01-intro.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('## 第二页', '## 第二页（改过）'));
    await expect.poll(() => page.locator('.reveal .slides section.present h2').first().textContent(), { timeout: 15_000 }).toBe('第二页（改过）');
    expect(await deckState(page)).toEqual(before);
  });

  it('bundles a changed client source again and reloads the page with it', async () => {
    expect(await marker(page)).toBeNull();
    await appendFile(join(copy.clientDir, 'main.ts'), "\n(window as unknown as { deckTestMarker: string }).deckTestMarker = 'changed';\n");
    await expect.poll(() => marker(page).catch(() => null), { timeout: 30_000 }).toBe('changed');
    await page.waitForSelector('.reveal.ready', { timeout: 15_000 });
  });

  it('serves the changed client on the next start, not the bundle it had cached before', async () => {
    // Changed while no server watches: only the next start's look at the cache can see it.
    await server!.close();
    server = undefined;
    await appendFile(join(copy.clientDir, 'main.ts'), "\n(window as unknown as { deckTestMarker: string }).deckTestMarker = 'changed again';\n");
    const { page: fresh } = await openDeck(browser, await start());
    expect(await marker(fresh)).toBe('changed again');
    await fresh.close();
  });
});

describe('dev server, client as modules (DECK_DEV_CLIENT=modules)', () => {
  it('serves main.ts and its imports as separate modules, and updates an edited slide in place', async () => {
    const dir = await copyFixtureDeck('small', 'deck-dev-modules-');
    const started = await startDevServer(dir, { devClient: 'modules' });
    try {
      const { page: modulesPage, requests: asked } = await openDeck(browser, started.url);
      const paths = asked.map((url) => new URL(url).pathname);
      expect(paths).toContain('/main.ts');
      expect(paths).not.toContain(DEV_CLIENT_URL);
      expect(await modulesPage.evaluate(() => window.deck.getTotalSlides())).toBe(4);
      const file = join(dir, '01-intro.md');
      await writeFile(file, (await readFile(file, 'utf8')).replace('## 第二页', '## 第二页（模块）'));
      await modulesPage.evaluate(() => window.deck.slide(1, 0, 0));
      await expect
        .poll(() => modulesPage.locator('.reveal .slides section.present h2').first().textContent(), { timeout: 15_000 })
        .toBe('第二页（模块）');
      await modulesPage.close();
    } finally {
      await started.server.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
