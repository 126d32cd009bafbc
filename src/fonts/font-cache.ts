// The font cache: each subset woff2 file stored on disk under its weight and character set, with a
// manifest naming the recipe that made it, so a build only subsets a face whose characters changed.

import { readdirSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { charsetHash, type FontWeight } from './character-set.js';
import { fontFileName } from './font-face-css.js';
import { sourceFontsKey } from './source-fonts.js';
import { LAYOUT_FEATURES, subsetterKey } from './subset.js';

export interface FontFile {
  weight: FontWeight;
  /** e.g. `noto-sans-sc-400-0123456789ab.woff2`, named by the hash of `chars` */
  fileName: string;
  /** The characters this file covers (sorted by code point). */
  chars: string;
  /** woff2 bytes */
  data: Uint8Array;
}

/** Bumped whenever the subsetting recipe changes, so old cache entries are rebuilt. */
const RECIPE_VERSION = 2;

/** The folder a project's font work is cached in unless told otherwise: beside its packages. */
export function defaultFontCacheDir(projectRoot: string): string {
  return resolve(projectRoot, 'node_modules/.cache/deck-fonts');
}

/** True when `cacheDir` holds no font at all (missing or empty): a fresh clone's, or a new folder's. */
export function holdsNoFonts(cacheDir: string): boolean {
  try {
    return !readdirSync(cacheDir).some((name) => name.endsWith('.woff2'));
  } catch {
    return true;
  }
}

/** What made a cached file: the source fonts, subset-font and harfbuzzjs as installed, the recipe. */
export function fontCacheKey(): string {
  return [sourceFontsKey(), subsetterKey(), `recipe${RECIPE_VERSION}`, LAYOUT_FEATURES.join(',')].join('|');
}

interface CacheManifest {
  key: string;
  weight: FontWeight;
  chars: string;
  fileName: string;
  size: number;
}

function manifestPath(cacheDir: string, fileName: string): string {
  return join(cacheDir, fileName.replace(/\.woff2$/, '.json'));
}

function isWoff2(data: Uint8Array): boolean {
  return data.length > 48 && data[0] === 0x77 && data[1] === 0x4f && data[2] === 0x46 && data[3] === 0x32;
}

/** The cached file for this weight and character set made under `key`, or undefined (missing, stale or damaged). */
export async function readCachedFont(cacheDir: string, key: string, weight: FontWeight, chars: string): Promise<FontFile | undefined> {
  const fileName = fontFileName(weight, charsetHash(chars));
  let manifest: CacheManifest;
  try {
    manifest = JSON.parse(await readFile(manifestPath(cacheDir, fileName), 'utf8')) as CacheManifest;
  } catch {
    return undefined;
  }
  if (manifest.key !== key || manifest.weight !== weight || manifest.chars !== chars || manifest.fileName !== fileName) {
    return undefined;
  }
  let data: Uint8Array;
  try {
    data = new Uint8Array(await readFile(join(cacheDir, fileName)));
  } catch {
    return undefined;
  }
  if (data.length !== manifest.size || !isWoff2(data)) return undefined;
  return { weight, fileName, chars, data };
}

/** Write via a temporary file and rename, so a reader never sees half a file. */
async function writeAtomic(file: string, data: Uint8Array | string): Promise<void> {
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, file);
}

/** Stores `file` made under `key`; creates the folder when missing. */
export async function writeCachedFont(cacheDir: string, key: string, file: FontFile): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  await writeAtomic(join(cacheDir, file.fileName), file.data);
  const manifest: CacheManifest = { key, weight: file.weight, chars: file.chars, fileName: file.fileName, size: file.data.length };
  // The manifest goes last: its presence means the font file is complete.
  await writeAtomic(manifestPath(cacheDir, file.fileName), JSON.stringify(manifest));
}
