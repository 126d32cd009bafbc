// Dev edit → visible: the dev server shows a copy of the deck; a slide's heading is rewritten in
// characters the deck already has (so the slides reload, not the fonts) while that slide is shown,
// timed from the file's write to the heading's change in Chromium's page. The median of `runs` edits.

import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { median } from './time-first-slide.js';
import { spawnDevServer, START_TIMEOUT_MS } from './time-dev-start.js';

/** The Han characters of `text`, in order: what a rewritten heading is made of, and how it is found in the page. */
export const hanOf = (text: string): string => [...text].filter((ch) => /\p{Script=Han}/u.test(ch)).join('');

export interface HeadingEdit {
  /** The slide file's name in the deck folder. */
  file: string;
  /** The heading's Han characters as written. */
  han: string;
  /** The file with the heading made of `heading` instead (its `{…}` attributes kept). */
  rewrite: (heading: string) => string;
}

const RE_HEADING = /^(#{1,3}) (.*?)(\s*\{[^}]*\})?[ \t]*$/m;

/** The first heading with at least two different Han characters in the deck's first slide files; undefined when none has. */
export function findHeadingEdit(files: ReadonlyMap<string, string>): HeadingEdit | undefined {
  for (const [file, text] of files) {
    const match = RE_HEADING.exec(text);
    if (!match) continue;
    const han = hanOf(match[2]!);
    if (new Set(han).size < 2) continue;
    const [line, hashes, , attributes = ''] = match;
    return { file, han, rewrite: (heading) => text.replace(line, () => `${hashes} ${heading}${attributes}`) };
  }
  return undefined;
}

/** `han` turned left by `k` characters: the same characters, another heading. */
export const rotated = (han: string, k: number): string => {
  const chars = [...han];
  const n = k % chars.length;
  return [...chars.slice(n), ...chars.slice(0, n)].join('');
};

/** `count` headings made of `han`'s characters, each different from the one before it (the first from `han`). */
export function headingSequence(han: string, count: number): string[] {
  const headings: string[] = [];
  let last = han;
  for (let k = 1; headings.length < count; k++) {
    if (k > count * [...han].length) throw new Error(`dev edit: "${han}" cannot be rewritten ${count} times`);
    const next = rotated(han, k);
    if (next === last) continue;
    headings.push(next);
    last = next;
  }
  return headings;
}

/** Shows the slide whose heading's Han characters are `han`. */
async function showSlideWithHeading(page: Page, han: string): Promise<void> {
  const shown = await page.evaluate((wanted) => {
    const hanOnly = (text: string) => [...text].filter((ch) => /\p{Script=Han}/u.test(ch)).join('');
    const deck = (window as unknown as { deck: { getIndices(s: Element): { h: number; v?: number }; slide(h: number, v?: number): void } }).deck;
    const heading = [...document.querySelectorAll('.reveal .slides section h1, .reveal .slides section h2, .reveal .slides section h3')].find(
      (h) => hanOnly(h.textContent ?? '') === wanted,
    );
    const section = heading?.closest('section');
    if (!section) return false;
    const { h, v } = deck.getIndices(section);
    deck.slide(h, v);
    return true;
  }, han);
  if (!shown) throw new Error(`dev edit: no slide shows the heading "${han}"`);
}

/** Writes the heading as `heading` and resolves with the ms until the shown slide has it. */
async function timedEdit(page: Page, path: string, edit: HeadingEdit, heading: string): Promise<number> {
  // The page notes the wall clock when the heading changes: the same clock as the write's here.
  await page.evaluate((wanted) => {
    const hanOnly = (text: string) => [...text].filter((ch) => /\p{Script=Han}/u.test(ch)).join('');
    const w = window as unknown as { shownAt?: number };
    w.shownAt = undefined;
    const slides = document.querySelector('.reveal .slides')!;
    const observer = new MutationObserver(() => {
      const present = [...document.querySelectorAll('.reveal .slides section.present')].at(-1);
      const heading = present?.querySelector('h1, h2, h3');
      if (heading && hanOnly(heading.textContent ?? '') === wanted) {
        w.shownAt = Date.now();
        observer.disconnect();
      }
    });
    observer.observe(slides, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['class'] });
  }, heading);
  const writtenAt = Date.now();
  await writeFile(path, edit.rewrite(heading));
  const shownAt = await page.waitForFunction(() => (window as unknown as { shownAt?: number }).shownAt, undefined, { timeout: 15_000 });
  return Number(await shownAt.jsonValue()) - writtenAt;
}

/** The median ms from a slide file's write to the shown slide changing, over `runs` edits of a copy of `slidesDir`. */
export async function timeDevEdit(browser: Browser, root: string, slidesDir: string, runs = 7): Promise<number> {
  const copy = await mkdtemp(join(tmpdir(), 'deck-bench-edit-'));
  await cp(slidesDir, copy, { recursive: true });
  const names = (await readdir(copy)).filter((name) => name.endsWith('.md')).sort();
  const files = new Map(await Promise.all(names.map(async (name) => [name, await readFile(join(copy, name), 'utf8')] as const)));
  const edit = findHeadingEdit(files);
  if (!edit) throw new Error(`dev edit: no slide file in ${slidesDir} has a heading with two different Han characters`);
  const server = spawnDevServer(root, copy);
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    await page.goto(await server.address);
    // Timed once the page follows the edits: its updates module loads once slide 1 shows, then says hello.
    await page.waitForSelector('html[data-deck-live]', { state: 'attached', timeout: START_TIMEOUT_MS });
    await showSlideWithHeading(page, edit.han);
    const times: number[] = [];
    // One untimed edit first: the dev server's first reload loads what a later one has.
    for (const [i, heading] of headingSequence(edit.han, runs + 1).entries()) {
      const ms = await timedEdit(page, join(copy, edit.file), edit, heading);
      if (i > 0) times.push(ms);
    }
    return median(times);
  } finally {
    await context.close();
    await server.stop();
    await rm(copy, { recursive: true, force: true });
  }
}
