// Byte accounting: which files a page loads, and data: URLs counted as the type they carry.

import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cssReferences, measureFile, pageReferences, sumByType, typeOfMime, typeOfPath } from '../../src/bench/measure-bytes.js';

const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

describe('#pageReferences', () => {
  it('lists scripts, style sheets, icons and every image; not links, data: URLs or other hosts', () => {
    const html = `<!doctype html><head>
      <script defer src="./assets/index-a.js"></script>
      <link rel="stylesheet" href="./assets/style-b.css"><link rel="icon" href="favicon.png">
      <link rel="canonical" href="https://example.com/">
      <script src="https://cdn.example.com/x.js"></script>
      <!-- <img src="commented.png"> -->
    </head><body>
      <img src="./assets/blue.png" alt="蓝"><img src='data:image/png;base64,AAAA'>
      <img srcset="big.webp 2x, small.webp 1x"><a href="other.html">x</a>
    </body>`;
    expect(pageReferences(html)).toEqual(['./assets/index-a.js', './assets/style-b.css', 'favicon.png', './assets/blue.png', 'big.webp']);
  });
});

describe('#cssReferences', () => {
  it('lists url() files and @import, not data: URLs', () => {
    const css = `@import "more.css"; .a{background:url(./bg.png)} .b{background:url('data:image/svg+xml;base64,AA')}
      @font-face{src:url("fonts/x.woff2") format('woff2')} /* url(commented.png) */`;
    expect(cssReferences(css)).toEqual(['more.css', './bg.png', 'fonts/x.woff2']);
  });
});

describe('#measureFile', () => {
  it('counts data: URLs as their own type and keeps the decoded fonts', () => {
    const font = Buffer.from('wOF2 pretend font bytes');
    const css = `.x{color:red}@font-face{src:url(data:font/woff2;base64,${font.toString('base64')}) format('woff2')}.i{background:url(data:image/svg+xml;base64,PHN2Zz4=)}`;
    const measured = measureFile('assets/style.css', bytes(css));
    expect(measured.fonts.map((f) => Buffer.from(f).toString())).toEqual([font.toString()]);
    expect(measured.byType.fonts.raw).toBe(`data:font/woff2;base64,${font.toString('base64')}`.length);
    expect(measured.byType.images.raw).toBe('data:image/svg+xml;base64,PHN2Zz4='.length);
    expect(measured.byType.css.raw).toBe(css.length - measured.byType.fonts.raw - measured.byType.images.raw);
    expect(measured.bytes).toEqual({ raw: css.length, gzip: gzipSync(Buffer.from(css), { level: 6 }).length });
  });

  it('a file of another type counts whole', () => {
    const measured = measureFile('a.png', new Uint8Array(100));
    expect(measured.byType.images.raw).toBe(100);
    expect(sumByType([measured.byType, measured.byType]).images.raw).toBe(200);
  });

  it('types files by extension and data: URLs by MIME type', () => {
    expect(['x.html', 'x.js', 'x.css', 'x.woff2', 'x.PNG?v=1', 'x.bin'].map(typeOfPath)).toEqual([
      'html',
      'js',
      'css',
      'fonts',
      'images',
      'other',
    ]);
    expect(['font/woff2', 'application/font-woff', 'image/gif', 'text/plain'].map(typeOfMime)).toEqual([
      'fonts',
      'fonts',
      'images',
      'other',
    ]);
  });
});
