// When `npm run pdf` may print the build folder as it is: only the build of the same deck, newer
// than every deck file and every tool source, and not rebuilt by anything else since.

import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isFreshBuild, writeBuildStamp } from '../../src/commands/build-stamp.js';

let root: string;
let slides: string;
let out: string;
const HOUR = 3600_000;

/** Writes a file dated `ago` milliseconds back (its folder's own time follows a new entry, so it is dated too). */
async function writeDated(path: string, text: string, ago: number): Promise<void> {
  await writeFile(path, text);
  const when = new Date(Date.now() - ago);
  await utimes(path, when, when);
  await utimes(join(path, '..'), when, when);
}

/** A project whose sources are an hour old, built a minute ago. */
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'deck-stamp-'));
  slides = join(root, 'slides');
  out = join(root, 'dist');
  await Promise.all([mkdir(join(root, 'src/render'), { recursive: true }), mkdir(slides), mkdir(out)]);
  await writeDated(join(root, 'src/render/rule.ts'), 'export {};', HOUR);
  await writeDated(join(root, 'package.json'), '{}', HOUR);
  await writeDated(join(slides, '01-a.md'), '# 一', HOUR);
  await writeDated(join(slides, 'deck.yaml'), 'title: 题', HOUR);
  await writeFile(join(out, 'index.html'), '<html>');
  const src = new Date(Date.now() - HOUR);
  for (const folder of [join(root, 'src/render'), join(root, 'src'), slides]) await utimes(folder, src, src);
  await writeBuildStamp(root, slides, out, Date.now() - 60_000);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('#isFreshBuild', () => {
  it('is fresh right after the build of the same deck into the same folder', async () => {
    expect(await isFreshBuild(root, slides, out)).toBe(true);
  });

  it('is stale when a slide changed after the build started', async () => {
    await writeDated(join(slides, '01-a.md'), '# 二', 1000);
    expect(await isFreshBuild(root, slides, out)).toBe(false);
  });

  it('is stale when a file was added to the deck folder (an image, a slide)', async () => {
    await mkdir(join(slides, 'images'));
    await writeDated(join(slides, 'images/a.png'), 'png', HOUR);
    expect(await isFreshBuild(root, slides, out)).toBe(false);
  });

  it("is stale when the tool's sources or packages changed", async () => {
    await writeDated(join(root, 'src/render/rule.ts'), 'export const x = 1;', 1000);
    expect(await isFreshBuild(root, slides, out)).toBe(false);
  });

  it('is stale for another deck folder built into the same place', async () => {
    const other = join(root, 'other');
    await mkdir(other);
    expect(await isFreshBuild(root, other, out)).toBe(false);
  });

  it('is stale when something else wrote index.html since (vite build, a test, another deck)', async () => {
    await writeFile(join(out, 'index.html'), '<html>other');
    expect(await isFreshBuild(root, slides, out)).toBe(false);
  });

  it('is stale without a stamp: never built by `npm run build`', async () => {
    expect(await isFreshBuild(root, slides, join(root, 'elsewhere'))).toBe(false);
  });
});
