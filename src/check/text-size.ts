// Text size: the smallest text on the current slide, in canvas pixels, against the theme's
// minimum. Computed `font-size` is in canvas units whatever the window's scale; text inside an
// SVG chart is multiplied by the factor the SVG is drawn at.

import type { Page } from 'playwright-core';

/** The theme's smallest body text (src/client/theme.css), used when the page does not say. */
export const DEFAULT_MIN_FONT_PX = 28;

export interface SmallText {
  /** Font size of the smallest text, in canvas pixels. */
  size: number;
  element: string;
  /** How many elements on the slide are below the minimum. */
  count: number;
}

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

/** The smallest text on the current slide below `minPx`, or undefined when all text is large enough. */
export function measureSmallText(page: Page, minPx: number): Promise<SmallText | undefined> {
  return page.evaluate((min) => {
    const slide = (window as unknown as { deck: { getCurrentSlide(): HTMLElement } }).deck.getCurrentSlide();
    let smallest: { size: number; element: string } | undefined;
    let count = 0;
    for (const element of slide.querySelectorAll<Element>('*')) {
      if (element.closest('aside.notes, title, desc, script, style')) continue;
      const ownText = [...element.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
      if (!ownText || element.getClientRects().length === 0) continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      let size = parseFloat(style.fontSize);
      const svg = element instanceof SVGElement ? element.ownerSVGElement : null;
      if (svg && svg.viewBox.baseVal && svg.viewBox.baseVal.width > 0) {
        // The SVG's box is in canvas units inside the slide; the viewBox is scaled to fit it.
        const box = { width: svg.clientWidth || svg.getBoundingClientRect().width, height: svg.clientHeight || svg.getBoundingClientRect().height };
        const viewBox = svg.viewBox.baseVal;
        size *= Math.min(box.width / viewBox.width, box.height / viewBox.height);
      }
      if (size >= min - 0.5) continue;
      count++;
      if (!smallest || size < smallest.size) {
        const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
        const className = typeof element.className === 'string' && element.className ? `.${element.className.split(' ')[0]}` : '';
        smallest = { size, element: `${element.tagName.toLowerCase()}${className} "${text.length > 16 ? `${text.slice(0, 16)}…` : text}"` };
      }
    }
    return smallest ? { ...smallest, count } : undefined;
  }, minPx);
}
