// Reads deck.yaml, the slide files (in file-name order) and timings.yaml from disk (the only fs
// reads of slides). Never throws for what is in the folder: a folder named like a slide, a dangling
// link, a link loop, a link out of the project or an unreadable file becomes a problem at that file.

import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import type { SourceText } from '../parse/deck.js';
import { TIMINGS_FILE } from '../parse/model.js';
import { deckRoot, isInside } from './deck-files.js';

export interface DeckSources {
  config: SourceText;
  slides: SourceText[];
  /** Files that could not be read as slides (or deck.yaml), each at its line 1. */
  problems: Diagnostic[];
  /** timings.yaml (seconds per slide from a rehearsal), when the folder has one. */
  timings?: SourceText;
}

type Read = { text: string } | { problem: Pick<Diagnostic, 'message' | 'hint' | 'ruleId'> } | { missing: true };

const LINK_HINT = 'fix or remove the link';

/** Reads one file, following a symbolic link only to a file inside `root`. */
async function readSourceFile(path: string, root: string): Promise<Read> {
  const entry = await lstat(path).catch(() => undefined);
  if (!entry) return { missing: true };
  if (entry.isSymbolicLink()) {
    const target = await realpath(path).catch((error: NodeJS.ErrnoException) => error);
    if (target instanceof Error) {
      return target.code === 'ELOOP'
        ? { problem: { ruleId: 'unreadable-file', message: 'this file is a symbolic link that loops back on itself', hint: LINK_HINT } }
        : {
            problem: { ruleId: 'unreadable-file', message: 'this file is a symbolic link to a file that does not exist', hint: LINK_HINT },
          };
    }
    const realRoot = await realpath(root).catch(() => root);
    if (!isInside(realRoot, target)) {
      return {
        problem: {
          ruleId: 'outside-project',
          message: 'this file is a symbolic link to a file outside the project',
          hint: 'copy the file into the slides folder instead of linking it',
        },
      };
    }
  }
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) {
    return {
      problem: {
        ruleId: 'unreadable-file',
        message: 'this is a folder named like a slide file',
        hint: 'rename it (slide files are .md text files) or move it out of the slides folder',
      },
    };
  }
  if (!info?.isFile()) {
    // A FIFO or a device would block the read, or never end.
    return {
      problem: {
        ruleId: 'unreadable-file',
        message: 'this is not a regular file',
        hint: 'slides are plain .md text files: replace it with one',
      },
    };
  }
  try {
    return { text: await readFile(path, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return {
      problem: {
        ruleId: 'unreadable-file',
        message: `this file cannot be read (${code})`,
        hint: 'check that the file exists and that you may read it',
      },
    };
  }
}

/**
 * A reveal-md deck is one .md file: its folder's deck.yaml if there is one, else a generated one
 * (the file's name as title until its front matter's `title` replaces it).
 */
async function readSingleFileDeck(file: string, root: string): Promise<DeckSources> {
  const folder = await readDeckSources(dirname(file), root, [basename(file)]);
  if (folder.config.text !== '' || folder.problems.some((p) => p.file === folder.config.path)) return folder;
  const title = basename(file).replace(/\.md$/i, '');
  return { ...folder, config: { path: folder.config.path, text: `title: ${JSON.stringify(title)}\n`, generated: true } };
}

/** Paths are shown relative to `root` (`slides/01-breakthrough.md`) so messages are short. */
export async function readDeckSources(slidesDir: string, root: string, only?: readonly string[]): Promise<DeckSources> {
  if (!only && /\.md$/i.test(slidesDir) && (await stat(slidesDir).catch(() => undefined))?.isFile())
    return readSingleFileDeck(slidesDir, root);
  const show = (path: string) => relative(root, path).split('\\').join('/');
  const allowed = deckRoot(root, slidesDir);
  const problems: Diagnostic[] = [];
  const read = async (path: string): Promise<string | undefined> => {
    const result = await readSourceFile(path, allowed);
    if ('text' in result) return result.text;
    if ('problem' in result) problems.push({ file: show(path), line: 1, column: 1, severity: 'error', ...result.problem });
    return undefined;
  };
  const configPath = join(slidesDir, 'deck.yaml');
  const configText = await read(configPath);
  const names = only
    ? [...only]
    : (await readdir(slidesDir).catch(() => [] as string[])).filter((n) => n.toLowerCase().endsWith('.md')).sort();
  const texts = await Promise.all(names.map((name) => read(join(slidesDir, name))));
  const slides = names.flatMap((name, i) => (texts[i] === undefined ? [] : [{ path: show(join(slidesDir, name)), text: texts[i]! }]));
  const timingsPath = join(slidesDir, TIMINGS_FILE);
  const timingsText = await read(timingsPath);
  return {
    // A missing deck.yaml reads as empty, which the validator reports as missing its title.
    config: { path: show(configPath), text: configText ?? '' },
    slides,
    problems,
    ...(timingsText === undefined ? {} : { timings: { path: show(timingsPath), text: timingsText } }),
  };
}
