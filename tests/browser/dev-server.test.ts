// The dev server: edits update the open deck in place, bad edits show an overlay and never kill
// the server, added or deleted slide files are picked up, and nothing in the slides folder — a
// folder named like a slide, a dangling link, a link loop, a binary file, the folder deleted and
// made again — stops it: each shows an overlay naming the file, the next good state recovers.

import { cp, mkdir, mkdtemp, readFile, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixtureDeck, startDevServer } from '../_support/dev-server.js';
import { launchChromium } from '../../src/node/chromium.js';
import { deckState, openDeck } from '../_support/deck-page.js';
import { DEV_CLIENT_URL } from '../../src/bundle/dev-client-plugin.js';
import { DEV_UPDATES_URL } from '../../src/bundle/dev-page.js';
import { SETTLE_MS } from '../../src/bundle/dev-watch.js';
import { DECK_FONTS_ID, DECK_SETTINGS_ID } from '../../src/client/client-deck.js';

/** The page's updates module, as a route pattern. */
const DEV_UPDATES_PATTERN = (url: URL) => url.pathname === DEV_UPDATES_URL;

let browser: Browser;
let server: ViteDevServer;
let slidesDir: string;
let page: Page;

const totalSlides = (p: Page) => p.evaluate(() => window.deck.getTotalSlides());
const headingText = (p: Page) => p.locator('.reveal .slides section.present h2').first().textContent();

async function edit(file: string, change: (text: string) => string): Promise<void> {
  const path = join(slidesDir, file);
  await writeFile(path, change(await readFile(path, 'utf8')));
}

beforeAll(async () => {
  slidesDir = await copyFixtureDeck('small');
  let url: string;
  ({ server, url } = await startDevServer(slidesDir));
  browser = await launchChromium();
  ({ page } = await openDeck(browser, url));
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

  it('carries the deck in the page — slides, settings, fonts — and shows slide 1 while Vite’s modules are held back', async () => {
    const base = server.resolvedUrls!.local[0]!;
    const html = await (await fetch(base)).text();
    expect(html).toContain('没有动画的列表');
    expect(html).toMatch(new RegExp(`<script type="application/json" id="${DECK_SETTINGS_ID}" data-key="[\\w-]+">`));
    expect(html).toMatch(new RegExp(`<style id="${DECK_FONTS_ID}" data-key="[\\w-]+">@font-face\\{[^<]*data:font/woff2;base64,`));
    // Nothing of Vite's answers until slide 1 is shown: the page needs none of it.
    const held: string[] = [];
    const { page: fresh } = await openDeck(browser, base, (opening) => {
      void opening.route(
        (url) => url.pathname.startsWith('/@') && url.pathname !== DEV_CLIENT_URL,
        (route) => void held.push(route.request().url()),
      );
      void opening.route(DEV_UPDATES_PATTERN, (route) => void held.push(route.request().url()));
    });
    expect(await totalSlides(fresh)).toBe(4);
    await expect.poll(() => held.map((url) => new URL(url).pathname)).toContain(DEV_UPDATES_URL);
    await fresh.close();
  });

  it('sends the slides once: the page carries them on load, one message on the socket after each edit, none for a save that changes nothing', async () => {
    const carrying: string[] = [];
    const pending: Promise<void>[] = [];
    const { page: fresh } = await openDeck(browser, server.resolvedUrls!.local[0]!, (opening) => {
      opening.on('response', (response) => {
        pending.push(
          response.text().then(
            (body) => {
              if (body.includes('没有动画的列表')) carrying.push(new URL(response.url()).pathname);
            },
            () => undefined,
          ),
        );
      });
      opening.on('websocket', (socket) =>
        socket.on('framereceived', ({ payload }) => {
          if (String(payload).includes('没有动画的列表')) carrying.push('socket');
        }),
      );
    });
    await Promise.all(pending);
    expect(carrying).toEqual(['/']);
    // The page follows the edits once its hello is answered (an edit before that comes with the answer).
    await fresh.waitForSelector('html[data-deck-live]', { state: 'attached', timeout: 15_000 });
    await edit('01-intro.md', (t) => t.replace('- 没有动画的列表', '- 没有动画的列表。'));
    await expect.poll(() => fresh.locator('.reveal .slides').textContent(), { timeout: 15_000 }).toContain('没有动画的列表。');
    await Promise.all(pending);
    expect(carrying).toEqual(['/', 'socket']);
    // A save that changes nothing sends nothing: the next edit's message is the only one more. The
    // next edit waits until the save has long been rendered, so the two are never taken as one burst.
    await edit('01-intro.md', (t) => t);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS * 30));
    await edit('01-intro.md', (t) => t.replace('- 没有动画的列表。', '- 没有动画的列表'));
    await expect.poll(() => fresh.locator('.reveal .slides').textContent(), { timeout: 15_000 }).not.toContain('没有动画的列表。');
    expect(carrying).toEqual(['/', 'socket', 'socket']);
    await fresh.close();
  });

  it('brings a page up to date that opened while an edit was being saved', async () => {
    // The page's deck is held at the state it was made in, its line to the server comes later.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const fresh = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await fresh.route(DEV_UPDATES_PATTERN, async (route) => {
      await released;
      await route.continue();
    });
    await fresh.goto(server.resolvedUrls!.local[0]!);
    await fresh.waitForSelector('.reveal.ready', { timeout: 15_000 });
    await edit('01-intro.md', (t) => t.replace('## 第三页', '## 第三页（打开时改的）'));
    await expect.poll(async () => (await (await fetch(server.resolvedUrls!.local[0]!)).text()).includes('第三页（打开时改的）'), { timeout: 15_000 }).toBe(true);
    expect(await fresh.locator('.reveal .slides').textContent()).not.toContain('第三页（打开时改的）');
    release();
    await expect.poll(() => fresh.locator('.reveal .slides').textContent(), { timeout: 15_000 }).toContain('第三页（打开时改的）');
    await fresh.close();
    await edit('01-intro.md', (t) => t.replace('## 第三页（打开时改的）', '## 第三页'));
  });

  it('updates an edited slide in place, on the same slide and fragment, without reloading', async () => {
    await page.evaluate(() => {
      window.deck.slide(1, 0, 0);
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
    await expect
      .poll(async () => (await overlay.count()) > 0 && ((await overlay.evaluate((o) => o.shadowRoot?.textContent ?? '')) ?? ''), {
        timeout: 15_000,
      })
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

  it('shows the problem to a page opened while the deck has one, and the deck once it is fixed', async () => {
    const broken = join(slidesDir, '05-broken.md');
    await writeFile(broken, '<!-- .slide: layout="colums" -->\n\n## 坏的一页\n');
    await expect.poll(async () => (await (await fetch(server.resolvedUrls!.local[0]!)).text()).includes('deck-settings'), { timeout: 15_000 }).toBe(false);
    const fresh = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await fresh.goto(server.resolvedUrls!.local[0]!);
    const overlay = fresh.locator('vite-error-overlay');
    await expect
      .poll(async () => (await overlay.count()) > 0 && (await overlay.evaluate((o) => o.shadowRoot?.textContent ?? '')), { timeout: 15_000 })
      .toMatch(/05-broken\.md:\d+:\d+: unknown layout "colums"/);
    await unlink(broken);
    await fresh.waitForSelector('.reveal.ready', { timeout: 15_000 });
    expect(await totalSlides(fresh)).toBe(4);
    expect(await overlay.count()).toBe(0);
    await fresh.close();
  });

  it('picks up an added and a deleted slide file', async () => {
    await writeFile(join(slidesDir, '03-extra.md'), '## 新增的一页\n\nNote:\n新文件的备注。\n');
    await expect.poll(() => totalSlides(page), { timeout: 15_000 }).toBe(5);
    await unlink(join(slidesDir, '03-extra.md'));
    await expect.poll(() => totalSlides(page), { timeout: 15_000 }).toBe(4);
  });

  const overlayText = async () => {
    const overlay = page.locator('vite-error-overlay');
    return (await overlay.count()) > 0 ? ((await overlay.evaluate((o) => o.shadowRoot?.textContent ?? '')) ?? '') : '';
  };

  /** Waits for the overlay to name `pattern`, checks the server still answers, then undoes and waits for recovery. */
  async function survives(pattern: RegExp, undo: () => Promise<void>): Promise<void> {
    await expect.poll(overlayText, { timeout: 15_000 }).toMatch(pattern);
    expect((await fetch(server.resolvedUrls!.local[0]!)).status).toBe(200);
    await undo();
    await expect.poll(() => page.locator('vite-error-overlay').count(), { timeout: 15_000 }).toBe(0);
    await expect.poll(() => totalSlides(page), { timeout: 15_000 }).toBe(4);
  }

  /** Removes `file` and waits until the deck is back to its four slides with no overlay. */
  async function survivesRemoval(file: string): Promise<void> {
    await rm(file, { force: true });
    await expect.poll(() => page.locator('vite-error-overlay').count(), { timeout: 15_000 }).toBe(0);
    await page.waitForSelector('.reveal.ready', { timeout: 15_000 });
    await expect.poll(() => totalSlides(page), { timeout: 15_000 }).toBe(4);
  }

  it('survives a folder named like a slide file', async () => {
    await mkdir(join(slidesDir, '06-drafts.md'));
    await survives(/06-drafts\.md:1:1: this is a folder named like a slide file/, () =>
      rm(join(slidesDir, '06-drafts.md'), { recursive: true }),
    );
  });

  it('survives a dangling symbolic link', async () => {
    await symlink(join(slidesDir, 'nowhere.md'), join(slidesDir, '07-gone.md'));
    await survives(/07-gone\.md:1:1: this file is a symbolic link to a file that does not exist/, () =>
      unlink(join(slidesDir, '07-gone.md')),
    );
  });

  it('survives a symbolic link loop', async () => {
    await symlink(join(slidesDir, '08-b.md'), join(slidesDir, '08-a.md'));
    await symlink(join(slidesDir, '08-a.md'), join(slidesDir, '08-b.md'));
    await survives(/08-a\.md:1:1: this file is a symbolic link that loops back on itself/, async () => {
      await unlink(join(slidesDir, '08-a.md'));
      await unlink(join(slidesDir, '08-b.md'));
    });
  });

  it('survives a binary file', async () => {
    await writeFile(
      join(slidesDir, '09-image.md'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xfe, 0x00]),
    );
    await survives(/09-image\.md:\d+:\d+: /, () => unlink(join(slidesDir, '09-image.md')));
  });

  it('survives the slides folder deleted and made again', async () => {
    const saved = await mkdtemp(join(tmpdir(), 'deck-dev-saved-'));
    await cp(slidesDir, saved, { recursive: true });
    await rm(slidesDir, { recursive: true });
    await survives(/deck\.yaml:\d+:\d+: /, async () => {
      await mkdir(slidesDir);
      await cp(saved, slidesDir, { recursive: true });
    });
    await rm(saved, { recursive: true, force: true });
  });

  it('updates the page’s title and the deck when deck.yaml’s title changes', async () => {
    await edit('deck.yaml', (t) => t.replace(/^title: .*$/m, 'title: 改过的标题'));
    await expect.poll(() => page.title(), { timeout: 15_000 }).toBe('改过的标题');
    await page.waitForSelector('.reveal.ready', { timeout: 15_000 });
    await expect
      .poll(() => page.evaluate(() => document.querySelectorAll('.reveal .slides section').length), { timeout: 15_000 })
      .toBeGreaterThan(0);
  });

  it('never runs a script written in a slide, even after a reload (Vite never sees the slides’ HTML)', async () => {
    const file = join(slidesDir, '10-script.md');
    await writeFile(
      file,
      '## 脚本页\n\n<script type="module">window.devModuleRan = true;</script>\n\n<script>window.devInlineRan = true;</script>\n\nNote:\n备注。\n',
    );
    // Either the slide joins the deck, or (where scripts in slides are refused) the overlay names it.
    const joinedOrRefused = async () =>
      /10-script\.md:\d+:\d+: .*script/.test(await overlayText())
        ? 'refused'
        : (await totalSlides(page).catch(() => 0)) === 5
          ? 'joined'
          : '';
    await expect.poll(joinedOrRefused, { timeout: 15_000 }).not.toBe('');
    await page.reload();
    await page.waitForSelector('.reveal.ready, vite-error-overlay', { timeout: 15_000 });
    expect(
      await page.evaluate(() => {
        const w = window as unknown as Record<string, unknown>;
        return { module: w.devModuleRan === true, inline: w.devInlineRan === true };
      }),
    ).toEqual({ module: false, inline: false });
    await survivesRemoval(file);
  });
});
