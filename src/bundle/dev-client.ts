// The dev server's pre-bundled client: src/client/main.ts with everything it imports (reveal.js
// and its plugins, the styles, the deck's settings read from the page) bundled once into one
// module with nothing left to import and one style sheet, cached by the content of every file it
// was made from: the page loads one script, served as it is, instead of ~27 modules through Vite.

import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Rolldown } from 'vite';
import { pageSettingsPlugin } from './deck-modules.js';

/** The client as the dev server serves it: the script (an ES module) and the style sheet. */
export interface DevClient {
  js: string;
  css: string;
}

/** What the cache file holds: the client and the content hash of each file it was made from. */
interface CachedDevClient extends DevClient {
  sources: Record<string, string>;
}

const CACHE_FILE = 'dev-client.json';

const hashOf = (data: string | Buffer) => createHash('sha256').update(data).digest('base64url');

async function hashFile(path: string): Promise<string | null> {
  try {
    return hashOf(await readFile(path));
  } catch {
    return null;
  }
}

/** Every file under `folder` (the client's sources: a style sheet's @import is not among the bundle's modules). */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/**
 * The files a bundle is made from: the client folder, the modules the bundle holds (reveal.js),
 * this file (it decides how the bundle is made) and Vite's package.json (Vite makes it).
 */
async function sourceFiles(clientDir: string, moduleIds: readonly string[]): Promise<string[]> {
  const modules = moduleIds.filter((id) => !id.startsWith('\0') && !id.startsWith('virtual:')).map((id) => id.replace(/\?.*$/, ''));
  const vite = createRequire(import.meta.url).resolve('vite/package.json');
  return [...new Set([...(await filesUnder(clientDir)), ...modules, fileURLToPath(import.meta.url), vite])].sort();
}

/** The cached client when every file it was made from is unchanged (and no client file was added). */
export async function cachedDevClient(clientDir: string, cacheDir: string): Promise<DevClient | undefined> {
  let cached: CachedDevClient;
  try {
    cached = JSON.parse(await readFile(join(cacheDir, CACHE_FILE), 'utf8')) as CachedDevClient;
  } catch {
    return undefined;
  }
  const clientFiles = await filesUnder(clientDir).catch(() => []);
  if (clientFiles.some((file) => !(file in cached.sources))) return undefined;
  const hashes = await Promise.all(Object.keys(cached.sources).map(hashFile));
  const fresh = Object.values(cached.sources).every((expected, i) => hashes[i] === expected);
  return fresh ? { js: cached.js, css: cached.css } : undefined;
}

/** Bundles the client with Vite's build (the same CSS and TypeScript handling as the deck's build) and caches it. */
export async function bundleDevClient(clientDir: string, cacheDir: string): Promise<DevClient> {
  const { build } = await import('vite');
  const result = await build({
    configFile: false,
    root: clientDir,
    base: '/',
    publicDir: false,
    logLevel: 'warn',
    css: { transformer: 'lightningcss' },
    plugins: [pageSettingsPlugin()],
    build: {
      write: false,
      minify: false,
      cssCodeSplit: false,
      modulePreload: false,
      reportCompressedSize: false,
      rollupOptions: {
        input: join(clientDir, 'main.ts'),
        output: { format: 'es', entryFileNames: 'client.js' },
      },
    },
  });
  const output = (Array.isArray(result) ? result[0] : result) as Rolldown.RolldownOutput;
  const chunk = output.output.find((file): file is Rolldown.OutputChunk => file.type === 'chunk' && file.isEntry);
  const styles = output.output.filter((file): file is Rolldown.OutputAsset => file.type === 'asset' && file.fileName.endsWith('.css'));
  if (!chunk || output.output.some((file) => file.type === 'chunk' && file !== chunk))
    throw new Error(`the dev client (${relative(process.cwd(), clientDir)}/main.ts) did not bundle into one module`);
  const client: DevClient = { js: chunk.code, css: styles.map((file) => String(file.source)).join('\n') };
  const files = await sourceFiles(clientDir, chunk.moduleIds);
  const hashes = await Promise.all(files.map(hashFile));
  const cached: CachedDevClient = { ...client, sources: Object.fromEntries(files.map((file, i) => [file, hashes[i]!])) };
  // Written whole, then renamed: a start that reads meanwhile sees the old client or the new one.
  await mkdir(cacheDir, { recursive: true });
  const partial = join(cacheDir, `${CACHE_FILE}.${process.pid}-${Date.now()}`);
  await writeFile(partial, JSON.stringify(cached));
  await rename(partial, join(cacheDir, CACHE_FILE));
  return client;
}

/** The cached client, or a new bundle when a file it was made from changed. */
export async function loadDevClient(clientDir: string, cacheDir: string): Promise<DevClient> {
  return (await cachedDevClient(clientDir, cacheDir)) ?? bundleDevClient(clientDir, cacheDir);
}
