// The font cache on its own: round trip, stale and damaged entries, its key and default folder.

import { existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deckViteConfig } from '../../src/bundle/vite-config.js';
import { charsetHash } from '../../src/fonts/character-set.js';
import { defaultFontCacheDir, type FontFile, fontCacheKey, readCachedFont, writeCachedFont } from '../../src/fonts/font-cache.js';
import { fontFileName } from '../../src/fonts/font-face-css.js';
import { sourceFontsKey } from '../../src/fonts/source-fonts.js';
import { subsetterKey } from '../../src/fonts/subset.js';
import { PROJECT_ROOT } from '../_support/project.js';

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

describe('the cache folder is an option of the build', () => {
  it('deckViteConfig({ fontCacheDir }) puts the subset files and the face coverage there, whatever the working directory', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'font-cache-option-'));
    const cwd = process.cwd();
    try {
      const slidesDir = path.join(work, 'slides');
      await mkdir(slidesDir);
      await writeFile(path.join(slidesDir, 'deck.yaml'), 'title: 缓存位置\nauthor: 测试\nslug: cache-option\n');
      await writeFile(path.join(slidesDir, '01-a.md'), '# 缓存位置\n\n字体缓存写在给定的文件夹里。\n');
      const fontCacheDir = path.join(work, 'given', 'fonts');
      const elsewhere = path.join(work, 'elsewhere');
      await mkdir(elsewhere);
      process.chdir(elsewhere);
      const config = deckViteConfig({ projectRoot: PROJECT_ROOT, slidesDir, outDir: path.join(work, 'dist'), fontCacheDir });
      await build({ ...config, configFile: false, logLevel: 'silent' });
      const cached = readdirSync(fontCacheDir);
      expect(cached.filter((f) => /^noto-sans-sc-(400|700)-[0-9a-f]{12}\.woff2$/.test(f))).toHaveLength(2);
      expect(cached.filter((f) => f.startsWith('coverage-'))).toHaveLength(2);
      expect(readdirSync(elsewhere)).toEqual([]);
      expect(existsSync(path.join(work, 'dist', 'index.html'))).toBe(true);
    } finally {
      process.chdir(cwd);
      await rm(work, { recursive: true, force: true });
    }
  }, 120_000);
});
