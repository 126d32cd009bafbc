// Runs in a worker thread: builds one deck through the pure pipeline, the check's pure rules and
// the text extraction the build and dev server run for font subsetting, and posts back a summary,
// so the caller can stop a build that hangs.

import { parentPort, workerData } from 'node:worker_threads';
import { deckText } from '../../../src/fonts/deck-text.js';
import { checkInternalLinks, linkTargets } from '../../../src/check/internal-links.js';
import { checkNotes } from '../../../src/check/notes.js';
import { formatDiagnostic } from '../../../src/diagnostics.js';
import type { SourceText } from '../../../src/parse/deck.js';
import { buildDeck } from '../../../src/pipeline.js';
import type { WorkerSummary } from './build-in-worker.js';

const { config, slides } = workerData as { config: SourceText; slides: SourceText[] };
const build = buildDeck(config, slides);
const rendered = build.rendered;
const stackSizes = build.model?.files.flatMap((f) => f.stacks.map((s) => s.length)) ?? [];
const checks = rendered
  ? [...checkNotes(rendered.slides), ...checkInternalLinks(rendered.slides, linkTargets(rendered.slides, stackSizes))]
  : [];
const text = deckText(build);
const summary: WorkerSummary = {
  slideIds: rendered?.slides.map((s) => s.id) ?? [],
  htmlLength: rendered?.html.length ?? 0,
  textLength: text.all.length,
  messages: [...build.diagnostics, ...checks].map(formatDiagnostic),
};
parentPort!.postMessage(summary);
