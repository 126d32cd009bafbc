// The command launcher: `node src/commands/deck.mjs <command> [words…]` runs src/commands/<command>.ts
// compiled to JavaScript, bundled once into node_modules/.cache/deck-cli/ and rebuilt when any source it
// was made from changed. Plain JavaScript so Node starts it without a TypeScript loader (Node 20 has
// no type stripping; a loader costs most of a second on every run).

import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { keepOwnImportMetaUrl } from './own-import-meta-url.mjs';
const COMMANDS = ['build', 'check', 'pdf', 'bench', 'dev', 'present', 'rehearsal'];
/**
 * Packages bundled into the commands (with whatever they import) instead of loaded from
 * node_modules: the pure ones every command loads to read a deck. One file loads faster than a
 * package's many (yaml alone is 34 CommonJS files). Heavy or native packages (Vite,
 * playwright-core, shiki…) stay outside and load only when a command uses them.
 */
const BUNDLED_PACKAGES = [
  'yaml',
  'markdown-it',
  'markdown-it-attrs',
  'markdown-it-cjk-friendly',
  'markdown-it-task-lists',
  'htmlparser2',
  'valibot',
  'get-east-asian-width',
  '@csstools/css-color-parser',
  '@csstools/css-parser-algorithms',
  '@csstools/css-tokenizer',
];

/** True for an import left to Node: a package not bundled, unless a bundled package imports it. */
function isExternal(id, importer) {
  if (id.startsWith('.') || id.startsWith('/') || id.startsWith('\0')) return false;
  if (id.startsWith('node:')) return true;
  if (importer?.includes('/node_modules/')) return false;
  const name = id.startsWith('@') ? id.split('/').slice(0, 2).join('/') : id.split('/')[0];
  return !BUNDLED_PACKAGES.includes(name);
}
const HERE = dirname(fileURLToPath(import.meta.url));
const PROJECT_ROOT = resolve(HERE, '../..');
// DECK_CLI_CACHE_DIR: another folder for the compiled commands (a test's own).
const CACHE_DIR = process.env.DECK_CLI_CACHE_DIR ?? join(PROJECT_ROOT, 'node_modules/.cache/deck-cli');
const MANIFEST = join(CACHE_DIR, 'manifest.json');

/** A file's identity for freshness: its size and modification time, or null when it is gone. */
function stamp(path) {
  try {
    const s = statSync(path);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return null;
  }
}

/** The compiled folder when every source it was bundled from (and this launcher) is unchanged. */
function freshBuild() {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  } catch {
    return undefined;
  }
  if (manifest.launcher !== stamp(fileURLToPath(import.meta.url))) return undefined;
  for (const [path, expected] of Object.entries(manifest.sources)) if (stamp(path) !== expected) return undefined;
  return join(CACHE_DIR, manifest.dir);
}

/**
 * Bundles every command with rolldown. Each module keeps its own `import.meta.url` (the .ts file's
 * URL), so paths it resolves from itself — the project root, the probe, fontconfig — stay right.
 * Packages stay outside the bundle and `import()` stays lazy (a chunk loaded on use).
 */
async function compile() {
  const { rolldown } = await import('rolldown');
  const sources = new Set();
  // The plugin's own file is a source (it shapes every compiled module), and so are a bundled
  // package's files: upgrading it rebuilds the commands.
  sources.add(fileURLToPath(new URL('./own-import-meta-url.mjs', import.meta.url)));
  // So is the lock file: the packages left outside (icons, shiki, Vite…) are part of what a build
  // names, and the caches keyed on it (the rendered deck) must not outlive an upgrade.
  sources.add(join(PROJECT_ROOT, 'package-lock.json'));
  const keepOwnUrl = keepOwnImportMetaUrl((id) => {
    if (id.endsWith('.ts') || id.includes('/node_modules/')) sources.add(id);
  });
  const bundle = await rolldown({
    input: Object.fromEntries([...COMMANDS, 'run-command'].map((name) => [name, join(HERE, `${name}.ts`)])),
    platform: 'node',
    external: isExternal,
    plugins: [keepOwnUrl],
    logLevel: 'silent',
  });
  // A folder of its own per build, named in the manifest last: a run that starts meanwhile keeps
  // using the previous build, and two builds at once never write into the same folder.
  const dir = `build-${process.pid}-${Date.now()}`;
  await bundle.write({ dir: join(CACHE_DIR, dir), format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' });
  await bundle.close();
  const previous = (() => {
    try {
      return JSON.parse(readFileSync(MANIFEST, 'utf8')).dir;
    } catch {
      return undefined;
    }
  })();
  const manifest = {
    dir,
    launcher: stamp(fileURLToPath(import.meta.url)),
    sources: Object.fromEntries([...sources].map((path) => [path, stamp(path)])),
  };
  const partial = `${MANIFEST}.${process.pid}`;
  writeFileSync(partial, JSON.stringify(manifest));
  renameSync(partial, MANIFEST);
  // The build before this one: a run may still be loading it, so it goes one build later.
  if (previous && previous !== dir) removeOldBuilds([dir, previous]);
  return join(CACHE_DIR, dir);
}

function removeOldBuilds(keep) {
  let names = [];
  try {
    names = JSON.parse(readFileSync(join(CACHE_DIR, 'kept.json'), 'utf8'));
  } catch {}
  for (const name of names) if (!keep.includes(name)) rmSync(join(CACHE_DIR, name), { recursive: true, force: true });
  writeFileSync(join(CACHE_DIR, 'kept.json'), JSON.stringify(keep));
}

const command = process.argv[2];
if (!COMMANDS.includes(command)) {
  console.error(`unknown command "${command ?? ''}"; one of: ${COMMANDS.join(', ')}`);
  process.exit(2);
}
mkdirSync(CACHE_DIR, { recursive: true });
const dir = freshBuild() ?? (await compile());
// Names the code that runs (its build's folder is new whenever a source changed) for the caches
// that keep its results, such as the rendered deck (src/node/render-cache.ts).
globalThis[Symbol.for('deck.launcher')] = { buildId: dir.slice(CACHE_DIR.length + 1), cacheDir: CACHE_DIR };
const [module, { runCommand }] = await Promise.all([
  import(pathToFileURL(join(dir, `${command}.js`)).href),
  import(pathToFileURL(join(dir, 'run-command.js')).href),
]);
// The command reads its words from process.argv, as when started on its own.
process.argv.splice(2, 1);
// Each command exports its `main` and its usage line (BUILD_USAGE, CHECK_USAGE, …).
runCommand(module.main, module[`${command.toUpperCase()}_USAGE`]);
