// Icons in diagrams: a lucide icon (its SVG body, found by parse/icons.ts) placed in a square of
// the drawing, stroked in the current CSS colour.

import type { IconData } from '../../parse/model.js';

/** The icon drawn at (x, y) in a `size` square. */
export function placeIcon(icon: IconData, x: number, y: number, size: number, className = 'diagram-icon'): string {
  return (
    `<svg class="${className}" x="${x}" y="${y}" width="${size}" height="${size}" viewBox="0 0 24 24" fill="none" ` +
    `stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">${icon.body}</svg>`
  );
}
