// The coarse visual comparison itself must catch a blank, a shifted and a wrong page.

import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { gridCorrelation, judgePlacement, luminanceGrid, shiftGrid } from './_support/luminance-grid.js';

/** A 640×360 light page with dark blocks standing in for a heading and lines of text. */
function fakeSlide(blocks: [number, number, number, number][]): Buffer {
  const png = new PNG({ width: 640, height: 360 });
  for (let y = 0; y < 360; y++) {
    for (let x = 0; x < 640; x++) {
      const ink = blocks.some(([bx, by, w, h]) => x >= bx && x < bx + w && y >= by && y < by + h);
      const i = (y * 640 + x) * 4;
      png.data.set(ink ? [28, 35, 51, 255] : [251, 250, 247, 255], i);
    }
  }
  return PNG.sync.write(png);
}

const bullets = luminanceGrid(
  fakeSlide([
    [40, 100, 300, 30],
    [60, 160, 420, 16],
    [60, 190, 380, 16],
    [60, 220, 400, 16],
  ]),
);
const quote = luminanceGrid(
  fakeSlide([
    [40, 90, 260, 30],
    [40, 150, 10, 80],
    [70, 160, 500, 20],
    [70, 195, 300, 20],
  ]),
);
const blank = luminanceGrid(fakeSlide([]));

describe('#judgePlacement', () => {
  it('accepts the same slide', () => {
    expect(judgePlacement(bullets, bullets, [quote]).ok).toBe(true);
  });

  it('rejects a blank page', () => {
    expect(gridCorrelation(bullets, blank)).toBe(0);
    expect(judgePlacement(bullets, blank, [quote]).ok).toBe(false);
  });

  it('rejects a page shifted by a cell (40 px of a 1280 px slide)', () => {
    expect(judgePlacement(bullets, shiftGrid(bullets, 0, 1), [quote]).ok).toBe(false);
    expect(judgePlacement(bullets, shiftGrid(bullets, -1, 0), [quote]).ok).toBe(false);
  });

  it('rejects another slide’s page', () => {
    expect(judgePlacement(bullets, quote, [bullets]).ok).toBe(false);
  });
});
