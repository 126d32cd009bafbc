// Finishing the built pages: Vite's tags made file://-safe, the slides put in untouched, and the
// policy naming the slides' inline scripts only when deck.yaml opts in (allowScripts).

import { describe, expect, it } from 'vitest';
import { sha256Source } from '../../src/bundle/content-security-policy.js';
import { finishDeckPages, type DeckPageInput } from '../../src/bundle/deck-page.js';

const VITE_PAGE = [
  '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>t</title>',
  '<script type="module" crossorigin src="./assets/index-abc.js"></script>',
  '<link rel="stylesheet" crossorigin href="./assets/index-abc.css">',
  '</head><body><div class="reveal"><div class="slides"><!--deck:slides--></div></div></body></html>',
].join('\n');

const SLIDES = [
  '<section><h2>crossorigin</h2>',
  '<script type="module" crossorigin src="x.js"></script>',
  '<script>window.slideRan = true;</script>',
  '<meta http-equiv="Content-Security-Policy" content="default-src *">',
  '<img src="./assets/blue-12345678.png" alt="蓝"></section>',
].join('\n');

const input = (allowScripts: boolean): DeckPageInput => ({
  vitePage: VITE_PAGE,
  slidesHtml: SLIDES,
  allowScripts,
  carried: new Map([['assets/blue-12345678.png', new Uint8Array([1, 2, 3])]]),
  read: (path) => (path.endsWith('.js') ? Buffer.from('bundle()') : path.endsWith('.css') ? Buffer.from('body{}') : undefined),
});

const policyOf = (html: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1] ?? '';

describe('#finishDeckPages', () => {
  it('changes only the tags Vite wrote, and puts the slides in as they are', () => {
    const { indexHtml } = finishDeckPages(input(false));
    expect(indexHtml).toContain('<script defer src="./assets/index-abc.js"></script>');
    expect(indexHtml).toContain('<link rel="stylesheet" href="./assets/index-abc.css">');
    expect(indexHtml).toContain(SLIDES);
  });

  it('without allowScripts, the policy names no slide script; with it, exactly the inline ones', () => {
    const slideHash = sha256Source('window.slideRan = true;');
    for (const page of Object.values(finishDeckPages(input(false))).filter((v): v is string => typeof v === 'string')) {
      expect(policyOf(page)).not.toContain(slideHash);
    }
    const allowed = finishDeckPages(input(true));
    expect(policyOf(allowed.indexHtml)).toContain(slideHash);
    expect(policyOf(allowed.singleFileHtml)).toContain(slideHash);
    expect(policyOf(allowed.indexHtml).match(/'sha256-/g)).toHaveLength(1);
    expect(policyOf(finishDeckPages(input(false)).indexHtml)).toContain("script-src 'self';");
  });

  it('puts the policy in the head, and leaves a slide’s own meta tag where it is', () => {
    const { indexHtml } = finishDeckPages(input(false));
    const head = indexHtml.slice(0, indexHtml.indexOf('</head>'));
    expect(head).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'self\'');
    expect(indexHtml).toContain('<meta http-equiv="Content-Security-Policy" content="default-src *">');
  });

  it('the single file inlines the bundle and the carried images', () => {
    const { singleFileHtml, missing } = finishDeckPages(input(false));
    expect(missing).toEqual([]);
    expect(singleFileHtml).toContain('<script>bundle()</script>');
    expect(singleFileHtml).toContain('<style>body{}</style>');
    expect(singleFileHtml).toContain(`<img src="data:image/png;base64,${Buffer.from([1, 2, 3]).toString('base64')}" alt="蓝">`);
  });
});
