// Loading a deck for a command: its files read from disk, the pure pipeline run once, and the
// checks that need the file system (images on disk, the fonts' coverage) added — the one place these three meet.

import { checkImages } from './deck-files.js';
import { sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import { deckGlyphCoverage } from '../fonts/face-coverage.js';
import type { DeckBuild } from '../pipeline.js';
import type { ImageResolver } from '../render/render-env.js';
import { readDeckSources, type DeckSources } from './read-sources.js';
import { codeHighlighterId, createCodeHighlighter, fenceLanguages } from './code-highlighter.js';
import { cachedRender, launcherRenderCache, type RenderCache } from './render-cache.js';
import type { SlideMemo } from '../render/slide-memo.js';

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
  /**
   * Where the rendered deck is cached (render-cache.ts); by default the launcher's, when it started
   * this run. `false`: always render.
   */
  renderCache?: RenderCache | false;
  /** Names the resolver in the cache's key: the build's and the dev server's answer differently, and both keep an entry. */
  resolverName?: string;
  /** Given the rendered deck before the file and font checks run: a cold build starts cutting its fonts then. */
  onRendered?: (build: DeckBuild) => void;
  /** The slides of the last render, kept by a caller that renders the deck again and again (the dev server). */
  slideMemo?: SlideMemo;
}

/**
 * Loads the parser and renderer ahead of use, for the dev server: a start that took the deck from
 * the render cache has not loaded them, and the first edit would wait for them (~0.1 s).
 */
export function preloadRenderer(): void {
  import('../pipeline.js').catch(() => undefined);
}

/** Reads `slidesDir` (deck.yaml and the .md files) and builds it; paths in messages are relative to `projectRoot`. */
export async function loadDeck(slidesDir: string, projectRoot: string, options: LoadDeckOptions = {}): Promise<LoadedDeck> {
  const sources = await readDeckSources(slidesDir, projectRoot);
  const languages = options.highlightCode === false ? [] : fenceLanguages(sources.slides);
  const inputs = {
    config: sources.config,
    slides: sources.slides,
    timings: sources.timings,
    highlighter: await codeHighlighterId(languages),
    resolver: options.resolveImage ? (options.resolverName ?? 'given') : 'as written',
  };
  const cache = options.renderCache === false ? undefined : (options.renderCache ?? launcherRenderCache());
  const build = await cachedRender(cache, inputs, options.resolveImage, async (resolveImage) => {
    // The parser and renderer (with markdown-it, yaml, BudouX: most of the commands' code to load)
    // are loaded only when the deck is rendered; shiki only for a deck with code, with only the languages it uses.
    const [{ buildDeck }, highlightCode] = await Promise.all([import('../pipeline.js'), createCodeHighlighter(languages)]);
    const memo = options.slideMemo && { slides: options.slideMemo, highlighter: inputs.highlighter ?? 'none' };
    return buildDeck(sources.config, sources.slides, { resolveImage, timings: sources.timings, highlightCode, memo });
  }, options.slideMemo);
  options.onRendered?.(build);
  const glyphs = await deckGlyphCoverage(build, sources, {
    projectRoot,
    severity: options.glyphs ?? 'warning',
    fontCacheDir: options.fontCacheDir,
  });
  const files = checkImages(build, projectRoot, slidesDir);
  return { sources, build, diagnostics: sortDiagnostics([...sources.problems, ...build.diagnostics, ...files, ...glyphs]) };
}
