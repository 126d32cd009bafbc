// `npm run pdf [deck folder] [--separate-fragments] [--per-page 2|3] [--out-dir folder] [--only slides|notes]`: builds the
// deck (unless the build folder already holds a fresh build of it), then prints <slug>.pdf and
// <slug>-notes.pdf into the build folder (default dist/) — or names every slide that would print wrong.

import { join, resolve } from 'node:path';
import type { PdfOptions, PdfPart } from '../pdf/pdf-command.js';
import { isFreshBuild } from './build-stamp.js';
import { buildDeckSite, checkBeforeBuild } from './build.js';
import { deckFolder, PROJECT_ROOT, parseCommandArgs, UsageError } from './run-command.js';

export const PDF_USAGE =
  'usage: npm run pdf -- [deck folder] [--separate-fragments] [--per-page 2|3] [--out-dir folder] [--only slides|notes]';
const PARTS: readonly PdfPart[] = ['slides', 'notes'];

export function parsePdfArguments(args: readonly string[]): PdfOptions & { slidesDir?: string; outDir?: string } {
  const { values, deckDir } = parseCommandArgs(args, {
    'separate-fragments': { type: 'boolean' },
    'per-page': { type: 'string' },
    'out-dir': { type: 'string' },
    only: { type: 'string' },
  });
  const perPage = values['per-page'];
  if (perPage !== undefined && perPage !== '2' && perPage !== '3')
    throw new UsageError(`--per-page takes 2 or 3 (slides on a handout page), got "${perPage}"`);
  const only = values.only;
  if (only !== undefined && !PARTS.includes(only as PdfPart)) throw new UsageError(`--only takes ${PARTS.join(' or ')}, not "${only}"`);
  return {
    separateFragments: Boolean(values['separate-fragments']),
    ...(perPage === undefined ? {} : { handoutPerPage: perPage === '2' ? 2 : 3 }),
    ...(deckDir === undefined ? {} : { slidesDir: deckDir }),
    ...(values['out-dir'] === undefined ? {} : { outDir: values['out-dir'] }),
    ...(only === undefined ? {} : { only: only as PdfPart }),
  };
}

export async function main(args: readonly string[], print: (line: string) => void = console.log): Promise<number> {
  // Options first: a typo should not cost a build.
  const options = parsePdfArguments(args);
  const slidesDir = deckFolder(options.slidesDir);
  const outDir = options.outDir === undefined ? join(PROJECT_ROOT, 'dist') : resolve(options.outDir);
  // Chromium starts, and opens the pages it will print in, while the deck is read, checked (and
  // built): its start-up overlaps that work.
  const browser = import('../node/chromium.js').then(({ launchChromium }) => launchChromium());
  const parts = options.only === undefined ? PARTS : [options.only];
  const openedPages = Object.fromEntries(
    parts.map((part) => [part, Promise.all([browser, import('../pdf/export-pdf.js')]).then(([b, { openPrintPage }]) => openPrintPage(b))]),
  );
  // A failed start is reported where the browser is used (exportPdfs), not as an unhandled rejection.
  for (const started of [browser, ...Object.values(openedPages)]) started.catch(() => undefined);
  try {
    // A character the font lacks would print as an empty box: an error here.
    const deck = await checkBeforeBuild(slidesDir, { glyphs: 'error' });
    if (!deck) return 1;
    // `npm run build` then `npm run pdf`: a build of this deck newer than every source is printed as it is.
    if (await isFreshBuild(PROJECT_ROOT, slidesDir, outDir))
      print('the build is newer than every source: printing it without building again');
    else if (!(await buildDeckSite(slidesDir, { outDir, preloaded: deck }))) return 1;
    const { exportPdfs } = await import('../pdf/pdf-command.js');
    return await exportPdfs({
      root: PROJECT_ROOT,
      slidesDir,
      distDir: outDir,
      separateFragments: options.separateFragments,
      ...(options.handoutPerPage === undefined ? {} : { handoutPerPage: options.handoutPerPage }),
      ...(options.only === undefined ? {} : { only: options.only }),
      loaded: { build: deck.build, diagnostics: deck.build.diagnostics },
      launch: () => browser,
      openedPages,
    });
  } finally {
    // exportPdfs closes the browser it printed with; this closes it when nothing was printed.
    await browser.then((b) => b.close()).catch(() => undefined);
  }
}
