// Glyph coverage: characters no bundled face has are reported at their first place in the sources.

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, createLogger } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { deckViteConfig } from '../../src/bundle/vite-config.js';
import { formatDiagnostic } from '../../src/diagnostics.js';
import { deckGlyphCoverage, faceCodePoints } from '../../src/fonts/face-coverage.js';
import {
  checkGlyphCoverage,
  MAX_REPORTED_CHARACTERS,
  rangeSet,
  uncoveredCharacters,
  type FaceCoverage,
} from '../../src/fonts/glyph-coverage.js';
import { readSourceFonts, sourceFontsKey } from '../../src/fonts/source-fonts.js';
import { loadRealDeck, PROJECT_ROOT, SLIDES_DIR } from '../_support/project.js';
import { readDeckSources } from '../../src/node/read-sources.js';

const work = mkdtempSync(join(tmpdir(), 'deck-glyphs-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Faces that have exactly the characters of `regular` (and of `bold`, default the same). */
function faces(regular: string, bold = regular): Record<400 | 700, FaceCoverage> {
  const set = (s: string) => new Set([...s].map((c) => c.codePointAt(0)!));
  return { 400: { name: 'Regular', codePoints: set(regular) }, 700: { name: 'Bold', codePoints: set(bold) } };
}

describe('uncoveredCharacters', () => {
  it('lists each missing character once, in order, ignoring white space, controls and invisible joiners', () => {
    expect(
      uncoveredCharacters(
        '一𠀀 二\u200d😀\ufe0f\n𠀀\t一😀',
        rangeSet([
          [0x4e00, 0x4e00],
          [0x4e8c, 0x4e8c],
        ]),
      ),
    ).toEqual(['𠀀', '😀']);
  });

  it('rangeSet finds code points inside, at the ends of, and between ranges', () => {
    const set = rangeSet([
      [10, 20],
      [30, 30],
      [0x20000, 0x2a6df],
    ]);
    expect([9, 10, 15, 20, 21, 29, 30, 31, 0x20000, 0x2a6a5, 0x2a6e0].map((cp) => set.has(cp))).toEqual([
      false,
      true,
      true,
      true,
      false,
      false,
      true,
      false,
      true,
      true,
      false,
    ]);
  });
});

describe('checkGlyphCoverage', () => {
  const sources = [
    { path: 'slides/deck.yaml', text: 'title: 一\n' },
    { path: 'slides/01-a.md', text: '## 一\n\n二 𠀀\n\n一 &#x2A6A5; 𠀀\n' },
    { path: 'slides/02-b.md', text: '## 二 **三**\n' },
  ];

  it('reports each missing character once, at its first occurrence (code point columns), as the given severity', () => {
    const found = checkGlyphCoverage({ 400: '一 二 𠀀 一 𪚥 𠀀', 700: '一' }, faces('一二'), sources, { severity: 'error' });
    expect(found.map(formatDiagnostic)).toEqual([
      `slides/01-a.md:3:3: character "𠀀" (U+20000) is not in the deck's font (Regular), so it would show as an empty box — replace it or remove it: the font has Chinese, Latin, digits and common punctuation, but no emoji, Arabic, Hebrew or rare CJK Extension characters`,
      // Written as a character reference: found as written.
      `slides/01-a.md:5:3: character "𪚥" (U+2A6A5) is not in the deck's font (Regular), so it would show as an empty box — replace it or remove it: the font has Chinese, Latin, digits and common punctuation, but no emoji, Arabic, Hebrew or rare CJK Extension characters`,
    ]);
    expect(found.every((d) => d.severity === 'error' && d.ruleId === 'glyph-coverage')).toBe(true);
  });

  it('names the bold face for a character only the bold text needs and only the bold face lacks', () => {
    const found = checkGlyphCoverage({ 400: '一二三', 700: '三' }, faces('一二三', '一二'), sources, { severity: 'warning' });
    expect(found.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`)).toEqual([
      `slides/02-b.md:1:8 character "三" (U+4E09) is not in the deck's font (Bold), so it would show as an empty box`,
    ]);
  });

  it('points at the slide that shows a character no source spells out', () => {
    const found = checkGlyphCoverage({ 400: '四', 700: '' }, faces(''), sources, {
      severity: 'warning',
      fallback: [{ file: 'slides/02-b.md', line: 1, html: '<p>四</p>' }],
    });
    expect(found.map((d) => [d.file, d.line, d.column])).toEqual([['slides/02-b.md', 1, 1]]);
  });

  it(`reports at most ${MAX_REPORTED_CHARACTERS} characters one by one, then one line for the rest`, () => {
    const many = Array.from({ length: MAX_REPORTED_CHARACTERS + 5 }, (_, i) => String.fromCodePoint(0x20000 + i)).join('');
    const found = checkGlyphCoverage({ 400: many, 700: '' }, faces(''), [{ path: 'a.md', text: many }], { severity: 'warning' });
    expect(found).toHaveLength(MAX_REPORTED_CHARACTERS + 1);
    expect(found.at(-1)!.message).toBe(
      `5 more characters are not in the deck's font: ${[...many].slice(MAX_REPORTED_CHARACTERS).join(' ')}`,
    );
    expect(found.at(-1)!.column).toBe(MAX_REPORTED_CHARACTERS + 1);
  });
});

describe('the bundled faces', () => {
  it('have every character of the real talk', async () => {
    const deck = await loadRealDeck();
    const sources = await readDeckSources(SLIDES_DIR, PROJECT_ROOT);
    expect(await deckGlyphCoverage(deck, sources, { projectRoot: PROJECT_ROOT })).toEqual([]);
  });

  it('are read from the font once, then from the cache keyed by the source fonts’ version and hashes', async () => {
    const cacheDir = join(work, 'cache');
    const cold = await faceCodePoints(400, cacheDir);
    expect([0x4e00, 0x41, 0x3002].map((cp) => cold.has(cp))).toEqual([true, true, true]);
    expect([0x20000, 0x1f600, 0x5d0].map((cp) => cold.has(cp))).toEqual([false, false, false]);
    const file = join(cacheDir, `coverage-noto-sans-sc-${readSourceFonts().version}-400.json`);
    expect(existsSync(file)).toBe(true);
    // The cache is what a warm read uses: a doctored entry shows through…
    writeFileSync(file, JSON.stringify({ key: sourceFontsKey(), ranges: [[0x20000, 0x20000]] }));
    expect((await faceCodePoints(400, cacheDir)).has(0x20000)).toBe(true);
    // …and an entry for other source fonts does not.
    writeFileSync(file, JSON.stringify({ key: 'Noto Sans SC@0.0.0#0,0', ranges: [[0x20000, 0x20000]] }));
    expect((await faceCodePoints(400, cacheDir)).has(0x20000)).toBe(false);
    expect(JSON.parse(readFileSync(file, 'utf8')).key).toBe(sourceFontsKey());
  });
});

describe('vite build', () => {
  it('warns about each character the deck’s font lacks, and still builds', async () => {
    const warnings: string[] = [];
    const logger = createLogger('warn', { allowClearScreen: false });
    logger.warn = (message) => void warnings.push(message);
    const slidesDir = join(PROJECT_ROOT, 'tests/fixtures/bad/missing-glyphs');
    const outDir = join(work, 'dist');
    await build({
      ...deckViteConfig({ projectRoot: PROJECT_ROOT, slidesDir, outDir }),
      configFile: false,
      logLevel: 'warn',
      customLogger: logger,
    });
    expect(existsSync(join(outDir, 'index.html'))).toBe(true);
    const text = warnings.join('\n');
    expect(text).toContain(
      'tests/fixtures/bad/missing-glyphs/01-a.md:1:8: warning: character "𠀀" (U+20000) is not in the deck\'s font (Noto Sans SC)',
    );
    expect(text).toContain('tests/fixtures/bad/missing-glyphs/deck.yaml:1:11: warning: character "🚀" (U+1F680)');
  }, 120_000);
});
