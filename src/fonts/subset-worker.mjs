// Worker thread: cuts one font file down to a character set with subset-font (HarfBuzz wasm) and
// posts the bytes back: plain TrueType for the native woff2 encoder (`workerData.native`), else
// woff2 from subset-font's own wasm encoder. Plain JavaScript, so it starts the same under Vitest and node.

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const subsetFont = require(workerData.subsetter);
const font = await readFile(workerData.fontPath);
const targetFormat = workerData.native ? 'sfnt' : 'woff2';
const out = await subsetFont(font, workerData.chars, { keepFeatures: workerData.features, targetFormat });
const bytes = new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
parentPort.postMessage(bytes, [bytes.buffer]);
