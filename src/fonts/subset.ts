// Cutting a source font down to a character set: subset-font (HarfBuzz hb-subset as wasm) in a
// worker thread, then woff2 compression by the native encoder on the thread pool (or, without it,
// subset-font's wasm encoder in a worker per face).

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FontWeight } from './character-set.js';
import { cutFace, startFaceCutter } from './face-cutter.js';
import { resolveSourceFont } from './source-fonts.js';
import { zeroWoff2Padding } from './woff2-padding.js';

/** The npm package that subsets (it brings harfbuzzjs, whose version changes its output too). */
export const SUBSETTER_PACKAGE = 'subset-font';

/** OpenType features kept (and whose substitutions are followed when choosing glyphs). */
export const LAYOUT_FEATURES: readonly string[] = [
  // horizontal shaping that Chromium applies by default
  'ccmp',
  'locl',
  'liga',
  'clig',
  'calt',
  'rlig',
  'kern',
  'mark',
  'mkmk',
  // CJK punctuation spacing: text-spacing-trim (halt/chws), font-feature-settings "palt"
  'halt',
  'palt',
  'chws',
  // vertical writing-mode (≈0.6 KB per weight)
  'vert',
  'vrt2',
  'vhal',
  'vpal',
  'vkrn',
  'vchw',
];

const require = createRequire(import.meta.url);
const WORKER_URL = new URL('./subset-worker.mjs', import.meta.url);

/** The version in the package.json of `name` as installed where `from` resolves it. */
export function installedVersion(name: string, from: string = import.meta.url): string {
  let dir = dirname(createRequire(from).resolve(name));
  // The package's exports may hide its package.json: walk up from its entry instead.
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === name && pkg.version) return pkg.version;
    } catch {
      // no package.json here
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the package.json of "${name}"`);
    dir = parent;
  }
}

function subsetterEntry(): string {
  try {
    return require.resolve(SUBSETTER_PACKAGE);
  } catch {
    throw new Error(`The font subsetter "${SUBSETTER_PACKAGE}" is not installed: run \`npm ci\` (it is in package.json's dependencies)`);
  }
}

/**
 * Google's woff2 encoder as a native module (@napi-rs/ttf2woff2's prebuilt binaries, no build at
 * install). Its Brotli at quality 11 is ~0.55 s for the regular face against ~1.5 s for the same
 * library compiled to wasm inside subset-font (wawoff2), the fallback where no binary loads. The
 * platform packages are our optional dependencies themselves: the umbrella package's lock entries
 * would name builds for every platform, which the registry here does not serve.
 */
export const NATIVE_WOFF2_PACKAGES = ['@napi-rs/ttf2woff2-linux-x64-gnu', '@napi-rs/ttf2woff2-linux-x64-musl'] as const;

interface NativeWoff2 {
  name: string;
  convertTTFToWOFF2Async: (input: Buffer) => Promise<Buffer>;
}

let nativeWoff2: NativeWoff2 | null | undefined;

/** The native encoder that loads on this machine, or null (memoised: it is a fact of the install). */
function loadNativeWoff2(): NativeWoff2 | null {
  if (nativeWoff2 !== undefined) return nativeWoff2;
  nativeWoff2 = null;
  for (const name of NATIVE_WOFF2_PACKAGES) {
    try {
      const binding = require(name) as Partial<NativeWoff2>;
      if (typeof binding.convertTTFToWOFF2Async !== 'function') continue;
      nativeWoff2 = { name, convertTTFToWOFF2Async: binding.convertTTFToWOFF2Async };
      break;
    } catch {
      // not installed here, or built for another C library
    }
  }
  return nativeWoff2;
}

/** True when a native woff2 encoder loads on this machine. */
export function hasNativeWoff2(): boolean {
  return loadNativeWoff2() !== null;
}

/** The woff2 encoder in use, for cache keys: the two encoders' files differ by a few bytes. */
function woff2EncoderKey(subsetter: string): string {
  const native = loadNativeWoff2();
  if (native) return `${native.name}@${installedVersion(native.name)}`;
  return `wawoff2@${installedVersion('wawoff2', createRequire(subsetter).resolve('fontverter'))}`;
}

/** `subset-font@x|harfbuzzjs@y|woff2 encoder@z`, read from the installed packages, for cache keys. */
export function subsetterKey(): string {
  const entry = subsetterEntry();
  return `${SUBSETTER_PACKAGE}@${installedVersion(SUBSETTER_PACKAGE)}|harfbuzzjs@${installedVersion('harfbuzzjs', entry)}|${woff2EncoderKey(entry)}`;
}

/**
 * Starts HarfBuzz's worker ahead of the first cut, for a build that will cut faces (its font cache
 * is empty): the wasm compiled and the source fonts read while the deck is read and rendered.
 * Nothing when the native encoder is missing (the wasm path uses a worker per face).
 */
export function prepareSubsetting(): void {
  if (loadNativeWoff2()) startFaceCutter(subsetterEntry());
}

/** Subsets one face: the source font at `weight` cut to exactly `chars`, as woff2 bytes. */
export type SubsetFace = (weight: FontWeight, chars: string) => Promise<Uint8Array>;

/**
 * HarfBuzz and subset-font's wasm woff2 encoder in a worker thread of its own (~1.5 s for the talk's
 * regular face; the wasm instance and the font live and die with the worker, so two calls at once
 * run on two cores).
 */
function cutInWorker(weight: FontWeight, chars: string): Promise<Uint8Array> {
  const workerData = { subsetter: subsetterEntry(), fontPath: resolveSourceFont(weight), chars, features: LAYOUT_FEATURES };
  return new Promise<Uint8Array>((resolve, reject) => {
    const worker = new Worker(WORKER_URL, { workerData });
    let result: Uint8Array | undefined;
    worker.once('message', (bytes: Uint8Array) => {
      result = bytes;
    });
    worker.once('error', (error) => reject(new Error(`subsetting Noto Sans SC ${weight} failed: ${error.message}`)));
    worker.once('exit', (code) => {
      if (result) resolve(result);
      else reject(new Error(`subsetting Noto Sans SC ${weight} failed: its worker exited with code ${code} and no font`));
    });
  });
}

/** The face cut and compressed inside the worker by subset-font's wasm encoder: the path where no native encoder loads. */
export const subsetFaceInWasm: SubsetFace = (weight, chars) => cutInWorker(weight, chars);

/**
 * The face cut by HarfBuzz in the shared worker (face-cutter.ts), then compressed by the native
 * encoder on libuv's thread pool: both faces' Brotli passes run at once, and the worker has ended
 * before the longer one is over, so HarfBuzz's wasm memory is freed during it. Without the native
 * encoder, each face is cut and compressed in a worker of its own (the wasm compression is the long part).
 */
export const subsetFace: SubsetFace = async (weight, chars) => {
  const native = loadNativeWoff2();
  if (!native) return cutInWorker(weight, chars);
  const cut = await cutFace(subsetterEntry(), weight, chars, LAYOUT_FEATURES);
  const woff2 = await native.convertTTFToWOFF2Async(Buffer.from(cut.buffer, cut.byteOffset, cut.byteLength));
  return zeroWoff2Padding(new Uint8Array(woff2.buffer, woff2.byteOffset, woff2.byteLength));
};
