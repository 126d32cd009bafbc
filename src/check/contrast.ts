// Contrast: axe-core's `color-contrast` rule (WCAG 2 AA: 4.5:1 for body text, 3:1 for large
// text) run on the current slide, with the slide's own background behind it.

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { LowContrast } from '../client/probes/page-probe.js';
import { ensureProbe } from '../node/page-probe.js';

export type { LowContrast };

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * Loads axe-core into the page (once per page), evaluated through DevTools: a `<script>` tag would
 * be refused by the deck's Content-Security-Policy.
 */
export async function injectAxe(page: Page): Promise<void> {
  await page.evaluate(await readFile(AXE_PATH, 'utf8'));
}

/** The worst text on the current slide below WCAG AA, or undefined when all of it passes. */
export async function measureContrast(page: Page): Promise<LowContrast | undefined> {
  await ensureProbe(page);
  return page.evaluate(() => window.deckProbe.currentContrast());
}
