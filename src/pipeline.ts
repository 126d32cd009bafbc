// The pipeline: deck.yaml and slide texts in, the rendered deck and every problem found out.

import { createCollector, sortDiagnostics, type Diagnostic } from './diagnostics.js';
import type { DeckModel } from './parse/model.js';
import { parseDeck, type SourceText } from './parse/deck.js';
import { renderDeck, type RenderedDeck, type RenderMemo } from './render/document.js';
import type { CodeHighlighter, ImageResolver } from './render/render-env.js';
import { applyTimings, parseTimings } from './parse/timings.js';

export interface DeckBuild {
  model?: DeckModel;
  rendered?: RenderedDeck;
  diagnostics: Diagnostic[];
}

/** Pure: parses and renders; never throws for a user's mistake, it reports it. */
export function buildDeck(
  config: SourceText,
  slides: SourceText[],
  options: {
    resolveImage?: ImageResolver;
    timings?: SourceText;
    highlightCode?: CodeHighlighter;
    /** The slides of the render before, for one that repeats most of them (the dev server's). */
    memo?: RenderMemo;
  } = {},
): DeckBuild {
  const { diagnostics, report } = createCollector();
  const model = parseDeck(config, slides, report);
  // Seconds per slide from a rehearsal (timings.yaml), when the deck has them.
  if (model && options.timings) applyTimings(model, parseTimings(options.timings, report), options.timings.path, report);
  const rendered = model ? renderDeck(model, report, options.resolveImage, options.highlightCode, options.memo) : undefined;
  return { model, rendered, diagnostics: sortDiagnostics(diagnostics) };
}
