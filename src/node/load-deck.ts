// Loading a deck for a command: its files read from disk, the pure pipeline run once, and the
// checks that need the file system (images on disk, the fonts' coverage) added — the one place these three meet.

import { checkImages } from './deck-files.js';
import { sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import { deckGlyphCoverage } from '../fonts/face-coverage.js';
import { buildDeck, type DeckBuild } from '../pipeline.js';
import type { ImageResolver } from '../render/render-env.js';
import { readDeckSources, type DeckSources } from './read-sources.js';
import { createCodeHighlighter, fenceLanguages } from './code-highlighter.js';

export interface LoadedDeck {
  sources: DeckSources;
  build: DeckBuild;
  /** The pipeline's findings and the file checks', in file and line order. */
  diagnostics: Diagnostic[];
}

export interface LoadDeckOptions {
  /** How image sources become page URLs (the Vite plugin's resolver); as written by default. */
  resolveImage?: ImageResolver;
  /** How a character no bundled face has counts: a warning (build, check), an error (pdf). */
  glyphs?: Diagnostic['severity'];
  /** Where font work is cached; default `<projectRoot>/node_modules/.cache/deck-fonts`. */
  fontCacheDir?: string;
  /**
   * Colour the code blocks with shiki (default true). Off for a caller that never shows the slides'
   * HTML (the checks without Chromium): the colours change no finding, and shiki takes ~0.1 s to load.
   */
  highlightCode?: boolean;
}

/** Reads `slidesDir` (deck.yaml and the .md files) and builds it; paths in messages are relative to `projectRoot`. */
export async function loadDeck(slidesDir: string, projectRoot: string, options: LoadDeckOptions = {}): Promise<LoadedDeck> {
  const sources = await readDeckSources(slidesDir, projectRoot);
  // shiki is loaded only for a deck with code, with only the languages it uses.
  const highlightCode = options.highlightCode === false ? undefined : await createCodeHighlighter(fenceLanguages(sources.slides));
  const build = buildDeck(sources.config, sources.slides, { resolveImage: options.resolveImage, timings: sources.timings, highlightCode });
  const glyphs = await deckGlyphCoverage(build, sources, {
    projectRoot,
    severity: options.glyphs ?? 'warning',
    fontCacheDir: options.fontCacheDir,
  });
  const files = checkImages(build, projectRoot, slidesDir);
  return { sources, build, diagnostics: sortDiagnostics([...sources.problems, ...build.diagnostics, ...files, ...glyphs]) };
}
