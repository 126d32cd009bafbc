// The phone: below 435 px reveal.js shows the deck as a scroll view, each slide scaled to the
// screen's width. Measured there: does the page scroll sideways, and is any slide cut off by its
// scroll page (content beyond the slide's scaled canvas is clipped)?

import type { Page } from 'playwright-core';

export const PHONE_VIEWPORT = { width: 390, height: 844 };

export interface PhoneSideScroll {
  /** Page pixels the page is wider than the screen. */
  amount: number;
  element: string;
  /** The slide the widest element is on, when it is on one. */
  file?: string;
  line?: number;
}

export interface PhoneCutSlide {
  id: string;
  file: string;
  line: number;
  /** Canvas pixels cut off. */
  amount: number;
  element: string;
}

export interface PhoneView {
  scrollView: boolean;
  sideScroll?: PhoneSideScroll;
  cut: PhoneCutSlide[];
}

/** Measures a deck page opened at PHONE_VIEWPORT once reveal.js is ready. */
export function measurePhoneView(page: Page): Promise<PhoneView> {
  return page.evaluate(() => {
    const describe = (element: Element) => {
      const className = typeof element.className === 'string' && element.className ? `.${element.className.split(' ')[0]}` : '';
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
      return `${element.tagName.toLowerCase()}${className}${text ? ` "${text.length > 16 ? `${text.slice(0, 16)}…` : text}"` : ''}`;
    };
    const slideOf = (element: Element) => element.closest<HTMLElement>('section[data-file]');
    const view: PhoneView = {
      scrollView: document.querySelector('.reveal-viewport')?.classList.contains('reveal-scroll') ?? false,
      cut: [],
    };
    const width = document.documentElement.clientWidth;
    const extra = document.documentElement.scrollWidth - width;
    if (extra > 1) {
      let widest: Element = document.body;
      let right = 0;
      for (const element of document.body.querySelectorAll('*')) {
        const box = element.getBoundingClientRect();
        if (box.right > width + 1 && box.right >= right) {
          right = box.right;
          widest = element;
        }
      }
      const slide = slideOf(widest);
      view.sideScroll = { amount: extra, element: describe(widest), file: slide?.dataset.file, line: slide ? Number(slide.dataset.line) : undefined };
    }
    for (const page of document.querySelectorAll<HTMLElement>('.scroll-page-content')) {
      const clip = page.getBoundingClientRect();
      for (const slide of page.querySelectorAll<HTMLElement>('section[data-file]')) {
        const scale = slide.getBoundingClientRect().width / (slide.offsetWidth || 1);
        let worst = { amount: 0, element: '' };
        for (const element of slide.querySelectorAll('*')) {
          if (element.closest('aside.notes, title, desc, script, style')) continue;
          const box = element.getBoundingClientRect();
          if (box.width === 0 && box.height === 0) continue;
          const amount = Math.max(box.right - clip.right, box.bottom - clip.bottom, clip.left - box.left, clip.top - box.top) / scale;
          if (amount > 1 && amount >= worst.amount - 0.01) worst = { amount, element: describe(element) };
        }
        if (worst.amount > 1) view.cut.push({ id: slide.id, file: slide.dataset.file!, line: Number(slide.dataset.line), ...worst });
      }
    }
    return view;
  });
}
