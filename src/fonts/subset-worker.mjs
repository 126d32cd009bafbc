// Worker thread: cuts one font file down to a character set with subset-font (HarfBuzz wasm) and
// posts the woff2 bytes back. Plain JavaScript, so it starts the same under Vitest and node.

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const subsetFont = require(workerData.subsetter);
const font = await readFile(workerData.fontPath);
const options = { keepFeatures: workerData.features };
// With the native encoder, HarfBuzz hands over plain TrueType and the encoder compresses it;
// without it, subset-font compresses with its own wasm build of the same library.
const out = workerData.woff2Encoder
  ? require(workerData.woff2Encoder).convertTTFToWOFF2(await subsetFont(font, workerData.chars, { ...options, targetFormat: 'sfnt' }))
  : await subsetFont(font, workerData.chars, { ...options, targetFormat: 'woff2' });
const bytes = new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
parentPort.postMessage(bytes, [bytes.buffer]);
