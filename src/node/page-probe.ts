// Puts the in-page probe (src/client/probes/page-probe.ts) into Chromium pages: compiled from
// TypeScript once per process, then added to a context or page before its scripts run, or to a
// page already open. Every measurement inside Chromium goes through `window.deckProbe`.

import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';

const PROBE_SOURCE = fileURLToPath(new URL('../client/probes/page-probe.ts', import.meta.url));

let compiled: Promise<string> | undefined;

/** The probe as one classic script that defines `window.deckProbe` once. */
export function probeScript(): Promise<string> {
  compiled ??= (async () => {
    const { transformWithOxc } = await import('vite');
    const { code } = await transformWithOxc(await readFile(PROBE_SOURCE, 'utf8'), PROBE_SOURCE, { lang: 'ts', target: 'es2022' });
    // A classic script has no exports; the probe's are types only.
    const body = code.replace(/^export \{\};?\s*$/m, '');
    return `(() => { if (window.deckProbe) return;\n${body}\n})();`;
  })();
  return compiled;
}

/**
 * Adds the probe to every document `target` opens from now on, and starts recording what the
 * page's Content-Security-Policy refuses from the document's first moment.
 */
export async function addProbeToNewDocuments(target: BrowserContext | Page): Promise<void> {
  await target.addInitScript({ content: `${await probeScript()}\nwindow.deckProbe.recordPolicyViolations();` });
}

/** Makes sure the page's current document has the probe (a page opened without the init script). */
export async function ensureProbe(page: Page): Promise<void> {
  if (await page.evaluate(() => 'deckProbe' in window)) return;
  await page.evaluate(await probeScript());
}
