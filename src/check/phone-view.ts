// The phone: below 435 px reveal.js shows the deck as a scroll view, each slide scaled to the
// screen's width. Measured there by the probe: does the page scroll sideways, and is any slide
// cut off by its scroll page (content beyond the slide's scaled canvas is clipped)?

import type { Page } from 'playwright-core';
import type { PhoneView } from '../client/probes/page-probe.js';
import { ensureProbe } from '../node/page-probe.js';

export type { PhoneView };

export const PHONE_VIEWPORT = { width: 390, height: 844 };

/** Measures a deck page opened at PHONE_VIEWPORT once reveal.js is ready. */
export async function measurePhoneView(page: Page): Promise<PhoneView> {
  await ensureProbe(page);
  return page.evaluate(() => window.deckProbe.phoneView());
}
