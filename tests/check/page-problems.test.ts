// What goes wrong in the page (src/check/page-problems.ts): a file that failed to load is traced
// back to the slide whose element names it, through any attribute the renderer records a file by.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locateFailedLoads } from '../../src/check/page-problems.js';
import { launchChromium } from '../../src/node/chromium.js';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
  // A page of its own, nothing fetched: the <base> gives its relative URLs somewhere to resolve against.
  await page.setContent(
    [
      '<base href="file:///deck/">',
      '<section data-file="slides/01-a.md" data-line="7"><p>文字</p><img src="pics/%E5%9B%BE.png" alt="图"></section>',
      '<section data-file="slides/02-b.md" data-line="3" data-background-image="bg.png"><video poster="poster.jpg"></video></section>',
      '<section data-file="slides/03-c.md" data-line="12"><img data-src="lazy.png" alt="懒"></section>',
    ].join('\n'),
  );
});

afterAll(async () => browser?.close());

describe('#locateFailedLoads', () => {
  it('finds the slide and the URL as written for an element’s src, poster, data-src or the slide’s own background', async () => {
    const failed = ['pics/%E5%9B%BE.png', 'bg.png', 'poster.jpg', 'lazy.png', 'elsewhere.png'].map((path) => ({
      url: `file:///deck/${path}`,
      error: 'net::ERR_FILE_NOT_FOUND',
    }));
    const located = await locateFailedLoads(page, failed);
    expect(located.map((load) => [load.written, load.file, load.line])).toEqual([
      ['pics/%E5%9B%BE.png', 'slides/01-a.md', 7],
      ['bg.png', 'slides/02-b.md', 3],
      ['poster.jpg', 'slides/02-b.md', 3],
      ['lazy.png', 'slides/03-c.md', 12],
      // Named by no slide: left as it failed.
      [undefined, undefined, undefined],
    ]);
  });
});
