// Puts the in-page probe (src/client/probes/page-probe.ts) into Chromium pages: compiled from
// TypeScript once (kept in node_modules/.cache/deck-probe), then added to a context or page before
// its scripts run, or to a page already open. Every measurement inside Chromium goes through `window.deckProbe`.

import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';

const PROBE_SOURCE = fileURLToPath(new URL('../client/probes/page-probe.ts', import.meta.url));

/** Compiled probes, by their source's hash: compiling needs Vite's transform, ~0.3 s to load. */
const CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/deck-probe/', import.meta.url));

let compiled: Promise<string> | undefined;

/** The probe as one classic script that defines `window.deckProbe` once. */
export function probeScript(): Promise<string> {
  compiled ??= (async () => {
    const source = await readFile(PROBE_SOURCE, 'utf8');
    // The transform's version is part of the key: another Vite may strip types differently.
    const { version } = JSON.parse(await readFile(createRequire(import.meta.url).resolve('vite/package.json'), 'utf8')) as {
      version: string;
    };
    const cached = join(CACHE_DIR, `${createHash('sha256').update(`${version}\0${source}`).digest('hex').slice(0, 24)}.js`);
    const kept = await readFile(cached, 'utf8').catch(() => undefined);
    if (kept !== undefined) return kept;
    const { transformWithOxc } = await import('vite');
    const { code } = await transformWithOxc(source, PROBE_SOURCE, { lang: 'ts', target: 'es2022' });
    // A classic script has no exports; the probe's are types only.
    const body = code.replace(/^export \{\};?\s*$/m, '');
    const script = `(() => { if (window.deckProbe) return;\n${body}\n})();`;
    // Written whole or not at all; failing to keep it only costs the next run a compile.
    const partial = `${cached}.${process.pid}`;
    await mkdir(CACHE_DIR, { recursive: true })
      .then(() => writeFile(partial, script))
      .then(() => rename(partial, cached))
      .catch(() => undefined);
    return script;
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
