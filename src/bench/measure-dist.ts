// The built deck's bytes, read from its folder: what a browser loads to show slide 1, and the
// whole deck. Shared by `npm run bench` and the budget test.

import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SizeFigures } from './budget.js';
import { fontOverhead, type FontOverhead } from './font-overhead.js';
import {
  addBytes,
  cssReferences,
  measure,
  measureFile,
  pageReferences,
  sumByType,
  typeOfPath,
  type Bytes,
  type BytesByType,
  type MeasuredFile,
} from './measure-bytes.js';

/** The project this module belongs to, whose installed reveal.js is the limit's core. */
const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface Load {
  /** Files, relative to the build folder, the page first. */
  files: MeasuredFile[];
  /** Bytes by type, data: URLs counted as their own type, each part gzipped on its own. */
  byType: BytesByType;
  /** Every file gzipped whole and summed: what crosses the wire. */
  total: Bytes;
  /** Payloads of the data:font/… URLs, i.e. the woff2 files. */
  fonts: Uint8Array[];
  /** References to files that are not in the build folder. */
  missing: string[];
}

function toLoad(files: MeasuredFile[], missing: string[]): Load {
  return {
    files,
    byType: sumByType(files.map((f) => f.byType)),
    total: files.reduce((sum, f) => addBytes(sum, f.bytes), { raw: 0, gzip: 0 }),
    fonts: files.flatMap((f) => f.fonts),
    missing,
  };
}

async function readOrUndefined(path: string): Promise<Uint8Array | undefined> {
  try {
    return new Uint8Array(await readFile(path));
  } catch {
    return undefined;
  }
}

/**
 * What a browser fetches to show slide 1 of `page` (default `index.html`): the page, its scripts,
 * style sheets and images, and what the style sheets reference. Every `<img>` of the static deck
 * counts: all slides are in the page and a browser fetches every image in it.
 */
export async function measureSlideOne(distDir: string, page = 'index.html'): Promise<Load> {
  const files: MeasuredFile[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const queue = [page];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const data = await readOrUndefined(join(distDir, path));
    if (!data) {
      missing.push(path);
      continue;
    }
    files.push(measureFile(path, data));
    const type = typeOfPath(path);
    const references =
      type === 'html'
        ? pageReferences(Buffer.from(data).toString('utf8'))
        : type === 'css'
          ? cssReferences(Buffer.from(data).toString('utf8'))
          : [];
    const base = posix.dirname(path);
    for (const url of references) queue.push(posix.normalize(posix.join(base, decodeURI(url.split(/[?#]/)[0]!))));
  }
  return toLoad(files, missing);
}

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(join(dir, prefix), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? listFiles(dir, posix.join(prefix, e.name)) : Promise.resolve([posix.join(prefix, e.name)]))),
  );
  return nested.flat().sort();
}

/**
 * The whole deck: slide 1's files plus every other file the build wrote for the page — all but
 * other pages (the single-file deck) and exports (PDFs).
 */
export async function measureWholeDeck(distDir: string, page = 'index.html'): Promise<Load> {
  const slideOne = await measureSlideOne(distDir, page);
  const counted = new Set(slideOne.files.map((f) => f.path));
  const others = (await listFiles(distDir)).filter((p) => !counted.has(p) && typeOfPath(p) !== 'html' && !/\.pdf$/i.test(p));
  const files = [...slideOne.files];
  for (const path of others) files.push(measureFile(path, new Uint8Array(await readFile(join(distDir, path)))));
  return toLoad(files, slideOne.missing);
}

/**
 * The least slide 1 can weigh with these fonts and this page: the fonts, the page and reveal.js's
 * core (its minified script and style sheet, as installed), each gzipped — what any reveal.js deck
 * showing the same text in the same faces must load. Ours adds our own client code and theme.
 */
export interface PhysicalLimit {
  fonts: number;
  html: number;
  revealCore: number;
  total: number;
}

/** gzip bytes of reveal.js's own `dist/reveal.js` and `dist/reveal.css` in `projectRoot`'s packages. */
export async function revealCoreGzip(projectRoot: string): Promise<number> {
  const dist = join(projectRoot, 'node_modules/reveal.js/dist');
  const parts = await Promise.all(['reveal.js', 'reveal.css'].map((file) => readFile(join(dist, file))));
  return parts.reduce((sum, data) => sum + measure(data).gzip, 0);
}

/** Slide 1's physical limit from its measured load and reveal.js's core bytes. */
export function physicalLimit(slideOne: Load, revealCore: number): PhysicalLimit {
  const fonts = slideOne.byType.fonts.gzip;
  const html = slideOne.byType.html.gzip;
  return { fonts, html, revealCore, total: fonts + html + revealCore };
}

export interface BuiltDeckSizes {
  slideOne: Load;
  limit: PhysicalLimit;
  deck: Load;
  /** dist/<slug>.html, when the build wrote it. */
  singleFile?: Load;
  fonts: FontOverhead;
}

/** Slide 1, the whole deck, the single-file deck and the fonts' overhead of a build in `distDir`. */
export async function measureBuiltDeck(
  distDir: string,
  slug: string | undefined,
  options: { fontCacheDir?: string } = {},
): Promise<BuiltDeckSizes> {
  const slideOne = await measureSlideOne(distDir);
  if (slideOne.missing.length > 0)
    throw new Error(`${distDir}: the page references files that are not there: ${slideOne.missing.join(', ')}`);
  const deck = await measureWholeDeck(distDir);
  const singleFilePath = slug ? `${slug}.html` : undefined;
  const singleFile =
    singleFilePath && existsSync(join(distDir, singleFilePath)) ? await measureSlideOne(distDir, singleFilePath) : undefined;
  const fonts = await fontOverhead(slideOne.fonts, { cacheDir: options.fontCacheDir });
  const limit = physicalLimit(slideOne, await revealCoreGzip(PROJECT_ROOT));
  return { slideOne, limit, deck, singleFile, fonts };
}

export function sizeFigures(sizes: BuiltDeckSizes): SizeFigures {
  return {
    slideOneGzip: sizes.slideOne.total.gzip,
    deckGzip: sizes.deck.total.gzip,
    fontsToSingleSubset: sizes.fonts.ratio,
    slideOneToLimit: sizes.slideOne.total.gzip / sizes.limit.total,
    singleFileGzip: sizes.singleFile?.total.gzip,
  };
}
