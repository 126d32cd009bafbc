// What goes wrong in the page itself: script errors, console errors, and what the deck's
// Content-Security-Policy refuses (an inline script or event handler in a slide's raw HTML, a
// remote file) — the latter at the slide that holds the refused element.

import type { Page } from 'playwright-core';
import type { FailedLoad, LocatedLoad, PolicyViolation } from '../client/probes/page-probe.js';
import { ensureProbe } from '../node/page-probe.js';
import { URL_ATTRIBUTES } from '../render/slide-facts.js';

export type { FailedLoad, LocatedLoad, PolicyViolation };

/** What the page's Content-Security-Policy refused (recorded by the probe from the document's first moment). */
export function policyViolations(page: Page): Promise<PolicyViolation[]> {
  return page.evaluate(() => window.deckViolations ?? []);
}

/** `an inline script ("window.x = 1")`, `an inline event handler`, or the refused URL. */
export function describeViolation(violation: PolicyViolation): string {
  const sample = violation.sample ? ` ("${violation.sample.slice(0, 30)}${violation.sample.length > 30 ? '…' : ''}")` : '';
  if (violation.blocked === 'inline') {
    const what = violation.directive.endsWith('-attr')
      ? 'an inline event handler'
      : violation.directive.startsWith('style')
        ? 'an inline style'
        : 'an inline script';
    return `${what}${sample}`;
  }
  if (violation.blocked === 'eval') return 'eval()';
  return `"${violation.blocked}"`;
}

/**
 * Collects script errors, console errors and files that failed to load. Refusals (the listener
 * above) and failed loads are each reported once, better placed, so their console lines are left out.
 */
export function collectPageErrors(page: Page, errors: string[], failedLoads: FailedLoad[]): void {
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('requestfailed', (request) => failedLoads.push({ url: request.url(), error: request.failure()?.errorText ?? 'failed' }));
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && !/Content Security Policy|^Refused to|^Failed to load resource/.test(text)) errors.push(text);
  });
}

/** Finds the slide whose element or attribute (src, poster, a reveal.js background…) names each URL. */
export async function locateFailedLoads(page: Page, failed: readonly FailedLoad[]): Promise<LocatedLoad[]> {
  await ensureProbe(page);
  return page.evaluate(
    ([loads, attributes]) => window.deckProbe.locateLoads(loads, attributes),
    [[...failed], [...URL_ATTRIBUTES]] as const,
  );
}
