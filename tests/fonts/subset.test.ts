// Subsetting one face in a worker thread, and the subsetter's versions as installed.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { characterSet } from '../../src/fonts/character-set.js';
import { readFontFile } from '../../src/fonts/font-file.js';
import { hasNativeWoff2, installedVersion, subsetFace, subsetFaceInWasm, subsetterKey } from '../../src/fonts/subset.js';
import { PROJECT_ROOT } from '../_support/project.js';

const SLOW = 120_000;
/** Enough characters to keep a worker busy for a while (≈600 distinct). */
const CJK_SAMPLE = Array.from({ length: 600 }, (_, i) => String.fromCodePoint(0x4e00 + i * 7)).join('');
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as { version: string };

describe('subsetter versions', () => {
  it('are read from the installed packages’ package.json, even one whose exports hide it', () => {
    const modules = path.join(PROJECT_ROOT, 'node_modules');
    const subsetFont = readJson(path.join(modules, 'subset-font/package.json')).version;
    const harfbuzz = readJson(path.join(modules, 'harfbuzzjs/package.json')).version;
    expect(installedVersion('subset-font')).toBe(subsetFont);
    expect(installedVersion('harfbuzzjs', createRequire(import.meta.url).resolve('subset-font'))).toBe(harfbuzz);
    // This machine (linux x64, glibc) loads the native woff2 encoder; its version is in the key.
    const nativeWoff2 = readJson(path.join(modules, '@napi-rs/ttf2woff2-linux-x64-gnu/package.json')).version;
    expect(hasNativeWoff2()).toBe(true);
    expect(subsetterKey()).toBe(`subset-font@${subsetFont}|harfbuzzjs@${harfbuzz}|@napi-rs/ttf2woff2-linux-x64-gnu@${nativeWoff2}`);
  });

  it('a package that is not installed is named', () => {
    expect(() => installedVersion('no-such-package-here')).toThrow(/no-such-package-here/);
  });
});

describe('subsetFace', () => {
  it(
    'cuts both faces at once, each to exactly the characters asked for',
    async () => {
      const chars = characterSet('国产大模型', '');
      const [regular, bold] = await Promise.all([subsetFace(400, chars), subsetFace(700, chars)]);
      for (const [data, weight] of [
        [regular!, 400],
        [bold!, 700],
      ] as const) {
        expect(Buffer.from(data.subarray(0, 4)).toString('latin1')).toBe('wOF2');
        const font = await readFontFile(data);
        expect(font.weightClass).toBe(weight);
        expect(String.fromCodePoint(...font.codePoints)).toBe(chars);
      }
    },
    SLOW,
  );

  it(
    'gives the same bytes for the same face and characters, even while other faces are cut at once',
    async () => {
      const chars = characterSet('损坏的缓存');
      const alone = Buffer.from(await subsetFace(700, chars));
      const busy = await Promise.all([subsetFace(400, characterSet(CJK_SAMPLE)), subsetFace(700, chars), subsetFace(700, chars)]);
      expect(Buffer.from(busy[1]!).equals(alone)).toBe(true);
      expect(Buffer.from(busy[2]!).equals(alone)).toBe(true);
    },
    SLOW,
  );

  it(
    'without a native encoder, subset-font’s wasm one makes the same font within a few bytes',
    async () => {
      const chars = characterSet('国产大模型的破局者', '');
      const [native, wasm] = await Promise.all([subsetFace(400, chars), subsetFaceInWasm(400, chars)]);
      const [a, b] = await Promise.all([readFontFile(native), readFontFile(wasm)]);
      expect(Buffer.from(wasm.subarray(0, 4)).toString('latin1')).toBe('wOF2');
      expect(b.codePoints).toEqual(a.codePoints);
      expect(Math.abs(wasm.length - native.length)).toBeLessThan(native.length * 0.01);
    },
    SLOW,
  );
});
