// Overflow: measured in the browser, how far the current slide's content reaches beyond the
// canvas (1280×720 unless deck.yaml says otherwise), in canvas pixels whatever the window's scale.

import type { Page } from 'playwright-core';

export interface Overflow {
  id: string;
  /** Pixels (canvas units) beyond each edge; 0 when inside. */
  right: number;
  bottom: number;
  left: number;
  top: number;
  /** The element reaching furthest out, as a short selector and the start of its text. */
  element: string;
}

/** Overflows of a pixel or less are rounding, not content off the slide. */
export const OVERFLOW_TOLERANCE_PX = 1;

export function overflowAmount(overflow: Overflow): number {
  return Math.max(overflow.right, overflow.bottom, overflow.left, overflow.top);
}

/** `84 px below, 12 px past the right edge of` — the edges the content crosses. */
export function describeOverflowEdges(overflow: Overflow): string {
  const edges: [number, string][] = [
    [overflow.bottom, 'below'],
    [overflow.right, 'past the right edge of'],
    [overflow.top, 'above'],
    [overflow.left, 'past the left edge of'],
  ];
  return edges
    .filter(([amount]) => amount > OVERFLOW_TOLERANCE_PX)
    .sort((a, b) => b[0] - a[0])
    .map(([amount, edge]) => `${Math.round(amount)} px ${edge}`)
    .join(', ');
}

/** Measures the slide reveal.js shows now (call it with every fragment shown). */
export function measureOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const deck = (window as unknown as { deck: { getCurrentSlide(): HTMLElement; getScale(): number } }).deck;
    const slide = deck.getCurrentSlide();
    const scale = deck.getScale();
    const canvas = (document.querySelector('.reveal .slides') as HTMLElement).getBoundingClientRect();
    const result = { id: slide.id, right: 0, bottom: 0, left: 0, top: 0, element: '' };
    let worst = 0;
    for (const element of slide.querySelectorAll<Element>('*')) {
      if (element.closest('aside.notes, title, desc, script, style')) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const right = Math.max(0, (box.right - canvas.right) / scale);
      const bottom = Math.max(0, (box.bottom - canvas.bottom) / scale);
      const left = Math.max(0, (canvas.left - box.left) / scale);
      const top = Math.max(0, (canvas.top - box.top) / scale);
      const amount = Math.max(right, bottom, left, top);
      // Ties go to the later element: the innermost, last one that reaches the furthest out.
      if (amount > 0 && amount >= worst - 0.01) {
        worst = amount;
        const className = typeof element.className === 'string' && element.className ? `.${element.className.split(' ')[0]}` : '';
        const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
        const snippet = text ? ` "${text.length > 16 ? `${text.slice(0, 16)}…` : text}"` : '';
        Object.assign(result, { right, bottom, left, top, element: `${element.tagName.toLowerCase()}${className}${snippet}` });
      }
    }
    return result;
  });
}
