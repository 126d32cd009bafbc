// `npm run pdf` on the real talk: the slide PDF and the handout, read back with poppler and qpdf
// and compared with the slides on screen.

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/node/chromium.js';
import type { DeckModel } from '../../src/parse/model.js';
import { exportPdfs, pdfPaths } from '../../src/pdf/pdf-command.js';
import { auditFonts } from '../../src/pdf/pdf-document.js';
import { openPdf, readPrintedPdf } from '../../src/pdf/pdf-reader.js';
import type { RenderedSlide } from '../../src/render/section.js';
import { DIST_DIR, loadRealDeck, PROJECT_ROOT } from '../_support/project.js';
import { judgePlacement, luminanceGrid } from './_support/luminance-grid.js';
import { blankRowShare } from './_support/page-ink.js';
import { allText, pageSize, pageText, pdfFonts, pdfInfo, pdfOutline, renderPages, squeeze } from './_support/poppler.js';

const outDir = mkdtempSync(join(tmpdir(), 'deck-pdf-'));
let model: DeckModel;
let slides: RenderedSlide[];
let paths: { deck: string; handout: string };
let exitCode: number;
const output: string[] = [];
let browser: Browser;
const deckUrl = () => pathToFileURL(join(DIST_DIR, 'index.html')).href;

beforeAll(async () => {
  const deck = await loadRealDeck();
  model = deck.model!;
  slides = deck.rendered!.slides;
  paths = pdfPaths(outDir, model.config.slug);
  exitCode = await exportPdfs({
    root: PROJECT_ROOT,
    distDir: DIST_DIR,
    outDir,
    separateFragments: false,
    log: (l) => output.push(l),
    out: (l) => output.push(l),
  });
  // One browser for the file's own looks at the deck (the export starts and closes its own).
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  rmSync(outDir, { recursive: true, force: true });
});

/** 1 CSS px = 0.75 pt; Chromium rounds the page to its own units, well within a point. */
const POINTS_PER_PX = 0.75;

describe('the slide PDF', () => {
  it('has exactly one page per slide, at reveal.js’s page size for the deck', () => {
    expect(exitCode, output.join('\n')).toBe(0);
    expect(output.find((line) => line.includes(`${model.config.slug}.pdf`))).toContain(`${slides.length} pages`);
    expect(Number(pdfInfo(paths.deck).Pages)).toBe(slides.length);
    // reveal.js: page = slide size × (1 + margin 0.04), rounded down to whole pixels.
    const { width, height } = model.config.size;
    const size = pageSize(paths.deck);
    expect(Math.abs(size.width - Math.floor(width * 1.04) * POINTS_PER_PX)).toBeLessThan(1);
    expect(Math.abs(size.height - Math.floor(height * 1.04) * POINTS_PER_PX)).toBeLessThan(1);
    expect(size.width / size.height).toBeCloseTo(width / height, 2);
  });

  it('embeds every font as outlines, the Chinese web font as CID TrueType', async () => {
    const fonts = pdfFonts(paths.deck);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded || f.type === 'Type 3')).toEqual([]);
    expect(fonts).toContainEqual(expect.objectContaining({ name: expect.stringMatching(/\+NotoSansSC-Regular$/), type: 'CID TrueType' }));
    expect(auditFonts((await readPrintedPdf(readFileSync(paths.deck))).pages)).toEqual([]);
  });

  it('has each slide’s headline as text on its page', () => {
    const missing = slides.filter((slide, i) => !squeeze(pageText(paths.deck, i + 1)).includes(squeeze(slide.title)));
    expect(slides.every((s) => s.title !== '')).toBe(true);
    expect(missing.map((s) => `${s.file}:${s.line} ${s.title}`)).toEqual([]);
  });

  // text-autospace's CJK–Latin gap printed as a real space ("1500 万"): searching the PDF failed.
  it('has every number with its unit as written on its slide, so a search for "1500万" finds it', () => {
    const figure = /\d[\d.,]*(?:万|亿|%)/gu;
    const drawn = (slide: RenderedSlide) =>
      slide.html
        .replace(/<aside class="notes">[\s\S]*?<\/aside>/, '')
        .replace(/<title[\s\S]*?<\/desc>/g, '')
        .replace(/<[^>]+>/g, '');
    const expected = slides
      .map((slide, i) => ({ page: i + 1, figures: [...new Set(drawn(slide).match(figure) ?? [])] }))
      .filter((p) => p.figures.length > 0);
    const all = expected.flatMap((p) => p.figures);
    for (const written of ['1500万', '2000万', '41.6%']) expect(all).toContain(written);
    const missing = expected.flatMap(({ page, figures }) =>
      figures.filter((f) => !pageText(paths.deck, page).includes(f)).map((f) => `page ${page}: ${f}`),
    );
    expect(missing).toEqual([]);
  });

  it('bookmarks each arc and, under it, its slides by title', () => {
    const outline = pdfOutline(paths.deck);
    const arcs = model.files.map((f) => f.arc);
    expect(outline.map((o) => o.title)).toEqual(arcs);
    expect(outline.flatMap((o) => o.kids.map((k) => [k.title, k.page]))).toEqual(slides.map((s, i) => [s.title, i + 1]));
  });

  it('carries title, the speaker as author (none when unset, never a placeholder), subject, language and a tagged structure', async () => {
    const info = pdfInfo(paths.deck);
    expect(info).toMatchObject({ Title: model.config.title, Subject: model.config.subtitle, Tagged: 'yes' });
    const speaker = model.config.speaker ?? model.config.author;
    if (speaker) expect(info.Author).toBe(speaker);
    else expect(info.Author).toBeUndefined();
    expect(JSON.stringify(info)).not.toContain('分享人');
    const doc = await openPdf(readFileSync(paths.deck));
    expect((await doc.getMetadata()).info).toMatchObject({ Language: 'zh-CN' });
    expect(await doc.getPageMode()).toBe('UseOutlines');
  });

  it('looks like each slide on screen: not blank, not shifted, not another slide', async () => {
    const pages = renderPages(paths.deck, 640, 360).map((png) => luminanceGrid(png));
    const page = await browser.newPage({ viewport: model.config.size });
    try {
      await page.goto(`${deckUrl()}?transition=none&controls=false&progress=false`);
      await page.waitForSelector('.reveal.ready');
      // Fragments fade in with their own CSS transitions; the PDF shows them at rest.
      await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; animation: none !important; }' });
      await page.evaluate(() => document.fonts.ready);
      const misplaced: string[] = [];
      for (let i = 0; i < slides.length; i++) {
        await page.evaluate((index) => {
          const deck = window.deck;
          const { h, v } = deck.getIndices(deck.getSlides()[index]!);
          deck.slide(h, v, 999);
          return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        }, i);
        const screenshot = luminanceGrid(await page.screenshot());
        const verdict = judgePlacement(
          screenshot,
          pages[i]!,
          pages.filter((_, j) => j !== i),
        );
        if (!verdict.ok)
          misplaced.push(
            `page ${i + 1} (${slides[i]!.file}:${slides[i]!.line}): ${verdict.inPlace.toFixed(3)} in place, ${verdict.bestRival.toFixed(3)} for a rival`,
          );
      }
      expect(misplaced).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('the handout', () => {
  it('is A4 portrait with two slides a page and every font embedded', () => {
    const size = pageSize(paths.handout);
    // A4 = 210 × 297 mm = 595.28 × 841.89 pt.
    expect(Math.abs(size.width - 595.28)).toBeLessThan(1);
    expect(Math.abs(size.height - 841.89)).toBeLessThan(1);
    expect(Number(pdfInfo(paths.handout).Pages)).toBe(Math.ceil(slides.length / 2));
    const fonts = pdfFonts(paths.handout);
    expect(fonts.filter((f) => !f.embedded || f.type === 'Type 3')).toEqual([]);
    expect(fonts.some((f) => /NotoSansSC/.test(f.name))).toBe(true);
  });

  it('has every slide on one page with its number, and every note in full, in order', () => {
    const pages = Number(pdfInfo(paths.handout).Pages);
    const texts = Array.from({ length: pages }, (_, i) => squeeze(pageText(paths.handout, i + 1)));
    // The number sits under the slide's canvas: both on one page means the canvas was not split.
    const split = slides.filter(
      (slide, i) => !texts.some((t) => t.includes(`${i + 1}/${slides.length}`) && t.includes(squeeze(slide.title))),
    );
    expect(split.map((s) => `${s.file}:${s.line}`)).toEqual([]);
    const whole = squeeze(allText(paths.handout));
    let from = 0;
    const cut: string[] = [];
    for (const slide of slides.filter((s) => s.notes)) {
      const at = whole.indexOf(squeeze(slide.notes), from);
      if (at < 0) cut.push(`${slide.file}:${slide.line}`);
      else from = at;
    }
    expect(cut).toEqual([]);
  });

  it('leaves no page but the last more than 40 % blank (pixel rows without ink)', () => {
    const pages = renderPages(paths.handout, 210, 297);
    const blank = pages
      .slice(0, -1)
      .map((png, i) => ({ page: i + 1, blank: Math.round(blankRowShare(png) * 100) }))
      .filter((p) => p.blank > 40);
    expect(pages.length).toBeGreaterThan(1);
    expect(blank).toEqual([]);
  });

  it('keeps each slide canvas, border and all, inside the printed text column', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${deckUrl()}?reader`);
      await page.waitForSelector('html[data-reader-ready]', { state: 'attached' });
      await page.emulateMedia({ media: 'print' });
      const wider = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.reader-canvas')]
          .filter((canvas) => canvas.offsetWidth > canvas.parentElement!.clientWidth)
          .map((canvas) => canvas.parentElement!.id),
      );
      expect(wider).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('one PDF only (--only)', () => {
  it('prints the slides alone when asked, and leaves the handout unwritten', async () => {
    const only = mkdtempSync(join(tmpdir(), 'deck-pdf-only-'));
    try {
      const lines: string[] = [];
      const code = await exportPdfs({
        root: PROJECT_ROOT,
        distDir: DIST_DIR,
        outDir: only,
        separateFragments: false,
        only: 'slides',
        log: (l) => lines.push(l),
        out: (l) => lines.push(l),
      });
      expect(code, lines.join('\n')).toBe(0);
      const onlyPaths = pdfPaths(only, model.config.slug);
      expect(Number(pdfInfo(onlyPaths.deck).Pages)).toBe(slides.length);
      expect(existsSync(onlyPaths.handout)).toBe(false);
      expect(lines).toHaveLength(1);
    } finally {
      rmSync(only, { recursive: true, force: true });
    }
  }, 60_000);
});
