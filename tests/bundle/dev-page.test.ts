// The dev server's page: the deck in it (settings, fonts, slides), each with the key the server
// compares a page's hello with, the updates module asked for once slide 1 shows; and the page
// shown while the deck has a problem.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256Source } from '../../src/bundle/content-security-policy.js';
import { DEV_PAGE_POLICY, DEV_UPDATES_URL, devDeckPage, devProblemPage } from '../../src/bundle/dev-page.js';
import { DECK_FONTS_ID, DECK_SETTINGS_ID } from '../../src/client/client-deck.js';
import { PROJECT_ROOT } from '../_support/project.js';

const template = () => readFile(join(PROJECT_ROOT, 'src/client/index.html'), 'utf8');

const deck = {
  settings: { width: 1280, height: 720, title: '标题</script><b>', fontFamily: 'F', defaultTiming: 60 },
  key: 'deck-key',
  slidesHtml: '<section><h2>第一页</h2></section>',
  fonts: { css: '@font-face{font-family:"F";src:url(data:font/woff2;base64,AAAA)} /* </style><b> */', key: 'fonts-key' },
};

describe('#devDeckPage', () => {
  it('puts the settings and the fonts in the head, with their keys, and the slides in their place', async () => {
    const page = devDeckPage(await template(), deck);
    const head = page.slice(0, page.indexOf('</head>'));
    const settings = new RegExp(`<script type="application/json" id="${DECK_SETTINGS_ID}" data-key="deck-key">(.*?)</script>`).exec(head);
    // `<` escaped: the title cannot end the element early, and reads back as written.
    expect(JSON.parse(settings![1]!)).toEqual(deck.settings);
    expect(head).toContain(`<style id="${DECK_FONTS_ID}" data-key="fonts-key">@font-face{font-family:"F";src:url(data:font/woff2;base64,AAAA)} /* <\\/style><b> */</style>`);
    expect(page).toContain('<div class="slides"><section><h2>第一页</h2></section></div>');
  });

  it('asks for the updates module only once reveal.js is ready (or after a while, for a page without a deck)', async () => {
    const page = devDeckPage(await template(), deck);
    const body = page.slice(page.indexOf('<body>'));
    expect(body).not.toContain(`src="${DEV_UPDATES_URL}"`);
    const loader = /<script type="module">([\s\S]*?)<\/script>/.exec(body)![1]!;
    expect(loader).toContain(`import(${JSON.stringify(DEV_UPDATES_URL)})`);
    expect(loader).toContain("addEventListener('ready', load, { once: true })");
    expect(loader).toMatch(/setTimeout\(load, \d+\)/);
  });

  it('lets the page run its own scripts and its loader, none written in a slide', async () => {
    const page = devDeckPage(await template(), { ...deck, slidesHtml: '<section><script>window.ran = true;</script></section>' });
    const head = page.slice(0, page.indexOf('</head>'));
    expect(head).toContain(`<meta http-equiv="Content-Security-Policy" content="${DEV_PAGE_POLICY}">`);
    const loader = /<script type="module">([\s\S]*?)<\/script>/.exec(page.slice(page.indexOf('</section>')))![1]!;
    expect(DEV_PAGE_POLICY).toBe(`script-src 'self' ${sha256Source(loader)}`);
    expect(DEV_PAGE_POLICY).not.toContain(sha256Source('window.ran = true;'));
  });

  it('keeps a key that could close its attribute inside it', async () => {
    const page = devDeckPage(await template(), { ...deck, key: 'a"><b' });
    expect(page).toContain('data-key="a&quot;&gt;&lt;b"');
  });
});

describe('#devProblemPage', () => {
  it('holds no deck, only the updates module (the overlay shows the problem), under the deck’s title', () => {
    const page = devProblemPage('我的<演示>');
    expect(page).toContain('<title>我的&lt;演示&gt;</title>');
    expect(page).toContain(`<script type="module" src="${DEV_UPDATES_URL}"></script>`);
    expect(page).not.toContain(DECK_SETTINGS_ID);
    expect(page).not.toContain(DECK_FONTS_ID);
  });
});
