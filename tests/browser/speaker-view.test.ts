// Our Chinese speaker view (key S): no English label, notes readable whole at 1100×700 and
// 1280×800 on every slide of the talk, both windows in step both ways, from file://, the single
// file and http, and re-attached after the audience page reloads.

import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/node/chromium.js';
import type { DeckBuild } from '../../src/pipeline.js';
import { deckState, openDeck, facesOf } from '../_support/deck-page.js';
import { DIST_DIR, loadRealDeck } from '../_support/project.js';
import { serveStatic, type StaticServer } from '../_support/static-server.js';

let browser: Browser;
let deck: DeckBuild;
let server: StaticServer;

beforeAll(async () => {
  browser = await launchChromium();
  deck = await loadRealDeck();
  server = await serveStatic(DIST_DIR);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openSpeakerView(url: string, size = { width: 1100, height: 700 }): Promise<{ page: Page; popup: Page }> {
  const { page } = await openDeck(browser, url);
  const [popup] = await Promise.all([page.waitForEvent('popup'), page.locator('body').press('s')]);
  await popup.setViewportSize(size);
  await popup.waitForSelector('html[data-deck-speaker] .sv-notes', { timeout: 15_000 });
  return { page, popup };
}

/** The popup's text outside what the deck itself supplies (notes, titles, arc names), and its labels. */
function ownLabels(popup: Page): Promise<string[]> {
  return popup.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('[data-deck-text]')) continue;
      if (node.textContent?.trim()) texts.push(node.textContent.trim());
    }
    for (const el of document.querySelectorAll('[aria-label], [title]'))
      texts.push(el.getAttribute('aria-label') ?? '', el.getAttribute('title') ?? '');
    texts.push(document.title.replace(/·.*$/, ''));
    return texts.filter(Boolean);
  });
}

/** Whether the notes box lies inside the window and all its text is shown or reachable by scrolling. */
function notesReadable(popup: Page) {
  return popup.evaluate(() => {
    const box = document.querySelector<HTMLElement>('.sv-notes')!;
    const rect = box.getBoundingClientRect();
    const inWindow =
      rect.top >= 0 &&
      rect.left >= 0 &&
      rect.bottom <= window.innerHeight + 0.5 &&
      rect.right <= window.innerWidth + 0.5 &&
      rect.height > 100;
    const fits = box.scrollHeight <= box.clientHeight + 1;
    const scrollable = getComputedStyle(box).overflowY === 'auto' || getComputedStyle(box).overflowY === 'scroll';
    box.scrollTop = box.scrollHeight;
    const reachesEnd = box.scrollTop + box.clientHeight >= box.scrollHeight - 1;
    box.scrollTop = 0;
    return {
      inWindow,
      whole: fits || (scrollable && reachesEnd),
      text: box.textContent ?? '',
      fontSize: parseFloat(getComputedStyle(box).fontSize),
      font: getComputedStyle(box).fontFamily,
    };
  });
}

const squash = (text: string) => text.replace(/\s+/g, '');

describe('speaker view', () => {
  it('is Chinese, in the deck’s face, and shows every slide’s notes whole at 1100×700 and 1280×800', async () => {
    const slides = deck.rendered!.slides;
    for (const size of [
      { width: 1100, height: 700 },
      { width: 1280, height: 800 },
    ]) {
      const { page, popup } = await openSpeakerView(`${pathToFileURL(`${DIST_DIR}/index.html`).href}?transition=none`, size);
      expect(await popup.locator('.sv-help').textContent()).toMatch(/下一步.*上一步/);
      expect(await facesOf(popup, 'body')).toEqual(['"Noto Sans SC Subset" 400']);
      expect(await popup.evaluate(() => getComputedStyle(document.querySelector('.sv-help')!).fontFamily)).toContain('Noto Sans SC Subset');
      await expect.poll(() => popup.evaluate(() => document.fonts.check('400 20px "Noto Sans SC Subset"', '下一步已用计划'))).toBe(true);
      expect(await popup.locator('.sv-clock').textContent()).toMatch(/^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/);
      for (const [i, slide] of slides.entries()) {
        await page.evaluate(
          (id) => window.deck.slide(...(Object.values(window.deck.getIndices(document.getElementById(id)!)) as [number, number])),
          slide.id,
        );
        await expect.poll(async () => squash((await notesReadable(popup)).text)).toBe(squash(slide.notes));
        const readable = await notesReadable(popup);
        expect({ slide: slide.id, ...readable, text: '' }).toMatchObject({ slide: slide.id, inWindow: true, whole: true });
        expect(readable.fontSize).toBeGreaterThanOrEqual(20);
        expect(readable.font).toContain('Noto Sans SC Subset');
        expect(await popup.locator('.sv-talk-position').textContent()).toBe(`全场第 ${i + 1} / ${slides.length} 页`);
        const labels = await ownLabels(popup);
        expect(labels.length).toBeGreaterThan(10);
        expect(labels.filter((text) => /[A-Za-z]{2,}/.test(text))).toEqual([]);
      }
      await page.close();
    }
  });

  it('keeps both windows in step both ways, shows fragment steps, arc and pacing', async () => {
    const { page, popup } = await openSpeakerView(`${pathToFileURL(`${DIST_DIR}/index.html`).href}?transition=none`);
    const slides = deck.rendered!.slides;
    // Audience → speaker.
    await page.locator('body').press('ArrowRight');
    await expect.poll(async () => squash((await popup.locator('.sv-notes').textContent()) ?? '')).toBe(squash(slides[1]!.notes));
    // Speaker → audience.
    await popup.locator('body').press('ArrowRight');
    await expect.poll(async () => (await deckState(page)).id).toBe(slides[2]!.id);
    await popup.locator('body').press('ArrowLeft');
    await expect.poll(async () => (await deckState(page)).id).toBe(slides[1]!.id);
    // A slide with fragments: the caption counts the steps, the next step is the same slide.
    const withFragments = slides.find((s) => s.html.includes('fragment'))!;
    await page.evaluate(
      (id) => window.deck.slide(...(Object.values(window.deck.getIndices(document.getElementById(id)!)) as [number, number])),
      withFragments.id,
    );
    await expect.poll(() => popup.locator('.sv-current figcaption').textContent()).toMatch(/^当前：第 0 \/ \d+ 步$/);
    await popup.locator('body').press('ArrowRight');
    await expect.poll(() => popup.locator('.sv-current figcaption').textContent()).toMatch(/^当前：第 1 \/ \d+ 步$/);
    expect((await deckState(page)).f).toBe(0);
    // The previews follow (reveal.js's postMessage API): the current one shows the same step.
    const frame = popup.frameLocator('.sv-current iframe');
    await expect.poll(() => frame.locator('section.present .fragment.visible').count()).toBe(1);
    const arc = withFragments.html.match(/data-arc="([^"]+)"/)![1]!;
    expect(await popup.locator('.sv-arc-name').textContent()).toBe(arc);
    expect(await popup.locator('.sv-arc-position').textContent()).toMatch(/^本部分第 \d+ \/ \d+ 页$/);
    expect(await popup.locator('.sv-arc-time').textContent()).toMatch(/^本部分 已用 \d+:\d\d \/ 计划 \d+:\d\d$/);
    expect(await popup.locator('.sv-talk-time').textContent()).toMatch(/^全场 已用 \d+:\d\d \/ 计划 \d+:\d\d$/);
    expect(await popup.locator('.sv-pacing').getAttribute('class')).toMatch(/ahead|on-track|behind/);
    // The audience page goes away: the speaker view says so (in Chinese) instead of going stale silently.
    await page.goto('about:blank');
    await expect.poll(() => popup.evaluate(() => getComputedStyle(document.body, '::before').content)).toContain('演示窗口已断开');
    await page.close();
  });

  it('A−/A+ change the notes’ size and it is remembered', async () => {
    const { page, popup } = await openSpeakerView(`${server.url}?transition=none`);
    const size = async () => (await notesReadable(popup)).fontSize;
    const before = await size();
    await popup.click('button[aria-label="放大备注字号"]');
    await expect.poll(size).toBe(before + 2);
    await popup.close();
    const [again] = await Promise.all([page.waitForEvent('popup'), page.locator('body').press('s')]);
    await again.waitForSelector('html[data-deck-speaker] .sv-notes');
    await expect
      .poll(async () => again.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.sv-notes')!).fontSize)))
      .toBe(before + 2);
    await again.click('button[aria-label="备注自动适配字号"]');
    await page.close();
  });

  it('works from the single file: previews load and both windows move together', async () => {
    const slug = deck.model!.config.slug;
    const { page, popup } = await openSpeakerView(`${pathToFileURL(`${DIST_DIR}/${slug}.html`).href}?transition=none`);
    for (const name of ['.sv-current iframe', '.sv-next iframe']) {
      await expect.poll(() => popup.frameLocator(name).locator('.reveal.ready').count(), { timeout: 15_000 }).toBe(1);
    }
    const slides = deck.rendered!.slides;
    await popup.locator('body').press('ArrowRight');
    await expect.poll(async () => (await deckState(page)).id).toBe(slides[1]!.id);
    await expect.poll(() => popup.frameLocator('.sv-current iframe').locator(`section.present[id="${slides[1]!.id}"]`).count()).toBe(1);
    await expect.poll(() => popup.frameLocator('.sv-next iframe').locator(`section.present[id="${slides[2]!.id}"]`).count()).toBe(1);
    await page.close();
  });

  for (const [name, url] of [
    ['http (a dev reload)', () => `${server.url}?transition=none`],
    ['file://', () => `${pathToFileURL(`${DIST_DIR}/index.html`).href}?transition=none`],
  ] as const) {
    it(`follows the audience page again after it reloads, over ${name}`, async () => {
      const { page } = await openSpeakerView(url());
      const popups: Page[] = [];
      page.on('popup', (p) => popups.push(p));
      await page.reload();
      await page.waitForSelector('.reveal.ready');
      const slides = deck.rendered!.slides;
      await page.evaluate(
        (id) => window.deck.slide(...(Object.values(window.deck.getIndices(document.getElementById(id)!)) as [number, number])),
        slides[3]!.id,
      );
      // The speaker window showing the notes (the same one over http; a new one from file://).
      const speaker = async () => {
        for (const p of [...page.context().pages()].reverse()) {
          if (p === page || p.isClosed()) continue;
          const text = await p
            .locator('.sv-notes')
            .textContent({ timeout: 500 })
            .catch(() => '');
          if (squash(text ?? '') === squash(slides[3]!.notes)) return p;
        }
        return undefined;
      };
      await expect.poll(async () => Boolean(await speaker()), { timeout: 15_000 }).toBe(true);
      const popup = (await speaker())!;
      const before = await deckState(page);
      await popup.locator('body').press('ArrowRight');
      await expect.poll(() => deckState(page)).not.toEqual(before);
      if (name.startsWith('http')) expect(popups).toEqual([]);
      await page.close();
    });
  }
});
