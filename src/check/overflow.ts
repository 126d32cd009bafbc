// Overflow: how far the current slide's content reaches beyond the canvas (1280×720 unless
// deck.yaml says otherwise), in canvas pixels whatever the window's scale — measured by the probe.

import type { Page } from 'playwright-core';
import type { Reach } from '../client/probes/page-probe.js';
import { ensureProbe } from '../node/page-probe.js';

export { describeOverflowEdges, OVERFLOW_TOLERANCE_PX, overflowAmount } from '../overflow-report.js';

export type Overflow = Reach & { id: string };

/** Measures the slide reveal.js shows now (call it with every fragment shown). */
export async function measureOverflow(page: Page): Promise<Overflow> {
  await ensureProbe(page);
  return page.evaluate(() => window.deckProbe.currentOverflow());
}
