// What the deck's page puts on `window`, declared once: reveal.js (set by main.ts, for tests, the
// speaker view and the probe) and the in-page probe with the refusals it records.

import type { RevealApi } from 'reveal.js';
import type { PageProbe, PolicyViolation } from './probes/page-probe.js';

declare global {
  interface Window {
    deck: RevealApi;
    deckProbe: PageProbe;
    deckViolations?: PolicyViolation[];
  }
}
