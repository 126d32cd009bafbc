// A reveal-md deck (one .md file, its image beside it, no deck.yaml) builds as is: read as a deck,
// and `npm run build -- path/to/deck.md` writes it.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics.js';
import { loadDeck } from '../../src/node/load-deck.js';
import { buildFixture } from '../_support/built-fixture.js';
import { PROJECT_ROOT } from '../_support/project.js';

const DECK = join(PROJECT_ROOT, 'tests/fixtures/decks/reveal-md/talk.md');

describe('a reveal-md deck', () => {
  it('is read from its one file: front-matter title, its separators ("----" vertical), no errors', async () => {
    const { build, diagnostics } = await loadDeck(DECK, PROJECT_ROOT);
    expect(diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
    expect(build.model?.config.title).toBe('A reveal-md talk');
    expect(build.model?.files.map((f) => f.stacks.map((s) => s.length))).toEqual([[1, 2, 1]]);
  });

  it('builds with npm run build -- path/to/deck.md, its image carried', async () => {
    const outDir = await buildFixture(DECK, 'reveal-md-build-');
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(html).toContain('<title>A reveal-md talk</title>');
    expect(html).toContain('data-line-numbers="1|2"');
    expect(readdirSync(join(outDir, 'assets')).some((name) => /^blue-.*\.png$/.test(name))).toBe(true);
  }, 180_000);
});
