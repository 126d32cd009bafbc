// `npm start` / `npm run dev [deck folder] [--open] [--port N]`: the dev server on 127.0.0.1 —
// the deck live, updated in place on every save, with an overlay naming the file and line of a
// mistake. Any deck folder can be served, not only slides/.
//
// Its own HTTP server listens as soon as the deck is rendered and answers the page and the client
// bundle itself (they need nothing of Vite's, see bundle/dev-page.ts), so slide 1 shows while Vite
// still loads; Vite joins in middleware mode, on the same server and port, for everything else.

import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ViteDevServer } from 'vite';
import type { DevClientApi } from '../bundle/dev-client-plugin.js';
import { hasErrors } from '../diagnostics.js';
import { createSlideMemo } from '../render/slide-memo.js';
import { deckFolder, parseCommandArgs, PROJECT_ROOT, UsageError } from './run-command.js';

export const DEV_USAGE =
  'usage: npm run dev -- [deck folder] [--open] [--port N] [--font-cache-dir folder] (DECK_DEV_CLIENT=modules: the client as separate modules)';

/** Vite's port, tried first when no --port is given; the next free one after it when taken. */
export const DEFAULT_PORT = 5173;
/** How long after listening Vite starts loading when no page was asked for. */
const VITE_WAIT_MS = 300;
/** How many ports after the first one are tried before giving up. */
const PORT_TRIES = 20;

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

const listenOn = (server: Server, host: string, port: number) =>
  new Promise<number>((resolve, reject) => {
    const failed = (error: Error) => reject(error);
    server.once('error', failed);
    server.listen(port, host, () => {
      server.off('error', failed);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });

/** Listens on `port`, or on the next free one after it (as Vite does); port 0 takes any free one. */
export async function listenOnFreePort(server: Server, host: string, port: number, log: (line: string) => void): Promise<number> {
  for (let tried = 0; ; tried++) {
    try {
      return await listenOn(server, host, port + tried);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || port === 0 || tried + 1 >= PORT_TRIES) throw error;
      log(`Port ${port + tried} is in use, trying another one...`);
    }
  }
}

export async function main(args: readonly string[]): Promise<number> {
  const started = performance.now();
  const options = parseDevArguments(args);
  const { fontCacheDir } = options;
  const slidesDir = deckFolder(options.slidesDir);
  // The deck is read and rendered meanwhile (its file reads wait on the disk).
  const preloaded = import('../bundle/vite-plugin.js').then(({ loadPluginDeck }) =>
    loadPluginDeck({ slidesDir, root: PROJECT_ROOT, fontCacheDir, slideMemo: createSlideMemo() }, 'serve'),
  );
  preloaded.catch(() => undefined);
  const { deckViteConfig, devClientCacheDir, devClientMode } = await import('../bundle/vite-config.js');
  const devClient = devClientMode();
  // The bundled client is looked up (or bundled) meanwhile too; where the plugin looks for it
  // too: given to both, so they cannot disagree.
  const clientDir = join(PROJECT_ROOT, 'src/client');
  const clientCacheDir = devClientCacheDir(PROJECT_ROOT, process.env.NODE_ENV);
  const preloadedClient =
    devClient === 'bundled'
      ? import('../bundle/dev-client.js').then(({ loadDevClient }) => loadDevClient(clientDir, clientCacheDir))
      : undefined;
  preloadedClient?.catch(() => undefined);
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

  // A deck with a problem at start is reported as a build reports it, and nothing listens.
  const { deckError } = await import('../bundle/deck-error.js');
  const first = await preloaded;
  if (hasErrors(first.build.diagnostics)) throw deckError(first.build);

  const { DEV_CLIENT_PLUGIN, servePlugins } = await import('../bundle/dev-client-plugin.js');
  const plugins = servePlugins(config.plugins ?? []);
  const pages = plugins.find((plugin) => plugin.name === DEV_CLIENT_PLUGIN)?.api as DevClientApi | undefined;

  // Loading Vite keeps Node busy for ~0.2 s, and a 2-core laptop's browser needs both cores for
  // slide 1: it starts when a page asks for something of Vite's (the updates module, asked for
  // once slide 1 shows), or soon after listening while no page was asked for. Requests other than
  // the page and the bundle wait for it.
  let loadVite!: () => void;
  const vite = new Promise<void>((resolve) => (loadVite = resolve)).then(async () => {
    const { createServer } = await import('vite');
    return createServer({
      ...config,
      configFile: false,
      server: { ...config.server, middlewareMode: true, ws: { server: http }, open: options.open },
    });
  });
  vite.catch(() => undefined);
  /** Vite once made (the page is then made for each request: its watcher follows the edits), and the wait for a page. */
  const state: { made?: ViteDevServer; noPageYet?: ReturnType<typeof setTimeout> } = {};
  const http = createHttpServer((request: IncomingMessage, response: ServerResponse) => {
    void (async () => {
      if (pages && (await pages.answer(request, response, plugins, state.made))) {
        clearTimeout(state.noPageYet);
        return;
      }
      loadVite();
      (await vite).middlewares(request, response);
    })().catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(error instanceof Error ? error.message : String(error));
    });
  });
  // The first page is made before listening: its request is answered at once.
  await pages?.prepare(plugins);
  const host = String(config.server?.host ?? '127.0.0.1');
  const port = await listenOnFreePort(http, host, options.port ?? DEFAULT_PORT, (line) => console.log(line));
  const url = `http://${host}:${port}/`;
  console.log(`\n  deck dev server ready in ${Math.round(performance.now() - started)} ms\n\n  ➜  Local:   ${url}`);

  // Vite in middleware mode has no server or address of its own: ours, for its shortcuts
  // (`h + enter`), its URL printing and opening the browser — again after a restart (`r + enter`),
  // which makes a new one.
  const attach = (server: ViteDevServer) => {
    server.httpServer = http;
    server.resolvedUrls = { local: [url], network: [] };
    server.bindCLIShortcuts({
      print: false,
      customShortcuts: [
        {
          key: 'r',
          description: 'restart the server',
          action: async (restarting) => {
            await restarting.restart();
            attach(restarting);
          },
        },
      ],
    });
  };
  state.noPageYet = setTimeout(loadVite, options.open || !pages ? 0 : VITE_WAIT_MS);
  let server: ViteDevServer;
  try {
    server = await vite;
  } catch (error) {
    http.close();
    throw error;
  }
  state.made = server;
  attach(server);
  if (process.stdin.isTTY && !process.env.CI) server.config.logger.info('  ➜  press h + enter to show help');
  if (options.open) server.openBrowser();
  // Runs until stopped: Ctrl+C, or a signal from a process manager or a test.
  return new Promise<number>((resolve) => {
    const stop = () => {
      http.closeAllConnections();
      void Promise.all([server.close(), new Promise((closed) => http.close(closed))]).then(() => resolve(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
