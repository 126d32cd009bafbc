// `npm run pdf [deck folder] [--separate-fragments]`: builds the deck, then prints
// dist/<slug>.pdf and dist/<slug>-notes.pdf — or names every slide that would print wrong.

import type { PdfOptions } from '../pdf/pdf-command.js';
import { buildDeckSite, checkBeforeBuild } from './build.js';
import { deckFolder, isEntry, parseCommandArgs, PROJECT_ROOT, runCommand } from './run-command.js';

export const PDF_USAGE = 'usage: npm run pdf -- [deck folder] [--separate-fragments]';

export function parsePdfArguments(args: readonly string[]): PdfOptions & { slidesDir?: string } {
  const { values, deckDir } = parseCommandArgs(args, { 'separate-fragments': { type: 'boolean' } });
  return { separateFragments: Boolean(values['separate-fragments']), ...(deckDir === undefined ? {} : { slidesDir: deckDir }) };
}

export async function main(args: readonly string[]): Promise<number> {
  // Options first: a typo should not cost a build.
  const options = parsePdfArguments(args);
  const slidesDir = deckFolder(options.slidesDir);
  // A character the font lacks would print as an empty box: an error here.
  if (!(await checkBeforeBuild(slidesDir, { glyphs: 'error' }))) return 1;
  if (!(await buildDeckSite(slidesDir))) return 1;
  const { exportPdfs } = await import('../pdf/pdf-command.js');
  return exportPdfs({ root: PROJECT_ROOT, slidesDir, separateFragments: options.separateFragments });
}

if (isEntry(import.meta.url)) runCommand(main, PDF_USAGE);
