// What goes wrong in the page itself: script errors, console errors, and what the deck's
// Content-Security-Policy refuses (an inline script or event handler in a slide's raw HTML, a
// remote file) — the latter at the slide that holds the refused element.

import type { BrowserContext, Page } from 'playwright-core';

export interface PolicyViolation {
  directive: string;
  blocked: string;
  sample: string;
  file?: string;
  line?: number;
}

/** Listens for Content-Security-Policy violations from the first moment of every page of `context`. */
export async function recordPolicyViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const seen: unknown[] = [];
    (window as unknown as { __deckViolations: unknown[] }).__deckViolations = seen;
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const slide = event.target instanceof Element ? event.target.closest<HTMLElement>('section[data-file]') : null;
        seen.push({
          directive: event.effectiveDirective,
          blocked: event.blockedURI,
          sample: event.sample,
          file: slide?.dataset.file,
          line: slide ? Number(slide.dataset.line) : undefined,
        });
      },
      true,
    );
  });
}

export function policyViolations(page: Page): Promise<PolicyViolation[]> {
  return page.evaluate(() => (window as unknown as { __deckViolations?: PolicyViolation[] }).__deckViolations ?? []);
}

/** `an inline script ("window.x = 1")`, `an inline event handler`, or the refused URL. */
export function describeViolation(violation: PolicyViolation): string {
  const sample = violation.sample ? ` ("${violation.sample.slice(0, 30)}${violation.sample.length > 30 ? '…' : ''}")` : '';
  if (violation.blocked === 'inline') {
    const what = violation.directive.endsWith('-attr') ? 'an inline event handler' : violation.directive.startsWith('style') ? 'an inline style' : 'an inline script';
    return `${what}${sample}`;
  }
  if (violation.blocked === 'eval') return 'eval()';
  return `"${violation.blocked}"`;
}

export interface FailedLoad {
  url: string;
  error: string;
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

export interface LocatedLoad extends FailedLoad {
  /** The URL as the slide wrote it, and the slide, when a slide names it. */
  written?: string;
  file?: string;
  line?: number;
}

/** Finds the slide whose element or attribute (src, poster, a reveal.js background…) names each URL. */
export function locateFailedLoads(page: Page, failed: readonly FailedLoad[]): Promise<LocatedLoad[]> {
  return page.evaluate((loads) => {
    const names = ['src', 'href', 'poster', 'data-src', 'data-background', 'data-background-image', 'data-background-video', 'data-background-iframe'];
    const written = new Map<string, { written: string; slide: HTMLElement }>();
    for (const slide of document.querySelectorAll<HTMLElement>('section[data-file]')) {
      for (const element of [slide, ...slide.querySelectorAll('*')]) {
        for (const name of names) {
          const value = element.getAttribute(name);
          if (!value) continue;
          try {
            written.set(new URL(value, document.baseURI).href, { written: value, slide });
          } catch {
            // Not a URL: nothing was requested for it.
          }
        }
      }
    }
    return loads.map((load) => {
      const found = written.get(load.url);
      return found ? { ...load, written: found.written, file: found.slide.dataset.file, line: Number(found.slide.dataset.line) } : load;
    });
  }, [...failed]);
}
