// `npm run pdf` after the build: prints dist/<slug>.pdf and dist/<slug>-notes.pdf, or names every
// slide that would print wrong and writes nothing.

import { existsSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { formatDiagnostic, sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import type { DeckBuild } from '../pipeline.js';
import { launchChromium } from '../node/chromium.js';
import { GLYPH_RULE_ID } from '../fonts/glyph-coverage.js';
import { loadDeck } from '../node/load-deck.js';
import { printDeck, printHandout, type PdfJob, type PrintResult } from './export-pdf.js';
import { arcsByFile } from './pdf-outline.js';

export interface PdfOptions {
  separateFragments: boolean;
  /** Slides on a handout page: 2 (notes below, the default) or 3 (notes beside). */
  handoutPerPage?: 2 | 3;
  /** Print only the slides or only the handout (notes); both by default. */
  only?: PdfPart;
}

/** One of the two PDFs: the slides (`<slug>.pdf`) or the handout with the notes (`<slug>-notes.pdf`). */
export type PdfPart = 'slides' | 'notes';

export interface ExportPdfsOptions extends PdfOptions {
  /** The project folder: the build in `dist/` (or `distDir`); messages name files relative to it. */
  root: string;
  /** The deck's folder (deck.yaml and the slides); default `<root>/slides`. */
  slidesDir?: string;
  distDir?: string;
  /** Where the PDFs go; default the build folder. */
  outDir?: string;
  launch?: () => Promise<Browser>;
  /** Pages of the launched browser opened beforehand (openPrintPage), by the PDF they print. */
  openedPages?: Partial<Record<PdfPart, Promise<Page>>>;
  /** The deck as the command already loaded it (glyphs as errors), so it is not read and rendered again. */
  loaded?: { build: DeckBuild; diagnostics: Diagnostic[] };
  /** Problems go to `log` (stderr), the written files to `out` (stdout). */
  log?: (line: string) => void;
  out?: (line: string) => void;
}

/** PDF file names from deck.yaml's slug; the benchmark stats these exact paths. */
export function pdfPaths(outDir: string, slug: string): { deck: string; handout: string } {
  return { deck: join(outDir, `${slug}.pdf`), handout: join(outDir, `${slug}-notes.pdf`) };
}

/** Exports both PDFs (or the one `only` names) from an existing build; returns the exit code. */
export async function exportPdfs(options: ExportPdfsOptions): Promise<number> {
  const { root, log = console.error, out = console.log, launch = () => launchChromium() } = options;
  const distDir = options.distDir ?? join(root, 'dist');
  // A character no bundled face has would print as an empty box: an error here, not a warning.
  const loaded = options.loaded ?? (await loadDeck(options.slidesDir ?? join(root, 'slides'), root, { glyphs: 'error' }));
  const { model, rendered } = loaded.build;
  if (!model || !rendered) {
    log('the slides have errors: run `npm run check`');
    return 1;
  }
  const indexHtml = join(distDir, 'index.html');
  if (!existsSync(indexHtml)) {
    log(`${relative(root, indexHtml)}: no built deck — run \`npm run build\` first`);
    return 1;
  }
  const paths = pdfPaths(options.outDir ?? distDir, model.config.slug);
  const wanted = { deck: options.only !== 'notes', handout: options.only !== 'slides' };
  // A PDF left from an earlier run must not pass for this one's.
  await Promise.all([wanted.deck && rm(paths.deck, { force: true }), wanted.handout && rm(paths.handout, { force: true })]);
  const missingGlyphs = loaded.diagnostics.filter((d) => d.ruleId === GLYPH_RULE_ID);
  if (missingGlyphs.length > 0) {
    for (const problem of sortDiagnostics(missingGlyphs)) log(formatDiagnostic(problem));
    log(`\nthe deck's font lacks characters the PDF would print as empty boxes; nothing was written.`);
    return 1;
  }

  let browser: Browser;
  try {
    browser = await launch();
  } catch (error) {
    log(`pdf: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const job: PdfJob = {
    deckUrl: pathToFileURL(indexHtml).href,
    config: model.config,
    slides: rendered.slides,
    arcs: arcsByFile(model),
    separateFragments: options.separateFragments,
    handoutPerPage: options.handoutPerPage ?? 2,
  };
  try {
    // Two pages of one browser at once; the handout's findings count only when the slides print clean.
    const opened = options.openedPages ?? {};
    const [deck, handout] = await Promise.all([
      wanted.deck ? printDeck((await opened.slides) ?? browser, job) : undefined,
      wanted.handout ? printHandout((await opened.notes) ?? browser, job, relative(root, paths.handout)) : undefined,
    ]);
    const problems = deck && deck.problems.length > 0 ? deck.problems : (handout?.problems ?? []);
    for (const problem of problems) log(formatDiagnostic(problem));
    if (problems.length > 0) {
      log(`\n${problems.length} problem${problems.length > 1 ? 's' : ''} would spoil the PDF; nothing was written.`);
      return 1;
    }
    if (deck) await write(paths.deck, deck, root, out);
    if (handout) await write(paths.handout, handout, root, out);
    return 0;
  } finally {
    await browser.close();
  }
}

async function write(path: string, result: PrintResult, root: string, out: (line: string) => void): Promise<void> {
  await writeFile(path, result.pdf!);
  out(`${relative(root, path)}  ${result.pages} pages  ${(result.pdf!.byteLength / 1024).toFixed(0)} KB`);
}
