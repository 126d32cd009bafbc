// Reads deck.yaml, the slide files (in file-name order) and timings.yaml from disk (the only fs reads of slides).

import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { SourceText } from '../parse/deck.js';
import { TIMINGS_FILE } from '../parse/timings.js';

export interface DeckSources {
  config: SourceText;
  slides: SourceText[];
  /** timings.yaml (seconds per slide from a rehearsal), when the folder has one. */
  timings?: SourceText;
}

/** Paths are shown relative to `root` (`slides/01-breakthrough.md`) so messages are short. */
export async function readDeckSources(slidesDir: string, root: string): Promise<DeckSources> {
  const show = (path: string) => relative(root, path).split('\\').join('/');
  const configPath = join(slidesDir, 'deck.yaml');
  const configText = await readFile(configPath, 'utf8').catch(() => undefined);
  const names = (await readdir(slidesDir).catch(() => [] as string[])).filter((n) => n.toLowerCase().endsWith('.md')).sort();
  const timingsPath = join(slidesDir, TIMINGS_FILE);
  const timingsText = await readFile(timingsPath, 'utf8').catch(() => undefined);
  const slides = await Promise.all(names.map(async (name) => ({ path: show(join(slidesDir, name)), text: await readFile(join(slidesDir, name), 'utf8') })));
  return {
    // A missing deck.yaml reads as empty, which the validator reports as missing title and author.
    config: { path: show(configPath), text: configText ?? '' },
    slides,
    ...(timingsText === undefined ? {} : { timings: { path: show(timingsPath), text: timingsText } }),
  };
}
