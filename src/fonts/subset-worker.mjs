// Worker thread: cuts one font file down to a character set with subset-font (HarfBuzz wasm) and
// posts the woff2 bytes back. Plain JavaScript, so it starts the same under tsx, Vitest and node.

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const subsetFont = require(workerData.subsetter);
const font = await readFile(workerData.fontPath);
const out = await subsetFont(font, workerData.chars, { targetFormat: 'woff2', keepFeatures: workerData.features });
const bytes = new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
parentPort.postMessage(bytes, [bytes.buffer]);
