// The built deck's Content-Security-Policy: no eval, no inline event handlers, no stray inline
// scripts, no remote scripts — in index.html and in the single-file deck, whose own inline
// script runs by hash. And a script written in a slide never runs: Vite never bundles it and the
// policy does not name it (or the build refuses it, with its place).

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/node/chromium.js';
import { finishDeckPages } from '../../src/bundle/deck-page.js';
import { deckViteConfig } from '../../src/bundle/vite-config.js';
import { createCollector } from '../../src/diagnostics.js';
import { parseDeckConfig } from '../../src/parse/deck-config.js';
import { policyViolations, type PolicyViolation } from '../../src/check/page-problems.js';
import { addProbeToNewDocuments } from '../../src/node/page-probe.js';
import { DIST_DIR, loadRealDeck, PROJECT_ROOT } from '../_support/project.js';
import { startDevServer } from '../_support/dev-server.js';

let browser: Browser;
let slug: string;
const work = mkdtempSync(join(tmpdir(), 'deck-security-'));

beforeAll(async () => {
  browser = await launchChromium();
  slug = (await loadRealDeck()).model!.config.slug;
});

afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Opens a built page with every policy violation recorded from its first moment. */
async function openRecorded(url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await addProbeToNewDocuments(context);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('.reveal.ready', { timeout: 15_000 });
  return page;
}

/** Waits until the page has recorded a violation matching `test` (no fixed wait: the event is the condition). */
async function waitForViolation(page: Page, test: (v: PolicyViolation) => boolean): Promise<PolicyViolation> {
  let found: PolicyViolation | undefined;
  await expect.poll(async () => (found = (await policyViolations(page)).find(test)), { timeout: 10_000 }).toBeDefined();
  return found!;
}

describe.each([['index.html'], ['the single-file deck']])('Content-Security-Policy of %s', (name) => {
  it('runs the deck but refuses inline handlers, stray inline scripts, remote scripts and eval', async () => {
    const file = name === 'index.html' ? 'index.html' : `${slug}.html`;
    const page = await openRecorded(pathToFileURL(`${DIST_DIR}/${file}`).href);
    await page.evaluate(() => {
      const host = document.createElement('div');
      host.innerHTML = '<img src="data:," onload="window.handlerRan = true">';
      document.body.append(host);
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
      const remote = document.createElement('script');
      remote.src = 'https://example.com/x.js';
      document.body.append(remote);
    });
    // Each refusal is an event: wait for all three, then nothing they guarded has run.
    await waitForViolation(page, (v) => v.directive === 'script-src-attr');
    await waitForViolation(page, (v) => v.directive === 'script-src-elem' && v.blocked === 'inline');
    await waitForViolation(page, (v) => v.blocked.includes('example.com'));
    const flags = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return { handlerRan: w.handlerRan === true, inlineRan: w.inlineRan === true };
    });
    expect(flags).toEqual({ handlerRan: false, inlineRan: false });
    // eval: DevTools-evaluated code is exempt from CSP, so check the policy itself allows none.
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    const scriptSrc = /script-src ([^;]*)/.exec(policy ?? '')?.[1] ?? '';
    // index.html runs only its own files; the single file also its inlined bundle, by hash.
    expect(scriptSrc).toMatch(name === 'index.html' ? /^'self'$/ : /^'self'( 'sha256-[\w+/=]+')+$/);
    expect(policy).not.toMatch(/unsafe-eval|https?:/);
    await page.context().close();
  });
});

describe('a script written in a slide (deck.yaml does not opt in)', () => {
  const slidesDir = join(work, 'slides');
  const outDir = join(work, 'dist');
  let failure: Error | undefined;

  beforeAll(async () => {
    rmSync(slidesDir, { recursive: true, force: true });
    mkdirSync(slidesDir, { recursive: true });
    writeFileSync(join(slidesDir, 'deck.yaml'), 'title: 测试\nauthor: 测试\nslug: test-deck\n');
    writeFileSync(
      join(slidesDir, '01-a.md'),
      '## 脚本\n\n<script type="module">window.slideModuleRan = true; document.title = "hijacked";</script>\n\n<script>window.slideInlineRan = true;</script>\n\nNote:\n备注。\n',
    );
    failure = await build({
      ...deckViteConfig({ projectRoot: PROJECT_ROOT, slidesDir, outDir }),
      configFile: false,
      logLevel: 'silent',
    }).then(
      () => undefined,
      (error: unknown) => error as Error,
    );
  });

  it.each([['index.html'], ['test-deck.html']])('never runs in %s (or the build refuses it at its line)', async (file) => {
    if (failure) {
      // Scripts in slides are refused unless deck.yaml opts in: the build names the place.
      expect(failure.message).toMatch(/01-a\.md:3:\d+: .*script/);
      return;
    }
    const page = await openRecorded(pathToFileURL(join(outDir, file)).href);
    // Both scripts were met and refused by the policy (two inline-script violations) …
    await expect
      .poll(async () => (await policyViolations(page)).filter((v) => v.directive === 'script-src-elem' && v.blocked === 'inline').length, {
        timeout: 10_000,
      })
      .toBe(2);
    // … so neither ran, and Vite put neither into the bundle that does run.
    const state = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return { module: w.slideModuleRan === true, inline: w.slideInlineRan === true, title: document.title };
    });
    expect(state).toEqual({ module: false, inline: false, title: '测试' });
    await page.context().close();
  });
});

describe('allowScripts: true', () => {
  it('runs exactly the slides’ inline scripts, named by hash; a script added later is still refused', async () => {
    const { indexHtml } = finishDeckPages({
      vitePage:
        '<!doctype html><html><head><meta charset="utf-8"><title>t</title></head><body><div class="slides"><!--deck:slides--></div></body></html>',
      slidesHtml: '<section><script>window.slideRan = true;</script></section>',
      allowScripts: true,
      carried: new Map(),
      read: () => undefined,
    });
    const file = join(work, 'allowed.html');
    writeFileSync(file, indexHtml);
    const context = await browser.newContext();
    await addProbeToNewDocuments(context);
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href);
    await page.waitForFunction(() => (window as unknown as { slideRan?: boolean }).slideRan === true, undefined, { timeout: 10_000 });
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.strayRan = true';
      document.body.append(script);
    });
    await waitForViolation(page, (v) => v.directive === 'script-src-elem' && v.blocked === 'inline');
    expect(await page.evaluate(() => (window as unknown as { strayRan?: boolean }).strayRan === true)).toBe(false);
    await context.close();
  });
});

/** Does this parser know deck.yaml's `allowScripts`? (The opt-in comes with the raw-HTML rule.) */
const parserKnowsAllowScripts =
  (
    parseDeckConfig('title: t\nauthor: a\nallowScripts: true\n', 'deck.yaml', createCollector().report) as
      | { allowScripts?: boolean }
      | undefined
  )?.allowScripts === true;

describe.skipIf(!parserKnowsAllowScripts)('a built deck whose deck.yaml sets allowScripts: true', () => {
  const slidesDir = join(work, 'allowed-slides');
  const outDir = join(work, 'allowed-dist');

  beforeAll(async () => {
    mkdirSync(slidesDir, { recursive: true });
    writeFileSync(join(slidesDir, 'deck.yaml'), 'title: 测试\nauthor: 测试\nslug: test-deck\nallowScripts: true\n');
    writeFileSync(join(slidesDir, '01-a.md'), '## 脚本\n\n<script>window.slideInlineRan = true;</script>\n\nNote:\n备注。\n');
    await build({ ...deckViteConfig({ projectRoot: PROJECT_ROOT, slidesDir, outDir }), configFile: false, logLevel: 'silent' });
  });

  it.each([['index.html'], ['test-deck.html']])('runs the slide’s inline script in %s, and still refuses one added later', async (file) => {
    const page = await openRecorded(pathToFileURL(join(outDir, file)).href);
    await page.waitForFunction(() => (window as unknown as { slideInlineRan?: boolean }).slideInlineRan === true, undefined, {
      timeout: 10_000,
    });
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.strayRan = true';
      document.body.append(script);
    });
    await waitForViolation(page, (v) => v.directive === 'script-src-elem' && v.blocked === 'inline');
    expect(await page.evaluate(() => (window as unknown as { strayRan?: boolean }).strayRan === true)).toBe(false);
    await page.context().close();
  });
});

describe.skipIf(!parserKnowsAllowScripts)('the dev server on a deck whose deck.yaml sets allowScripts: true', () => {
  const slidesDir = join(work, 'allowed-dev-slides');
  let server: ViteDevServer | undefined;
  afterAll(async () => {
    await server?.close();
  });

  it('shows the slide without running its script: the dev page’s policy names only its own loader', async () => {
    mkdirSync(slidesDir, { recursive: true });
    writeFileSync(join(slidesDir, 'deck.yaml'), 'title: 测试\nauthor: 测试\nslug: test-deck\nallowScripts: true\n');
    writeFileSync(join(slidesDir, '01-a.md'), '## 脚本\n\n<script>window.slideInlineRan = true;</script>\n\nNote:\n备注。\n');
    let url: string;
    ({ server, url } = await startDevServer(slidesDir));
    const page = await openRecorded(url);
    await waitForViolation(page, (v) => v.directive === 'script-src-elem' && v.blocked === 'inline');
    expect(await page.evaluate(() => (window as unknown as { slideInlineRan?: boolean }).slideInlineRan === true)).toBe(false);
    // The page's own scripts ran: the deck, and its line to the server (loaded by the allowed loader).
    await page.waitForSelector('html[data-deck-live]', { state: 'attached', timeout: 15_000 });
    await page.context().close();
  });
});
