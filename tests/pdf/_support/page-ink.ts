// How much of a rendered page is blank: the share of pixel rows with no ink at all (every pixel
// near white), margins and gaps included.

import { PNG } from 'pngjs';

/** Luminance (0–255) below which a pixel counts as ink: paper-coloured slide fills do not, borders and text do. */
const INK_BELOW = 240;

export function blankRowShare(png: Buffer): number {
  const { width, height, data } = PNG.sync.read(png);
  let blank = 0;
  for (let y = 0; y < height; y++) {
    let inked = false;
    for (let x = 0; x < width && !inked; x++) {
      const i = (y * width + x) * 4;
      inked = 0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]! < INK_BELOW;
    }
    if (!inked) blank++;
  }
  return blank / height;
}
