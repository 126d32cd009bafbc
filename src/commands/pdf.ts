// `npm run pdf [deck folder] [--separate-fragments] [--per-page 2|3]`: builds the deck, then prints
// dist/<slug>.pdf and dist/<slug>-notes.pdf — or names every slide that would print wrong.

import type { PdfOptions } from '../pdf/pdf-command.js';
import { buildDeckSite, checkBeforeBuild } from './build.js';
import { deckFolder, isEntry, parseCommandArgs, PROJECT_ROOT, runCommand, UsageError } from './run-command.js';

export const PDF_USAGE = 'usage: npm run pdf -- [deck folder] [--separate-fragments] [--per-page 2|3]';

export function parsePdfArguments(args: readonly string[]): PdfOptions & { slidesDir?: string } {
  const { values, deckDir } = parseCommandArgs(args, { 'separate-fragments': { type: 'boolean' }, 'per-page': { type: 'string' } });
  const perPage = values['per-page'];
  if (perPage !== undefined && perPage !== '2' && perPage !== '3') throw new UsageError(`--per-page takes 2 or 3 (slides on a handout page), got "${perPage}"`);
  return {
    separateFragments: Boolean(values['separate-fragments']),
    ...(perPage === undefined ? {} : { handoutPerPage: perPage === '2' ? 2 : 3 }),
    ...(deckDir === undefined ? {} : { slidesDir: deckDir }),
  };
}

export async function main(args: readonly string[]): Promise<number> {
  // Options first: a typo should not cost a build.
  const options = parsePdfArguments(args);
  const slidesDir = deckFolder(options.slidesDir);
  // A character the font lacks would print as an empty box: an error here.
  if (!(await checkBeforeBuild(slidesDir, { glyphs: 'error' }))) return 1;
  if (!(await buildDeckSite(slidesDir))) return 1;
  const { exportPdfs } = await import('../pdf/pdf-command.js');
  return exportPdfs({ root: PROJECT_ROOT, slidesDir, separateFragments: options.separateFragments, handoutPerPage: options.handoutPerPage });
}

if (isEntry(import.meta.url)) runCommand(main, PDF_USAGE);
