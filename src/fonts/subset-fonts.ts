// The deck's web fonts: Noto Sans SC 400 and 700 cut to the characters each weight draws, from
// the cache when it holds them, the two faces subset in parallel. See README.md for the design.

import { characterSet, characterSets, charsetHash, type FontWeight, type TextByWeight } from './character-set.js';
import { type FontFile, fontCacheKey, readCachedFont, writeCachedFont } from './font-cache.js';
import { FONT_FAMILY, fontFaceCss, fontFileName } from './font-face-css.js';
import { type SubsetFace, subsetFace } from './subset.js';

export type { FontFile } from './font-cache.js';

export interface FontSubset {
  /** CSS font-family name declared by `css`. */
  family: string;
  /** sha256 of the files' character sets, first 12 hex digits. */
  hash: string;
  /** One woff2 file per weight: 400 then 700. */
  files: FontFile[];
  /** @font-face rules, one per weight. */
  css: string;
  /** Every character some file covers (sorted by code point). */
  chars: string;
}

export interface FontFileOptions {
  /** Folder of cached results, keyed by weight and character set; created when missing. None: no cache. */
  cacheDir?: string;
  /** What subsets a face; default subsetFace (a worker thread per file). Tests count calls through it. */
  subset?: SubsetFace;
}

export interface SubsetFontsOptions extends FontFileOptions {
  /** Prefix put before each file name in the CSS `url(...)`; default '' (relative to the CSS). */
  urlPrefix?: string;
}

const WEIGHTS: readonly FontWeight[] = [400, 700];

/**
 * Noto Sans SC at `weight` as woff2, subset to exactly `chars` (use characterSet to build it),
 * from the cache when it holds this weight and character set made by the same recipe.
 */
export async function subsetFontFile(weight: FontWeight, chars: string, options: FontFileOptions = {}): Promise<FontFile> {
  const { cacheDir, subset = subsetFace } = options;
  const key = cacheDir ? fontCacheKey() : '';
  const cached = cacheDir ? await readCachedFont(cacheDir, key, weight, chars) : undefined;
  if (cached) return cached;
  const file: FontFile = { weight, fileName: fontFileName(weight, charsetHash(chars)), chars, data: await subset(weight, chars) };
  if (cacheDir) await writeCachedFont(cacheDir, key, file);
  return file;
}

/**
 * Noto Sans SC 400 and 700 as woff2. `text` is what each weight must draw (see characterSets for
 * what is always added); a plain string is drawn in both weights. A face not in the cache takes
 * ~1 s (a 10.5 MB font through HarfBuzz wasm); the two run at once.
 */
export async function subsetFonts(text: string | TextByWeight, options: SubsetFontsOptions = {}): Promise<FontSubset> {
  const urlPrefix = options.urlPrefix ?? '';
  const sets = typeof text === 'string' ? { 400: characterSet(text), 700: characterSet(text) } : characterSets(text);
  const files = await Promise.all(WEIGHTS.map((weight) => subsetFontFile(weight, sets[weight], options)));
  const css = fontFaceCss(FONT_FAMILY, files, (file) => `${urlPrefix}${file.fileName}`);
  const hash = charsetHash(files.map((f) => f.chars).join('\u0000'));
  return { family: FONT_FAMILY, hash, files, css, chars: characterSet(files.map((f) => f.chars).join(''), '') };
}
