// The dev server's side of the pre-bundled client (dev-client.ts): the page (the deck in it,
// dev-page.ts) loads the one bundled module, its styles inline, both answered as they are — no
// Vite transform, so the dev command answers them before Vite has loaded. A change to a client
// source bundles it again and reloads the page.

import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { isIP } from 'node:net';
import { dirname, join, resolve, sep } from 'node:path';
import type { IndexHtmlTransformHook, Plugin, PluginOption, ViteDevServer } from 'vite';
import { styleText } from './dev-page.js';
import { bundleDevClient, loadDevClient, type DevClient } from './dev-client.js';

export interface DevClientPluginOptions {
  /** The client's folder (src/client: main.ts and what it imports); Vite's root. */
  clientDir: string;
  /** Where the bundle is cached. */
  cacheDir: string;
  /** The client already being looked up or bundled by the command, while Vite loads. */
  preloaded?: Promise<DevClient>;
}

/** The bundle's address: not a module of Vite's, answered by the plugin (or the dev command) itself. */
export const DEV_CLIENT_URL = '/@deck/client.js';

/** Vite's HMR client and the module it imports, as files (their ids in the module graph). */
const VITE_CLIENT_DIR = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'dist/client');
const VITE_CLIENT_FILES = new Set(['client.mjs', 'env.mjs'].map((name) => join(VITE_CLIENT_DIR, name)));

const RE_MAIN_SCRIPT = /<script type="module" src="\.\/main\.ts"><\/script>/;

/**
 * The page's script tag for the bundle instead of main.ts, and the bundle asked for from the head
 * (else the browser finds it only past the slides); throws when the template lost the tag.
 */
export function withDevClientScript(html: string): string {
  if (!RE_MAIN_SCRIPT.test(html))
    throw new Error('the page template (src/client/index.html) has no <script type="module" src="./main.ts"> for the dev client');
  return html
    .replace(/<meta charset="utf-8">/i, (charset) => `${charset}\n    <link rel="modulepreload" href="${DEV_CLIENT_URL}">`)
    .replace(RE_MAIN_SCRIPT, `<script type="module" src="${DEV_CLIENT_URL}"></script>`);
}

/** The bundle's styles in the page's head, where the build links its style sheet: styled before the script runs. */
export function withDevClientStyles(html: string, css: string): string {
  return html.replace('</head>', () => `  <style data-deck-client>\n${styleText(css)}\n</style>\n  </head>`);
}

/** Every plugin in a configuration's list (which may nest lists), as the dev server applies them. */
export function servePlugins(options: readonly PluginOption[]): Plugin[] {
  const plugins = (options as unknown[]).flat(Infinity).filter((p): p is Plugin => typeof p === 'object' && p !== null && 'name' in p);
  return plugins.filter((plugin) => plugin.apply !== 'build');
}

/** The page's hooks (the plugins' transformIndexHtml) in Vite's order: `pre`, then normal, then `post`. */
function pageHooks(plugins: readonly Plugin[]): IndexHtmlTransformHook[] {
  const stages: Record<'pre' | 'normal' | 'post', IndexHtmlTransformHook[]> = { pre: [], normal: [], post: [] };
  for (const plugin of plugins) {
    const hook = plugin.transformIndexHtml;
    if (!hook) continue;
    if (typeof hook === 'function') stages.normal.push(hook);
    else stages[hook.order ?? 'normal'].push(hook.handler);
  }
  return [...stages.pre, ...stages.normal, ...stages.post];
}

/**
 * The page, made by the plugins' hooks without Vite's HTML processing: the bundled page has no
 * module, style sheet or URL of its own for Vite to rewrite. Undefined when a hook answers with
 * more than a page (tags for Vite to place): Vite's own processing then serves it.
 */
async function devPage(
  plugins: readonly Plugin[],
  clientDir: string,
  originalUrl: string | undefined,
  server: ViteDevServer | undefined,
): Promise<string | undefined> {
  const filename = join(clientDir, 'index.html');
  let html = await readFile(filename, 'utf8');
  const context = { path: '/index.html', filename, server, originalUrl };
  for (const hook of pageHooks(plugins)) {
    const result = await hook.call(undefined as never, html, context as never);
    if (result === undefined) continue;
    if (typeof result !== 'string') return undefined;
    html = result;
  }
  return html;
}

/**
 * Vite's rule for the Host a request names, against DNS rebinding (a page elsewhere made to reach
 * 127.0.0.1): an IP address, localhost or a name under .localhost. Other hosts are Vite's to refuse.
 */
export function isLocalHost(host: string | undefined): boolean {
  if (host === undefined) return true;
  let hostname: string;
  try {
    hostname = new URL(`http://${host}`).hostname;
  } catch {
    return false;
  }
  return isIP(hostname.replace(/^\[|\]$/g, '')) !== 0 || hostname === 'localhost' || hostname.endsWith('.localhost');
}

const pathOf = (request: IncomingMessage) => (request.url ?? '').replace(/[?#].*$/, '');
const isRead = (request: IncomingMessage) => request.method === 'GET' || request.method === 'HEAD';

/** Answers a request for the page or the bundle; false for any other (Vite's to answer). */
export type DevClientAnswer = (
  request: IncomingMessage,
  response: ServerResponse,
  plugins: readonly Plugin[],
  server?: ViteDevServer,
) => Promise<boolean>;

/** The dev client plugin's API, for the dev command's own server (before Vite has loaded). */
export interface DevClientApi {
  answer: DevClientAnswer;
  /** Makes the page ahead of the first request (it stays the page until Vite, and its watcher, are there). */
  prepare: (plugins: readonly Plugin[]) => Promise<unknown>;
}

export const DEV_CLIENT_PLUGIN = 'deck:dev-client';

export function devClientPlugin(options: DevClientPluginOptions): Plugin[] {
  const clientDir = resolve(options.clientDir);
  let client = options.preloaded;
  const current = () => (client ??= loadDevClient(clientDir, options.cacheDir));
  // Until Vite is made nothing watches the slides: the page made first is the page.
  let pageBeforeVite: Promise<string | undefined> | undefined;
  const pageFor = (plugins: readonly Plugin[], url: string | undefined, server: ViteDevServer | undefined) =>
    server ? devPage(plugins, clientDir, url, server) : (pageBeforeVite ??= devPage(plugins, clientDir, url, undefined));

  const answer: DevClientAnswer = async (request, response, plugins, server) => {
    if (!isRead(request) || !isLocalHost(request.headers.host)) return false;
    const path = pathOf(request);
    let body: string | undefined;
    let type: string;
    if (path === DEV_CLIENT_URL) {
      body = (await current()).js;
      type = 'text/javascript; charset=utf-8';
    } else if (path === '/' || path === '/index.html') {
      // A hook that fails here fails in Vite's own processing too, which reports it.
      body = await pageFor(plugins, request.url, server).catch(() => undefined);
      type = 'text/html; charset=utf-8';
      if (body === undefined) return false;
    } else return false;
    response.writeHead(200, { ...server?.config.server.headers, 'Content-Type': type, 'Cache-Control': 'no-cache' });
    response.end(request.method === 'HEAD' ? undefined : body);
    return true;
  };

  return [
    {
      name: DEV_CLIENT_PLUGIN,
      apply: 'serve',
      api: { answer, prepare: (plugins) => pageFor(plugins, '/', undefined) } satisfies DevClientApi,
      configureServer(server) {
        pageBeforeVite = undefined;
        current().catch(() => undefined);
        server.middlewares.use((request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => {
          answer(request, response, server.config.plugins, server).then(
            (answered) => (answered ? undefined : next()),
            (error: unknown) => next(error),
          );
        });
        // Nothing of Vite's is warmed up ahead: the page asks for its one module through Vite once
        // slide 1 shows, and work done for it earlier would compete with slide 1.
      },
      transform: {
        order: 'post',
        handler(code, id) {
          // Vite's own client, served without the source map Vite otherwise makes for it on every
          // request (~10–30 ms each, before the page's socket is up); nobody debugs it.
          return VITE_CLIENT_FILES.has(id) ? { code, map: { mappings: '' } } : undefined;
        },
      },
      transformIndexHtml: { order: 'pre', handler: withDevClientScript },
      handleHotUpdate({ file, server }) {
        if (!resolve(file).startsWith(clientDir + sep)) return undefined;
        rebundle(server);
        return [];
      },
    },
    {
      // After Vite's HTML processing: the styles never go through its CSS pipeline a second time.
      name: 'deck:dev-client-styles',
      apply: 'serve',
      transformIndexHtml: { order: 'post', handler: async (html) => withDevClientStyles(html, (await current()).css) },
    },
  ];

  /** A client source changed: bundle again, then reload the page (a problem shows as the overlay). */
  function rebundle(server: ViteDevServer): void {
    client = bundleDevClient(clientDir, options.cacheDir);
    client.then(
      () => server.ws.send({ type: 'full-reload', path: '*' }),
      (error: unknown) => {
        const message = `[deck] the dev client could not be bundled: ${error instanceof Error ? error.message : String(error)}`;
        server.config.logger.error(message, { timestamp: true });
        server.ws.send({ type: 'error', err: { message, stack: '', plugin: 'deck:dev-client' } });
      },
    );
  }
}
