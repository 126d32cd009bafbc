// `npm run build` reusing Vite's files from an earlier build: they hold nothing of the deck (the
// client reads its settings from the page; the fonts go in after Vite), so an edit, a new character
// or a new title reuses them, and the deck written is byte for byte the deck a Vite build writes.

import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { deckViteConfig } from '../../src/bundle/vite-config.js';
import { main } from '../../src/commands/build.js';
import { PROJECT_ROOT } from '../_support/project.js';

const work = mkdtempSync(join(tmpdir(), 'deck-build-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

const REUSED = /reused without running Vite/;
let folders = 0;
const fresh = (name: string) => join(work, `${name}-${++folders}`);

/** A copy of the image fixture deck (an image carried, a background inlined) to edit. */
function deckCopy(): string {
  const dir = fresh('slides');
  cpSync(join(PROJECT_ROOT, 'tests/fixtures/decks/with-image'), dir, { recursive: true });
  return dir;
}

/** `npm run build` in this process, into a new folder; its exit code, folder and what it printed. */
async function runBuild(slidesDir: string, viteCacheDir: string): Promise<{ code: number; outDir: string; printed: string }> {
  const outDir = fresh('out');
  const lines: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...words: unknown[]) => void lines.push(words.join(' ')));
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const code = await main([slidesDir, '--out-dir', outDir, '--vite-cache-dir', viteCacheDir]);
  vi.restoreAllMocks();
  return { code, outDir, printed: lines.join('\n') };
}

/** The same deck built by Vite alone (no kept files), as the tests' global set-up builds the talk. */
async function viteBuild(slidesDir: string): Promise<string> {
  const outDir = fresh('vite');
  await build({ ...deckViteConfig({ projectRoot: PROJECT_ROOT, slidesDir, outDir }), configFile: false, logLevel: 'silent' });
  return outDir;
}

/** Every file below `dir` by its path, with its bytes. */
function filesOf(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      files.set(join(entry.parentPath, entry.name).slice(dir.length + 1), readFileSync(join(entry.parentPath, entry.name)));
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

describe('npm run build with Vite’s files kept', () => {
  it('reuses them for an edit of the slides’ text and writes the same bytes a Vite build writes', async () => {
    const slidesDir = deckCopy();
    const cache = fresh('vite-cache');
    const first = await runBuild(slidesDir, cache);
    expect(first.code).toBe(0);
    expect(first.printed).not.toMatch(REUSED);

    // The same characters in another order: new slide HTML, nothing Vite's files depend on.
    const slide = join(slidesDir, '01-image.md');
    writeFileSync(slide, readFileSync(slide, 'utf8').replace('图的说明文字', '说明图的文字'));
    const second = await runBuild(slidesDir, cache);
    expect(second.code).toBe(0);
    expect(second.printed).toMatch(REUSED);
    expect(readFileSync(join(second.outDir, 'index.html'), 'utf8')).toContain('说明图的文字');
    expect(filesOf(second.outDir)).toEqual(filesOf(await viteBuild(slidesDir)));
  }, 60_000);

  it('reuses them when a slide shows a new character: the fonts are cut again and put in front of the kept styles', async () => {
    const slidesDir = deckCopy();
    const cache = fresh('vite-cache');
    const first = await runBuild(slidesDir, cache);
    expect(first.code).toBe(0);
    const slide = join(slidesDir, '01-image.md');
    // 鹦 appears nowhere else in the deck: the regular face's character set changes.
    writeFileSync(slide, readFileSync(slide, 'utf8').replace('图的说明文字', '图的说明文字鹦'));
    const again = await runBuild(slidesDir, cache);
    expect(again.code).toBe(0);
    expect(again.printed).toMatch(REUSED);
    const styleSheets = (outDir: string) => [...filesOf(outDir).keys()].filter((name) => name.endsWith('.css'));
    expect(styleSheets(again.outDir)).toHaveLength(1);
    expect(styleSheets(again.outDir)).not.toEqual(styleSheets(first.outDir));
    expect(filesOf(again.outDir)).toEqual(filesOf(await viteBuild(slidesDir)));
  }, 60_000);

  it('reuses them for a new title and for another deck (the settings are in the page, not the script)', async () => {
    const slidesDir = deckCopy();
    const cache = fresh('vite-cache');
    const first = await runBuild(slidesDir, cache);
    expect(first.code).toBe(0);
    writeFileSync(join(slidesDir, 'deck.yaml'), 'title: 测试的标题\nauthor: 测试\nslug: test-deck\nsize: { width: 1024, height: 768 }\n');
    const again = await runBuild(slidesDir, cache);
    expect(again.code).toBe(0);
    expect(again.printed).toMatch(REUSED);
    const page = readFileSync(join(again.outDir, 'index.html'), 'utf8');
    expect(page).toContain('<title>测试的标题</title>');
    expect(page).toMatch(/<script type="application\/json" id="deck-settings">\{"width":1024,"height":768,"title":"测试的标题",/);
    expect(filesOf(again.outDir)).toEqual(filesOf(await viteBuild(slidesDir)));
    // The script is the one the first build wrote.
    const scripts = (outDir: string) => [...filesOf(outDir)].filter(([name]) => name.endsWith('.js'));
    expect(scripts(again.outDir)).toEqual(scripts(first.outDir));

    const other = await runBuild(join(PROJECT_ROOT, 'tests/fixtures/decks/iframe'), cache);
    expect(other.code).toBe(0);
    expect(other.printed).toMatch(REUSED);
  }, 60_000);
});
