// The whole check without Chromium, and `npm run check`'s output and exit codes.

import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check/run-check.js';
import { formatDiagnostic } from '../../src/diagnostics.js';
import { PROJECT_ROOT } from '../_support/project.js';

const RULES_DECK = join(PROJECT_ROOT, 'tests/check/_decks/rules/slides');
const HINT_LINK = 'link to a slide as #/id, where id is its file name and number (01-breakthrough-3) or its id="…"';

const runCli = (...args: string[]) =>
  promisify(execFile)('node', ['src/commands/deck.mjs', 'check', ...args], { cwd: PROJECT_ROOT }).then(
    (ok) => ({ code: 0, stderr: ok.stderr }),
    (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
  );

describe('#runCheck without the browser', () => {
  it('reports missing notes, broken links, unused assets and a short talk, in file and line order', async () => {
    const result = await runCheck({ projectRoot: PROJECT_ROOT, slidesDir: RULES_DECK, browser: false });
    const dir = 'tests/check/_decks/rules';
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      `${dir}/assets/unused.png:1:1: warning: no slide uses this file (140 B) — link it from a slide, or delete it`,
      `${dir}/slides/01-rules.md:14:1: slide has no speaker notes ("没有备注的一页") — add a line "Note:" at the end of the slide, followed by what you will say`,
      `${dir}/slides/01-rules.md:16:12: link "#/nowhere" matches no slide id — ${HINT_LINK}`,
      `${dir}/slides/01-rules.md:16:32: link "#/7" points to slide 8, but the deck has 3 — ${HINT_LINK}`,
      `${dir}/slides/01-rules.md:26:13: link "#/0/2" points to vertical slide 3 of slide 1, which has 1 — ${HINT_LINK}`,
      `${dir}/slides/deck.yaml:4:1: warning: the notes fill only 15 s of the 10-minute slot (3 %) — write fuller notes, or lower "duration"`,
    ]);
    expect(result.notes).toEqual(['talk: 15 s from the notes, for a 10-minute slot (3 %)']);
  });

  it('skips the browser while the parser reports errors', async () => {
    const result = await runCheck({
      projectRoot: PROJECT_ROOT,
      slidesDir: join(PROJECT_ROOT, 'tests/fixtures/bad/bad-chart'),
      browser: true,
    });
    expect(result.diagnostics.some((d) => d.ruleId === 'schema')).toBe(true);
    expect(result.notes).toContain('checks in Chromium skipped: the deck cannot be built until the parser errors above are fixed');
  });
});

describe('#runCheck with the browser', () => {
  it('still opens the deck in Chromium when only deck rules fail (the deck builds)', async () => {
    const result = await runCheck({ projectRoot: PROJECT_ROOT, slidesDir: RULES_DECK, browser: true });
    expect(result.notes.join('\n')).not.toContain('skipped');
    // A file named only in data-background-image is carried by the build too: nothing fails to load.
    expect(result.diagnostics.filter((d) => d.ruleId === 'load-failed').map(formatDiagnostic)).toEqual([]);
    expect(result.diagnostics.filter((d) => d.severity === 'error' && d.ruleId !== 'load-failed').map((d) => d.ruleId)).toEqual([
      'missing-notes',
      'broken-link',
      'broken-link',
      'broken-link',
    ]);
  });
});

describe('npm run check', () => {
  it('prints every finding as file:line:column, a summary, and exits 1 on errors without a stack trace', async () => {
    const { code, stderr } = await runCli('tests/check/_decks/rules/slides', '--no-browser');
    expect(code).toBe(1);
    expect(stderr).toContain('tests/check/_decks/rules/slides/01-rules.md:16:12: link "#/nowhere" matches no slide id');
    expect(stderr.trim().split('\n').at(-1)).toBe('4 errors, 2 warnings (checks in Chromium skipped: --no-browser)');
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it('exits 2 with the usage on an unknown option', async () => {
    const { code, stderr } = await runCli('--fast');
    expect(code).toBe(2);
    expect(stderr.trim()).toBe('unknown option --fast\nusage: npm run check -- [deck folder] [--no-browser] [--font-cache-dir folder]');
  });
});
