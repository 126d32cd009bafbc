// Paths of the project and the real talk, and the talk as the pure pipeline sees it.

import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { readDeckSources } from '../../src/node/read-sources.js';
import { buildDeck, type DeckBuild } from '../../src/pipeline.js';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SLIDES_DIR = `${PROJECT_ROOT}slides`;
/** The real talk, built by the global set-up into a temporary folder (never the project's dist/). */
export const DIST_DIR: string = inject('distDir');

export async function loadRealDeck(): Promise<DeckBuild> {
  const sources = await readDeckSources(SLIDES_DIR, PROJECT_ROOT);
  return buildDeck(sources.config, sources.slides, { timings: sources.timings });
}
