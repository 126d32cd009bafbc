// Dev start → slide 1: `npm run dev` started as its own process on 127.0.0.1 with a free port,
// timed from the spawn until Chromium (already running) shows the deck ready (`.reveal.ready`).

import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser } from 'playwright-core';
import { median } from './time-first-slide.js';

const START_TIMEOUT_MS = 60_000;

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

/** One start: ms from spawning the dev command to slide 1 ready in a fresh page. */
async function timeOneStart(browser: Browser, root: string, slidesDir: string): Promise<number> {
  const start = performance.now();
  // Its own process group, so stopping it stops anything it started; no colour codes in its address.
  const child = spawn('node', [join(root, 'src/commands/deck.mjs'), 'dev', slidesDir, '--port', '0'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const url = await printedAddress(child);
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector('.reveal.ready', { state: 'attached', timeout: START_TIMEOUT_MS });
    return performance.now() - start;
  } finally {
    await context.close();
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // Already gone.
    }
    await exited;
  }
}

/** Median over `runs` starts, after one untimed start (Vite's first start pre-bundles the client's packages). */
export async function timeDevStart(browser: Browser, root: string, slidesDir: string, runs = 3): Promise<number> {
  await timeOneStart(browser, root, slidesDir);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) times.push(await timeOneStart(browser, root, slidesDir));
  return median(times);
}
