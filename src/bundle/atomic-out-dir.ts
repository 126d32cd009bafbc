// dist/ written atomically and only there: Vite builds into a hidden sibling folder, which
// replaces dist/ only when the whole build succeeded. A dist that is a symbolic link or a file is
// refused before anything is written (a link would have Vite empty the folder it points to).

import { lstatSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Plugin } from 'vite';

const MAX_FILE_NAME_BYTES = 255;
/** `.` + name + `.partial-<pid>-<time>` + `-old`: room for the folder's companions. */
const PARTIAL_SUFFIX_BYTES = 48;

/** The build's output folder is unusable; the message says what to do. */
export class OutDirError extends Error {}

/** Refuses an output folder that is not a real folder (or missing); returns its absolute path. */
export function checkOutDir(outDir: string): string {
  const path = resolve(outDir);
  // The partial folder beside it needs room for its suffix within the file-name limit.
  if (Buffer.byteLength(basename(path)) + PARTIAL_SUFFIX_BYTES > MAX_FILE_NAME_BYTES) {
    throw new OutDirError(
      `the output folder's name "${basename(path).slice(0, 40)}…" is too long (${Buffer.byteLength(basename(path))} bytes; at most ${MAX_FILE_NAME_BYTES - PARTIAL_SUFFIX_BYTES}) — choose a shorter name`,
    );
  }
  let entry: ReturnType<typeof lstatSync>;
  try {
    entry = lstatSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return path;
    throw new OutDirError(
      `${path} cannot be used as the output folder (${code}) — ${code === 'ENAMETOOLONG' ? 'the path is too long: choose a shorter one' : code === 'ENOTDIR' ? 'a part of the path is a file, not a folder' : 'check the path and its permissions'}`,
    );
  }
  if (entry.isSymbolicLink()) {
    throw new OutDirError(
      `${path} is a symbolic link; the build writes only into a real folder, never through a link — remove the link (the build creates the folder), or pass another output folder`,
    );
  }
  if (!entry.isDirectory()) {
    throw new OutDirError(`${path} is a file, not a folder — move or delete it, then build again`);
  }
  return path;
}

const partialPrefix = (outDir: string) => `.${basename(outDir)}.partial-`;

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Removes what an interrupted build left beside `outDir` (its process is gone). */
function removeStalePartials(outDir: string): void {
  const prefix = partialPrefix(outDir);
  const entries = (() => {
    try {
      return readdirSync(dirname(outDir));
    } catch {
      return [];
    }
  })();
  for (const name of entries) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length).split('-')[0]);
    if (!isRunning(pid)) rmSync(join(dirname(outDir), name), { recursive: true, force: true });
  }
}

/** Puts `built` where `outDir` is, replacing the old folder; the old one is removed last. */
function swapIn(built: string, outDir: string): void {
  const old = `${built}-old`;
  let moved = false;
  try {
    renameSync(outDir, old);
    moved = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  try {
    renameSync(built, outDir);
  } catch (error) {
    // Put the previous deck back rather than leave no deck at all.
    if (moved) renameSync(old, outDir);
    throw error;
  }
  if (moved) rmSync(old, { recursive: true, force: true });
}

export function atomicOutDirPlugin(): Plugin {
  let outDir = '';
  let partial = '';
  let failed = false;
  let written = false;
  return {
    name: 'deck:atomic-out-dir',
    apply: 'build',
    config(config) {
      outDir = checkOutDir(resolve(config.root ?? process.cwd(), config.build?.outDir ?? 'dist'));
      removeStalePartials(outDir);
      mkdirSync(dirname(outDir), { recursive: true });
      partial = join(dirname(outDir), `${partialPrefix(outDir)}${process.pid}-${Date.now().toString(36)}`);
      return { build: { outDir: partial, emptyOutDir: true } };
    },
    buildStart() {
      failed = false;
      written = false;
    },
    buildEnd(error) {
      if (error) failed = true;
    },
    renderError() {
      failed = true;
    },
    writeBundle() {
      written = true;
    },
    closeBundle: {
      order: 'post',
      handler() {
        try {
          if (!written || failed) return;
          // The folder may have turned into a link or a file while building: check again.
          checkOutDir(outDir);
          swapIn(partial, outDir);
        } finally {
          // Clearing up must never hide why the build failed.
          try {
            rmSync(partial, { recursive: true, force: true });
          } catch {
            // Left for the next build's clean-up.
          }
        }
      },
    },
  };
}

/**
 * Writes `files` (path in the folder → content) as the whole of `outDir`, atomically as a Vite
 * build does through the plugin above: into a hidden sibling folder that then replaces `outDir`.
 */
export async function writeOutDirAtomically(outDir: string, files: ReadonlyMap<string, string | Uint8Array>): Promise<void> {
  const target = checkOutDir(outDir);
  removeStalePartials(target);
  const partial = join(dirname(target), `${partialPrefix(target)}${process.pid}-${Date.now().toString(36)}`);
  try {
    const folders = new Set([...files.keys()].map((path) => dirname(join(partial, path))));
    for (const folder of folders) mkdirSync(folder, { recursive: true });
    await Promise.all([...files].map(([path, content]) => writeFile(join(partial, path), content)));
    checkOutDir(target);
    swapIn(partial, target);
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
}
