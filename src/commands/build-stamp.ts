// Whether a build folder is fresh: a stamp written after each `npm run build` says which deck went
// into which folder and when; `npm run pdf` prints from the folder as it is when the stamp still holds.

import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const CLOCK_MARGIN_MS = 50;

interface BuildStamp {
  slidesDir: string;
  outDir: string;
  /** When the build started: a source changed after this is newer than the build. */
  startedAt: number;
  /** index.html's modification time right after the build: another build into the folder changes it. */
  indexMtimeMs: number;
}

/** What a build is made of besides the deck: the tool's sources and its installed packages. */
export function toolInputs(projectRoot: string): string[] {
  return [join(projectRoot, 'src'), join(projectRoot, 'package.json'), join(projectRoot, 'package-lock.json')];
}

function stampFile(projectRoot: string, outDir: string): string {
  const key = createHash('sha256').update(resolve(outDir)).digest('hex').slice(0, 16);
  return join(projectRoot, 'node_modules/.cache/deck-build', `${key}.json`);
}

/** The latest modification time of a file or of any file below a folder (0 when it does not exist). */
export function newestChange(path: string): number {
  let info: ReturnType<typeof statSync>;
  try {
    info = statSync(path);
  } catch {
    return 0;
  }
  if (!info.isDirectory()) return info.mtimeMs;
  // A folder's own time changes when a file in it is added, removed or renamed.
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
  return newest;
}

/** Records that `slidesDir` was built into `outDir`, the build having started at `startedAt`. */
export async function writeBuildStamp(projectRoot: string, slidesDir: string, outDir: string, startedAt: number): Promise<void> {
  const stamp: BuildStamp = {
    slidesDir: resolve(slidesDir),
    outDir: resolve(outDir),
    startedAt,
    indexMtimeMs: (await stat(join(outDir, 'index.html'))).mtimeMs,
  };
  const file = stampFile(projectRoot, outDir);
  await mkdir(join(file, '..'), { recursive: true });
  await writeFile(`${file}.${process.pid}`, JSON.stringify(stamp));
  await rename(`${file}.${process.pid}`, file);
}

/**
 * True when `outDir` holds the build of `slidesDir` made by this command after the last change to
 * the deck (any file below its folder) and to the tool, and nothing has built into it since.
 */
export async function isFreshBuild(projectRoot: string, slidesDir: string, outDir: string): Promise<boolean> {
  let stamp: BuildStamp;
  try {
    stamp = JSON.parse(await readFile(stampFile(projectRoot, outDir), 'utf8')) as BuildStamp;
    if ((await stat(join(outDir, 'index.html'))).mtimeMs !== stamp.indexMtimeMs) return false;
  } catch {
    return false;
  }
  if (stamp.slidesDir !== resolve(slidesDir) || stamp.outDir !== resolve(outDir)) return false;
  // A margin for the file system's coarser clock: a change just before the build counts as after it.
  return [slidesDir, ...toolInputs(projectRoot)].every((input) => newestChange(input) < stamp.startedAt - CLOCK_MARGIN_MS);
}
