// Dev start → slide 1: `npm run dev` started as its own process on 127.0.0.1 with a free port,
// timed from the spawn until Chromium (already running) shows the deck ready (`.reveal.ready`):
// the first start after `npm ci` (no compiled commands, no pre-bundled reveal.js, no font cache)
// and a later one (every cache warm), as a user sees them.

import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser } from 'playwright-core';
import { viteCacheDir } from '../bundle/vite-config.js';
import { median } from './time-first-slide.js';

export const START_TIMEOUT_MS = 60_000;

/** The dev server's address once it prints it; rejects when the process ends first or takes too long. */
function printedAddress(child: ReturnType<typeof spawn>): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`the dev server printed no address in ${START_TIMEOUT_MS / 1000} s:\n${output}`)),
      START_TIMEOUT_MS,
    );
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
      if (!found) return;
      clearTimeout(timer);
      resolve(found[0]);
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the dev server exited (${code}) before it printed its address:\n${output}`));
    });
  });
}

/** Where a first start keeps what a later start finds: the compiled commands, the subset fonts. */
interface ColdFolders {
  cliCacheDir: string;
  fontCacheDir: string;
}

/** A dev server started as from a user's shell, in a process group of its own. */
export interface DevProcess {
  /** The address it printed; rejects when it ends first or takes too long. */
  address: Promise<string>;
  /** Stops it and anything it started. */
  stop: () => Promise<void>;
}

/** Starts `npm run dev`'s command for `slidesDir` on 127.0.0.1 with a free port. */
export function spawnDevServer(root: string, slidesDir: string, options: { args?: string[]; env?: NodeJS.ProcessEnv } = {}): DevProcess {
  // As from a user's shell: not the NODE_ENV this process may have (Vite's build sets `production`).
  const { NODE_ENV: _, ...env } = process.env;
  // Its own process group, so stopping it stops anything it started; no colour codes in its address.
  const child = spawn('node', [join(root, 'src/commands/deck.mjs'), 'dev', slidesDir, '--port', '0', ...(options.args ?? [])], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    env: { ...env, NO_COLOR: '1', ...options.env },
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  // The address is listened for from the spawn (output is buffered until then).
  const address = printedAddress(child);
  address.catch(() => undefined);
  return {
    address,
    stop: async () => {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // Already gone.
      }
      await exited;
    },
  };
}

/** One start: ms from spawning the dev command to slide 1 ready in a page already open. */
async function timeOneStart(browser: Browser, root: string, slidesDir: string, cold?: ColdFolders): Promise<number> {
  // The browser's tab is open before the server starts, as a user's browser would be.
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    const start = performance.now();
    const server = spawnDevServer(root, slidesDir, {
      args: cold ? ['--font-cache-dir', cold.fontCacheDir] : [],
      env: cold ? { DECK_CLI_CACHE_DIR: cold.cliCacheDir } : {},
    });
    try {
      // Slide 1 is shown at `.reveal.ready`; the page's `load` comes later (the updates module Vite serves).
      await page.goto(await server.address, { waitUntil: 'commit' });
      await page.waitForSelector('.reveal.ready', { state: 'attached', timeout: START_TIMEOUT_MS });
      return performance.now() - start;
    } finally {
      await server.stop();
    }
  } finally {
    await context.close();
  }
}

export interface DevStartTimes {
  /** The first start after `npm ci`: the commands compiled, reveal.js pre-bundled, the fonts subset. */
  first: number;
  /** The median of `runs` later starts, every cache warm. */
  warm: number;
}

/**
 * The first start with empty caches (its own folders for the commands and fonts; Vite's
 * pre-bundled dependencies removed, as `npm ci` does, and made again by that start), then `runs` later ones.
 */
export async function timeDevStart(browser: Browser, root: string, slidesDir: string, runs = 3): Promise<DevStartTimes> {
  // The compiled commands find their packages from where they are: inside the project's node_modules.
  await mkdir(join(root, 'node_modules/.cache'), { recursive: true });
  const cliCacheDir = await mkdtemp(join(root, 'node_modules/.cache/deck-bench-cli-'));
  const fontCacheDir = await mkdtemp(join(tmpdir(), 'deck-bench-fonts-'));
  let first: number;
  try {
    await rm(viteCacheDir(root, 'development'), { recursive: true, force: true });
    first = await timeOneStart(browser, root, slidesDir, { cliCacheDir, fontCacheDir });
  } finally {
    await Promise.all([cliCacheDir, fontCacheDir].map((dir) => rm(dir, { recursive: true, force: true })));
  }
  // Untimed: the project's own compiled commands and fonts, in case the first start had them elsewhere.
  await timeOneStart(browser, root, slidesDir);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) times.push(await timeOneStart(browser, root, slidesDir));
  return { first, warm: median(times) };
}
