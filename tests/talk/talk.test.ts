// The talk itself: its structure, its notes, and its figures against the article.

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { spokenLength } from '../../src/render/pacing.js';
import { fullWidthCommas } from '../../src/render/rules/cjk-commas.js';
import type { DeckBuild } from '../../src/pipeline.js';
import type { RenderedSlide } from '../../src/render/section.js';
import { cannotRun } from '../_support/cannot-run.js';
import { loadRealDeck } from '../_support/project.js';

/**
 * Every figure the article gives, with its unit as written there. A number on a slide or in the
 * notes that is not among these is an invented or silently rounded figure.
 */
const ARTICLE_FIGURES = [
  '20天',
  '2000万',
  '1500万',
  '244天',
  '18天',
  '2215万',
  '41.6%',
  '1695万',
  '2亿',
  '10亿元',
  '1万张',
  '2015',
  '2016',
  '2017',
  '2018',
  '2019',
  '2021',
  '2023',
  'A100',
];
const ARTICLE_NUMBERS = new Set(ARTICLE_FIGURES.map((f) => /[\d.]+/.exec(f)![0]));

const ARCS = ['开场', '破局', '深耕积累', '反套路', '大厂启示', '结语'];
const CJK = /[\u3400-\u9FFF]/g;

let deck: DeckBuild;
let slides: RenderedSlide[];
const visibleText = (slide: RenderedSlide) =>
  slide.html
    .replace(/<wbr>/g, '')
    .replace(/<aside class="notes">[\s\S]*?<\/aside>/, '')
    .replace(/<title[\s\S]*?<\/desc>/g, '')
    .replace(/<[^>]+>/g, ' ');

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
    const chart = slides
      .filter((s) => s.layout === 'chart')
      .map(visibleText)
      .join(' ');
    expect(chart).toMatch(/2215万/);
    expect(chart).toMatch(/1695万/);
    const timeline = slides.find((s) => s.layout === 'timeline')!;
    for (const year of ['2015', '2016', '2017', '2018', '2019', '2019–2021', '2023']) expect(visibleText(timeline)).toContain(year);
    expect(layouts.filter((l) => l === 'stat').length).toBeGreaterThanOrEqual(1);
    const quotes = slides.filter((s) => s.layout === 'quote');
    expect(quotes.length).toBeGreaterThanOrEqual(3);
    for (const quote of quotes)
      expect(quote.html, quote.id).toMatch(/<blockquote>[\s\S]+<\/blockquote>\n<p class="quote-attribution">— \S/);
  });

  it('uses only the article’s figures, on slides and in notes', () => {
    for (const slide of slides) {
      for (const text of [visibleText(slide), slide.notes]) {
        for (const number of text.match(/\d+(\.\d+)?/g) ?? []) {
          expect(ARTICLE_NUMBERS.has(number), `${slide.id}: ${number} is not a figure of the article`).toBe(true);
        }
      }
    }
    const all = slides
      .map((s) => `${visibleText(s)} ${s.notes}`)
      .join(' ')
      .replace(/\s+/g, '');
    for (const figure of ['2215万', '1695万', '41.6%', '244天', '18天', '1500万', '2000万', '10亿元', '1万张'])
      expect(all).toContain(figure);
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

describe('what the speaker says', () => {
  const ATTRIBUTION = /据文章|文章提到|按文章的说法|文章所说/;
  const sentences = (text: string) =>
    text
      .split(/(?<=[。！？；])/)
      .map((s) => s.trim())
      .filter(Boolean);
  const sectionNotes = () => slides.filter((s) => s.layout === 'section').map((s) => s.notes);

  it('attributes the figures a listener may question to the article', () => {
    // ChatGPT "2023" and 文心一言 "2亿" are the article's figures; the speaker says so each time.
    for (const questionable of [/2亿/, /2023年ChatGPT/]) {
      const said = slides.flatMap((slide) =>
        sentences(slide.notes)
          .filter((s) => questionable.test(s))
          .map((s) => ({ id: slide.id, s })),
      );
      expect(said.length, String(questionable)).toBeGreaterThan(0);
      for (const { id, s } of said) expect(s, id).toMatch(ATTRIBUTION);
    }
  });

  it('opens each arc in its own words', () => {
    const notes = sectionNotes();
    expect(notes).toHaveLength(4);
    // No run of six Chinese characters is shared by two arc openers ("这一部分的线索是" four times was).
    for (const [i, a] of notes.entries()) {
      for (const b of notes.slice(i + 1)) {
        const shared = [...a].map((_, k) => a.slice(k, k + 6)).find((run) => /^[\u3400-\u9FFF]{6}$/.test(run) && b.includes(run));
        expect(shared, `shared by two arc openers: ${shared}`).toBeUndefined();
      }
    }
  });

  it('presents the 开源 statement as DeepSeek’s answer, paraphrased, not as the article’s conclusion', () => {
    const slide = slides.find((s) => visibleText(s).includes('话语权'))!;
    expect(slide, 'the slide on 开源 and 话语权').toBeDefined();
    expect(slide.html).not.toContain('<blockquote');
    expect(visibleText(slide)).toMatch(/DeepSeek(认为|表示|的回答)[^<]*（大意）/);
    expect(slide.notes).toMatch(/DeepSeek(自己)?的回答/);
    expect(slide.notes).toMatch(/文章(转述|引述)/);
    expect(slide.notes).toMatch(/不是文章[^。]*结论/);
  });

  it('does not tie the training cluster to the 萤火 investment', () => {
    // The article says anyone may use the 训练集群; it does not say which cluster or what it cost.
    const slide = slides.find((s) => visibleText(s).includes('训练集群'))!;
    expect(slide).toBeDefined();
    expect(slide.notes).not.toMatch(/萤火|10亿元|投入|投资/);
  });

  it('ends the spoken close on the takeaway, with the credits on the slide', () => {
    const closing = slides.at(-1)!;
    const credits = [deck.model!.config.source!, '国盛证券', '山姆·奥尔特曼', '研报', '引语', '出自'];
    const spoken = sentences(closing.notes).filter((s) => !s.startsWith('谢谢'));
    const last = spoken.at(-1)!;
    for (const credit of credits) expect(last, `the last words read out a credit: ${last}`).not.toContain(credit);
    for (const credit of credits.slice(0, 3)) expect(visibleText(closing)).toContain(credit);
  });

  it('shows no placeholder on the title slide', () => {
    const title = visibleText(slides[0]!);
    for (const placeholder of ['分享人', '讲者姓名', '演讲者', '主讲人']) expect(title).not.toContain(placeholder);
  });
});

describe('quotations', () => {
  // The article lives beside the project (shared/seeds), not in it: one level up from the main
  // checkout (as in CI), two levels up from a worktree under wt/; DECK_ARTICLE names it elsewhere.
  const articlePath =
    process.env.DECK_ARTICLE ??
    ['../../../shared/seeds/', '../../../../shared/seeds/']
      .map((dir) => fileURLToPath(new URL(`${dir}000_3cfec0cc99f36ef2.txt`, import.meta.url)))
      .find((path) => existsSync(path)) ??
    fileURLToPath(new URL('../../../shared/seeds/000_3cfec0cc99f36ef2.txt', import.meta.url));

  it('quotes the article word for word ("……" marks a cut)', (context) => {
    if (!existsSync(articlePath))
      cannotRun(context, `the article is not at ${articlePath} (set DECK_ARTICLE to its path): quotations unchecked`);
    // The one normalisation: an ASCII comma between Chinese characters is shown full-width (AUTHORING.md).
    const article = fullWidthCommas(readFileSync(articlePath, 'utf8'));
    const quotes = slides.filter((s) => s.layout === 'quote');
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) {
      const text = /<blockquote>([\s\S]*?)<\/blockquote>/
        .exec(quote.html)![1]!
        .replace(/<[^>]+>/g, '')
        .trim();
      for (const part of text
        .split('……')
        .map((p) => p.trim())
        .filter(Boolean)) {
        expect(article, `${quote.id}: “${part}”`).toContain(part);
      }
    }
  });
});
