// The font cache on its own: round trip, stale and damaged entries, its key and default folder.

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { charsetHash } from '../../src/fonts/character-set.js';
import { defaultFontCacheDir, type FontFile, fontCacheKey, readCachedFont, writeCachedFont } from '../../src/fonts/font-cache.js';
import { fontFileName } from '../../src/fonts/font-face-css.js';
import { sourceFontsKey } from '../../src/fonts/source-fonts.js';
import { subsetterKey } from '../../src/fonts/subset.js';

/** A stand-in woff2 file: the signature and enough bytes to pass the size check. */
const fakeFile = (chars: string): FontFile => {
  const data = new Uint8Array(64).fill(7);
  data.set([0x77, 0x4f, 0x46, 0x32]);
  return { weight: 400, fileName: fontFileName(400, charsetHash(chars)), chars, data };
};

describe('font cache', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'font-cache-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('gives back what was stored under the same key, weight and characters, and nothing else', async () => {
    const cacheDir = path.join(dir, 'a', 'b');
    const file = fakeFile('缓存');
    await writeCachedFont(cacheDir, 'k1', file);
    expect(await readCachedFont(cacheDir, 'k1', 400, '缓存')).toEqual(file);
    expect(await readCachedFont(cacheDir, 'k2', 400, '缓存')).toBeUndefined(); // another recipe
    expect(await readCachedFont(cacheDir, 'k1', 700, '缓存')).toBeUndefined();
    expect(await readCachedFont(cacheDir, 'k1', 400, '缓')).toBeUndefined();
  });

  it('a damaged file is not served', async () => {
    const file = fakeFile('损坏');
    await writeCachedFont(dir, 'k', file);
    await writeFile(path.join(dir, file.fileName), (await readFile(path.join(dir, file.fileName))).subarray(0, 10));
    expect(await readCachedFont(dir, 'k', 400, '损坏')).toBeUndefined();
  });

  it('is keyed by the source fonts and the installed subsetter, not by constants', () => {
    const key = fontCacheKey();
    expect(key.startsWith(`${sourceFontsKey()}|${subsetterKey()}|recipe`)).toBe(true);
    expect(key).toContain('vert');
  });

  it('lives under the project root given, whatever the working directory', () => {
    expect(defaultFontCacheDir('/some/project')).toBe(path.resolve('/some/project/node_modules/.cache/deck-fonts'));
    expect(defaultFontCacheDir('/some/project')).not.toContain(process.cwd());
  });
});
