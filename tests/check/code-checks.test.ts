// npm run check sees code blocks: a line too wide for the slide is overflow; coloured code passes
// the contrast and text-size checks.

import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkInBrowser } from '../../src/check/browser-checks.js';
import type { Diagnostic } from '../../src/diagnostics.js';
import { PROJECT_ROOT } from '../_support/project.js';

const SLIDES_DIR = join(PROJECT_ROOT, 'tests/check/_decks/code/slides');
const options = { projectRoot: PROJECT_ROOT, slidesDir: SLIDES_DIR, configPath: 'tests/check/_decks/code/slides/deck.yaml' };

describe('#checkInBrowser on code', () => {
  let found: Diagnostic[];
  beforeAll(async () => {
    found = await checkInBrowser(options);
  }, 180_000);

  it('reports only the code line that spills off its slide, not the coloured code that fits', () => {
    expect(found.map((d) => `${d.line} ${d.ruleId}`)).toEqual(['12 overflow']);
    expect(found[0]!.message).toMatch(/^slide spills \d+ px past the right edge of the 1280×720 canvas \(span /);
  });
});
