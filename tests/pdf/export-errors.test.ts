// What would print wrong is refused, naming the slide: the built talk with one thing broken in it
// (a copy of dist/ with its index.html edited), printed with one shared browser.

import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, NO_BROWSER_HINT } from '../../src/node/chromium.js';
import { formatDiagnostic } from '../../src/diagnostics.js';
import { printDeck, printHandout, type PdfJob } from '../../src/pdf/export-pdf.js';
import { exportPdfs, pdfPaths } from '../../src/pdf/pdf-command.js';
import { arcsByFile } from '../../src/pdf/pdf-outline.js';
import { openPdf } from '../../src/pdf/pdf-reader.js';
import type { RenderedSlide } from '../../src/render/section.js';
import { DIST_DIR, loadRealDeck, PROJECT_ROOT } from '../_support/project.js';
import { allText, pageText, pdfOutline, squeeze } from './_support/poppler.js';

const work = mkdtempSync(join(tmpdir(), 'deck-pdf-errors-'));
let browser: Browser;
let job: Omit<PdfJob, 'deckUrl'>;
let slides: RenderedSlide[];
/** A bullets slide in the middle of the talk, where a mistake would be easy to miss. */
let victim: RenderedSlide;

beforeAll(async () => {
  const { model, rendered } = await loadRealDeck();
  slides = rendered!.slides;
  victim = slides.find((s) => s.layout === 'bullets' && s.file.includes('02-'))!;
  job = { config: model!.config, slides, arcs: arcsByFile(model!), separateFragments: false };
  cpSync(DIST_DIR, work, { recursive: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

const where = () => `${victim.file}:${victim.line}:1`;

/** A copy of the built page with `edit` applied, next to the real assets; returns its URL. */
function tampered(name: string, edit: (html: string) => string): string {
  const html = readFileSync(join(DIST_DIR, 'index.html'), 'utf8');
  const edited = edit(html);
  expect(edited).not.toBe(html);
  writeFileSync(join(work, `${name}.html`), edited);
  return pathToFileURL(join(work, `${name}.html`)).href;
}

/** Puts `markup` at the top of the victim slide. */
const intoVictim = (markup: string) => (html: string) => html.replace(new RegExp(`(<section id="${victim.id}"[^>]*>)`), `$1${markup}`);

describe('#printDeck refuses', () => {
  it('a slide whose content spills off its page, naming file:line', async () => {
    const deckUrl = tampered('overflow', intoVictim('<p>多出来的一行</p>'.repeat(12)));
    const result = await printDeck(browser, { ...job, deckUrl });
    expect(result.pdf).toBeUndefined();
    expect(result.problems.map(formatDiagnostic)).toEqual([
      expect.stringMatching(
        new RegExp(`^${where()}: the content reaches \\d+ px (below|above).* the 1280×720 slide \\(.+\\), so the PDF would cut it off — `),
      ),
    ]);
  });

  it('a slide wider than its page', async () => {
    const deckUrl = tampered('too-wide', intoVictim('<p style="width: 1500px">宽</p>'));
    const result = await printDeck(browser, { ...job, deckUrl });
    expect(result.problems.map(formatDiagnostic)).toEqual([
      expect.stringMatching(new RegExp(`^${where()}: the content reaches \\d+ px past the right edge of the 1280×720 slide`)),
    ]);
  });

  it('an image that does not load', async () => {
    const deckUrl = tampered('broken-image', intoVictim('<img src="./assets/missing.png" alt="缺失的图">'));
    const result = await printDeck(browser, { ...job, deckUrl });
    expect(result.problems.map(formatDiagnostic)).toEqual([
      `${where()}: the image "./assets/missing.png" did not load, so the PDF would show a gap — check the path, relative to the slide file, and that the file is a valid image`,
    ]);
  });

  it('a web font that failed to load, on the slides set in it', async () => {
    const broken = `<style>@font-face { font-family: "Broken Face"; src: url(data:font/woff2;base64,AAAA); } [id="${victim.id}"] { font-family: "Broken Face"; }</style>`;
    const deckUrl = tampered('broken-font', (html) => html.replace('</head>', `${broken}</head>`));
    const result = await printDeck(browser, { ...job, deckUrl });
    expect(result.problems.map(formatDiagnostic)).toEqual([
      expect.stringMatching(new RegExp(`^${where()}: the web font "Broken Face" did not load; this slide would print in a fallback font`)),
    ]);
  });

  it('a build that does not match the slides', async () => {
    const deckUrl = tampered('stale', (html) => html.replace(`id="${victim.id}"`, 'id="renamed-slide"'));
    const result = await printDeck(browser, { ...job, deckUrl });
    expect(result.problems.map(formatDiagnostic)).toEqual([
      expect.stringMatching(new RegExp(`^${where()}: the built deck has no slide "${victim.id}" — .*npm run pdf`)),
    ]);
  });
});

describe('#printHandout refuses', () => {
  it('an image that does not load', async () => {
    const deckUrl = tampered('handout-broken-image', intoVictim('<img src="./assets/missing.png" alt="缺失的图">'));
    const result = await printHandout(browser, { ...job, deckUrl }, 'dist/x-notes.pdf');
    expect(result.pdf).toBeUndefined();
    expect(result.problems.map(formatDiagnostic)).toEqual([
      expect.stringMatching(new RegExp(`^${where()}: the image "./assets/missing.png" did not load`)),
    ]);
  });
});

/** Puts `markup` at the top of the victim slide's notes. */
const intoVictimNotes = (markup: string) => (html: string) =>
  html.replace(new RegExp(`(<section id="${victim.id}"[^>]*>[\\s\\S]*?<aside class="notes">)`), `$1${markup}`);

/** 鑫 is in Noto Sans SC but in no slide (so not in the subset); 𠀀 (Extension B) is in no bundled face. */
const NOT_IN_SUBSET = '鑫𠀀';

describe('#printHandout refuses characters the subset lacks', () => {
  it('notes with characters the subset lacks, naming the page (they would print as empty boxes)', async () => {
    expect(slides.some((s) => s.html.includes('鑫'))).toBe(false);
    const deckUrl = tampered('handout-notdef', intoVictimNotes(`<p>备注里有${NOT_IN_SUBSET}。</p>`));
    const result = await printHandout(browser, { ...job, deckUrl }, 'dist/x-notes.pdf');
    expect(result.pdf).toBeUndefined();
    expect(result.problems.map(formatDiagnostic)).toEqual([
      expect.stringMatching(
        /^dist\/x-notes\.pdf:(\d+):1: page \1 of the handout would print 2 characters as empty boxes \(\.notdef glyphs of NotoSansSC-Regular\): the deck's font has no glyph for them — run `npm run check`/,
      ),
    ]);
  });
});

describe('#printHandout prints', () => {
  it('long notes on as many pages as they need, every line of them', async () => {
    // Built only from characters the subset has (sentences of the talk's own notes), numbered so
    // each is found once; a .notdef would make printHandout refuse (see the test above).
    const sentences = [
      ...new Set(
        slides
          .flatMap((s) => s.notes.split(/(?<=[。！？])/))
          .map((s) => s.trim())
          .filter((s) => [...s].length >= 20 && !/[<>&]/.test(s)),
      ),
    ];
    expect(sentences.length).toBeGreaterThanOrEqual(40);
    const paragraphs = sentences.slice(0, 40).map((s, i) => `【${i + 1}】${s}`);
    const deckUrl = tampered('long-notes', intoVictimNotes(paragraphs.map((p) => `<p>${p}</p>`).join('')));
    const result = await printHandout(browser, { ...job, deckUrl }, 'dist/x-notes.pdf');
    expect(result.problems).toEqual([]);
    // Two slides a page; the long notes add pages of their own.
    expect(result.pages).toBeGreaterThan(Math.ceil(slides.length / 2));
    const path = join(work, 'long-notes.pdf');
    writeFileSync(path, result.pdf!);
    const text = squeeze(allText(path));
    const positions = paragraphs.map((p) => text.indexOf(squeeze(p)));
    expect(positions.filter((at) => at < 0)).toEqual([]);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});

describe('#printDeck refuses a slide with characters the subset lacks', () => {
  it('naming the slide: they would print as empty boxes', async () => {
    const deckUrl = tampered('deck-notdef', intoVictim(`<p>${NOT_IN_SUBSET}</p>`));
    const result = await printDeck(browser, { ...job, deckUrl });
    expect(result.pdf).toBeUndefined();
    expect(result.problems.map(formatDiagnostic)).toEqual([
      `${where()}: this slide would print 2 characters as empty boxes (.notdef glyphs of NotoSansSC-Regular): the deck's font has no glyph for them — run \`npm run check\` to find such characters at file:line:col, then replace or remove them`,
    ]);
  });
});

describe('#printDeck prints', () => {
  it('a link as a clickable link', async () => {
    const deckUrl = tampered('link', intoVictim('<p><a href="https://example.org/deepseek">原文</a></p>'));
    const result = await printDeck(browser, { ...job, deckUrl });
    expect(result.problems).toEqual([]);
    const doc = await openPdf(result.pdf!);
    const annotations = (await (await doc.getPage(slides.indexOf(victim) + 1)).getAnnotations()) as { subtype: string; url?: string }[];
    expect(annotations.filter((a) => a.subtype === 'Link').map((a) => a.url)).toEqual(['https://example.org/deepseek']);
  });

  it('each fragment step on its own page when asked, the outline at each slide’s first page', async () => {
    const deckUrl = pathToFileURL(join(work, 'index.html')).href;
    const result = await printDeck(browser, { ...job, deckUrl, separateFragments: true });
    expect(result.problems).toEqual([]);
    // reveal.js prints a slide once with its fragments hidden, then once per fragment step.
    const steps = slides.map((s) => 1 + (s.html.match(/class="[^"]*\bfragment\b/g)?.length ?? 0));
    expect(result.pages).toBe(steps.reduce((a, b) => a + b, 0));
    expect(result.pages).toBeGreaterThan(slides.length);
    const path = join(work, 'fragments.pdf');
    writeFileSync(path, result.pdf!);
    const firstPages = steps.map((_, i) => 1 + steps.slice(0, i).reduce((a, b) => a + b, 0));
    expect(pdfOutline(path).flatMap((arc) => arc.kids.map((k) => k.page))).toEqual(firstPages);
    const lastStep = firstPages[slides.indexOf(victim)]! + steps[slides.indexOf(victim)]! - 1;
    expect(squeeze(pageText(path, lastStep))).toContain(squeeze(victim.title));
  });
});

describe('#exportPdfs', () => {
  it('fails without a browser, saying how to get one, and leaves no old PDF behind', async () => {
    const outDir = mkdtempSync(join(work, 'out-'));
    const paths = pdfPaths(outDir, job.config.slug);
    writeFileSync(paths.deck, 'an old PDF');
    const lines: string[] = [];
    const code = await exportPdfs({
      root: PROJECT_ROOT,
      distDir: work,
      outDir,
      separateFragments: false,
      launch: () => Promise.reject(new Error(NO_BROWSER_HINT)),
      log: (l) => lines.push(l),
    });
    expect(code).toBe(1);
    expect(lines).toEqual([`pdf: ${NO_BROWSER_HINT}`]);
    expect(lines[0]).toContain('apt-get install chromium');
    expect(existsSync(paths.deck)).toBe(false);
  });

  it('writes nothing and exits 1 when a slide would print wrong', async () => {
    const dist = mkdtempSync(join(work, 'dist-'));
    cpSync(DIST_DIR, dist, { recursive: true });
    const page = readFileSync(join(DIST_DIR, 'index.html'), 'utf8');
    writeFileSync(join(dist, 'index.html'), intoVictim('<p>多出来的一行</p>'.repeat(12))(page));
    const lines: string[] = [];
    const code = await exportPdfs({
      root: PROJECT_ROOT,
      distDir: dist,
      separateFragments: false,
      launch: launchChromium,
      log: (l) => lines.push(l),
      out: (l) => lines.push(l),
    });
    expect(code).toBe(1);
    expect(lines[0]).toMatch(new RegExp(`^${where()}: the content reaches \\d+ px`));
    expect(lines.at(-1)).toBe('\n1 problem would spoil the PDF; nothing was written.');
    const paths = pdfPaths(dist, job.config.slug);
    expect([existsSync(paths.deck), existsSync(paths.handout)]).toEqual([false, false]);
  });
});

describe('#exportPdfs and characters the deck’s font lacks', () => {
  it('refuses a deck whose sources have them, before starting a browser, naming file:line:col', async () => {
    const root = mkdtempSync(join(work, 'root-'));
    cpSync(join(PROJECT_ROOT, 'tests/fixtures/bad/missing-glyphs'), join(root, 'slides'), { recursive: true });
    const lines: string[] = [];
    const launch = () => Promise.reject(new Error('the browser must not start'));
    const code = await exportPdfs({
      root,
      distDir: work,
      outDir: root,
      separateFragments: false,
      launch,
      log: (l) => lines.push(l),
      out: (l) => lines.push(l),
    });
    expect(code).toBe(1);
    expect(lines[0]).toBe(
      `slides/01-a.md:1:8: character "𠀀" (U+20000) is not in the deck's font (Noto Sans SC), so it would show as an empty box — replace it or remove it: the font has Chinese, Latin, digits and common punctuation, but no emoji, Arabic, Hebrew or rare CJK Extension characters`,
    );
    expect(lines).toHaveLength(8);
    expect(lines.at(-1)).toBe(`\nthe deck's font lacks characters the PDF would print as empty boxes; nothing was written.`);
  });

  it('writes nothing when the built page shows one (a build out of step with the font)', async () => {
    const dist = mkdtempSync(join(work, 'dist-'));
    cpSync(DIST_DIR, dist, { recursive: true });
    writeFileSync(join(dist, 'index.html'), intoVictim(`<p>${NOT_IN_SUBSET}</p>`)(readFileSync(join(DIST_DIR, 'index.html'), 'utf8')));
    const lines: string[] = [];
    const code = await exportPdfs({
      root: PROJECT_ROOT,
      distDir: dist,
      separateFragments: false,
      launch: () => launchChromium(),
      log: (l) => lines.push(l),
      out: (l) => lines.push(l),
    });
    expect(code).toBe(1);
    expect(lines[0]).toMatch(new RegExp(`^${where()}: this slide would print 2 characters as empty boxes`));
    const paths = pdfPaths(dist, job.config.slug);
    expect([existsSync(paths.deck), existsSync(paths.handout)]).toEqual([false, false]);
  });
});
