// Vite's part of a build, kept for the next one: the page's script, the client's style sheet and
// index.html before the deck goes in (finishViteOutput), by a key of everything that decides them —
// the tool's sources and packages, nothing of the deck. So every build after the first, of any deck,
// with new characters or a new title, is finished from them without loading Vite.

import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import type { BuildFiles } from './vite-plugin.js';

/** The list of a kept build's files; written last, so a half-written entry is never read. */
const LIST_FILE = 'files.json';
/** Kept builds: the current tool's, and a few from before (a branch switched to and back). */
const KEEP = 4;

export function defaultViteOutputCacheDir(projectRoot: string): string {
  return join(projectRoot, 'node_modules/.cache/deck-vite');
}

/** Every file below `folder` (its path relative to `root`), in name order; a folder's sub-folders too. */
function filesBelow(root: string, folder: string, skip: ReadonlySet<string>): string[] {
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  return entries.flatMap((entry) => {
    const path = join(folder, entry.name);
    if (skip.has(path)) return [];
    return entry.isDirectory() ? filesBelow(root, path, skip) : [relative(root, path)];
  });
}

/**
 * What Vite's output is made of: the tool's sources (src/, the source fonts aside) and the
 * installed packages (package-lock.json), each named by its size and modification time, as the
 * command launcher names its sources (src/commands/deck.mjs): a stat a file, not a read, on every
 * build. The deck is not: Vite bundles its client with the settings read from the page and an
 * empty font module (see the deck plugin's build).
 */
export function viteOutputKey(projectRoot: string): string {
  const hash = createHash('sha256');
  const src = join(projectRoot, 'src');
  const files = [...filesBelow(projectRoot, src, new Set([join(src, 'fonts/source')])), 'package-lock.json'];
  for (const path of files) {
    const { size, mtimeMs } = statSync(join(projectRoot, path));
    hash.update(`${path}\0${size}:${mtimeMs}\0`);
  }
  return hash.digest('hex').slice(0, 32);
}

/** Vite's files kept under `key`, or undefined when none are (or they cannot be read whole). */
export async function readViteOutput(cacheDir: string, key: string): Promise<BuildFiles | undefined> {
  const folder = join(cacheDir, key);
  try {
    const names = JSON.parse(await readFile(join(folder, LIST_FILE), 'utf8')) as string[];
    const contents = await Promise.all(names.map((name) => readFile(join(folder, 'files', name))));
    return new Map(names.map((name, i) => [name, contents[i]!]));
  } catch {
    return undefined;
  }
}

/** Keeps Vite's `files` under `key`; a failure to keep them only costs the next build its reuse. */
export async function writeViteOutput(cacheDir: string, key: string, files: BuildFiles): Promise<void> {
  const folder = join(cacheDir, key);
  const partial = `${folder}.partial-${process.pid}`;
  try {
    await rm(partial, { recursive: true, force: true });
    for (const [name, content] of files) {
      await mkdir(dirname(join(partial, 'files', name)), { recursive: true });
      await writeFile(join(partial, 'files', name), content);
    }
    await writeFile(join(partial, LIST_FILE), JSON.stringify([...files.keys()]));
    await rm(folder, { recursive: true, force: true });
    await rename(partial, folder);
    await removeOldest(cacheDir);
  } catch {
    await rm(partial, { recursive: true, force: true }).catch(() => undefined);
  }
}

async function removeOldest(cacheDir: string): Promise<void> {
  const names = (await readdir(cacheDir)).filter((name) => !name.includes('.partial-'));
  const aged = await Promise.all(names.map(async (name) => ({ name, time: (await stat(join(cacheDir, name))).mtimeMs })));
  aged.sort((a, b) => b.time - a.time);
  await Promise.all(aged.slice(KEEP).map(({ name }) => rm(join(cacheDir, name), { recursive: true, force: true })));
}
