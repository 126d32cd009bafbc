// `npm run build [deck folder]`: checks the slides first — every problem as file:line:column,
// exit code 1, no stack trace — and only then loads Vite and writes the deck to dist/.

import { resolve } from 'node:path';
import { formatDiagnostic, hasErrors } from '../diagnostics.js';
import { loadPluginDeck, type PluginDeck } from '../bundle/vite-plugin.js';
import { writeBuildStamp } from './build-stamp.js';
import { deckFolder, isEntry, PROJECT_ROOT, parseCommandArgs, runCommand } from './run-command.js';

/** Build settings that change no byte of the deck, only the time it takes. */
export const FAST_BUILD = { css: { transformer: 'lightningcss' }, build: { reportCompressedSize: false } } as const;

export const BUILD_USAGE = 'usage: npm run build -- [deck folder or reveal-md .md file] [--out-dir folder] [--font-cache-dir folder]';

/**
 * Prints every finding of the deck in `slidesDir`; undefined when one is an error (nothing may be
 * built), else the deck as loaded — for buildDeckSite, so the build does not read and render it again.
 */
export async function checkBeforeBuild(
  slidesDir: string,
  options: { glyphs?: 'warning' | 'error'; print?: (line: string) => void; fontCacheDir?: string } = {},
): Promise<PluginDeck | undefined> {
  const print = options.print ?? console.error;
  // Loaded as the build's plugin loads it (images carried into the build), so the build can take it as it is.
  const deck = await loadPluginDeck({ slidesDir, root: PROJECT_ROOT, fontCacheDir: options.fontCacheDir, glyphs: options.glyphs }, 'build');
  const { diagnostics } = deck.build;
  for (const d of diagnostics) print(formatDiagnostic(d));
  if (!hasErrors(diagnostics)) return deck;
  const count = diagnostics.filter((d) => d.severity === 'error').length;
  print(`\n${count} error${count > 1 ? 's' : ''} in the slides; nothing was built.`);
  return undefined;
}

/**
 * The Vite build of the deck in `slidesDir` into `outDir` (default dist/); Vite is loaded only now,
 * checking needs none of it. `preloaded` is the deck checkBeforeBuild loaded. A failure is printed
 * as its cause, with a hint; false then.
 */
export async function buildDeckSite(slidesDir: string, outDir?: string, fontCacheDir?: string, preloaded?: PluginDeck): Promise<boolean> {
  const [{ build }, { deckViteConfig }, { describeBuildFailure }] = await Promise.all([
    import('vite'),
    import('../bundle/vite-config.js'),
    import('../bundle/build-failure.js'),
  ]);
  try {
    const startedAt = Date.now();
    const config = deckViteConfig({ projectRoot: PROJECT_ROOT, slidesDir, outDir, fontCacheDir, preloaded });
    // No gzip sizes in Vite's list: they cost a pass over every font and script, and `npm run bench`
    // measures them. Lightning CSS, not PostCSS, reads the style sheets: the same output, without a
    // second of PostCSS parsing the fonts' data: URLs.
    await build({ ...config, configFile: false, ...FAST_BUILD, build: { ...config.build, ...FAST_BUILD.build } });
    // Vite's list above names the hidden folder the build went into before it replaced the old one.
    console.log(`\nthe deck is in ${config.build?.outDir}`);
    await writeBuildStamp(PROJECT_ROOT, slidesDir, config.build!.outDir!, startedAt);
    return true;
  } catch (error) {
    console.error(describeBuildFailure(error, PROJECT_ROOT));
    return false;
  }
}

export async function main(args: readonly string[]): Promise<number> {
  const { values, deckDir } = parseCommandArgs(args, { 'out-dir': { type: 'string' }, 'font-cache-dir': { type: 'string' } });
  const slidesDir = deckFolder(deckDir);
  const given = (folder: string | undefined) => (folder === undefined ? undefined : resolve(folder));
  const fontCacheDir = given(values['font-cache-dir']);
  const deck = await checkBeforeBuild(slidesDir, { fontCacheDir });
  if (!deck) return 1;
  return (await buildDeckSite(slidesDir, given(values['out-dir']), fontCacheDir, deck)) ? 0 : 1;
}

if (isEntry(import.meta.url)) runCommand(main, BUILD_USAGE);
