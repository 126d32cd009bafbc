// Vite builds of small decks: images carried with relative URLs, slide HTML kept out of Vite's
// reach (no script bundled, no word rewritten), dist/ written atomically and never through a link.

import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build, createLogger, mergeConfig, type InlineConfig } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { describeBuildFailure } from '../../src/bundle/build-failure.js';
import { deckViteConfig } from '../../src/bundle/vite-config.js';
import { PROJECT_ROOT } from '../_support/project.js';

const work = mkdtempSync(join(tmpdir(), 'deck-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let folders = 0;
const freshFolder = () => join(work, `f${++folders}`);

/** A deck folder with deck.yaml and one slide file. */
function writeDeck(slide: string, yaml = 'title: 测试\nauthor: 测试\nslug: test-deck\n'): string {
  const dir = freshFolder();
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'deck.yaml'), yaml);
  writeFileSync(join(dir, '01-a.md'), slide);
  return dir;
}

const buildDeck = (slidesDir: string, outDir: string, extra: InlineConfig = {}) =>
  build(mergeConfig({ ...deckViteConfig({ projectRoot: PROJECT_ROOT, slidesDir, outDir }), configFile: false, logLevel: 'silent' }, extra));

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error as Error,
  );

/** Every file under `dir`, relative, with its text. */
function filesOf(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      files[join(entry.parentPath, entry.name).slice(dir.length + 1)] = readFileSync(join(entry.parentPath, entry.name), 'utf8');
  }
  return files;
}

describe('vite build', () => {
  it('carries a slide’s image, links it with a relative URL, and inlines a background image', async () => {
    const outDir = freshFolder();
    await buildDeck(join(PROJECT_ROOT, 'tests/fixtures/decks/with-image'), outDir);
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const src = /<img src="([^"]+)" alt="蓝色的色块"/.exec(html)?.[1];
    expect(src).toMatch(/^\.\/assets\/blue-[\w-]+\.png$/);
    expect(readFileSync(join(outDir, src!))).toEqual(readFileSync(join(PROJECT_ROOT, 'tests/fixtures/decks/with-image/blue.png')));
    // A background image, which no tool of Vite's sees, is carried inline.
    expect(html).toMatch(/data-background-image="data:image\/png;base64,[A-Za-z0-9+/=]+"/);
    // Classic scripts and no crossorigin: the page must run from file://.
    expect(html).not.toContain('type="module"');
    expect(html).not.toContain('crossorigin');
    expect(html).toMatch(/<script defer src="\.\/assets\/[^"]+\.js"><\/script>/);
    // The single file carries the image inline.
    const single = readFileSync(join(outDir, 'test-deck.html'), 'utf8');
    expect(single).toMatch(/<img src="data:image\/png;base64,[A-Za-z0-9+/=]+" alt="蓝色的色块"/);
  });

  it('never rewrites the author’s text: "crossorigin" stays in text, code and notes', async () => {
    const outDir = freshFolder();
    const slide =
      '## crossorigin 属性\n\n正文里的 crossorigin 一词。\n\n```html\n<script type="module" crossorigin src="x.js"></script>\n```\n\nNote:\n备注里也有 crossorigin。\n';
    await buildDeck(writeDeck(slide), outDir);
    for (const file of ['index.html', 'test-deck.html']) {
      const html = readFileSync(join(outDir, file), 'utf8');
      expect(html, file).toContain('<h2>crossorigin 属性</h2>');
      expect(html, file).toContain('正文里的 crossorigin 一词。');
      // Code is coloured at build time: its text is what lies between the colour spans.
      expect(html.replace(/<\/?span[^>]*>/g, ''), file).toContain(
        '&lt;script type=&quot;module&quot; crossorigin src=&quot;x.js&quot;&gt;&lt;/script&gt;',
      );
      expect(html, file).toContain('备注里也有 crossorigin。');
    }
  });

  it('never lifts a script written in a slide into the deck’s bundle', async () => {
    const outDir = freshFolder();
    const slide =
      '## 脚本\n\n<script type="module">window.slideModuleRan = true;</script>\n\n<script>window.slideInlineRan = true;</script>\n';
    const failure = await failureOf(buildDeck(writeDeck(slide), outDir));
    if (failure) {
      // Once scripts in slides are refused (unless deck.yaml opts in), the build says where.
      expect(failure.message).toMatch(/01-a\.md:3:\d+: .*script/);
      return;
    }
    const files = filesOf(outDir);
    const bundled = Object.entries(files).filter(([name, text]) => name.endsWith('.js') && text.includes('slideModuleRan'));
    expect(bundled.map(([name]) => name)).toEqual([]);
    // The page keeps the scripts where the author wrote them, and its policy names none of them.
    expect(files['index.html']).toContain('<script type="module">window.slideModuleRan = true;</script>');
    expect(files['index.html']!.match(/'sha256-/g)).toHaveLength(1);
  });

  it('never blames the page template for a slide’s malformed HTML', async () => {
    const warnings: string[] = [];
    const logger = createLogger('warn');
    logger.warn = (message) => void warnings.push(message);
    logger.warnOnce = (message) => void warnings.push(message);
    const slide = '## 一\n\n<div><span>未闭合</div></p></b>\n\n<table><tr><div>x</div></table>\n\n<p <p>\n';
    await buildDeck(writeDeck(slide), freshFolder(), { customLogger: logger, logLevel: 'warn' });
    expect(warnings.filter((w) => w.includes('index.html'))).toEqual([]);
  });

  it('refuses a dist that is a symbolic link and writes nothing through it', async () => {
    const target = freshFolder();
    mkdirSync(target);
    writeFileSync(join(target, 'keep.txt'), '作者的文件');
    const link = freshFolder();
    symlinkSync(target, link);
    const failure = await failureOf(buildDeck(join(PROJECT_ROOT, 'tests/fixtures/decks/small'), link));
    expect(failure?.message).toContain(`${link} is a symbolic link; the build writes only into a real folder, never through a link`);
    expect(filesOf(target)).toEqual({ 'keep.txt': '作者的文件' });
  });

  it('refuses a dist that is a file', async () => {
    const file = freshFolder();
    writeFileSync(file, '不是文件夹');
    const failure = await failureOf(buildDeck(join(PROJECT_ROOT, 'tests/fixtures/decks/small'), file));
    expect(failure?.message).toContain(`${file} is a file, not a folder — move or delete it, then build again`);
    expect(readFileSync(file, 'utf8')).toBe('不是文件夹');
  });

  it('leaves the previous dist whole when a build fails midway, and no partial folder beside it', async () => {
    const outDir = freshFolder();
    const deck = join(PROJECT_ROOT, 'tests/fixtures/decks/small');
    await buildDeck(deck, outDir);
    const before = filesOf(outDir);
    const boom = {
      name: 'boom',
      generateBundle() {
        throw new Error('boom: the disk went away');
      },
    };
    const failure = await failureOf(buildDeck(deck, outDir, { plugins: [boom] }));
    expect(failure?.message).toContain('boom: the disk went away');
    expect(filesOf(outDir)).toEqual(before);
    expect(readdirSync(work).filter((name) => name.includes('.partial-'))).toEqual([]);
  });

  it('removes what a killed build left beside dist (its process is gone)', async () => {
    const outDir = freshFolder();
    // No process has this id (above the kernel's pid_max): the build that made this folder died.
    const leftover = join(work, `.${outDir.split('/').pop()}.partial-99999999-x`);
    mkdirSync(leftover);
    writeFileSync(join(leftover, 'index.html'), 'half');
    await buildDeck(join(PROJECT_ROOT, 'tests/fixtures/decks/small'), outDir);
    expect(existsSync(leftover)).toBe(false);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain('<!doctype html>');
  });

  it('replaces dist whole on success: a file of the old build is gone', async () => {
    const outDir = freshFolder();
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'stale.txt'), 'old');
    await buildDeck(join(PROJECT_ROOT, 'tests/fixtures/decks/small'), outDir);
    expect(existsSync(join(outDir, 'stale.txt'))).toBe(false);
    expect(existsSync(join(outDir, 'index.html'))).toBe(true);
    expect(readdirSync(work).filter((name) => name.includes('.partial-'))).toEqual([]);
  });

  it('npm run build: a dist that is a link exits 1 with the reason, no stack trace, the target untouched', async () => {
    const target = freshFolder();
    mkdirSync(target);
    writeFileSync(join(target, 'keep.txt'), 'x');
    const link = freshFolder();
    symlinkSync(target, link);
    const run = promisify(execFile)('node', ['src/commands/deck.mjs', 'build', '--out-dir', link], { cwd: PROJECT_ROOT });
    const error = (await run.then(
      () => undefined,
      (e: unknown) => e,
    )) as { code: number; stderr: string } | undefined;
    expect(error?.code).toBe(1);
    expect(error!.stderr).toContain(`${link} is a symbolic link`);
    expect(error!.stderr).not.toMatch(/^\s+at /m);
    expect(filesOf(target)).toEqual({ 'keep.txt': 'x' });
  });

  describe('a failure inside the Vite stage is reported as its cause, with a hint', () => {
    const described = async (slidesDir: string, outDir = freshFolder()) => {
      const failure = await failureOf(buildDeck(slidesDir, outDir));
      expect(failure).toBeDefined();
      return describeBuildFailure(failure, PROJECT_ROOT);
    };

    it('CSS that does not parse (a theme colour that breaks out of its rule)', async () => {
      const text = await described(
        writeDeck('## 一\n', 'title: 测试\nauthor: 测试\nslug: test-deck\ntheme:\n  accent: "rgb(0 0 0;} .reveal{display:none} x{a:b)"\n'),
      );
      expect(text).toMatch(/accent/);
      expect(text).not.toMatch(/ENOENT|^\s+at /m);
    });

    it('a file name too long for the file system', async () => {
      const text = await described(writeDeck('## 一\n', `title: 测试\nauthor: 测试\nslug: ${'a'.repeat(300)}\n`));
      // Refused at deck.yaml's slug when the parser knows the limit, or at the file's name when written.
      expect(text).toMatch(/slug/);
      expect(text).toMatch(/too long|long, over/);
      expect(text).not.toMatch(/ENOENT|Stack backtrace|^\s+at /m);
    });

    it('an output path too long for the file system', async () => {
      const text = await described(join(PROJECT_ROOT, 'tests/fixtures/decks/small'), join(freshFolder(), 'd'.repeat(300)));
      expect(text).toMatch(/is too long .* — choose a shorter/);
      expect(text).not.toMatch(/ENOENT|Stack backtrace|^\s+at /m);
    });

    it('an output folder whose parent is a file', async () => {
      const file = freshFolder();
      writeFileSync(file, 'x');
      const text = await described(join(PROJECT_ROOT, 'tests/fixtures/decks/small'), join(file, 'dist'));
      expect(text).toContain(file);
      expect(text).toMatch(/(EEXIST|ENOTDIR).* — (something is in the way|a part of the (output )?path is a file)/);
    });
  });
});
