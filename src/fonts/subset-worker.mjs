// Worker thread: cuts one font file down to a character set with subset-font (HarfBuzz wasm) and
// posts the woff2 bytes of subset-font's own wasm encoder back — the path where no native woff2
// encoder loads (face-cutter-worker.mjs serves the native one). Plain JavaScript, so it starts the
// same under Vitest and node.

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const subsetFont = require(workerData.subsetter);
const font = await readFile(workerData.fontPath);
const out = await subsetFont(font, workerData.chars, { keepFeatures: workerData.features, targetFormat: 'woff2' });
const bytes = new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
parentPort.postMessage(bytes, [bytes.buffer]);
