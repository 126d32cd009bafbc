// Contrast: axe-core's `color-contrast` rule (WCAG 2 AA: 4.5:1 for body text, 3:1 for large
// text) run on the current slide, with the slide's own background behind it.

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

export interface LowContrast {
  /** The worst ratio on the slide, e.g. 1.6. */
  ratio: number;
  /** What AA asks for that text: 4.5 or 3. */
  expected: number;
  foreground: string;
  background: string;
  element: string;
  /** How many elements on the slide fall short. */
  count: number;
}

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * Loads axe-core into the page (once per page), evaluated through DevTools: a `<script>` tag would
 * be refused by the deck's Content-Security-Policy.
 */
export async function injectAxe(page: Page): Promise<void> {
  await page.evaluate(await readFile(AXE_PATH, 'utf8'));
}

/** The worst text on the current slide below WCAG AA, or undefined when all of it passes. */
export function measureContrast(page: Page): Promise<LowContrast | undefined> {
  return page.evaluate(async () => {
    interface AxeNode { element?: Element; any: { id: string; data?: { contrastRatio?: number; expectedContrastRatio?: string; fgColor?: string; bgColor?: string; messageKey?: string } }[] }
    type AxeResults = Record<'violations' | 'incomplete', { nodes: AxeNode[] }[]>;
    const axe = (window as unknown as { axe: { run(context: Element, options: object): Promise<AxeResults> } }).axe;
    const slide = (window as unknown as { deck: { getCurrentSlide(): HTMLElement } }).deck.getCurrentSlide();
    // axe builds its tree from the whole document on every run: with the other slides detached for
    // the run, a check costs the same on slide 500 as on slide 5 (linear in the deck, not square).
    const container = slide.closest('.slides')!;
    const stack = [...container.children].find((child) => child.contains(slide))!;
    const all = [...container.children];
    container.replaceChildren(stack);
    let results: AxeResults;
    try {
      results = await axe.run(slide, {
        runOnly: { type: 'rule', values: ['color-contrast'] },
        resultTypes: ['violations', 'incomplete'],
        elementRef: true,
      });
    } finally {
      container.replaceChildren(...all);
    }
    // axe leaves text exactly the colour of its background "incomplete" (it may be hidden on
    // purpose); on a slide it is unreadable text, so it counts. Other incomplete cases (text on
    // an image or gradient) cannot be measured and are left out.
    const unreadable = results.incomplete.flatMap((r) => r.nodes).filter((n) => n.any.some((c) => c.data?.messageKey === 'equalRatio'));
    const nodes = [...results.violations.flatMap((v) => v.nodes), ...unreadable];
    let worst: { ratio: number; expected: number; foreground: string; background: string; element: string } | undefined;
    for (const node of nodes) {
      const data = node.any.find((check) => check.id === 'color-contrast')?.data;
      if (!data?.contrastRatio) continue;
      if (worst && data.contrastRatio >= worst.ratio) continue;
      const text = (node.element?.textContent ?? '').replace(/\s+/g, ' ').trim();
      const className = node.element && typeof node.element.className === 'string' && node.element.className ? `.${node.element.className.split(' ')[0]}` : '';
      worst = {
        ratio: data.contrastRatio,
        expected: parseFloat(data.expectedContrastRatio ?? '4.5'),
        foreground: data.fgColor ?? '?',
        background: data.bgColor ?? '?',
        element: `${node.element?.tagName.toLowerCase() ?? '?'}${className} "${text.length > 16 ? `${text.slice(0, 16)}…` : text}"`,
      };
    }
    return worst ? { ...worst, count: nodes.length } : undefined;
  });
}
