// Measures, in the browser, how far the current slide's content reaches beyond the canvas.

import type { Page } from 'playwright-core';

export interface Overflow {
  id: string;
  /** Pixels (canvas units) beyond each edge; 0 when inside. */
  right: number;
  bottom: number;
  left: number;
  top: number;
  /** The element reaching furthest out, as a short selector. */
  element: string;
}

export function measureOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const deck = (window as unknown as { deck: { getCurrentSlide(): HTMLElement; getScale(): number; getConfig(): { width: number; height: number } } }).deck;
    const slide = deck.getCurrentSlide();
    const scale = deck.getScale();
    const canvas = (document.querySelector('.reveal .slides') as HTMLElement).getBoundingClientRect();
    const result = { id: slide.id, right: 0, bottom: 0, left: 0, top: 0, element: '' };
    let worst = 0;
    for (const element of slide.querySelectorAll<HTMLElement>('*')) {
      if (element.closest('aside.notes') || element.closest('title, desc')) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const right = Math.max(0, (box.right - canvas.right) / scale);
      const bottom = Math.max(0, (box.bottom - canvas.bottom) / scale);
      const left = Math.max(0, (canvas.left - box.left) / scale);
      const top = Math.max(0, (canvas.top - box.top) / scale);
      const amount = Math.max(right, bottom, left, top);
      if (amount > worst) {
        worst = amount;
        Object.assign(result, { right, bottom, left, top, element: `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.split(' ')[0]}` : ''}` });
      }
    }
    return result;
  });
}
