// The built deck's Content-Security-Policy: no eval, no inline event handlers, no stray inline
// scripts, no remote scripts — in index.html and in the single-file deck, whose own inline
// script runs by hash.

import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/bundle/browser.js';
import { openDeck } from '../_support/deck-page.js';
import { DIST_DIR, loadRealDeck } from '../_support/project.js';

let browser: Browser;
let slug: string;

beforeAll(async () => {
  browser = await launchChromium();
  slug = (await loadRealDeck()).model!.config.slug;
});

afterAll(async () => browser?.close());

describe.each([['index.html'], ['the single-file deck']])('Content-Security-Policy of %s', (name) => {
  it('runs the deck but refuses inline handlers, stray inline scripts, remote scripts and eval', async () => {
    const file = name === 'index.html' ? 'index.html' : `${slug}.html`;
    const { page } = await openDeck(browser, pathToFileURL(`${DIST_DIR}/${file}`).href);
    const result = await page.evaluate(async () => {
      const flags = window as unknown as Record<string, unknown>;
      const host = document.createElement('div');
      host.innerHTML = '<img src="data:," onload="window.handlerRan = true">';
      document.body.append(host);
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
      const remote = document.createElement('script');
      remote.src = 'https://example.com/x.js';
      const remoteBlocked = new Promise<boolean>((resolve) => {
        document.addEventListener('securitypolicyviolation', (e) => e.blockedURI.includes('example.com') && resolve(true));
        setTimeout(() => resolve(false), 2000);
      });
      document.body.append(remote);
      await new Promise((r) => setTimeout(r, 300));
      return { handlerRan: flags.handlerRan === true, inlineRan: flags.inlineRan === true, remoteBlocked: await remoteBlocked };
    });
    expect(result).toEqual({ handlerRan: false, inlineRan: false, remoteBlocked: true });
    // eval: DevTools-evaluated code is exempt from CSP, so check the policy itself allows none.
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    const scriptSrc = /script-src ([^;]*)/.exec(policy ?? '')?.[1] ?? '';
    expect(scriptSrc).toMatch(/^'self'( 'sha256-[\w+/=]+')+$/);
    expect(policy).not.toMatch(/unsafe-eval|https?:/);
    await page.close();
  });
});
