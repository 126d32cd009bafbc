// The talk itself: its structure, its notes, and its figures against the article.

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { spokenLength } from '../../src/render/pacing.js';
import type { DeckBuild } from '../../src/pipeline.js';
import type { RenderedSlide } from '../../src/render/section.js';
import { cannotRun } from '../_support/cannot-run.js';
import { loadRealDeck } from '../_support/project.js';

/**
 * Every figure the article gives, with its unit as written there. A number on a slide or in the
 * notes that is not among these is an invented or silently rounded figure.
 */
const ARTICLE_FIGURES = ['20天', '2000万', '1500万', '244天', '18天', '2215万', '41.6%', '1695万', '2亿', '10亿元', '1万张', '2015', '2016', '2017', '2018', '2019', '2021', '2023', 'A100'];
const ARTICLE_NUMBERS = new Set(ARTICLE_FIGURES.map((f) => /[\d.]+/.exec(f)![0]));

const ARCS = ['开场', '破局', '深耕积累', '反套路', '大厂启示', '结语'];
const CJK = /[\u3400-\u9FFF]/g;

let deck: DeckBuild;
let slides: RenderedSlide[];
const visibleText = (slide: RenderedSlide) => slide.html.replace(/<aside class="notes">[\s\S]*?<\/aside>/, '').replace(/<title[\s\S]*?<\/desc>/g, '').replace(/<[^>]+>/g, ' ');

beforeAll(async () => {
  deck = await loadRealDeck();
  slides = deck.rendered!.slides;
});

describe('the talk', () => {
  it('builds without errors or warnings', () => {
    expect(deck.diagnostics).toEqual([]);
  });

  it('has 30–45 slides', () => {
    expect(slides.length).toBeGreaterThanOrEqual(30);
    expect(slides.length).toBeLessThanOrEqual(45);
  });

  it('follows the four arcs in order, each opened by a section slide', () => {
    const files = deck.model!.files;
    expect(files.map((f) => f.arc)).toEqual(ARCS);
    for (const file of files.slice(1, 5)) expect(file.stacks[0]![0]!.layout, file.file).toBe('section');
    expect(files[0]!.stacks[0]![0]!.layout).toBe('title');
    expect(files.at(-1)!.stacks.at(-1)!.at(-1)!.layout).toBe('closing');
  });

  it('gives every slide speaker notes in full sentences', () => {
    for (const slide of slides) {
      expect(slide.notes.length, slide.id).toBeGreaterThan(40);
      expect(slide.notes, slide.id).toMatch(/[。！？]$/);
    }
  });

  it('has notes for a 20-minute talk, within the duration in deck.yaml', () => {
    const characters = slides.reduce((n, s) => n + (s.notes.match(CJK)?.length ?? 0), 0);
    expect(characters).toBeGreaterThanOrEqual(4000);
    expect(characters).toBeLessThanOrEqual(5500);
    const seconds = slides.reduce((n, s) => n + Math.round(spokenLength(s.notes) / deck.model!.config.speechRate), 0);
    expect(seconds).toBeLessThanOrEqual(deck.model!.config.duration * 60);
    expect(seconds).toBeGreaterThanOrEqual(deck.model!.config.duration * 60 * 0.75);
  });

  it('shows the growth as a chart, 2015–2023 as a timeline, a big number and at least three quotes', () => {
    const layouts = slides.map((s) => s.layout);
    const chart = slides.filter((s) => s.layout === 'chart').map(visibleText).join(' ');
    expect(chart).toMatch(/2215万/);
    expect(chart).toMatch(/1695万/);
    const timeline = slides.find((s) => s.layout === 'timeline')!;
    for (const year of ['2015', '2016', '2017', '2018', '2019', '2019–2021', '2023']) expect(visibleText(timeline)).toContain(year);
    expect(layouts.filter((l) => l === 'stat').length).toBeGreaterThanOrEqual(1);
    const quotes = slides.filter((s) => s.layout === 'quote');
    expect(quotes.length).toBeGreaterThanOrEqual(3);
    for (const quote of quotes) expect(quote.html, quote.id).toMatch(/<blockquote>[\s\S]+<\/blockquote>\n<p class="quote-attribution">— \S/);
  });

  it('uses only the article’s figures, on slides and in notes', () => {
    for (const slide of slides) {
      for (const text of [visibleText(slide), slide.notes]) {
        for (const number of text.match(/\d+(\.\d+)?/g) ?? []) {
          expect(ARTICLE_NUMBERS.has(number), `${slide.id}: ${number} is not a figure of the article`).toBe(true);
        }
      }
    }
    const all = slides.map((s) => `${visibleText(s)} ${s.notes}`).join(' ').replace(/\s+/g, '');
    for (const figure of ['2215万', '1695万', '41.6%', '244天', '18天', '1500万', '2000万', '10亿元', '1万张']) expect(all).toContain(figure);
  });

  it('credits the source and who is quoted on the closing slide', () => {
    const closing = visibleText(slides.at(-1)!);
    expect(closing).toContain(deck.model!.config.source!);
    for (const name of ['梁文锋', '山姆·奥尔特曼', '国盛证券']) expect(closing).toContain(name);
  });

  it('keeps slides short: a headline and at most about five lines', () => {
    for (const slide of slides.filter((s) => ['bullets', 'closing'].includes(s.layout))) {
      const items = (slide.html.replace(/<aside[\s\S]*<\/aside>/, '').match(/<li[\s>]/g) ?? []).length;
      expect(items, slide.id).toBeLessThanOrEqual(5);
    }
  });
});

describe('quotations', () => {
  // The article lives beside the project (../shared/seeds), not in it; CI has it there. A checkout
  // elsewhere (a git worktree, say) names it with DECK_ARTICLE.
  const articlePath = process.env.DECK_ARTICLE ?? fileURLToPath(new URL('../../../shared/seeds/000_3cfec0cc99f36ef2.txt', import.meta.url));

  it('quotes the article word for word ("……" marks a cut)', (context) => {
    if (!existsSync(articlePath)) cannotRun(context, `the article is not at ${articlePath} (set DECK_ARTICLE to its path): quotations unchecked`);
    const article = readFileSync(articlePath, 'utf8');
    const quotes = slides.filter((s) => s.layout === 'quote');
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) {
      const text = /<blockquote>([\s\S]*?)<\/blockquote>/.exec(quote.html)![1]!.replace(/<[^>]+>/g, '').trim();
      for (const part of text.split('……').map((p) => p.trim()).filter(Boolean)) {
        expect(article, `${quote.id}: “${part}”`).toContain(part);
      }
    }
  });
});
