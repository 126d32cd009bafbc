// The frame of a build-time SVG: its accessible name and description, and the two widths it is
// drawn at — wide for the 1280-wide canvas, narrow for the phone's half-width canvas, where the
// wide drawing's 28-unit text would shrink to ~9 px. CSS shows one of them (theme.css).

import { escapeHtml } from '../escape.js';

export const SVG_WIDTHS = { wide: 1100, narrow: 600 } as const;
export type SvgVariant = keyof typeof SVG_WIDTHS;

export interface SvgFrame {
  variant: SvgVariant;
  idPrefix: string;
  height: number;
  title: string;
  desc: string;
  body: string;
}

export function svgFrame({ variant, idPrefix, height, title, desc, body }: SvgFrame): string {
  const width = SVG_WIDTHS[variant];
  const id = variant === 'wide' ? idPrefix : `${idPrefix}-narrow`;
  return (
    `<svg class="deck-svg deck-svg-${variant}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" ` +
    `aria-labelledby="${id}-title ${id}-desc" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${id}-title">${escapeHtml(title)}</title><desc id="${id}-desc">${escapeHtml(desc)}</desc>${body}</svg>`
  );
}

/** The drawing at both widths, wide first. */
export function drawBothWidths(draw: (variant: SvgVariant) => string): string {
  return draw('wide') + draw('narrow');
}

/**
 * The largest of `values` (-Infinity when there are none), by a loop: `Math.max(...values)`
 * overflows the call stack on a chart of 200,000 rows.
 */
export function largest(values: readonly number[]): number {
  let max = -Infinity;
  for (const value of values) if (value > max) max = value;
  return max;
}
