// `npm run build [deck folder]`: checks the slides first — every problem as file:line:column,
// exit code 1, no stack trace — and only then loads Vite and writes the deck to dist/.

import { join, resolve } from 'node:path';
import { formatDiagnostic, hasErrors } from '../diagnostics.js';
import { type BuildFiles, fontsCss, loadPluginDeck, type PluginDeck } from '../bundle/vite-plugin.js';
import { defaultFontCacheDir, holdsNoFonts } from '../fonts/font-cache.js';
import { prepareSubsetting } from '../fonts/subset.js';
import { writeBuildStamp } from './build-stamp.js';
import { deckFolder, PROJECT_ROOT, parseCommandArgs } from './run-command.js';

/** Build settings that change no byte of the deck, only the time it takes. */
export const FAST_BUILD = { css: { transformer: 'lightningcss' }, build: { reportCompressedSize: false } } as const;

export const BUILD_USAGE =
  'usage: npm run build -- [deck folder or reveal-md .md file] [--out-dir folder] [--font-cache-dir folder] [--vite-cache-dir folder]';

/**
 * Prints every finding of the deck in `slidesDir`; undefined when one is an error (nothing may be
 * built), else the deck as loaded — for buildDeckSite, so the build does not read and render it again.
 */
export async function checkBeforeBuild(
  slidesDir: string,
  options: {
    glyphs?: 'warning' | 'error';
    print?: (line: string) => void;
    fontCacheDir?: string;
    /** Start cutting the fonts as soon as the deck is rendered, while its files and glyphs are checked (a cold build). */
    cutFontsEarly?: boolean;
  } = {},
): Promise<PluginDeck | undefined> {
  const print = options.print ?? console.error;
  let early: Promise<string> | undefined;
  const onRendered = options.cutFontsEarly
    ? (build: PluginDeck['build']) => {
        early = fontsCss(build, options.fontCacheDir ?? defaultFontCacheDir(PROJECT_ROOT));
        early.catch(() => undefined);
      }
    : undefined;
  // Loaded as the build's plugin loads it (images carried into the build), so the build can take it as it is.
  const loaded = await loadPluginDeck(
    { slidesDir, root: PROJECT_ROOT, fontCacheDir: options.fontCacheDir, glyphs: options.glyphs, onRendered },
    'build',
  );
  const deck = early ? { ...loaded, fontsCss: early } : loaded;
  const { diagnostics } = deck.build;
  for (const d of diagnostics) print(formatDiagnostic(d));
  if (!hasErrors(diagnostics)) return deck;
  const count = diagnostics.filter((d) => d.severity === 'error').length;
  print(`\n${count} error${count > 1 ? 's' : ''} in the slides; nothing was built.`);
  return undefined;
}

export interface BuildSiteOptions {
  /** Default `<project>/dist`. */
  outDir?: string;
  /** Default `<project>/node_modules/.cache/deck-fonts`. */
  fontCacheDir?: string;
  /** Where Vite's files are kept for the next build; default `<project>/node_modules/.cache/deck-vite`. */
  viteCacheDir?: string;
  /** The deck as checkBeforeBuild loaded it; without it Vite always runs. */
  preloaded?: PluginDeck;
}

/**
 * The build of the deck in `slidesDir` into `outDir` (default dist/). When Vite's part of it is
 * kept from a build with the same inputs (see vite-output-cache.ts), the deck is finished from it
 * without loading Vite; else Vite builds it, loaded only now (checking needs none of it). A failure
 * is printed as its cause, with a hint; false then.
 */
export async function buildDeckSite(slidesDir: string, options: BuildSiteOptions = {}): Promise<boolean> {
  const startedAt = Date.now();
  const outDir = options.outDir ?? join(PROJECT_ROOT, 'dist');
  const fontCacheDir = options.fontCacheDir ?? defaultFontCacheDir(PROJECT_ROOT);
  const { defaultViteOutputCacheDir, readViteOutput, viteOutputKey, writeViteOutput } = await import('../bundle/vite-output-cache.js');
  const cacheDir = options.viteCacheDir ?? defaultViteOutputCacheDir(PROJECT_ROOT);
  const deck = options.preloaded;
  const key = viteOutputKey(PROJECT_ROOT);
  const kept = deck?.build.model ? await readViteOutput(cacheDir, key) : undefined;
  if (deck && kept) {
    if (!(await finishFromKept(kept, deck, fontCacheDir, outDir))) return false;
  } else {
    // The fonts are cut in worker threads while Vite loads and bundles (or since the deck was
    // rendered, in a cold build); the deck is finished with them once Vite is done.
    const preloaded = deck && { ...deck, fontsCss: deck.fontsCss ?? fontsCss(deck.build, fontCacheDir) };
    preloaded?.fontsCss.catch(() => undefined);
    let viteFiles: BuildFiles | undefined;
    if (!(await viteBuild(slidesDir, { ...options, outDir, fontCacheDir, preloaded }, (files) => (viteFiles = files)))) return false;
    if (viteFiles) await writeViteOutput(cacheDir, key, viteFiles);
  }
  console.log(`\nthe deck is in ${outDir}`);
  await writeBuildStamp(PROJECT_ROOT, slidesDir, outDir, startedAt);
  return true;
}

/** The deck finished from Vite's kept files and written, atomically, to `outDir`; false (printed) when it cannot be. */
async function finishFromKept(kept: BuildFiles, deck: PluginDeck, fontCacheDir: string, outDir: string): Promise<boolean> {
  const [{ deckIcon, finishViteOutput }, { writeOutDirAtomically }] = await Promise.all([
    import('../bundle/vite-plugin.js'),
    import('../bundle/atomic-out-dir.js'),
  ]);
  try {
    const finish = { fontsCss: await (deck.fontsCss ?? fontsCss(deck.build, fontCacheDir)), icon: deckIcon(PROJECT_ROOT) };
    const finished = finishViteOutput(kept, deck.build, deck.carried, finish);
    if (!(finished instanceof Map)) {
      console.error(finished.error);
      return false;
    }
    await writeOutDirAtomically(outDir, finished);
  } catch (error) {
    const { describeBuildFailure } = await import('../bundle/build-failure.js');
    console.error(describeBuildFailure(error, PROJECT_ROOT));
    return false;
  }
  console.log("the client's script and styles are unchanged since an earlier build: Vite's files reused without running Vite");
  return true;
}

/** Vite's build of the deck; `onViteOutput` is given Vite's own files. */
async function viteBuild(
  slidesDir: string,
  options: BuildSiteOptions & { outDir: string; fontCacheDir: string },
  onViteOutput: (files: BuildFiles) => void,
): Promise<boolean> {
  const [{ build }, { deckViteConfig }, { describeBuildFailure }] = await Promise.all([
    import('vite'),
    import('../bundle/vite-config.js'),
    import('../bundle/build-failure.js'),
  ]);
  try {
    const { outDir, fontCacheDir, preloaded } = options;
    const config = deckViteConfig({ projectRoot: PROJECT_ROOT, slidesDir, outDir, fontCacheDir, preloaded, onViteOutput });
    // No gzip sizes in Vite's list: they cost a pass over every font and script, and `npm run bench`
    // measures them. Lightning CSS, not PostCSS, reads the style sheets: the same output, without a
    // second of PostCSS parsing the fonts' data: URLs. (Vite's list names the hidden folder the
    // build went into before it replaced the old one.)
    await build({ ...config, configFile: false, ...FAST_BUILD, build: { ...config.build, ...FAST_BUILD.build } });
    return true;
  } catch (error) {
    console.error(describeBuildFailure(error, PROJECT_ROOT));
    return false;
  }
}

export async function main(args: readonly string[]): Promise<number> {
  const { values, deckDir } = parseCommandArgs(args, {
    'out-dir': { type: 'string' },
    'font-cache-dir': { type: 'string' },
    'vite-cache-dir': { type: 'string' },
  });
  const slidesDir = deckFolder(deckDir);
  const given = (folder: string | undefined) => (folder === undefined ? undefined : resolve(folder));
  const fontCacheDir = given(values['font-cache-dir']);
  // With no font in the cache (a fresh clone) both faces will be cut: HarfBuzz loads while the deck
  // is read, and the cut starts once it is rendered, while its files and glyphs are checked.
  const cold = holdsNoFonts(fontCacheDir ?? defaultFontCacheDir(PROJECT_ROOT));
  if (cold) prepareSubsetting();
  const deck = await checkBeforeBuild(slidesDir, { fontCacheDir, cutFontsEarly: cold });
  if (!deck) return 1;
  const outDir = given(values['out-dir']);
  const viteCacheDir = given(values['vite-cache-dir']);
  return (await buildDeckSite(slidesDir, { outDir, fontCacheDir, viteCacheDir, preloaded: deck })) ? 0 : 1;
}
