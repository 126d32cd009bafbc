// The handout density measure itself: a blank page is all blank, a page of ink none, half and half half.

import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { blankRowShare } from './_support/page-ink.js';

function page(inkedRows: number, height = 10, width = 4): Buffer {
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      // One dark pixel per inked row is enough; the rest stays paper (#fbfaf7 is not ink).
      const ink = y < inkedRows && x === 1;
      png.data.set(ink ? [40, 40, 40, 255] : [251, 250, 247, 255], i);
    }
  }
  return PNG.sync.write(png);
}

describe('#blankRowShare', () => {
  it('counts the rows without ink', () => {
    expect(blankRowShare(page(0))).toBe(1);
    expect(blankRowShare(page(10))).toBe(0);
    expect(blankRowShare(page(5))).toBe(0.5);
  });
});
