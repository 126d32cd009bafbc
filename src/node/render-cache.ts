// The pure pipeline's last results on disk: a command that reads slides nobody changed since the
// last run (a dev server started again, check after build) takes the rendered deck from here
// instead of rendering it again (~0.3 s of the talk's start, most of `check --no-browser`).
//
// An entry is used only when it was made by the same compiled commands from the same inputs
// (deck.yaml, the slides, timings, the code colouring), and when the image resolver, asked again
// every question it was asked then, answers the same: the render depends on nothing else. Asking
// again also repeats what the resolver records as it answers (the images a build carries).

import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { DeckBuild } from '../pipeline.js';
import type { ImageResolver } from '../render/render-env.js';
import { recordingResolver, type ResolverCall, sameAnswers } from '../render/resolver-calls.js';
import { restoreSlideMemo, saveSlideMemo, type SavedSlideMemo, type SlideMemo } from '../render/slide-memo.js';

export interface RenderCache {
  /** The folder entries are kept in. */
  dir: string;
  /** Names the code that renders: a cached result from other code is never used. */
  codeId: string;
}

/** Set by the command launcher (src/commands/deck.mjs): the compiled commands' build and cache folder. */
const LAUNCHER = Symbol.for('deck.launcher');

/**
 * The launcher's render cache, beside its compiled commands; undefined when the code was not
 * started by it (tests, scripts): then nothing names the code that renders, and nothing is cached.
 */
export function launcherRenderCache(env: NodeJS.ProcessEnv = process.env): RenderCache | undefined {
  // DECK_RENDER_CACHE=off: every run renders (the bench's scale run compares two checks that must both render).
  if (env.DECK_RENDER_CACHE === 'off') return undefined;
  const launcher = (globalThis as { [LAUNCHER]?: { buildId: string; cacheDir: string } })[LAUNCHER];
  return launcher && { dir: join(launcher.cacheDir, 'renders'), codeId: launcher.buildId };
}

/** Entries kept: a few decks, each with the variants its commands ask for (build, dev, check). */
const KEPT_ENTRIES = 24;

interface Entry {
  key: string;
  calls: ResolverCall[];
  build: DeckBuild;
  /** The slides as rendered, when the render kept a slide memo (the dev server's). */
  memo?: SavedSlideMemo;
}

/** The entry's key: the code and every input, hashed (the inputs hold every slide's text). */
function renderKey(codeId: string, inputs: unknown): string {
  return createHash('sha256').update(codeId).update('\0').update(JSON.stringify(inputs)).digest('hex');
}

function readEntry(path: string): Entry | undefined {
  try {
    return deserialize(readFileSync(path)) as Entry;
  } catch {
    return undefined;
  }
}

/** Written whole or not at all (a run reading meanwhile sees the old entry or the new one), then the oldest entries go. */
function writeEntry(dir: string, path: string, entry: Entry): void {
  try {
    mkdirSync(dir, { recursive: true });
    const partial = `${path}.${process.pid}`;
    writeFileSync(partial, serialize(entry));
    renameSync(partial, path);
    const entries = readdirSync(dir)
      .filter((name) => name.endsWith('.bin'))
      .map((name) => ({ path: join(dir, name), time: statSync(join(dir, name), { throwIfNoEntry: false })?.mtimeMs ?? 0 }));
    if (entries.length <= KEPT_ENTRIES) return;
    entries.sort((a, b) => b.time - a.time);
    for (const old of entries.slice(KEPT_ENTRIES)) rmSync(old.path, { force: true });
  } catch {
    // A cache that cannot be written costs the next run a render, nothing else.
  }
}

/**
 * The deck `render` makes from `inputs` with `resolveImage`, from the cache when an entry fits.
 * `inputs` must hold everything the render reads besides the resolver's answers. With `memo` (the
 * slide memo `render` fills), an entry keeps the memo too, and a hit restores it: the dev server's
 * first edit after a start from the cache renders only what it changed.
 */
export async function cachedRender(
  cache: RenderCache | undefined,
  inputs: unknown,
  resolveImage: ImageResolver | undefined,
  render: (resolveImage: ImageResolver | undefined) => Promise<DeckBuild>,
  memo?: SlideMemo,
): Promise<DeckBuild> {
  if (!cache) return render(resolveImage);
  const key = renderKey(cache.codeId, inputs);
  const path = join(cache.dir, `${key.slice(0, 40)}.bin`);
  const entry = readEntry(path);
  if (entry?.key === key && sameAnswers(entry.calls, resolveImage)) {
    if (memo && entry.memo) restoreSlideMemo(memo, entry.memo);
    return entry.build;
  }
  const calls: ResolverCall[] = [];
  const build = await render(recordingResolver(resolveImage, calls));
  writeEntry(cache.dir, path, { key, calls, build, ...(memo ? { memo: saveSlideMemo(memo) } : {}) });
  return build;
}
