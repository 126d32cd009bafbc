// Every glyph of the real talk comes from the deck's web fonts, by Chromium's own account
// (DevTools protocol CSS.getPlatformFontsForNode): in the static build from a server and from
// file://, the single-file deck, the dev server, the print view, reader mode, and in the PDFs.
// Chromium attributes a .notdef (a character the subset lacks, shown as an empty box) to the web
// font too, so every character on the page is also looked up in the subset actually served (the
// woff2 decoded from the data: URL in the page's CSS): a subset miss fails whatever the machine.

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Browser, CDPSession, Page } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixtureDeck, startDevServer } from '../_support/dev-server.js';
import { readFontFile, type FontFile } from '../../src/fonts/font-file.js';
import { launchChromium } from '../../src/node/chromium.js';
import { exportPdfs, pdfPaths } from '../../src/pdf/pdf-command.js';
import { DIST_DIR, loadRealDeck, PROJECT_ROOT } from '../_support/project.js';
import { serveStatic, type StaticServer } from '../_support/static-server.js';

/** PostScript names of the deck's two faces (Noto Sans SC, subset and inlined). */
const DECK_FACES = { regular: 'NotoSansSC-Regular', bold: 'NotoSansSC-Bold' };

interface PlatformFont {
  familyName: string;
  postScriptName: string;
  isCustomFont: boolean;
  glyphCount: number;
}

/** One element with text of its own, as the page probe describes it. */
interface Probe {
  where: string;
  weight: number;
  /** The start of its text, for messages. */
  text: string;
  /** All of its own text. */
  chars: string;
}

/** A text element, the fonts Chromium drew it with, and its characters the served face lacks. */
interface Drawn extends Probe {
  fonts: PlatformFont[];
  notInFace: string[];
}

const isDeckFace = (f: PlatformFont) => f.isCustomFont && Object.values(DECK_FACES).includes(f.postScriptName);
const describeFont = (f: PlatformFont) =>
  `${f.familyName} (${f.postScriptName}${f.isCustomFont ? ', web font' : ', system font'}) ×${f.glyphCount}`;

/**
 * Marks every element with text of its own inside `rootSelector` (visible or not: fragments are
 * laid out while hidden) and describes it. Notes asides and SVG titles are not drawn on a slide.
 */
function markTextElements(page: Page, rootSelector: string): Promise<Probe[]> {
  return page.evaluate((selector) => {
    for (const marked of document.querySelectorAll('[data-font-probe]')) marked.removeAttribute('data-font-probe');
    const probes: { where: string; weight: number; text: string; chars: string }[] = [];
    for (const root of document.querySelectorAll(selector)) {
      for (const element of [root, ...root.querySelectorAll('*')]) {
        if (element.closest('aside.notes, title, desc, script, style')) continue;
        const own = [...element.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent ?? '')
          .join('')
          .trim();
        if (!own) continue;
        const style = getComputedStyle(element);
        if (style.display === 'none') continue;
        // A chart is drawn twice (wide and, for phones, narrow); the one not shown has no glyphs.
        const svg = element.closest('svg');
        if (svg && getComputedStyle(svg).display === 'none') continue;
        element.setAttribute('data-font-probe', String(probes.length));
        const slide = element.closest('section[id], .reader-item[id]');
        const cls = typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
        probes.push({
          where: `${slide ? `#${slide.id} ` : ''}${element.tagName.toLowerCase()}${cls}`,
          weight: Number(style.fontWeight),
          text: own.slice(0, 40),
          chars: own,
        });
      }
    }
    return probes;
  }, rootSelector);
}

/** Chromium's platform fonts for each marked element (its text and its descendants'). */
async function drawnFonts(page: Page, cdp: CDPSession, rootSelector: string): Promise<Drawn[]> {
  const probes = await markTextElements(page, rootSelector);
  // Marking laid the text out: any face it needs is loading now (in the dev server, new faces
  // arrive with an edit).
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((resolve) => requestAnimationFrame(resolve))));
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '[data-font-probe]' });
  expect(nodeIds.length, 'every marked element found over CDP').toBe(probes.length);
  const faces = await servedFaces(cdp);
  const drawn: Drawn[] = [];
  for (const [i, nodeId] of nodeIds.entries()) {
    const { fonts } = (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })) as { fonts: PlatformFont[] };
    const probe = probes[i]!;
    const face = faces.get(probe.weight >= 600 ? 700 : 400);
    const notInFace = [...new Set(probe.chars)].filter((ch) => !INVISIBLE.test(ch) && !hasGlyph(face, ch));
    drawn.push({ ...probe, fonts, notInFace });
  }
  return drawn;
}

/** Characters that draw no glyph of their own. */
const INVISIBLE = /^[\s\u00ad\u200b-\u200f\u2060\ufeff]$/u;

const hasGlyph = (face: FontFile | undefined, ch: string) => face !== undefined && face.glyphFor(ch.codePointAt(0)!) !== 0;

/** Style sheets of each page, as CDP announces them (CSS.enable announces the existing ones). */
const styleSheets = new WeakMap<CDPSession, Set<string>>();

function trackStyleSheets(cdp: CDPSession): void {
  const ids = new Set<string>();
  styleSheets.set(cdp, ids);
  cdp.on('CSS.styleSheetAdded', (event) => ids.add(event.header.styleSheetId));
  cdp.on('CSS.styleSheetRemoved', (event) => ids.delete(event.styleSheetId));
}

const RE_DECK_FACE = /@font-face\s*\{[^}]*font-family:\s*(["']?)Noto Sans SC Subset\1\s*;[^}]*\}/g;

/** The deck's faces as the page's CSS serves them, by weight: woff2 decoded from their data: URLs. */
async function servedFaces(cdp: CDPSession): Promise<Map<number, FontFile>> {
  const faces = new Map<number, FontFile>();
  for (const styleSheetId of styleSheets.get(cdp) ?? []) {
    const { text } = await cdp.send('CSS.getStyleSheetText', { styleSheetId });
    for (const [rule] of text.matchAll(RE_DECK_FACE)) {
      const weight = Number(/font-weight:\s*(\d+)/.exec(rule)?.[1]);
      const url = /src:\s*url\(\s*["']?([^"')]+)/.exec(rule)?.[1] ?? '';
      const data = /^data:font\/woff2;base64,(.+)$/.exec(url)?.[1];
      expect(data, `the deck's ${weight} face is a woff2 data: URL (${url.slice(0, 60)})`).toBeDefined();
      faces.set(weight, await readFontFile(Buffer.from(data!, 'base64')));
    }
  }
  expect([...faces.keys()].sort(), 'the page serves the deck’s 400 and 700 faces').toEqual([400, 700]);
  return faces;
}

/** Everything wrong with `drawn`: a font other than the deck's, or text in the wrong face. */
function problems(drawn: readonly Drawn[]): string[] {
  const found: string[] = [];
  for (const d of drawn) {
    const label = `${d.where} "${d.text}"`;
    const foreign = d.fonts.filter((f) => !isDeckFace(f));
    if (foreign.length > 0) found.push(`${label}: drawn with ${foreign.map(describeFont).join(', ')}`);
    // With font-synthesis: none, bold text must come from the real bold face, regular from regular.
    const face = d.weight >= 600 ? DECK_FACES.bold : DECK_FACES.regular;
    if (!d.fonts.some((f) => f.postScriptName === face))
      found.push(`${label}: weight ${d.weight} but not drawn with ${face} (${d.fonts.map(describeFont).join(', ') || 'no font'})`);
    // Chromium counts a .notdef as drawn by the web font: the served face must really have each.
    for (const ch of d.notInFace)
      found.push(
        `${label}: "${ch}" (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) has no glyph in the served ${d.weight >= 600 ? 700 : 400} face`,
      );
  }
  return found;
}

async function openWithCdp(browser: Browser, url: string, ready: string): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(url);
  await page.waitForSelector(ready, { state: 'attached', timeout: 20_000 });
  await page.evaluate(() => document.fonts.ready);
  const cdp = await page.context().newCDPSession(page);
  trackStyleSheets(cdp);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  return { page, cdp };
}

/** Goes to every slide in turn and checks what it draws, and the slide number. */
async function checkEverySlide(page: Page, cdp: CDPSession): Promise<{ slides: number; glyphs: number; problems: string[] }> {
  const indices = await page.evaluate(() => {
    const deck = window.deck;
    return deck.getSlides().map((s) => deck.getIndices(s));
  });
  const found: string[] = [];
  let glyphs = 0;
  for (const { h, v } of indices) {
    await page.evaluate(([h, v]) => window.deck.slide(h!, v!), [h, v]);
    const drawn = await drawnFonts(page, cdp, '.reveal .slides section.present:not(.stack), .reveal .slide-number');
    glyphs += drawn
      .flatMap((d) => d.fonts)
      .filter(isDeckFace)
      .reduce((n, f) => n + f.glyphCount, 0);
    found.push(...problems(drawn));
  }
  return { slides: indices.length, glyphs, problems: [...new Set(found)] };
}

let browser: Browser;
let slideCount: number;
let slug: string;

beforeAll(async () => {
  browser = await launchChromium();
  const deck = await loadRealDeck();
  slideCount = deck.rendered!.slides.length;
  slug = deck.model!.config.slug;
});

afterAll(async () => {
  await browser?.close();
});

describe('every glyph on every slide comes from the deck’s web fonts', () => {
  let server: StaticServer;
  let dev: ViteDevServer;

  beforeAll(async () => {
    server = await serveStatic(DIST_DIR);
  });

  afterAll(async () => {
    await server?.close();
    await dev?.close();
  });

  const cases: [string, () => Promise<string> | string][] = [
    ['the static build from a server', () => `${server.url}index.html`],
    ['the static build from file://', () => pathToFileURL(join(DIST_DIR, 'index.html')).href],
    [
      'the dev server',
      async () => {
        const started = await startDevServer();
        dev = started.server;
        return started.url;
      },
    ],
  ];

  for (const [name, url] of cases) {
    it(name, async () => {
      const { page, cdp } = await openWithCdp(browser, await url(), '.reveal.ready');
      try {
        const result = await checkEverySlide(page, cdp);
        expect(result.slides).toBe(slideCount);
        expect(result.glyphs).toBeGreaterThan(slideCount * 10);
        expect(result.problems).toEqual([]);
      } finally {
        await page.close();
      }
    }, 120_000);
  }

  it('the single-file deck dist/<slug>.html from file://', async () => {
    const file = join(DIST_DIR, `${slug}.html`);
    expect(existsSync(file), `${file}: the build writes the single-file deck`).toBe(true);
    const { page, cdp } = await openWithCdp(browser, pathToFileURL(file).href, '.reveal.ready');
    try {
      const result = await checkEverySlide(page, cdp);
      expect(result.slides).toBe(slideCount);
      expect(result.problems).toEqual([]);
    } finally {
      await page.close();
    }
  }, 120_000);

  it('the print view (?print-pdf), every slide at once, as the PDF prints it', async () => {
    const { page, cdp } = await openWithCdp(
      browser,
      `${pathToFileURL(join(DIST_DIR, 'index.html')).href}?print-pdf`,
      '.reveal.ready .pdf-page',
    );
    try {
      await page.emulateMedia({ media: 'print' });
      const drawn = await drawnFonts(page, cdp, '.reveal .slides section:not(.stack)');
      expect(new Set(drawn.map((d) => d.where.split(' ')[0])).size).toBe(slideCount);
      expect(problems(drawn)).toEqual([]);
    } finally {
      await page.close();
    }
  }, 120_000);

  it('reader mode (?reader), every slide with its notes', async () => {
    const { page, cdp } = await openWithCdp(
      browser,
      `${pathToFileURL(join(DIST_DIR, 'index.html')).href}?reader`,
      'html[data-reader-ready]',
    );
    try {
      const drawn = await drawnFonts(page, cdp, '.reader-item');
      const notes = await page.locator('.reader-notes p, .reader-notes li').count();
      expect(notes).toBeGreaterThanOrEqual(slideCount);
      expect(drawn.length).toBeGreaterThan(notes + slideCount);
      expect(problems(drawn)).toEqual([]);
    } finally {
      await page.close();
    }
  }, 120_000);
});

describe('a character the served subset lacks', () => {
  it('is a problem, though Chromium counts its .notdef as drawn by the web font', async () => {
    const { page, cdp } = await openWithCdp(browser, pathToFileURL(join(DIST_DIR, 'index.html')).href, '.reveal.ready');
    try {
      // 𠀀 (Extension B) is in no bundled face; 鑫 is in Noto Sans SC but in no slide of the talk.
      await page.evaluate(() =>
        document.querySelector('.reveal .slides section.present')!.insertAdjacentHTML('beforeend', '<p id="odd">第𠀀鑫</p>'),
      );
      const drawn = await drawnFonts(page, cdp, '#odd');
      expect(drawn.map((d) => d.text)).toEqual(['第𠀀鑫']);
      expect(
        drawn[0]!.fonts.filter((f) => !isDeckFace(f)),
        'only the web font is credited',
      ).toEqual([]);
      expect(problems(drawn)).toEqual([
        expect.stringMatching(/"𠀀" \(U\+20000\) has no glyph in the served 400 face$/),
        expect.stringMatching(/"鑫" \(U\+946B\) has no glyph in the served 400 face$/),
      ]);
    } finally {
      await page.close();
    }
  }, 120_000);
});

describe('the subset follows the text in the dev server', () => {
  let dir: string;
  let dev: ViteDevServer;
  afterAll(async () => {
    await dev?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('a slide edited to show new characters, in bold and regular, draws them in the deck’s faces', async () => {
    dir = await copyFixtureDeck('small', 'deck-fonts-dev-');
    const started = await startDevServer(dir);
    dev = started.server;
    const { page, cdp } = await openWithCdp(browser, started.url, '.reveal.ready');
    try {
      await page.evaluate(() => window.deck.slide(1));
      // Characters no slide of the fixture has, rare enough that no other test adds them either.
      const file = join(dir, '01-intro.md');
      await writeFile(file, (await readFile(file, 'utf8')).replace('## 第二页', '## 第二页：鑫淼').replace('* 第一点', '* 第一点：犇骉'));
      const heading = page.locator('.reveal .slides section.present h2').first();
      await expect.poll(() => heading.textContent(), { timeout: 20_000 }).toBe('第二页：鑫淼');
      const drawn = await drawnFonts(page, cdp, '.reveal .slides section.present:not(.stack)');
      expect(drawn.map((d) => d.text).join('')).toContain('犇骉');
      expect(problems(drawn)).toEqual([]);
    } finally {
      await page.close();
    }
  }, 120_000);
});

describe('the PDFs embed only the deck’s fonts', () => {
  let outDir: string;
  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'deck-pdf-fonts-'));
  });
  afterAll(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  /** pdffonts' table: name, type, encoding, emb, sub, uni, object ID. */
  async function pdfFonts(file: string): Promise<{ name: string; type: string; embedded: boolean }[]> {
    const { stdout } = await promisify(execFile)('pdffonts', [file]);
    return stdout
      .split('\n')
      .slice(2)
      .filter((line) => line.trim())
      .map((line) => {
        const m =
          /^(\S+)\s+(.+?)\s+(Identity-H|Custom|Builtin|WinAnsi|MacRoman|Standard)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(
            line,
          );
        if (!m) throw new Error(`unexpected pdffonts line: ${line}`);
        return { name: m[1]!, type: m[2]!, embedded: m[4] === 'yes' };
      });
  }

  it('dist/<slug>.pdf and dist/<slug>-notes.pdf (written by npm run pdf’s exporter)', async () => {
    const lines: string[] = [];
    const code = await exportPdfs({
      root: PROJECT_ROOT,
      distDir: DIST_DIR,
      outDir,
      separateFragments: false,
      log: (l) => lines.push(l),
      out: () => {},
    });
    expect(code, lines.join('\n')).toBe(0);
    const paths = pdfPaths(outDir, slug);
    for (const file of [paths.deck, paths.handout]) {
      const fonts = await pdfFonts(file);
      expect(fonts.length, file).toBeGreaterThan(0);
      const foreign = fonts.filter(
        (f) => !f.embedded || !/^[A-Z]{6}\+NotoSansSC-(Regular|Bold)$/.test(f.name) || f.type !== 'CID TrueType',
      );
      expect(foreign, `${file}: fonts that are not the deck's embedded Noto Sans SC subsets`).toEqual([]);
    }
  }, 300_000);
});
