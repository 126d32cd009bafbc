// Text size: the smallest text on the current slide, in canvas pixels, against the theme's
// minimum. Computed `font-size` is in canvas units whatever the window's scale; text inside an
// SVG chart is multiplied by the factor the SVG is drawn at (measured by the probe).

import type { Page } from 'playwright-core';

/** The theme's smallest body text (src/client/theme.css), used when the page does not say. */
export const DEFAULT_MIN_FONT_PX = 28;

/**
 * The theme's minimum: the page's `--deck-min-font-size` custom property when the theme sets one,
 * else DEFAULT_MIN_FONT_PX.
 */
export function readMinFontSize(page: Page): Promise<number> {
  return page.evaluate((fallback) => {
    const value = parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--deck-min-font-size'));
    return Number.isFinite(value) && value > 0 ? value : fallback;
  }, DEFAULT_MIN_FONT_PX);
}
