// Loading a deck for a command (src/node/load-deck.ts): what it hands on while it loads.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDeck } from '../../src/node/load-deck.js';
import type { DeckBuild } from '../../src/pipeline.js';
import { PROJECT_ROOT } from '../_support/project.js';

describe('loadDeck onRendered', () => {
  it('is given the rendered deck once, the one returned (a cold build cuts its fonts from it before the checks end)', async () => {
    const slidesDir = join(PROJECT_ROOT, 'slides');
    const seen: DeckBuild[] = [];
    const loaded = await loadDeck(slidesDir, PROJECT_ROOT, { renderCache: false, onRendered: (build) => seen.push(build) });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBe(loaded.build);
    expect(seen[0]!.rendered?.slides.length).toBeGreaterThan(0);
  });
});
