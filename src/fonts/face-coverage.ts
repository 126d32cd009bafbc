// The code points each bundled face has (the source TTFs' cmaps), and the deck's glyph coverage
// check on top of them. I/O: reads the fonts once (~0.1 s) and caches their code points as ranges
// in the font cache folder, keyed by the source fonts' version and hashes (a warm read takes ~1 ms).

import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deckText } from './deck-text.js';
import type { SourceText } from '../parse/deck.js';
import type { Diagnostic } from '../diagnostics.js';
import type { DeckBuild } from '../pipeline.js';
import { checkGlyphCoverage, rangeSet, type CodePointSet, type FaceCoverage } from './glyph-coverage.js';
import type { FontWeight } from './character-set.js';
import { defaultFontCacheDir } from './font-cache.js';
import { resolveSourceFont, sourceFaceName, sourceFontsKey, readSourceFonts } from './source-fonts.js';

type Ranges = [number, number][];

function toRanges(codePoints: readonly number[]): Ranges {
  const ranges: Ranges = [];
  for (const cp of [...codePoints].sort((a, b) => a - b)) {
    const last = ranges.at(-1);
    if (last && cp <= last[1] + 1) last[1] = Math.max(last[1], cp);
    else ranges.push([cp, cp]);
  }
  return ranges;
}

const cacheFile = (cacheDir: string, weight: FontWeight) =>
  join(cacheDir, `coverage-noto-sans-sc-${readSourceFonts().version}-${weight}.json`);

async function readRanges(cacheDir: string | undefined, weight: FontWeight): Promise<Ranges | undefined> {
  if (!cacheDir) return undefined;
  try {
    const cached = JSON.parse(await readFile(cacheFile(cacheDir, weight), 'utf8')) as { key?: string; ranges?: Ranges };
    return cached.key === sourceFontsKey() && Array.isArray(cached.ranges) ? cached.ranges : undefined;
  } catch {
    return undefined;
  }
}

async function writeRanges(cacheDir: string, weight: FontWeight, ranges: Ranges): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  const file = cacheFile(cacheDir, weight);
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(tmp, JSON.stringify({ key: sourceFontsKey(), ranges }));
  await rename(tmp, file);
}

export async function faceCodePoints(weight: FontWeight, cacheDir: string | undefined): Promise<CodePointSet> {
  const cached = await readRanges(cacheDir, weight);
  if (cached) return rangeSet(cached);
  // Loaded only on a cache miss: HarfBuzz's WebAssembly takes a moment to compile.
  const { readFontFile } = await import('./font-file.js');
  const font = await readFontFile(await readFile(resolveSourceFont(weight)));
  const ranges = toRanges(font.codePoints);
  // The cache only saves time: a folder that cannot be written is no reason to fail.
  if (cacheDir) await writeRanges(cacheDir, weight, ranges).catch(() => undefined);
  return rangeSet(ranges);
}

let memo: Promise<Record<FontWeight, FaceCoverage>> | undefined;

/** The code points of the bundled faces, read once per process. */
export function bundledFaceCoverage(cacheDir?: string): Promise<Record<FontWeight, FaceCoverage>> {
  memo ??= Promise.all([faceCodePoints(400, cacheDir), faceCodePoints(700, cacheDir)]).then(([regular, bold]) => ({
    400: { name: sourceFaceName(400), codePoints: regular },
    700: { name: sourceFaceName(700), codePoints: bold },
  }));
  memo.catch(() => {
    memo = undefined;
  });
  return memo;
}

/**
 * Every character the built deck shows that no bundled face has, at its first place in the
 * sources: a warning for build and check, an error for the PDF. Nothing while the deck does not
 * render (its errors come first).
 */
export async function deckGlyphCoverage(
  build: DeckBuild,
  sources: { config: SourceText; slides: readonly SourceText[] },
  options: { projectRoot: string; severity?: Diagnostic['severity']; fontCacheDir?: string },
): Promise<Diagnostic[]> {
  if (!build.rendered) return [];
  const text = deckText(build);
  const faces = await bundledFaceCoverage(options.fontCacheDir ?? defaultFontCacheDir(options.projectRoot));
  return checkGlyphCoverage({ 400: text.all, 700: text.bold }, faces, [sources.config, ...sources.slides], {
    severity: options.severity ?? 'warning',
    fallback: build.rendered.slides,
  });
}
