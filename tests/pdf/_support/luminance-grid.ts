// A coarse picture of a page: the mean luminance of each cell of a small grid, so a screenshot and
// a PDF page rendered by another rasteriser can be compared by layout, not by anti-aliasing.

import { PNG } from 'pngjs';

export interface LuminanceGrid {
  columns: number;
  rows: number;
  /** Row-major mean luminance per cell, 0 (black) to 255 (white). */
  cells: number[];
}

/** Averages a PNG's luminance (Rec. 709 weights) over a `columns`×`rows` grid. */
export function luminanceGrid(png: Buffer, columns = 32, rows = 18): LuminanceGrid {
  const { width, height, data } = PNG.sync.read(png);
  const sums = Array.from({ length: columns * rows }, () => 0);
  const counts = Array.from({ length: columns * rows }, () => 0);
  for (let y = 0; y < height; y++) {
    const row = Math.min(rows - 1, Math.floor((y * rows) / height));
    for (let x = 0; x < width; x++) {
      const column = Math.min(columns - 1, Math.floor((x * columns) / width));
      const i = (y * width + x) * 4;
      const cell = row * columns + column;
      sums[cell]! += 0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!;
      counts[cell]! += 1;
    }
  }
  return { columns, rows, cells: sums.map((sum, i) => sum / Math.max(1, counts[i]!)) };
}

/**
 * Pearson correlation of two grids' cells: 1 when ink sits in the same cells in the same
 * proportions, about 0 when the layouts are unrelated, and 0 for a blank page (no variance).
 */
export function gridCorrelation(a: LuminanceGrid, b: LuminanceGrid): number {
  const n = a.cells.length;
  const mean = (cells: number[]) => cells.reduce((s, v) => s + v, 0) / n;
  const ma = mean(a.cells);
  const mb = mean(b.cells);
  let covariance = 0;
  let va = 0;
  let vb = 0;
  for (let i = 0; i < n; i++) {
    const da = a.cells[i]! - ma;
    const db = b.cells[i]! - mb;
    covariance += da * db;
    va += da * da;
    vb += db * db;
  }
  // A flat grid (blank page) sums to a variance of rounding noise only.
  const flat = 1e-6;
  return va < flat || vb < flat ? 0 : covariance / Math.sqrt(va * vb);
}

/** The grid moved by whole cells (right and down are positive), filled with the page's mean. */
export function shiftGrid(grid: LuminanceGrid, dx: number, dy: number): LuminanceGrid {
  const fill = grid.cells.reduce((s, v) => s + v, 0) / grid.cells.length;
  const cells = grid.cells.map((_, i) => {
    const x = (i % grid.columns) - dx;
    const y = Math.floor(i / grid.columns) - dy;
    return x < 0 || y < 0 || x >= grid.columns || y >= grid.rows ? fill : grid.cells[y * grid.columns + x]!;
  });
  return { ...grid, cells };
}

/** Whole-cell moves tried against a page: one cell (40 px of a 1280 px slide) each way. */
const ONE_CELL_MOVES: [number, number][] = [
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
];

export interface PlacementVerdict {
  ok: boolean;
  /** Correlation of the page with the screenshot as printed. */
  inPlace: number;
  /** The best correlation of any rival: the page moved by a cell, or another slide's page. */
  bestRival: number;
}

/**
 * Is `page` the slide of `screenshot`, where it is on screen? No fixed threshold: the page as
 * printed must match the screenshot better than the same page moved one cell in any direction
 * (else it is shifted) and better than every other slide's page (else it is the wrong slide).
 * A blank page has no variance, correlates 0 with everything, and so never wins.
 */
export function judgePlacement(screenshot: LuminanceGrid, page: LuminanceGrid, otherPages: readonly LuminanceGrid[]): PlacementVerdict {
  const inPlace = gridCorrelation(screenshot, page);
  const rivals = [
    ...ONE_CELL_MOVES.map(([dx, dy]) => gridCorrelation(screenshot, shiftGrid(page, dx, dy))),
    ...otherPages.map((other) => gridCorrelation(screenshot, other)),
  ];
  const bestRival = Math.max(...rivals);
  return { ok: inPlace > bestRival, inPlace, bestRival };
}
