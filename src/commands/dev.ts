// `npm start` / `npm run dev [deck folder] [--open] [--port N]`: the dev server on 127.0.0.1 —
// the deck live, updated in place on every save, with an overlay naming the file and line of a
// mistake. Any deck folder can be served, not only slides/.

import { join, resolve } from 'node:path';
import { createSlideMemo } from '../render/slide-memo.js';
import { deckFolder, parseCommandArgs, PROJECT_ROOT, UsageError } from './run-command.js';

export const DEV_USAGE =
  'usage: npm run dev -- [deck folder] [--open] [--port N] [--font-cache-dir folder] (DECK_DEV_CLIENT=modules: the client as separate modules)';

export interface DevArguments {
  slidesDir?: string;
  open: boolean;
  port?: number;
  /** Where subset fonts are cached; default `node_modules/.cache/deck-fonts` (the bench's first start gives an empty one). */
  fontCacheDir?: string;
}

export function parseDevArguments(args: readonly string[]): DevArguments {
  const { values, deckDir } = parseCommandArgs(args, {
    open: { type: 'boolean' },
    port: { type: 'string' },
    'font-cache-dir': { type: 'string' },
  });
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536))
    throw new UsageError(`--port takes a port number, not "${values.port}"`);
  const fontCacheDir = values['font-cache-dir'];
  return {
    open: Boolean(values.open),
    ...(deckDir === undefined ? {} : { slidesDir: deckDir }),
    ...(port === undefined ? {} : { port }),
    ...(fontCacheDir === undefined ? {} : { fontCacheDir: resolve(fontCacheDir) }),
  };
}

export async function main(args: readonly string[]): Promise<number> {
  const options = parseDevArguments(args);
  const { fontCacheDir } = options;
  const slidesDir = deckFolder(options.slidesDir);
  // The deck is read and rendered while Vite loads (its file reads wait on the disk, not on Vite).
  const preloaded = import('../bundle/vite-plugin.js').then(({ loadPluginDeck }) =>
    loadPluginDeck({ slidesDir, root: PROJECT_ROOT, fontCacheDir, slideMemo: createSlideMemo() }, 'serve'),
  );
  // Its failure is the plugin's to report, when it takes the deck.
  preloaded.catch(() => undefined);
  // Vite's modules are read from disk while the rest loads (the reads overlap the work).
  const vite = import('vite');
  vite.catch(() => undefined);
  const { deckViteConfig, devClientCacheDir, devClientMode } = await import('../bundle/vite-config.js');
  const devClient = devClientMode();
  // The bundled client is looked up (or bundled) meanwhile too; its failure is the plugin's to report.
  // Where the plugin looks for it too: given to both, so they cannot disagree.
  const clientDir = join(PROJECT_ROOT, 'src/client');
  const clientCacheDir = devClientCacheDir(PROJECT_ROOT, process.env.NODE_ENV);
  const preloadedClient =
    devClient === 'bundled'
      ? import('../bundle/dev-client.js').then(({ loadDevClient }) => loadDevClient(clientDir, clientCacheDir))
      : undefined;
  preloadedClient?.catch(() => undefined);
  const { createServer } = await vite;
  const config = deckViteConfig({
    projectRoot: PROJECT_ROOT,
    slidesDir,
    fontCacheDir,
    preloaded,
    devClient,
    preloadedClient,
    clientDir,
    devClientCacheDir: clientCacheDir,
  });
  const server = await createServer({
    ...config,
    configFile: false,
    server: { ...config.server, open: options.open, ...(options.port === undefined ? {} : { port: options.port }) },
  });
  await server.listen();
  server.printUrls();
  server.bindCLIShortcuts({ print: true });
  // Runs until stopped: Ctrl+C, or a signal from a process manager or a test.
  return new Promise<number>((resolve) => {
    const stop = () => void server.close().then(() => resolve(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
