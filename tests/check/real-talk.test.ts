// `npm run check` on the real talk, browser included: it must find no error.

import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check/run-check.js';
import { formatDiagnostic } from '../../src/diagnostics.js';
import { PROJECT_ROOT, SLIDES_DIR } from '../_support/project.js';

describe('the real talk', () => {
  it('passes every check, in the parser and in Chromium', async () => {
    const result = await runCheck({ projectRoot: PROJECT_ROOT, slidesDir: SLIDES_DIR, browser: true });
    const errors = result.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
    expect(errors).toEqual([]);
    expect(result.notes[0]).toMatch(/^talk: \d+ min( \d+ s)? from the notes, for a 20-minute slot/);
  });
});
