// The talk the tests open is built into a temporary folder, never into the user's dist/.

import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST_DIR, PROJECT_ROOT } from '../_support/project.js';

describe('the build the tests use', () => {
  it('is in the OS temp folder, outside the project, and holds the deck', () => {
    expect(relative(PROJECT_ROOT, DIST_DIR).startsWith('..'), DIST_DIR).toBe(true);
    expect(relative(tmpdir(), DIST_DIR).startsWith('..'), DIST_DIR).toBe(false);
    expect(existsSync(join(DIST_DIR, 'index.html'))).toBe(true);
  });
});
