// Builds a deck in a worker thread under a time limit: a hang ends the worker and fails the
// case instead of freezing the test run (as markdown-it's pathological tests do).

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SourceText } from '../../../src/parse/deck.js';

export interface WorkerSummary {
  slideIds: string[];
  htmlLength: number;
  /** Length of the deck's text as extracted for font subsetting. */
  textLength: number;
  /** Diagnostics of the build and of the check's pure rules, formatted. */
  messages: string[];
}

let workerEntry: Promise<string> | undefined;

/**
 * build-worker.ts bundled with rolldown (packages included) into one JavaScript file, once per test
 * process: a worker thread does not inherit the TypeScript transform Vitest gives its parent.
 */
function compiledWorker(): Promise<string> {
  workerEntry ??= (async () => {
    const { rolldown } = await import('rolldown');
    const bundle = await rolldown({
      input: fileURLToPath(new URL('./build-worker.ts', import.meta.url)),
      platform: 'node',
      logLevel: 'silent',
    });
    const { output } = await bundle.generate({ format: 'esm', codeSplitting: false });
    await bundle.close();
    const dir = mkdtempSync(join(tmpdir(), 'fuzz-worker-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    const entry = join(dir, 'build-worker.mjs');
    writeFileSync(entry, output[0].code);
    return entry;
  })();
  return workerEntry;
}

export async function buildInWorker(config: SourceText, slides: SourceText[], timeoutMs: number): Promise<WorkerSummary> {
  // Compiled before the clock starts: the time limit is the build's alone.
  const worker = new Worker(await compiledWorker(), { workerData: { config, slides } });
  let timer: ReturnType<typeof setTimeout> | undefined;
  return new Promise<WorkerSummary>((resolve, reject) => {
    timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`no result after ${timeoutMs} ms: the build hangs or is far too slow`));
    }, timeoutMs);
    worker.once('message', (summary: WorkerSummary) => resolve(summary));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`worker exited with code ${code} before answering`)));
  }).finally(() => {
    clearTimeout(timer);
    void worker.terminate();
  });
}
