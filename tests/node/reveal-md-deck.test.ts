// A reveal-md deck (one .md file, its image beside it, no deck.yaml) builds as is: read as a deck,
// and `npm run build -- path/to/deck.md` writes it.

import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics.js';
import { loadDeck } from '../../src/node/load-deck.js';
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
    const outDir = mkdtempSync(join(tmpdir(), 'reveal-md-build-'));
    await promisify(execFile)('node', ['src/commands/deck.mjs', 'build', DECK, '--out-dir', outDir], { cwd: PROJECT_ROOT });
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(html).toContain('<title>A reveal-md talk</title>');
    expect(html).toContain('data-line-numbers="1|2"');
    expect(readdirSync(join(outDir, 'assets')).some((name) => /^blue-.*\.png$/.test(name))).toBe(true);
  }, 180_000);
});
