// Runs one of the TypeScript scripts in scripts/ without a TypeScript loader:
// `node scripts/run-script.mjs scripts/shoot-deck.ts [words…]` bundles it with rolldown (as
// src/commands/deck.mjs does for the commands) into node_modules/.cache/deck-scripts/ and runs that.

import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { keepOwnImportMetaUrl } from '../src/commands/own-import-meta-url.mjs';

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE_DIR = join(PROJECT_ROOT, 'node_modules/.cache/deck-scripts');

const script = process.argv[2];
if (!script?.endsWith('.ts')) {
  console.error('usage: node scripts/run-script.mjs scripts/<name>.ts [words…]');
  process.exit(2);
}

/** Packages and node: modules stay outside the bundle; the output sits under node_modules, so they resolve. */
const isExternal = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

const { rolldown } = await import('rolldown');
const bundle = await rolldown({ input: resolve(script), platform: 'node', external: isExternal, plugins: [keepOwnImportMetaUrl()], logLevel: 'silent' });
// A folder of its own per run: two runs at once never write into the same one.
const dir = join(CACHE_DIR, `run-${process.pid}`);
mkdirSync(dir, { recursive: true });
process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
await bundle.write({ dir, format: 'esm', entryFileNames: 'main.js', chunkFileNames: '[name]-[hash].js' });
await bundle.close();
// The script reads its words from process.argv, as when started on its own.
process.argv.splice(1, 2, resolve(script));
await import(pathToFileURL(join(dir, 'main.js')).href);
