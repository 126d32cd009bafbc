// A built page hands deck.yaml's settings to the client through the page (the script is the same
// for every deck): reveal.js takes the deck's size, the speaker view its pacing, and a title that
// holds `</script>` cannot end the element that carries them.

import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/node/chromium.js';
import { buildFixture } from '../_support/built-fixture.js';

let browser: Browser;
let outDir: string;

beforeAll(async () => {
  outDir = await buildFixture('tests/fixtures/decks/sized', 'deck-settings-');
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

describe("deck.yaml's settings in a built page", () => {
  for (const file of ['index.html', 'sized-deck.html']) {
    it(`reach reveal.js from ${file}, opened from disk`, async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(pathToFileURL(join(outDir, file)).href);
      await page.waitForFunction(() => (window as unknown as { deck?: { isReady(): boolean } }).deck?.isReady());
      const config = await page.evaluate(() => {
        const { width, height, defaultTiming } = (window as unknown as { deck: { getConfig(): Record<string, unknown> } }).deck.getConfig();
        return { width, height, defaultTiming };
      });
      // 3 minutes over 2 slides: 90 s a slide.
      expect(config).toEqual({ width: 1024, height: 768, defaultTiming: 90 });
      expect(await page.title()).toBe('尺寸与标题 </script><b>不是标签</b>');
      expect(await page.locator('.slides section').count()).toBe(2);
      expect(await page.locator('.slides b').count()).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
