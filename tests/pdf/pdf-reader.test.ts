// The PDF reader's warm-up: a blank page pdf.js reads without complaint, once per process.

import { describe, expect, it } from 'vitest';
import { warmUpPdfReader } from '../../src/pdf/pdf-reader.js';

describe('warmUpPdfReader', () => {
  it('reads its blank one-page PDF (a broken one would come back undefined), and only once', async () => {
    const first = warmUpPdfReader();
    expect(warmUpPdfReader()).toBe(first);
    const read = await first;
    expect(read?.pages).toHaveLength(1);
    expect(read?.pages[0]).toMatchObject({ fonts: [], shown: [] });
  });
});
