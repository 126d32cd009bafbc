// The shared HarfBuzz worker: a cut asked right after the last one ended it gets a worker again.

import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { characterSet } from '../../src/fonts/character-set.js';
import { cutFace } from '../../src/fonts/face-cutter.js';
import { LAYOUT_FEATURES } from '../../src/fonts/subset.js';

const subsetter = createRequire(import.meta.url).resolve('subset-font');

describe('cutFace', () => {
  it('serves a cut asked while the worker that served the last one is still shutting down', async () => {
    const chars = characterSet('国产大模型', '');
    const first = await cutFace(subsetter, 400, chars, LAYOUT_FEATURES);
    // Asked in the same turn the first answer arrived: its worker has been told to end, not yet exited.
    const second = await cutFace(subsetter, 700, chars, LAYOUT_FEATURES);
    for (const sfnt of [first, second]) expect(new DataView(sfnt.buffer, sfnt.byteOffset).getUint32(0)).toBe(0x00010000);
  }, 60_000);
});
