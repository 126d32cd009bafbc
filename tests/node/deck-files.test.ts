// Images and links against the project root: what is refused, what is carried, what is left alone.

import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import {
  checkImages,
  checkScriptSources,
  classifyUrl,
  isInside,
  resolveRawImages,
  viteImageResolver,
  type CarriedFiles,
} from '../../src/node/deck-files.js';
import { deckViteConfig } from '../../src/bundle/vite-config.js';
import { buildDeck } from '../../src/pipeline.js';
import { PROJECT_ROOT } from '../_support/project.js';

const OUTSIDE = join(PROJECT_ROOT, 'tests/fixtures/bad/outside-project');

describe('#classifyUrl', () => {
  it.each([
    ['data:image/png;base64,AAAA', 'data'],
    ['file:///etc/passwd', 'file-url'],
    ['FILE:/etc/passwd', 'file-url'],
    ['https://example.com/a.png', 'remote'],
    ['//example.com/a.png', 'remote'],
    ['#/intro-1', 'fragment'],
    ['mailto:a@b.c', 'other-scheme'],
    ['../assets/a.png', 'local'],
  ])('%s is %s', (url, kind) => {
    expect(classifyUrl(url).kind).toBe(kind);
  });

  it('decodes a percent-encoded local path (markdown-it encodes what the author wrote)', () => {
    expect(classifyUrl('%E5%9B%BE.png?x=1#y')).toEqual({ kind: 'local', path: '图.png' });
  });
});

describe('#checkImages with a name that has spaces (issue 15 bug 7)', () => {
  const project = mkdtempSync(join(tmpdir(), 'deck-spaces-'));
  mkdirSync(join(project, 'slides'));
  mkdirSync(join(project, 'assets'));
  writeFileSync(join(project, 'assets/my pic.png'), 'png');
  const check = (markdown: string) =>
    checkImages(
      buildDeck({ path: 'slides/deck.yaml', text: 'title: T\nauthor: A\n' }, [{ path: 'slides/01-a.md', text: markdown }]),
      project,
      join(project, 'slides'),
    );

  it('finds ![b](<../assets/my pic.png>) and a %20-encoded or %23-encoded name', () => {
    expect(check('![b](<../assets/my pic.png>)')).toEqual([]);
    expect(check('![b](../assets/my%20pic.png)')).toEqual([]);
    expect(classifyUrl('a%23b.png#frag').kind === 'local' && classifyUrl('a%23b.png#frag')).toEqual({ kind: 'local', path: 'a#b.png' });
  });

  it('names the file as written when it is missing', () => {
    expect(check('![b](<../assets/other pic.png>)').map((d) => `${d.line}:${d.column}: ${d.message} — ${d.hint}`)).toEqual([
      '1:7: image "../assets/other pic.png" not found — put the file at assets/other pic.png, or fix the path',
    ]);
  });
});

describe('#isInside', () => {
  it('tells a file in the folder from one beside or above it', () => {
    expect(isInside('/p', '/p/a/b.png')).toBe(true);
    expect(isInside('/p', '/p/..hidden')).toBe(true);
    expect(isInside('/p', '/p2/a.png')).toBe(false);
    expect(isInside('/p', '/etc/passwd')).toBe(false);
  });
});

describe('#viteImageResolver', () => {
  it('never reads a file outside the project, even through a link inside it', () => {
    const carried: CarriedFiles = new Map();
    const resolve = viteImageResolver(PROJECT_ROOT, OUTSIDE, 'build', carried);
    const file = 'tests/fixtures/bad/outside-project/01-a.md';
    expect(resolve('linked.png', file)).toBe('linked.png');
    expect(resolve('../../../../../../../../../../etc/passwd', file)).toBe('../../../../../../../../../../etc/passwd');
    expect(resolve('../../../../../../../../../../etc/passwd', file, 'background')).toBe('../../../../../../../../../../etc/passwd');
    expect(carried.size).toBe(0);
  });

  it('carries a file inside the project under a content-hashed name', () => {
    const carried: CarriedFiles = new Map();
    const resolve = viteImageResolver(PROJECT_ROOT, join(PROJECT_ROOT, 'tests/fixtures/decks/with-image'), 'build', carried);
    const url = resolve('blue.png', 'tests/fixtures/decks/with-image/01-image.md');
    expect(url).toMatch(/^\.\/assets\/blue-[\w-]{8}\.png$/);
    expect([...carried.keys()]).toEqual([url.slice(2)]);
  });
});

describe('a deck naming files outside the project', () => {
  it('does not build, and says which references are the cause', async () => {
    const outDir = join(tmpdir(), `deck-outside-${process.pid}`);
    const failure = await build({
      ...deckViteConfig({ projectRoot: PROJECT_ROOT, slidesDir: OUTSIDE, outDir }),
      configFile: false,
      logLevel: 'silent',
    }).then(
      () => undefined,
      (error: unknown) => error as Error,
    );
    expect(failure?.message).toContain('01-a.md:5:7: image "../../../../../../../../../../etc/passwd" is outside the project');
    expect(failure?.message).toContain('01-a.md:7:9: image "linked.png" is outside the project');
    expect(existsSync(outDir)).toBe(false);
  });
});

describe('#resolveRawImages', () => {
  it('points raw HTML’s file attributes at the carried file, and leaves code, text and other hosts alone', () => {
    const carried: CarriedFiles = new Map();
    const resolve = viteImageResolver(PROJECT_ROOT, join(PROJECT_ROOT, 'tests/fixtures/decks/with-image'), 'build', carried);
    const html = [
      '<p><img src="blue.png" alt="蓝"> <video poster=\'blue.png\'></video></p>',
      '<p><img data-src="blue.png" alt="蓝"></p>',
      '<pre><code>&lt;img src=&quot;blue.png&quot;&gt;</code></pre>',
      '<p>写 src=&quot;blue.png&quot; 即可</p>',
      '<img src="https://example.com/x.png">',
    ].join('\n');
    const slides = [
      { file: 'tests/fixtures/decks/with-image/01-image.md', images: [{ src: 'blue.png' }, { src: 'https://example.com/x.png' }] },
    ];
    const out = resolveRawImages(html, slides, resolve);
    const url = [...carried.keys()][0]!;
    expect(out.split('\n')).toEqual([
      `<p><img src="./${url}" alt="蓝"> <video poster='./${url}'></video></p>`,
      `<p><img data-src="./${url}" alt="蓝"></p>`,
      '<pre><code>&lt;img src=&quot;blue.png&quot;&gt;</code></pre>',
      '<p>写 src=&quot;blue.png&quot; 即可</p>',
      '<img src="https://example.com/x.png">',
    ]);
  });
});

describe('#checkScriptSources', () => {
  it('with allowScripts, refuses a <script src> in a slide, whatever it names; inline scripts and code are not its business', () => {
    const { model, rendered } = buildDeck({ path: 'slides/deck.yaml', text: 'title: 测试\nauthor: 测试\nslug: t\n' }, [
      {
        path: 'slides/01-a.md',
        text: '## 一\n\n<script src="./local.js"></script>\n\n<script>inline()</script>\n\n```html\n<script src="code.js"></script>\n```\n',
      },
    ]);
    const optedIn = { ...model!, config: { ...model!.config, allowScripts: true } };
    expect(checkScriptSources({ model, rendered, diagnostics: [] })).toEqual([]);
    const messages = checkScriptSources({ model: optedIn, rendered, diagnostics: [] }).map((d) => `${d.file}:${d.line}: ${d.message}`);
    expect(messages).toEqual(['slides/01-a.md:1: <script src="./local.js"> in a slide: the deck does not carry script files']);
  });
});
