// The deck's two faces end to end: real fonts really subset, from the cache when it holds them.

import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commonHanzi } from '../../src/bench/scale-deck.js';
import { BASE_CHARS, characterSet, charsetHash, type FontWeight } from '../../src/fonts/character-set.js';
import { FONT_FAMILY, fontFileName } from '../../src/fonts/font-face-css.js';
import { readFontFile, type FontFile } from '../../src/fonts/font-file.js';
import { type SubsetFace, subsetFace } from '../../src/fonts/subset.js';
import { subsetFontFile, subsetFonts, type FontSubset } from '../../src/fonts/subset-fonts.js';

const SLOW = 120_000;

const openWoff2 = (data: Uint8Array): Promise<FontFile> => readFontFile(data);
const hasGlyph = (font: FontFile, ch: string) => font.glyphFor(ch.codePointAt(0)!) !== 0;

/** The characters of `text` the font maps to no real glyph. */
function covers(font: FontFile, text: string): string[] {
  return [...text].filter((ch) => !hasGlyph(font, ch));
}

/** subsetFace, with the weight of each call it really subsets (cache hits make none). */
function counting(): { subset: SubsetFace; calls: FontWeight[] } {
  const calls: FontWeight[] = [];
  const subset: SubsetFace = (weight, chars) => {
    calls.push(weight);
    return subsetFace(weight, chars);
  };
  return { calls, subset };
}

/** The first `n` characters of GB2312 level 1 (the 3,755 most common hanzi). */
const commonHanziPrefix = (n: number): string => [...commonHanzi()].slice(0, n).join('');

describe('subsetFonts (real fonts, really subset)', () => {
  const text = 'DeepSeek：国产大模型的破局者\nDeepSeek 2215万 41.6%';
  let result: FontSubset;

  beforeAll(async () => {
    result = await subsetFonts(text, { urlPrefix: '/fonts/' });
  }, SLOW);

  it('returns one woff2 file per weight, named with the hash of its character set', () => {
    expect(result.family).toBe(FONT_FAMILY);
    expect(result.hash).toMatch(/^[0-9a-f]{12}$/);
    expect(result.files.map((f) => f.weight)).toEqual([400, 700]);
    for (const file of result.files) {
      // one text for both weights: both cover the same set
      expect(file.chars).toBe(characterSet(text));
      expect(file.fileName).toBe(`noto-sans-sc-${file.weight}-${charsetHash(characterSet(text))}.woff2`);
      expect(Buffer.from(file.data.subarray(0, 4)).toString('latin1')).toBe('wOF2');
    }
  });

  it('files parse, keep TrueType outlines and cover every requested character, and nothing else', async () => {
    for (const file of result.files) {
      const font = await openWoff2(file.data);
      expect(font.name(1)).toMatch(/Noto Sans SC/);
      expect(font.tables).toContain('glyf');
      expect(font.tables).not.toContain('CFF ');
      expect(covers(font, '国产大模型破局者')).toEqual([]);
      expect(covers(font, 'DeepSeek 2215万 41.6%')).toEqual([]);
      expect(covers(font, BASE_CHARS)).toEqual([]); // the always-present UI characters
      expect(hasGlyph(font, '鑫')).toBe(false);
      expect(hasGlyph(font, '龙')).toBe(false);
      // the cmap is exactly the character set (Noto Sans SC has all of it)
      expect(String.fromCodePoint(...font.codePoints)).toBe(result.chars);
      // glyphs have real outlines
      expect(font.glyphPath(font.glyphFor('国'.codePointAt(0)!)).match(/[MLQCZ]/g)?.length).toBeGreaterThan(10);
    }
  });

  it('700 is the real bold master, not the regular one', async () => {
    const [regular, bold] = await Promise.all(result.files.map((f) => openWoff2(f.data)));
    expect(Buffer.from(result.files[0]!.data).equals(Buffer.from(result.files[1]!.data))).toBe(false);
    expect(regular!.weightClass).toBe(400);
    expect(bold!.weightClass).toBe(700);
    expect(bold!.name(2)).toMatch(/Bold/);
    // heavier strokes: the same glyph's outline differs and its ink box is larger
    const outline = (f: FontFile) => f.glyphPath(f.glyphFor('国'.codePointAt(0)!));
    expect(outline(bold!)).not.toBe(outline(regular!));
    const advance = (f: FontFile) => f.advance(f.glyphFor('l'.codePointAt(0)!));
    expect(advance(bold!)).toBeGreaterThan(advance(regular!));
  });

  it('css declares both weights with the file names and the url prefix', () => {
    const { css } = result;
    const hash = charsetHash(characterSet(text));
    expect(css.match(/@font-face/g)).toHaveLength(2);
    expect(css).toContain(`font-family:"${FONT_FAMILY}"`);
    expect(css).toContain('font-weight:400');
    expect(css).toContain('font-weight:700');
    expect(css).toContain('font-display:block');
    expect(css).toContain(`url(/fonts/noto-sans-sc-400-${hash}.woff2) format("woff2")`);
    expect(css).toContain(`url(/fonts/noto-sans-sc-700-${hash}.woff2) format("woff2")`);
  });

  // Measured: 598 GB2312 level-1 hanzi + ASCII + punctuation (781 chars) → 400: 104 KB, 700: 106 KB.
  it(
    '~600 distinct CJK characters stay small (< 400 KB per weight)',
    async ({ annotate }) => {
      const hanzi = `${commonHanziPrefix(592)}国产大模型破局者`;
      const distinct = new Set([...hanzi].filter((c) => /\p{Script=Han}/u.test(c)));
      expect(distinct.size).toBeGreaterThanOrEqual(590);
      expect(distinct.has('鑫')).toBe(false);
      const big = await subsetFonts(hanzi);
      for (const file of big.files) {
        expect(file.data.length).toBeLessThan(400 * 1024);
        const font = await openWoff2(file.data);
        expect(covers(font, hanzi)).toEqual([]);
        expect(hasGlyph(font, '鑫')).toBe(false);
      }
      // sizes, for the record (shown by the test reporter)
      await annotate(
        `${distinct.size} hanzi, ${[...big.chars].length} chars: ` +
          big.files.map((f) => `${f.weight} → ${(f.data.length / 1024).toFixed(1)} KB`).join(', '),
      );
    },
    SLOW,
  );
});

describe('subsetFonts with a text per weight', () => {
  const regular = '国产大模型的破局者：DeepSeek 2215万';
  const bold = '破局 AI';
  let result: FontSubset;

  beforeAll(async () => {
    result = await subsetFonts({ 400: regular, 700: bold });
  }, SLOW);

  it('the regular face covers its text and the base characters', async () => {
    const [file400] = result.files;
    expect(file400!.chars).toBe(characterSet(regular));
    const font = await openWoff2(file400!.data);
    expect(covers(font, regular + BASE_CHARS)).toEqual([]);
  });

  it('the bold face covers the bold text, its spaces and the other case of its letters, and nothing else', async () => {
    const file700 = result.files[1]!;
    expect(file700.weight).toBe(700);
    expect(file700.fileName).toBe(fontFileName(700, charsetHash(file700.chars)));
    const font = await openWoff2(file700.data);
    expect(covers(font, '破局 AIai')).toEqual([]);
    for (const ch of '国产模0，') expect(hasGlyph(font, ch), ch).toBe(false);
    expect(font.weightClass).toBe(700);
    // far smaller than the regular face
    expect(file700.data.length * 3).toBeLessThan(result.files[0]!.data.length);
  });

  it('the css declares each file under its own name', () => {
    for (const file of result.files) expect(result.css).toContain(`url(${file.fileName}) format("woff2")`);
    expect(result.chars).toBe(characterSet(result.files[0]!.chars + result.files[1]!.chars, ''));
  });
});

describe('cache', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'subset-fonts-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it(
    'a second call with the same character set does no subsetting',
    async () => {
      const cacheDir = path.join(dir, 'nested', 'cache');
      const { subset, calls } = counting();
      const first = await subsetFonts('缓存测试：破局', { cacheDir, subset });
      expect(calls.length).toBe(2);
      for (const f of first.files) expect(existsSync(path.join(cacheDir, f.fileName))).toBe(true);

      // same set, other order and repetition, other url prefix
      const second = await subsetFonts('破局：测试缓存缓存', { cacheDir, urlPrefix: 'assets/', subset });
      expect(calls.length).toBe(2);
      expect(second.hash).toBe(first.hash);
      expect(second.files.map((f) => f.fileName)).toEqual(first.files.map((f) => f.fileName));
      for (let i = 0; i < 2; i++) {
        expect(Buffer.from(second.files[i]!.data).equals(Buffer.from(first.files[i]!.data))).toBe(true);
      }
      expect(second.css).toContain(`url(assets/${first.files[0]!.fileName})`);

      // another character set is subset anew
      await subsetFonts('缓存测试：破局者', { cacheDir, subset });
      expect(calls.length).toBe(4);
    },
    SLOW,
  );

  it(
    'caches each weight on its own: a change to the regular text leaves the bold face alone',
    async () => {
      const cacheDir = path.join(dir, 'per-weight');
      const { subset, calls } = counting();
      const first = await subsetFonts({ 400: '标题和正文', 700: '标题' }, { cacheDir, subset });
      expect(calls.length).toBe(2);
      const second = await subsetFonts({ 400: '标题和更多正文', 700: '标题' }, { cacheDir, subset });
      expect(calls.length).toBe(3);
      expect(calls[2]).toBe(400); // only the face whose characters changed
      expect(second.files[1]!.fileName).toBe(first.files[1]!.fileName);
      expect(second.files[0]!.fileName).not.toBe(first.files[0]!.fileName);
      // and subsetFontFile is served from the same cache
      const again = await subsetFontFile(700, first.files[1]!.chars, { cacheDir, subset });
      expect(calls.length).toBe(3);
      expect(Buffer.from(again.data).equals(Buffer.from(first.files[1]!.data))).toBe(true);
    },
    SLOW,
  );

  it(
    'a damaged cache entry is rebuilt, not served',
    async () => {
      const cacheDir = path.join(dir, 'damaged');
      const first = await subsetFonts('损坏的缓存', { cacheDir });
      const victim = path.join(cacheDir, first.files[1]!.fileName);
      const bytes = await readFile(victim);
      await writeFile(victim, bytes.subarray(0, 100));
      const { subset, calls } = counting();
      const again = await subsetFonts('损坏的缓存', { cacheDir, subset });
      expect(calls).toEqual([700]); // only the damaged weight
      expect(Buffer.from(again.files[1]!.data).equals(bytes)).toBe(true);
      expect((await readFile(victim)).equals(bytes)).toBe(true);
    },
    SLOW,
  );
});
