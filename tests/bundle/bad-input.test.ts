// The bad-input corpus: each folder under tests/fixtures/bad/ is a deck with mistakes and the
// exact messages `npm run check` must print for it.

import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checkImages } from '../../src/bundle/deck-images.js';
import { readDeckSources } from '../../src/bundle/read-sources.js';
import { formatDiagnostic, sortDiagnostics } from '../../src/diagnostics.js';
import { buildDeck } from '../../src/pipeline.js';
import { PROJECT_ROOT } from '../_support/project.js';

const BAD = join(PROJECT_ROOT, 'tests/fixtures/bad');
const cases = readdirSync(BAD);

describe('bad input', () => {
  it.each(cases)('%s: gives the expected messages with file:line:column', async (name) => {
    const dir = join(BAD, name);
    const sources = await readDeckSources(dir, PROJECT_ROOT);
    const build = buildDeck(sources.config, sources.slides);
    const messages = sortDiagnostics([...build.diagnostics, ...checkImages(build, PROJECT_ROOT)]).map(formatDiagnostic);
    const expected = readFileSync(join(dir, 'expected.txt'), 'utf8').trim().split('\n').map((l) => l.replace('{dir}', relative(PROJECT_ROOT, dir)));
    expect(messages).toEqual(expected);
  });

  it('npm run check lists every problem, exits 1 and prints no stack trace', async () => {
    const dir = join(BAD, 'bad-chart');
    const run = promisify(execFile)('npx', ['tsx', 'src/bundle/cli.ts', 'check', dir], { cwd: PROJECT_ROOT });
    const error = (await run.then(() => undefined, (e: unknown) => e)) as { code: number; stderr: string } | undefined;
    expect(error?.code).toBe(1);
    expect(error!.stderr).toContain('01-a.md:9:25: "value" in chart block item 2 must be a number');
    expect(error!.stderr).toContain('01-a.md:10:5: chart block item 3 is missing "value"');
    expect(error!.stderr).toContain('2 errors in the slides; nothing was built.');
    expect(error!.stderr).not.toMatch(/^\s+at /m);
  });
});
