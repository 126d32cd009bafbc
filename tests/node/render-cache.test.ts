// The rendered deck kept on disk (src/node/render-cache.ts): used only for the same code, the same
// inputs and the same answers of the image resolver; anything else renders again.

import { cp, mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedRender, launcherRenderCache, type RenderCache } from '../../src/node/render-cache.js';
import { loadDeck } from '../../src/node/load-deck.js';
import type { DeckBuild } from '../../src/pipeline.js';
import type { ImageResolver } from '../../src/render/render-env.js';
import { createSlideMemo } from '../../src/render/slide-memo.js';
import { PROJECT_ROOT } from '../_support/project.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'deck-render-cache-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const cacheOf = (codeId = 'code-1'): RenderCache => ({ dir: join(dir, 'renders'), codeId });

/** A render that counts its runs and asks the resolver about one image. */
function countingRender() {
  const counter = { runs: 0 };
  const render = async (resolveImage: ImageResolver | undefined): Promise<DeckBuild> => {
    counter.runs++;
    const src = resolveImage ? resolveImage('chart.png', 'slides/01.md', 'img') : 'chart.png';
    return { diagnostics: [{ file: 'slides/01.md', line: 1, column: 1, message: src, severity: 'warning', ruleId: 'x' }] };
  };
  return { counter, render };
}

describe('cachedRender', () => {
  it('renders once for the same code and inputs, and gives the same deck from the cache after', async () => {
    const { counter, render } = countingRender();
    const first = await cachedRender(cacheOf(), { slides: ['# 一'] }, undefined, render);
    const second = await cachedRender(cacheOf(), { slides: ['# 一'] }, undefined, render);
    expect(counter.runs).toBe(1);
    expect(second).toStrictEqual(first);
  });

  it('renders again when an input or the code changed', async () => {
    const { counter, render } = countingRender();
    await cachedRender(cacheOf(), { slides: ['# 一'] }, undefined, render);
    await cachedRender(cacheOf(), { slides: ['# 二'] }, undefined, render);
    expect(counter.runs).toBe(2);
    await cachedRender(cacheOf('code-2'), { slides: ['# 二'] }, undefined, render);
    expect(counter.runs).toBe(3);
  });

  it('asks the resolver again on a hit (repeating what it records), and renders again when it answers differently', async () => {
    const { counter, render } = countingRender();
    const asked: string[] = [];
    let answer = '/@fs/chart.png';
    const resolveImage: ImageResolver = (src) => {
      asked.push(src);
      return answer;
    };
    await cachedRender(cacheOf(), { slides: [] }, resolveImage, render);
    const hit = await cachedRender(cacheOf(), { slides: [] }, resolveImage, render);
    expect(counter.runs).toBe(1);
    expect(asked).toEqual(['chart.png', 'chart.png']);
    answer = './assets/chart-1234.png';
    const miss = await cachedRender(cacheOf(), { slides: [] }, resolveImage, render);
    expect(counter.runs).toBe(2);
    expect(hit.diagnostics[0]!.message).toBe('/@fs/chart.png');
    expect(miss.diagnostics[0]!.message).toBe('./assets/chart-1234.png');
  });

  it('renders every time without a cache, and when the entry on disk is unreadable', async () => {
    const { counter, render } = countingRender();
    await cachedRender(undefined, {}, undefined, render);
    await cachedRender(undefined, {}, undefined, render);
    expect(counter.runs).toBe(2);
    await cachedRender(cacheOf(), {}, undefined, render);
    const [entry] = await readdir(join(dir, 'renders'));
    await writeFile(join(dir, 'renders', entry!), 'not an entry');
    const again = await cachedRender(cacheOf(), {}, undefined, render);
    expect(counter.runs).toBe(4);
    expect(again.diagnostics).toHaveLength(1);
  });

  it('keeps the newest 24 entries', async () => {
    const { render } = countingRender();
    await cachedRender(cacheOf(), { i: 0 }, undefined, render);
    const [oldest] = await readdir(join(dir, 'renders'));
    const long = new Date(Date.now() - 60_000);
    await utimes(join(dir, 'renders', oldest!), long, long);
    for (let i = 1; i <= 24; i++) await cachedRender(cacheOf(), { i }, undefined, render);
    const kept = await readdir(join(dir, 'renders'));
    expect(kept).toHaveLength(24);
    expect(kept).not.toContain(oldest);
  });
});

describe('launcherRenderCache', () => {
  it('is the launcher’s, beside its compiled commands, unless DECK_RENDER_CACHE=off; none outside the launcher', () => {
    const key = Symbol.for('deck.launcher');
    const global = globalThis as { [key]?: unknown };
    expect(launcherRenderCache({})).toBeUndefined();
    global[key] = { buildId: 'build-1', cacheDir: '/cache' };
    try {
      expect(launcherRenderCache({})).toEqual({ dir: '/cache/renders', codeId: 'build-1' });
      expect(launcherRenderCache({ DECK_RENDER_CACHE: 'off' })).toBeUndefined();
    } finally {
      delete global[key];
    }
  });
});

describe('loadDeck with a render cache', () => {
  it('gives the talk from the cache exactly as rendered, and renders again after a slide changed', async () => {
    const slidesDir = join(PROJECT_ROOT, 'slides');
    const renderCache = cacheOf();
    const rendered = await loadDeck(slidesDir, PROJECT_ROOT, { renderCache });
    const cached = await loadDeck(slidesDir, PROJECT_ROOT, { renderCache });
    expect(cached.build).toStrictEqual(rendered.build);
    expect(cached.diagnostics).toStrictEqual(rendered.diagnostics);
    expect(await readdir(renderCache.dir)).toHaveLength(1);
  });

  it('shows an edit to a slide, not the render before it', async () => {
    const slidesDir = join(dir, 'slides');
    await mkdir(slidesDir);
    await writeFile(join(slidesDir, 'deck.yaml'), 'title: 缓存\nauthor: 测试\nslug: cache\nduration: 1\n');
    await writeFile(join(slidesDir, '01.md'), '# 第一版\n\n正文\n');
    const renderCache = cacheOf();
    const before = await loadDeck(slidesDir, dir, { renderCache });
    expect(before.build.rendered?.html).toContain('第一版');
    await writeFile(join(slidesDir, '01.md'), '<!-- .slide: layout="colums" -->\n\n# 第二版\n');
    const after = await loadDeck(slidesDir, dir, { renderCache });
    expect(after.build.rendered?.html).toContain('第二版');
    expect(after.diagnostics.map((d) => d.message).join('\n')).toContain('colums');
  });

  it('keeps the slide memo with the deck: a start from the cache has every slide for the first edit', async () => {
    const slidesDir = join(PROJECT_ROOT, 'slides');
    const renderCache = cacheOf();
    const filled = createSlideMemo();
    const rendered = await loadDeck(slidesDir, PROJECT_ROOT, { renderCache, slideMemo: filled });
    expect(filled.entries.size).toBe(rendered.build.rendered!.slides.length);
    // A new start: the deck from the cache, and its slides into an empty memo.
    const restored = createSlideMemo();
    const cached = await loadDeck(slidesDir, PROJECT_ROOT, { renderCache, slideMemo: restored });
    expect(cached.build).toStrictEqual(rendered.build);
    expect([...restored.entries.keys()]).toEqual([...filled.entries.keys()]);
    // Without a memo, nothing is restored and nothing breaks.
    expect((await loadDeck(slidesDir, PROJECT_ROOT, { renderCache })).build).toStrictEqual(rendered.build);
  });

  it('restores a memo that renders an edited deck as a fresh render does', async () => {
    const slidesDir = join(dir, 'talk');
    await cp(join(PROJECT_ROOT, 'slides'), slidesDir, { recursive: true });
    const renderCache = cacheOf();
    await loadDeck(slidesDir, PROJECT_ROOT, { renderCache, slideMemo: createSlideMemo() });
    const restored = createSlideMemo();
    await loadDeck(slidesDir, PROJECT_ROOT, { renderCache, slideMemo: restored });
    const file = join(slidesDir, '01-breakthrough.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('破局', '破局之年'));
    const edited = await loadDeck(slidesDir, PROJECT_ROOT, { renderCache: false, slideMemo: restored });
    const fresh = await loadDeck(slidesDir, PROJECT_ROOT, { renderCache: false });
    expect(edited.build.rendered!.html).toContain('破局之年');
    expect(edited.build).toStrictEqual(fresh.build);
    expect(edited.diagnostics).toStrictEqual(fresh.diagnostics);
  });
});
