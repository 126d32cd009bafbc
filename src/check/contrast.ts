// Contrast: axe-core, which the in-page probe runs (`color-contrast`, WCAG 2 AA: 4.5:1 for body
// text, 3:1 for large text) on each slide with the slide's own background behind it.

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * Loads axe-core into the page (once per page), evaluated through DevTools: a `<script>` tag would
 * be refused by the deck's Content-Security-Policy.
 */
export async function injectAxe(page: Page): Promise<void> {
  await page.evaluate(await readFile(AXE_PATH, 'utf8'));
}
