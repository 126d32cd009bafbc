// Subsetting one face in a worker thread, and the subsetter's versions as installed.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { characterSet } from '../../src/fonts/character-set.js';
import { readFontFile } from '../../src/fonts/font-file.js';
import { installedVersion, subsetFace, subsetterKey } from '../../src/fonts/subset.js';
import { PROJECT_ROOT } from '../_support/project.js';

const SLOW = 120_000;
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as { version: string };

describe('subsetter versions', () => {
  it('are read from the installed packages’ package.json, even one whose exports hide it', () => {
    const modules = path.join(PROJECT_ROOT, 'node_modules');
    const subsetFont = readJson(path.join(modules, 'subset-font/package.json')).version;
    const harfbuzz = readJson(path.join(modules, 'harfbuzzjs/package.json')).version;
    expect(installedVersion('subset-font')).toBe(subsetFont);
    expect(installedVersion('harfbuzzjs', createRequire(import.meta.url).resolve('subset-font'))).toBe(harfbuzz);
    expect(subsetterKey()).toBe(`subset-font@${subsetFont}|harfbuzzjs@${harfbuzz}`);
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
});
