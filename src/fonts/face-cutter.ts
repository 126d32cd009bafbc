// One HarfBuzz worker thread shared by the faces being cut: its wasm compiled once and the source
// fonts read once, and startable before the deck is even read when a build will need fonts.

import { Worker } from 'node:worker_threads';
import type { FontWeight } from './character-set.js';
import { resolveSourceFont } from './source-fonts.js';

const WORKER_URL = new URL('./face-cutter-worker.mjs', import.meta.url);

interface Pending {
  weight: FontWeight;
  resolve: (bytes: Uint8Array) => void;
  reject: (error: Error) => void;
}

/**
 * The worker and the cuts it owes. It does not keep the process alive while idle, and ends itself
 * once every cut asked of it is delivered, so its wasm memory is gone during the Brotli pass.
 */
class FaceCutter {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  ended = false;

  constructor(subsetter: string) {
    const preload = [resolveSourceFont(400), resolveSourceFont(700)];
    this.worker = new Worker(WORKER_URL, { workerData: { subsetter, preload } });
    this.worker.unref();
    this.worker.on('message', (reply: { id: number; bytes?: Uint8Array; error?: string }) => this.settle(reply));
    this.worker.on('error', (error) => this.end(error.message));
    this.worker.on('exit', (code) => this.end(`its worker exited with code ${code}`));
  }

  cut(weight: FontWeight, chars: string, features: readonly string[]): Promise<Uint8Array> {
    const id = this.nextId++;
    this.worker.ref();
    this.worker.postMessage({ id, fontPath: resolveSourceFont(weight), chars, features });
    return new Promise((resolve, reject) => this.pending.set(id, { weight, resolve, reject }));
  }

  private settle({ id, bytes, error }: { id: number; bytes?: Uint8Array; error?: string }): void {
    const job = this.pending.get(id);
    if (!job) return;
    this.pending.delete(id);
    if (bytes) job.resolve(bytes);
    else job.reject(new Error(`subsetting Noto Sans SC ${job.weight} failed: ${error}`));
    if (this.pending.size === 0) {
      // Ended from now on, not from its exit event: a cut asked meanwhile gets a new worker.
      this.ended = true;
      void this.worker.terminate();
    }
  }

  private end(reason: string): void {
    this.ended = true;
    for (const job of this.pending.values()) job.reject(new Error(`subsetting Noto Sans SC ${job.weight} failed: ${reason}`));
    this.pending.clear();
  }
}

let current: FaceCutter | undefined;

function cutter(subsetter: string): FaceCutter {
  if (!current || current.ended) current = new FaceCutter(subsetter);
  return current;
}

/** Starts the worker now (loading HarfBuzz and both source fonts) for cuts asked of it later. */
export function startFaceCutter(subsetter: string): void {
  cutter(subsetter);
}

/** The source face at `weight` cut to exactly `chars`, as plain TrueType, by the shared worker. */
export function cutFace(subsetter: string, weight: FontWeight, chars: string, features: readonly string[]): Promise<Uint8Array> {
  return cutter(subsetter).cut(weight, chars, features);
}
