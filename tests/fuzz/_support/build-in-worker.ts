// Builds a deck in a worker thread under a time limit: a hang ends the worker and fails the
// case instead of freezing the test run (as markdown-it's pathological tests do).

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

export function buildInWorker(config: SourceText, slides: SourceText[], timeoutMs: number): Promise<WorkerSummary> {
  const worker = new Worker(new URL('./build-worker.mjs', import.meta.url), { workerData: { config, slides } });
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
