// Peak memory of a cold `build` of a large deck: the command run as a new process with empty font
// and Vite caches, its peak resident set read from inside it as it exits (worker threads included).

import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { parseBytesLimit } from './budget.js';

/** Slides in the deck whose cold build's peak memory is budgeted. */
export const MEMORY_DECK_SLIDES = 1000;

/** `bench/budget.json` "memory": the build's peak resident memory, in bytes. */
export interface MemoryBudget {
  buildPeak: { max: number; why: string };
}

/** Checks the "memory" section of the parsed budget file; throws naming the file and the key. */
export function parseMemoryBudget(json: unknown, file: string): MemoryBudget {
  return { buildPeak: parseBytesLimit(json, file, 'memory', 'buildPeak') };
}

/** The over-budget message for a measured peak, or undefined when it fits. */
export function memoryOverBudget(peakBytes: number, budget: MemoryBudget): string | undefined {
  if (peakBytes <= budget.buildPeak.max) return undefined;
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
  return `a cold build of ${MEMORY_DECK_SLIDES} slides peaks at ${mb(peakBytes)}, over the budget of ${mb(budget.buildPeak.max)} — ${budget.buildPeak.why}`;
}

// Loaded before the command by `node --import`: prints the process's peak resident set (KiB) as it exits.
const PEAK_PROBE = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\ndeck-peak-rss-kib='+process.resourceUsage().maxRSS+'\\n'))`;

/**
 * Peak resident bytes of `npm run build` on `slidesDir` with caches of its own under `workDir`. The
 * commands are compiled first by a call that builds nothing, so the peak is the build's alone (the
 * launcher bundles the commands once after a change to their sources, which takes more).
 */
export async function coldBuildPeak(projectRoot: string, slidesDir: string, workDir: string): Promise<number> {
  const launcher = join(projectRoot, 'src/commands/deck.mjs');
  await new Promise((resolve) => execFile('node', [launcher, 'build', '--help'], { cwd: projectRoot }, resolve));
  const args = ['--import', PEAK_PROBE, launcher, 'build', slidesDir];
  args.push('--out-dir', join(workDir, 'dist'), '--font-cache-dir', join(workDir, 'fonts'), '--vite-cache-dir', join(workDir, 'vite'));
  return new Promise((resolve, reject) => {
    execFile('node', args, { cwd: projectRoot, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const kib = /deck-peak-rss-kib=(\d+)/.exec(stderr)?.[1];
      if (error || kib === undefined)
        reject(
          new Error(`the ${MEMORY_DECK_SLIDES}-slide build failed:\n${`${stdout}${stderr}`.trim().split('\n').slice(-10).join('\n')}`),
        );
      else resolve(Number(kib) * 1024);
    });
  });
}
