// Worker thread: HarfBuzz (subset-font's wasm) kept loaded to cut faces to plain TrueType on
// request, the source fonts read once. Plain JavaScript, so it starts the same under Vitest and node.

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const subsetFont = require(workerData.subsetter);
const fonts = new Map();
const read = (path) => {
  if (!fonts.has(path)) fonts.set(path, readFile(path));
  return fonts.get(path);
};
for (const path of workerData.preload) read(path);
// HarfBuzz's wasm compiled and instantiated before the first real request (~0.1 s), on a one-space cut.
const warm = read(workerData.preload[0])
  .then((font) => subsetFont(font, ' ', { targetFormat: 'sfnt' }))
  .catch(() => undefined);

parentPort.on('message', async ({ id, fontPath, chars, features }) => {
  try {
    await warm;
    const out = await subsetFont(await read(fontPath), chars, { keepFeatures: features, targetFormat: 'sfnt' });
    // A copy of its own: a small Buffer may sit in Node's shared pool, which cannot be transferred.
    const bytes = new Uint8Array(out);
    parentPort.postMessage({ id, bytes }, [bytes.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
