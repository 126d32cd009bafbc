// The dev server: edits update the open deck in place, bad edits show an overlay and never kill
// the server, and added or deleted slide files are picked up.

import { cp, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/bundle/browser.js';
import { deckViteConfig } from '../../src/bundle/vite-config.js';
import { deckState, openDeck } from '../_support/deck-page.js';
import { PROJECT_ROOT } from '../_support/project.js';

let browser: Browser;
let server: ViteDevServer;
let slidesDir: string;
let page: Page;

const totalSlides = (p: Page) => p.evaluate(() => (window as unknown as { deck: { getTotalSlides(): number } }).deck.getTotalSlides());
const headingText = (p: Page) => p.locator('.reveal .slides section.present h2').first().textContent();

async function edit(file: string, change: (text: string) => string): Promise<void> {
  const path = join(slidesDir, file);
  await writeFile(path, change(await readFile(path, 'utf8')));
}

beforeAll(async () => {
  slidesDir = await mkdtemp(join(tmpdir(), 'deck-dev-'));
  await cp(join(PROJECT_ROOT, 'tests/fixtures/decks/small'), slidesDir, { recursive: true });
  server = await createServer({ ...deckViteConfig({ projectRoot: PROJECT_ROOT, slidesDir }), configFile: false, logLevel: 'silent', server: { host: '127.0.0.1', port: 0 } });
  await server.listen();
  browser = await launchChromium();
  ({ page } = await openDeck(browser, server.resolvedUrls!.local[0]!));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(slidesDir, { recursive: true, force: true });
});

describe('dev server', () => {
  it('serves the deck with the slides from the slides folder', async () => {
    expect(await totalSlides(page)).toBe(4);
  });

  it('updates an edited slide in place, on the same slide and fragment, without reloading', async () => {
    await page.evaluate(() => {
      (window as unknown as { deck: { slide(h: number, v: number, f: number): void } }).deck.slide(1, 0, 0);
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
    });
    const before = await deckState(page);
    expect(before.f).toBe(0);
    await edit('01-intro.md', (t) => t.replace('## 第二页', '## 第二页（已修改）'));
    await expect.poll(() => headingText(page), { timeout: 15_000 }).toBe('第二页（已修改）');
    expect(await deckState(page)).toEqual(before);
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  });

  it('keeps the speaker view connected and shows edited notes in it', async () => {
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.locator('body').press('s')]);
    const notes = popup.locator('.sv-notes');
    await expect.poll(async () => (await notes.textContent()) ?? '', { timeout: 15_000 }).toContain('第二页的备注');
    await edit('01-intro.md', (t) => t.replace('第二页的备注，讲两点。', '第二页的备注，已经改过。'));
    await expect.poll(async () => (await notes.textContent()) ?? '', { timeout: 15_000 }).toContain('已经改过');
    await popup.close();
  });

  it('shows a bad edit as an overlay naming file and line, and survives it', async () => {
    await edit('01-intro.md', (t) => t.replace('## 第三页', '<!-- .slide: layout="colums" -->\n\n## 第三页'));
    const overlay = page.locator('vite-error-overlay');
    await expect.poll(async () => (await overlay.count()) > 0 && ((await overlay.evaluate((o) => o.shadowRoot?.textContent ?? '')) ?? ''), { timeout: 15_000 })
      .toMatch(/01-intro\.md:\d+:\d+: unknown layout "colums" — did you mean "columns"\?/);
    const response = await fetch(server.resolvedUrls!.local[0]!);
    expect(response.status).toBe(200);
  });

  it('clears the overlay on the next good edit and keeps the slide', async () => {
    const before = await deckState(page);
    await edit('01-intro.md', (t) => t.replace('layout="colums"', 'layout="bullets"'));
    await expect.poll(() => page.locator('vite-error-overlay').count(), { timeout: 15_000 }).toBe(0);
    await page.waitForSelector('.reveal.ready');
    expect((await deckState(page)).h).toBe(before.h);
  });

  it('picks up an added and a deleted slide file', async () => {
    await writeFile(join(slidesDir, '03-extra.md'), '## 新增的一页\n\nNote:\n新文件的备注。\n');
    await expect.poll(() => totalSlides(page), { timeout: 15_000 }).toBe(5);
    await unlink(join(slidesDir, '03-extra.md'));
    await expect.poll(() => totalSlides(page), { timeout: 15_000 }).toBe(4);
  });
});
