// The closing padding of a woff2 file is zeroed, and nothing before it is touched.

import { describe, expect, it } from 'vitest';
import { characterSet } from '../../src/fonts/character-set.js';
import { subsetFace } from '../../src/fonts/subset.js';
import { zeroWoff2Padding } from '../../src/fonts/woff2-padding.js';

describe('zeroWoff2Padding', () => {
  it('zeroes exactly the bytes after the compressed data of a real subset', async () => {
    const font = await subsetFace(700, characterSet('损坏的缓存'));
    const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
    expect(view.getUint32(8)).toBe(font.length); // the header's length is the whole file
    const dirty = font.slice();
    // Smear garbage over the last four bytes: only the padding among them may come back as zero.
    dirty.fill(0xab, dirty.length - 4);
    const cleaned = zeroWoff2Padding(dirty.slice());
    const zeroed = [...cleaned.subarray(-4)].filter((b) => b === 0).length;
    expect(cleaned.subarray(0, -4)).toEqual(font.subarray(0, -4));
    // This subset's compressed data ends one byte short of a multiple of four (seen in its
    // bytes: the native encoder left that one byte random).
    expect(zeroed).toBe(1);
    expect(zeroWoff2Padding(font.slice())).toEqual(font); // a clean file stays as it is
  }, 60_000);

  it('leaves anything that is not woff2 alone', () => {
    const ttf = new Uint8Array(64).fill(7);
    expect(zeroWoff2Padding(ttf.slice())).toEqual(ttf);
  });
});
