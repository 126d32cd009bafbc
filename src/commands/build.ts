// `npm run build [deck folder]`: checks the slides first — every problem as file:line:column,
// exit code 1, no stack trace — and only then loads Vite and writes the deck to dist/.

import { formatDiagnostic, hasErrors } from '../diagnostics.js';
import { loadDeck } from '../node/load-deck.js';
import { deckFolder, isEntry, PROJECT_ROOT, parseCommandArgs, runCommand } from './run-command.js';

export const BUILD_USAGE = 'usage: npm run build -- [deck folder]';

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

/** The Vite build of the deck in `slidesDir` (Vite is loaded only now: checking needs none of it). */
export async function buildDeckSite(slidesDir: string): Promise<void> {
  const [{ build }, { deckViteConfig }] = await Promise.all([import('vite'), import('../bundle/vite-config.js')]);
  await build({ ...deckViteConfig({ projectRoot: PROJECT_ROOT, slidesDir }), configFile: false });
}

export async function main(args: readonly string[]): Promise<number> {
  const { deckDir } = parseCommandArgs(args, {});
  const slidesDir = deckFolder(deckDir);
  if (!(await checkBeforeBuild(slidesDir))) return 1;
  await buildDeckSite(slidesDir);
  return 0;
}

if (isEntry(import.meta.url)) runCommand(main, BUILD_USAGE);
