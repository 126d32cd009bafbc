// Public API of the deck builder.

export { buildDeck, type DeckBuild } from './pipeline.js';
export { formatDiagnostic, hasErrors, type Diagnostic } from './diagnostics.js';
export type { DeckConfig, DeckModel, SlideSource, SlideFile } from './parse/model.js';
export type { SourceText } from './parse/deck.js';
