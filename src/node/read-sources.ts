// Reads deck.yaml and the slide files from disk, in file-name order (the only fs reads of slides).

import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { SourceText } from '../parse/deck.js';

export interface DeckSources {
  config: SourceText;
  slides: SourceText[];
}

/** Paths are shown relative to `root` (`slides/01-breakthrough.md`) so messages are short. */
export async function readDeckSources(slidesDir: string, root: string): Promise<DeckSources> {
  const show = (path: string) => relative(root, path).split('\\').join('/');
  const configPath = join(slidesDir, 'deck.yaml');
  const configText = await readFile(configPath, 'utf8').catch(() => undefined);
  const names = (await readdir(slidesDir).catch(() => [] as string[])).filter((n) => n.toLowerCase().endsWith('.md')).sort();
  const slides = await Promise.all(names.map(async (name) => ({ path: show(join(slidesDir, name)), text: await readFile(join(slidesDir, name), 'utf8') })));
  return {
    // A missing deck.yaml reads as empty, which the validator reports as missing title and author.
    config: { path: show(configPath), text: configText ?? '' },
    slides,
  };
}
