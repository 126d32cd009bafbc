// `npm run build [deck folder]`: checks the slides first — every problem as file:line:column,
// exit code 1, no stack trace — and only then loads Vite and writes the deck to dist/.

import { resolve } from 'node:path';
import { formatDiagnostic, hasErrors } from '../diagnostics.js';
import { loadDeck } from '../node/load-deck.js';
import { deckFolder, isEntry, PROJECT_ROOT, parseCommandArgs, runCommand } from './run-command.js';

export const BUILD_USAGE = 'usage: npm run build -- [deck folder or reveal-md .md file] [--out-dir folder]';

/** Prints every finding of the deck in `slidesDir`; false when one is an error (nothing may be built). */
export async function checkBeforeBuild(
  slidesDir: string,
  options: { glyphs?: 'warning' | 'error'; print?: (line: string) => void } = {},
): Promise<boolean> {
  const print = options.print ?? console.error;
  const { diagnostics } = await loadDeck(slidesDir, PROJECT_ROOT, { glyphs: options.glyphs });
  for (const d of diagnostics) print(formatDiagnostic(d));
  if (!hasErrors(diagnostics)) return true;
  const count = diagnostics.filter((d) => d.severity === 'error').length;
  print(`\n${count} error${count > 1 ? 's' : ''} in the slides; nothing was built.`);
  return false;
}

/**
 * The Vite build of the deck in `slidesDir` into `outDir` (default dist/); Vite is loaded only now,
 * checking needs none of it. A failure is printed as its cause, with a hint; false then.
 */
export async function buildDeckSite(slidesDir: string, outDir?: string): Promise<boolean> {
  const [{ build }, { deckViteConfig }, { describeBuildFailure }] = await Promise.all([
    import('vite'),
    import('../bundle/vite-config.js'),
    import('../bundle/build-failure.js'),
  ]);
  try {
    const config = deckViteConfig({ projectRoot: PROJECT_ROOT, slidesDir, outDir });
    await build({ ...config, configFile: false });
    // Vite's list above names the hidden folder the build went into before it replaced the old one.
    console.log(`\nthe deck is in ${config.build?.outDir}`);
    return true;
  } catch (error) {
    console.error(describeBuildFailure(error, PROJECT_ROOT));
    return false;
  }
}

export async function main(args: readonly string[]): Promise<number> {
  const { values, deckDir } = parseCommandArgs(args, { 'out-dir': { type: 'string' } });
  const slidesDir = deckFolder(deckDir);
  if (!(await checkBeforeBuild(slidesDir))) return 1;
  return (await buildDeckSite(slidesDir, values['out-dir'] === undefined ? undefined : resolve(values['out-dir']))) ? 0 : 1;
}

if (isEntry(import.meta.url)) runCommand(main, BUILD_USAGE);
